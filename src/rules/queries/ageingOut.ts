import { inspectDataset } from "../../dataset/parseDataset.js";
import type { GroupKind } from "../../entities/Group.js";
import { addMonths, formatIsoDate, parseIsoDate } from "../../internal/calendar.js";
import { requireIsoDate, requireOptions, requireWholeNumber } from "../../internal/guards.js";
import { isCountedMember, isGroupActive } from "../definitions/activity.js";
import { leavesBandOn } from "../definitions/ageing.js";
import { compareIds } from "../definitions/compareIds.js";
import { isPlausibleBirth } from "../definitions/plausibleDates.js";
import { type RuleSet, ruleSetKey } from "../registry/RuleSet.js";
import { resolveRuleSets } from "../registry/resolveRuleSets.js";

/**
 * Options of {@link ageingOut}.
 *
 * @example
 * ```ts
 * import type { AgeingOutOptions } from "@kudumbashree/domain";
 *
 * const nextQuarter: AgeingOutOptions = { asOf: "2021-11-30", withinMonths: 3 };
 * ```
 *
 * @public
 */
export interface AgeingOutOptions {
  /** The day to look ahead from. */
  readonly asOf: string;
  /** How many calendar months ahead to look (31 Jan plus one month is the end of February). */
  readonly withinMonths: number;
  /** Rule sets to apply instead of the built-in ones, as in {@link validate}. */
  readonly ruleSets?: readonly RuleSet[] | undefined;
}

/**
 * A member who will pass the top of her group's age band, and when.
 *
 * @example
 * ```ts
 * import type { AgeingOutMember } from "@kudumbashree/domain";
 *
 * const row: AgeingOutMember = {
 *   personId: "P0042", groupId: "AUX-W07", groupKind: "auxiliaryGroup", ruleSet: "kerala.auxiliaryGroup@1.0.0",
 *   dateOfBirth: "1981-01-15", leavesOn: "2022-01-15", ageOnLeaving: 41,
 * };
 * ```
 *
 * @public
 */
export interface AgeingOutMember {
  /** The member. */
  readonly personId: string;
  /** Her group. */
  readonly groupId: string;
  /** The group's kind. */
  readonly groupKind: GroupKind;
  /** The key of the rule set whose band she leaves. */
  readonly ruleSet: string;
  /** Her date of birth. */
  readonly dateOfBirth: string;
  /**
   * The birthday on which she is older than the band (1 March for a 29 February birthday in a
   * common year); once past it, {@link validate} gives the same day as `agedOutOn` of `age.aged_out`.
   */
  readonly leavesOn: string;
  /** Her age on that day: the band's maximum plus one. */
  readonly ageOnLeaving: number;
}

/**
 * The active members who will leave their group's age band within a number of months after
 * `asOf` (the day they leave is after `asOf` and no later than `asOf` plus `withinMonths`
 * calendar months), so a district can plan intake. Members already outside the band are not
 * listed: {@link validate} reports them (`age.aged_out`, a warning, for a member who joined within
 * the band: no source says she must leave). Sorted by the day they leave, then group and person.
 *
 * @param dataset - Anything: it is read as {@link validate} reads it, and input that is not a
 *   dataset at all gives no rows (validate says why). Members whose date of birth cannot be real
 *   are not listed.
 * @param options - `asOf`, `withinMonths`, and optionally `ruleSets`.
 * @returns One row per member and group.
 * @throws RangeError when `asOf` is not a real date or `withinMonths` is not a whole number from 0
 *   to 1,200 (a hundred years); TypeError when `options` is not an object.
 *
 * @example
 * ```ts
 * import { ageingOut } from "@kudumbashree/domain";
 *
 * const dataset = {
 *   schemaVersion: 1 as const,
 *   units: [{ id: "w1", kind: "ward" as const, name: "Ward 1" }],
 *   people: [
 *     { id: "p1", gender: "female" as const, dateOfBirth: "1981-01-15" },
 *     { id: "p2", gender: "female" as const, dateOfBirth: "1990-01-15" },
 *   ],
 *   groups: [{ id: "g1", kind: "auxiliaryGroup" as const, unitId: "w1" }],
 *   memberships: [
 *     { groupId: "g1", personId: "p1", role: "member" as const },
 *     { groupId: "g1", personId: "p2", role: "member" as const },
 *   ],
 * };
 * ageingOut(dataset, { asOf: "2021-11-30", withinMonths: 3 }).map((row) => [row.personId, row.leavesOn]);
 * //=> [["p1", "2022-01-15"]]
 * ```
 *
 * @public
 */
export function ageingOut(dataset: unknown, options: AgeingOutOptions): AgeingOutMember[] {
  requireOptions(options, "ageingOut");
  const asOf = options.asOf;
  const start = requireIsoDate(asOf, "asOf");
  const until = formatIsoDate(addMonths(start, requireWholeNumber(options.withinMonths, "withinMonths", 0, 1200)));
  const inspected = inspectDataset(dataset);
  if (!inspected.ok) return [];
  const { index } = inspected;
  const { data } = index;
  const rules = resolveRuleSets(asOf, options.ruleSets);
  const rows: AgeingOutMember[] = [];
  for (const group of index.groups.values()) {
    const ruleSet = rules.get(group.kind);
    const max = ruleSet?.ageBand?.max;
    if (ruleSet === undefined || max === undefined || !isGroupActive(group, asOf)) continue;
    for (const position of index.membershipsByGroup.get(group.id) ?? []) {
      const membership = data.memberships[position];
      if (membership === undefined || !isCountedMember(membership, asOf)) continue;
      const dateOfBirth = data.people[index.membershipPersons[position] as number]?.dateOfBirth;
      const birth =
        dateOfBirth === undefined || !isPlausibleBirth(dateOfBirth, asOf) ? undefined : parseIsoDate(dateOfBirth);
      if (dateOfBirth === undefined || birth === undefined) continue;
      const leavesOn = leavesBandOn(birth, max);
      if (leavesOn > asOf && leavesOn <= until) {
        rows.push({
          personId: membership.personId,
          groupId: group.id,
          groupKind: group.kind,
          ruleSet: ruleSetKey(ruleSet),
          dateOfBirth,
          leavesOn,
          ageOnLeaving: max + 1,
        });
      }
    }
  }
  return rows.sort(
    (a, b) =>
      compareIds(a.leavesOn, b.leavesOn) || compareIds(a.groupId, b.groupId) || compareIds(a.personId, b.personId),
  );
}
