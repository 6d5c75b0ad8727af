/**
 * How many records of each kind were set aside: left out of every check and figure because they
 * failed their schema, named a record that did (`reference.set_aside`), named a record that is not
 * there (`reference.unknown`, `reference.wrong_kind`) or repeated an id (`id.duplicate`). Each has
 * its issue in the same report or summary.
 *
 * @example
 * ```ts
 * import { validate } from "@kudumbashree/domain";
 *
 * const report = validate(
 *   {
 *     schemaVersion: 1,
 *     units: [{ id: "w1", kind: "ward", name: "Ward 1" }],
 *     people: [{ id: "p1", name: "Asha", dateOfBirth: "1990-02-30" }],
 *     groups: [{ id: "g1", kind: "neighbourhoodGroup", unitId: "w1" }],
 *     memberships: [{ personId: "p1", groupId: "g1" }],
 *   },
 *   { asOf: "2026-03-31" },
 * );
 * report.setAside;
 * //=> { units: 0, people: 1, groups: 0, federations: 0, memberships: 1, meetings: 0 }
 * ```
 *
 * @public
 */
export interface SetAsideCounts {
  readonly units: number;
  readonly people: number;
  readonly groups: number;
  readonly federations: number;
  readonly memberships: number;
  readonly meetings: number;
}

/** The collections of a dataset, in the order the counts list them. */
export const SET_ASIDE_COLLECTIONS = ["units", "people", "groups", "federations", "memberships", "meetings"] as const;

/** Nothing set aside. */
export function noneSetAside(): SetAsideCounts {
  return { units: 0, people: 0, groups: 0, federations: 0, memberships: 0, meetings: 0 };
}
