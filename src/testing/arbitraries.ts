import fc from "fast-check";
import type { Dataset } from "../entities/Dataset.js";
import { type Federation, FederationKind } from "../entities/Federation.js";
import { type Group, GroupKind } from "../entities/Group.js";
import type { Meeting } from "../entities/Meeting.js";
import { type Membership, Role } from "../entities/Membership.js";
import { Gender, type Person } from "../entities/Person.js";
import { LocalBodyType, type Unit, UnitKind } from "../entities/Unit.js";
import { formatIsoDate, fromDayNumber } from "../internal/calendar.js";
import { isoDay } from "../internal/guards.js";

/**
 * Real `YYYY-MM-DD` dates between two days, inclusive (by default 1950-01-01 to 2030-12-31).
 *
 * @param from - The first day.
 * @param to - The last day.
 * @returns A fast-check arbitrary of date strings.
 *
 * @example
 * ```ts
 * import fc from "fast-check";
 * import { isoDateArbitrary } from "@kudumbashree/domain/testing/arbitraries";
 *
 * fc.sample(isoDateArbitrary("2021-02-27", "2021-03-01"), { numRuns: 20, seed: 1 })
 *   .every((date) => date >= "2021-02-27" && date <= "2021-03-01");
 * //=> true
 * ```
 *
 * @beta
 */
export function isoDateArbitrary(from = "1950-01-01", to = "2030-12-31"): fc.Arbitrary<string> {
  return fc.integer({ min: isoDay(from), max: isoDay(to) }).map((day) => formatIsoDate(fromDayNumber(day)));
}

const id = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9_-]{0,11}$/);
const optional = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined });
/**
 * Any value of an enum schema, taken from the schema's own options so that a value added to it
 * is generated without a change here.
 */
const anyOf = <T extends string>(schema: { readonly options: readonly T[] }): fc.Arbitrary<T> =>
  fc.constantFrom(...schema.options);
/**
 * Any value of an enum schema, with `common` drawn more often: half the time, plus its share of
 * the other half. The data stays realistic (most members are plain members, most of them women)
 * while every value of the schema still comes up.
 */
const mostly = <T extends string>(common: NoInfer<T>, schema: { readonly options: readonly T[] }): fc.Arbitrary<T> =>
  fc.oneof({ arbitrary: fc.constant(common), weight: 1 }, { arbitrary: anyOf(schema), weight: 1 });
/** Drops undefined fields, as an export leaves a cell empty (so the result passes exactOptionalPropertyTypes). */
function compact<T extends object>(record: T): T {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined)) as T;
}

/**
 * Units of any kind, each on its own (a `parentId` may name any id).
 *
 * @example
 * ```ts
 * import fc from "fast-check";
 * import { Unit } from "@kudumbashree/domain";
 * import { unitArbitrary } from "@kudumbashree/domain/testing/arbitraries";
 *
 * fc.sample(unitArbitrary, { numRuns: 50, seed: 1 }).every((unit) => Unit.safeParse(unit).success);
 * //=> true
 * ```
 *
 * @beta
 */
export const unitArbitrary: fc.Arbitrary<Unit> = fc
  .record({
    id,
    kind: anyOf(UnitKind),
    name: fc.string({ maxLength: 30 }),
    parentId: optional(id),
    lgdCode: optional(fc.stringMatching(/^\d{1,6}$/)),
    localBodyType: optional(anyOf(LocalBodyType)),
  })
  .map((unit) => compact({ ...unit, localBodyType: unit.kind === "localBody" ? unit.localBodyType : undefined }));

/**
 * People of every gender, with or without a date of birth and a household.
 *
 * @example
 * ```ts
 * import fc from "fast-check";
 * import { Person } from "@kudumbashree/domain";
 * import { personArbitrary } from "@kudumbashree/domain/testing/arbitraries";
 *
 * fc.sample(personArbitrary, { numRuns: 50, seed: 1 }).every((person) => Person.safeParse(person).success);
 * //=> true
 * ```
 *
 * @beta
 */
export const personArbitrary: fc.Arbitrary<Person> = fc
  .record({
    id,
    name: optional(fc.string({ maxLength: 30 })),
    dateOfBirth: optional(isoDateArbitrary("1940-01-01", "2020-12-31")),
    gender: mostly("female", Gender),
    householdId: optional(id),
  })
  .map(compact);

/**
 * Groups of every kind, formed and closed on any days (a closing day never before the forming day).
 *
 * @example
 * ```ts
 * import fc from "fast-check";
 * import { Group } from "@kudumbashree/domain";
 * import { groupArbitrary } from "@kudumbashree/domain/testing/arbitraries";
 *
 * fc.sample(groupArbitrary, { numRuns: 50, seed: 1 }).every((group) => Group.safeParse(group).success);
 * //=> true
 * ```
 *
 * @beta
 */
export const groupArbitrary: fc.Arbitrary<Group> = fc
  .record({
    id,
    kind: anyOf(GroupKind),
    name: optional(fc.string({ maxLength: 30 })),
    unitId: id,
    formedOn: optional(isoDateArbitrary("2015-01-01", "2024-12-31")),
    closedOn: optional(isoDateArbitrary("2015-01-01", "2026-12-31")),
    special: optional(fc.boolean()),
  })
  .map(
    (group) =>
      compact({
        ...group,
        closedOn:
          group.formedOn !== undefined && group.closedOn !== undefined && group.closedOn < group.formedOn
            ? undefined
            : group.closedOn,
      }) as Group,
  );

/**
 * Federations of every kind.
 *
 * @example
 * ```ts
 * import fc from "fast-check";
 * import { Federation } from "@kudumbashree/domain";
 * import { federationArbitrary } from "@kudumbashree/domain/testing/arbitraries";
 *
 * fc.sample(federationArbitrary, { numRuns: 50, seed: 1 })
 *   .every((federation) => Federation.safeParse(federation).success);
 * //=> true
 * ```
 *
 * @beta
 */
export const federationArbitrary: fc.Arbitrary<Federation> = fc
  .record({
    id,
    kind: anyOf(FederationKind),
    unitId: id,
    name: optional(fc.string({ maxLength: 30 })),
    formedOn: optional(isoDateArbitrary("2000-01-01", "2024-12-31")),
    memberIds: fc.array(id, { maxLength: 6 }),
  })
  .map(compact);

/**
 * Memberships with every role, with or without `from` and `to` (`to` never before `from`).
 *
 * @example
 * ```ts
 * import fc from "fast-check";
 * import { Membership } from "@kudumbashree/domain";
 * import { membershipArbitrary } from "@kudumbashree/domain/testing/arbitraries";
 *
 * fc.sample(membershipArbitrary, { numRuns: 50, seed: 1 })
 *   .every((membership) => Membership.safeParse(membership).success);
 * //=> true
 * ```
 *
 * @beta
 */
export const membershipArbitrary: fc.Arbitrary<Membership> = fc
  .record({
    groupId: id,
    personId: id,
    role: mostly("member", Role),
    from: optional(isoDateArbitrary("2015-01-01", "2024-12-31")),
    to: optional(isoDateArbitrary("2015-01-01", "2026-12-31")),
  })
  .map((membership) =>
    compact({
      ...membership,
      to:
        membership.from !== undefined && membership.to !== undefined && membership.to < membership.from
          ? undefined
          : membership.to,
    }),
  );

/**
 * Meetings, with or without attendance and topics.
 *
 * @example
 * ```ts
 * import fc from "fast-check";
 * import { Meeting } from "@kudumbashree/domain";
 * import { meetingArbitrary } from "@kudumbashree/domain/testing/arbitraries";
 *
 * fc.sample(meetingArbitrary, { numRuns: 50, seed: 1 }).every((meeting) => Meeting.safeParse(meeting).success);
 * //=> true
 * ```
 *
 * @beta
 */
export const meetingArbitrary: fc.Arbitrary<Meeting> = fc
  .record({
    id,
    groupId: id,
    date: isoDateArbitrary("2015-01-01", "2026-12-31"),
    attendeeIds: optional(fc.array(id, { maxLength: 8 })),
    topics: optional(fc.array(fc.string({ maxLength: 20 }), { maxLength: 3 })),
  })
  .map(compact);

/**
 * Whole datasets that pass `parseDataset` with no issue: a state with 1 to 4 districts, each
 * with local bodies and wards, groups of every kind in the wards, their members (some past their
 * `to` date, some resource persons) and meetings. Ids are unique and every reference resolves.
 *
 * @example
 * ```ts
 * import fc from "fast-check";
 * import { parseDataset } from "@kudumbashree/domain";
 * import { datasetArbitrary } from "@kudumbashree/domain/testing/arbitraries";
 *
 * fc.sample(datasetArbitrary, { numRuns: 20, seed: 1 }).every((dataset) => parseDataset(dataset).issues.length === 0);
 * //=> true
 * ```
 *
 * @beta
 */
export const datasetArbitrary: fc.Arbitrary<Dataset> = fc
  .array(
    fc.array(
      fc.array(
        fc.array(
          fc.record({
            kind: anyOf(GroupKind),
            formedOn: optional(isoDateArbitrary("2021-01-01", "2021-12-31")),
            closedOn: fc.option(isoDateArbitrary("2021-06-01", "2022-06-30"), { nil: undefined, freq: 6 }),
            special: optional(fc.boolean()),
            members: fc.array(
              fc.record({
                dateOfBirth: fc.option(isoDateArbitrary("1960-01-01", "2016-12-31"), { nil: undefined, freq: 8 }),
                gender: mostly("female", Gender),
                role: mostly("member", Role),
                to: fc.option(isoDateArbitrary("2021-01-01", "2022-06-30"), { nil: undefined, freq: 5 }),
              }),
              { maxLength: 8 },
            ),
            meetings: fc.array(
              fc.record({ date: isoDateArbitrary("2021-01-01", "2022-03-31"), attendance: optional(fc.nat(10)) }),
              { maxLength: 10 },
            ),
          }),
          { maxLength: 3 },
        ),
        { minLength: 1, maxLength: 4 },
      ),
      { minLength: 1, maxLength: 3 },
    ),
    { minLength: 1, maxLength: 4 },
  )
  .map((districts) => {
    const units: Unit[] = [{ id: "KL", kind: "state", name: "Kerala" }];
    const people: Person[] = [];
    const groups: Group[] = [];
    const memberships: Membership[] = [];
    const meetings: Meeting[] = [];
    districts.forEach((localBodies, d) => {
      const districtId = `D${d}`;
      units.push({ id: districtId, kind: "district", name: `District ${d}`, parentId: "KL" });
      localBodies.forEach((wards, l) => {
        const localBodyId = `${districtId}-L${l}`;
        units.push({ id: localBodyId, kind: "localBody", name: `Local body ${d}.${l}`, parentId: districtId });
        wards.forEach((wardGroups, w) => {
          const wardId = `${localBodyId}-W${w}`;
          units.push({ id: wardId, kind: "ward", name: `Ward ${d}.${l}.${w}`, parentId: localBodyId });
          wardGroups.forEach((shape, g) => {
            const groupId = `${wardId}-G${g}`;
            const closedOn =
              shape.closedOn !== undefined && (shape.formedOn === undefined || shape.closedOn >= shape.formedOn)
                ? shape.closedOn
                : undefined;
            groups.push(
              compact({
                id: groupId,
                kind: shape.kind,
                unitId: wardId,
                formedOn: shape.formedOn,
                closedOn,
                special: shape.special,
              }) as Group,
            );
            const memberIds: string[] = [];
            shape.members.forEach((member, m) => {
              const personId = `${groupId}-P${m}`;
              people.push(compact({ id: personId, gender: member.gender, dateOfBirth: member.dateOfBirth }));
              memberships.push(compact({ groupId, personId, role: member.role, to: member.to }));
              memberIds.push(personId);
            });
            shape.meetings.forEach((meeting, k) => {
              meetings.push(
                compact({
                  id: `${groupId}-M${k}`,
                  groupId,
                  date: meeting.date,
                  attendeeIds: meeting.attendance === undefined ? undefined : memberIds.slice(0, meeting.attendance),
                }),
              );
            });
          });
        });
      });
    });
    return { schemaVersion: 1 as const, units, people, groups, memberships, meetings };
  });
