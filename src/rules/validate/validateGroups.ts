import type { DatasetIndex } from "../../dataset/indexDataset.js";
import type { Group, GroupKind } from "../../entities/Group.js";
import type { Membership } from "../../entities/Membership.js";
import type { Person } from "../../entities/Person.js";
import { append } from "../../internal/append.js";
import { ageCutoffs, dateKey } from "../../internal/calendar.js";
import { IdIndex } from "../../internal/IdIndex.js";
import type { Issue } from "../../issues/Issue.js";
import { issue } from "../../issues/issueFactory.js";
import { checkAgeBand } from "../checks/checkAgeBand.js";
import { checkGender } from "../checks/checkGender.js";
import { checkGroupSize } from "../checks/checkGroupSize.js";
import { checkHouseholdAcrossGroups, checkHouseholds } from "../checks/checkHouseholds.js";
import { checkLeadership } from "../checks/checkLeadership.js";
import { checkMeetingCadence } from "../checks/checkMeetingCadence.js";
import { checkSingleMembership } from "../checks/checkSingleMembership.js";
import { isCountedMember, isGroupActive, isMembershipActive } from "../definitions/activity.js";
import { isJudgeableJoiningKey } from "../definitions/ageing.js";
import { gendersFor } from "../definitions/gender.js";
import { isPlausibleBirth } from "../definitions/plausibleDates.js";
import type { RuleSet } from "../registry/RuleSet.js";
import type { RuleContext } from "./RuleContext.js";

/** A ward's active groups of one kind and their active members, for the ward checks. @internal */
export interface WardTally {
  groups: number;
  members: number;
}

/** What the group pass found that the later passes need. @internal */
export interface GroupPass {
  /** Per kind of group, per ward (or village) id, its active groups and members. */
  readonly activeByWard: Map<GroupKind, Map<string, WardTally>>;
  /** Some group's rule set asks for meetings, and the records start on no known day. */
  readonly cadenceUnknown: boolean;
  /**
   * People without a `householdId` among the active members of active groups whose rule set
   * admits one member per household, each person once: the household rules cannot judge them.
   */
  readonly membersWithoutHousehold: number;
}

type AgeBand = NonNullable<RuleSet["ageBand"]>;
/** An age band as bounds on the date of birth yyyymmdd, on the as-of day (see birthBoundsOf). */
export type BirthBounds = { readonly oldEnough: number; readonly tooOld: number; readonly asOfKey: number };

/** What the group pass keeps across groups, by position in `data.people`. */
interface PassState {
  readonly index: DatasetIndex;
  readonly context: RuleContext;
  /** The group (position + 1) in which each person was last counted. */
  readonly countedIn: Int32Array;
  /** Per kind of group, each person's first active group of that kind (position + 1). */
  readonly firstGroupOf: Map<GroupKind, Int32Array>;
  /**
   * Each person's household as a number + 1 (see householdNumbers), made when a rule set first
   * asks for one member per household.
   */
  householdOf: Int32Array | undefined;
  /**
   * Per kind of group whose rule set admits one member per household, each household's first
   * active member met in a group of the kind, as the position of her membership + 1 (0: none
   * yet), by household number: one entry a household.
   */
  readonly firstOfHousehold: Map<GroupKind, Int32Array>;
  /** People already counted in `membersWithoutHousehold` (1) or not (0), by position. */
  readonly withoutHousehold: Uint8Array;
  membersWithoutHousehold: number;
  readonly birthBounds: (ruleSet: RuleSet, band: AgeBand) => BirthBounds;
}

/** A group's members and office bearers on the as-of day, and the issues about them. */
interface GroupMembers {
  readonly members: Person[];
  readonly holders: { role: Membership["role"]; gender: Person["gender"] }[];
  readonly issues: Issue[];
}

/**
 * The group pass of `validate`: each group in input order against its kind's rule set: size,
 * households, leadership, then each active member (age, gender, a second group of the kind, a
 * member of her household in another group of the kind), then meeting cadence.
 *
 * @internal
 */
export function validateGroups(index: DatasetIndex, context: RuleContext, issues: Issue[]): GroupPass {
  const state: PassState = {
    index,
    context,
    countedIn: new Int32Array(index.data.people.length),
    firstGroupOf: new Map(),
    householdOf: undefined,
    firstOfHousehold: new Map(),
    withoutHousehold: new Uint8Array(index.data.people.length),
    membersWithoutHousehold: 0,
    birthBounds: birthBoundsOf(context.asOf),
  };
  const activeByWard = new Map<GroupKind, Map<string, WardTally>>();
  let cadenceUnknown = false;
  index.data.groups.forEach((group, position) => {
    if (index.groups.get(group.id) !== group) return;
    const ruleSet = context.rules.get(group.kind);
    if (ruleSet === undefined) return;
    context.applied.add(ruleSet);
    // A label is data (a name and id), never words: a message names a record without one by its kind and id.
    const label = group.name === undefined ? undefined : `${group.name} (${group.id})`;
    const options = { subject: { kind: "group", id: group.id }, path: ["groups", position], label } as const;
    if (isGroupActive(group, context.asOf)) {
      const { members, holders, issues: memberIssues } = checkMembers(state, group, position, ruleSet);
      const sizeOptions = { ...options, special: group.special, specialCategory: group.specialCategory };
      append(issues, checkGroupSize(members.length, ruleSet, sizeOptions));
      append(issues, checkHouseholds(members, ruleSet, options));
      append(issues, checkLeadership(holders, ruleSet, options));
      append(issues, memberIssues);
      tally(activeByWard, group, members.length);
    }
    if (ruleSet.meetings === undefined) return;
    if (context.recordsFrom === undefined) cadenceUnknown = true;
    else {
      const dates = (index.meetingsByGroup.get(group.id) ?? []).map((meeting) => meeting.date);
      append(
        issues,
        checkMeetingCadence(group, dates, ruleSet, {
          ...options,
          asOf: context.asOf,
          recordsFrom: context.recordsFrom,
        }),
      );
    }
  });
  return { activeByWard, cadenceUnknown, membersWithoutHousehold: state.membersWithoutHousehold };
}

/** An active group's active members (each counted once, resource persons not), holders and member issues. */
function checkMembers(state: PassState, group: Group, groupPosition: number, ruleSet: RuleSet): GroupMembers {
  const { index, context, countedIn } = state;
  const { data } = index;
  let firstGroup = state.firstGroupOf.get(group.kind);
  if (firstGroup === undefined) state.firstGroupOf.set(group.kind, (firstGroup = new Int32Array(data.people.length)));
  const found: GroupMembers = { members: [], holders: [], issues: [] };
  const bounds = ruleSet.ageBand === undefined ? undefined : state.birthBounds(ruleSet, ruleSet.ageBand);
  const genders = gendersFor(ruleSet, group.specialCategory);
  let households: Int32Array | undefined;
  if (ruleSet.oneMemberPerHousehold === true) {
    households = state.firstOfHousehold.get(group.kind);
    if (households === undefined)
      state.firstOfHousehold.set(group.kind, (households = new Int32Array(data.people.length)));
    state.householdOf ??= householdNumbers(data.people);
  }
  let duplicates: Map<number, { rows: number; position: number }> | undefined;
  for (const position of index.membershipsByGroup.get(group.id) ?? []) {
    const membership = data.memberships[position];
    if (membership === undefined || !isMembershipActive(membership, context.asOf)) continue;
    const personPosition = index.membershipPersons[position] as number;
    const person = data.people[personPosition] as Person;
    if (ruleSet.leadership !== undefined) found.holders.push({ role: membership.role, gender: person.gender });
    if (!isCountedMember(membership, context.asOf)) continue;
    if (countedIn[personPosition] === groupPosition + 1) {
      // A second row of hers in this group on the same day: counted once, reported once.
      const seen = (duplicates ??= new Map()).get(personPosition);
      if (seen === undefined) duplicates.set(personPosition, { rows: 2, position });
      else seen.rows++;
      continue;
    }
    countedIn[personPosition] = groupPosition + 1;
    found.members.push(person);
    checkMember(found.issues, group, person, personPosition, membership.from, ruleSet, bounds, genders, context.asOf);
    const first = firstGroup[personPosition] as number;
    if (first === 0) firstGroup[personPosition] = groupPosition + 1;
    else {
      const firstId = (data.groups[first - 1] as Group).id;
      append(
        found.issues,
        checkSingleMembership(
          person.id,
          firstId,
          group.id,
          ruleSet,
          context.asOf,
          memberOptions(group, person, ["memberships", position]),
        ),
      );
    }
    if (households !== undefined) {
      checkHousehold(found.issues, state, households, group, person, personPosition, position, ruleSet);
    }
  }
  for (const [personPosition, { rows, position }] of duplicates ?? []) {
    const personId = (data.people[personPosition] as Person).id;
    const at = {
      path: ["memberships", position],
      subject: { kind: "membership", id: `${group.id}/${personId}` },
    } as const;
    found.issues.push(issue("membership.duplicate", { personId, groupId: group.id, rows }, at));
  }
  return found;
}

/**
 * Age and gender of one active member (positional arguments: this runs once per membership).
 * `joinedOn` is her membership's `from`: her age is judged on it when it can be (see checkAgeBand).
 */
function checkMember(
  issues: Issue[],
  group: Group,
  person: Person,
  personPosition: number,
  joinedOn: string | undefined,
  ruleSet: RuleSet,
  bounds: BirthBounds | undefined,
  genders: readonly Person["gender"][] | undefined,
  asOf: string,
): void {
  // The birth bounds place most members without working out an age; checkAgeBand decides the rest.
  if (bounds !== undefined) {
    const dateOfBirth = person.dateOfBirth;
    // A date of birth that cannot be real is reported by the date pass and left out of the age check.
    if (dateOfBirth === undefined || isPlausibleBirth(dateOfBirth, asOf)) {
      const birth = dateOfBirth === undefined ? undefined : dateKey(dateOfBirth);
      const joined = joinedOn === undefined ? -1 : dateKey(joinedOn);
      if (mayBreakAgeBand(birth ?? -1, joined, ruleSet.ageBand as AgeBand, bounds)) {
        const options = memberOptions(group, person, ["people", personPosition, "dateOfBirth"]);
        append(issues, checkAgeBand(dateOfBirth, ruleSet, asOf, { ...options, joinedOn }));
      }
    }
  }
  if (genders !== undefined && !genders.includes(person.gender)) {
    append(
      issues,
      checkGender(person.gender, ruleSet, {
        ...memberOptions(group, person, ["people", personPosition, "gender"]),
        specialCategory: group.specialCategory,
      }),
    );
  }
}

/**
 * One active member of a group whose rule set admits one member per household: counted when she
 * has no household (each person once), else checked against the first member of her household met
 * in a group of the kind, or recorded as that first member.
 */
function checkHousehold(
  issues: Issue[],
  state: PassState,
  households: Int32Array,
  group: Group,
  person: Person,
  personPosition: number,
  position: number,
  ruleSet: RuleSet,
): void {
  const household = ((state.householdOf as Int32Array)[personPosition] as number) - 1;
  if (household < 0) {
    if (state.withoutHousehold[personPosition] === 0) {
      state.withoutHousehold[personPosition] = 1;
      state.membersWithoutHousehold++;
    }
    return;
  }
  const first = households[household] as number;
  if (first === 0) {
    households[household] = position + 1;
    return;
  }
  const firstPosition = first - 1;
  const { data } = state.index;
  const firstMembership = data.memberships[firstPosition] as Membership;
  if (firstMembership.groupId === group.id || firstMembership.personId === person.id) return;
  append(
    issues,
    checkHouseholdAcrossGroups(
      { personId: person.id, groupId: group.id, householdId: person.householdId as string },
      { personId: firstMembership.personId, groupId: firstMembership.groupId },
      ruleSet,
      memberOptions(group, person, ["memberships", position]),
    ),
  );
}

/** The subject, path and label of an issue about a member: built only for an issue, since checks run per membership. */
function memberOptions(group: Group, person: Person, path: readonly (string | number)[]) {
  return {
    subject: { kind: "membership", id: `${group.id}/${person.id}` } as const,
    path,
    label: person.name === undefined ? undefined : `${person.name} (${person.id})`,
  };
}

function tally(activeByWard: Map<GroupKind, Map<string, WardTally>>, group: Group, members: number): void {
  let wards = activeByWard.get(group.kind);
  if (wards === undefined) activeByWard.set(group.kind, (wards = new Map()));
  const ward = wards.get(group.unitId);
  if (ward === undefined) wards.set(group.unitId, { groups: 1, members });
  else {
    ward.groups++;
    ward.members += members;
  }
}

/**
 * An age band as bounds on the date of birth written yyyymmdd (see ageCutoffs), per rule set:
 * old enough when born on or before `oldEnough`, too old when born on or before `tooOld`. Only a
 * member outside them goes through checkAgeBand, which decides.
 */
export function birthBoundsOf(asOf: string): (ruleSet: RuleSet, band: AgeBand) => BirthBounds {
  const cache = new Map<RuleSet, BirthBounds>();
  return (ruleSet, band) => {
    let bounds = cache.get(ruleSet);
    if (bounds === undefined) {
      const [oldEnough, tooOld] = ageCutoffs(asOf, [band.min ?? 0, (band.max ?? Number.MAX_SAFE_INTEGER - 1) + 1]);
      bounds = {
        oldEnough: band.min === undefined ? Number.POSITIVE_INFINITY : (oldEnough as number),
        tooOld: band.max === undefined ? Number.NEGATIVE_INFINITY : (tooOld as number),
        asOfKey: dateKey(asOf),
      };
      cache.set(ruleSet, bounds);
    }
    return bounds;
  };
}

/**
 * Whether checkAgeBand may find an issue with a member born on `birth` who joined on `joined`
 * (yyyymmdd numbers; -1: not known): false only when it certainly finds none. Her age on the day
 * she joined when that day can be judged (isJudgeableJoiningKey), else on the as-of day.
 *
 * @internal
 */
export function mayBreakAgeBand(birth: number, joined: number, band: AgeBand, bounds: BirthBounds): boolean {
  if (birth < 0) return true;
  if (joined >= 0 && isJudgeableJoiningKey(joined, birth, bounds.asOfKey)) {
    // Completed years between two yyyymmdd numbers (see ageCutoffs): her age on the day she joined.
    const ageThen = Math.floor((joined - birth) / 10_000);
    return (
      (band.min !== undefined && ageThen < band.min) ||
      (band.max !== undefined && ageThen > band.max) ||
      birth <= bounds.tooOld
    );
  }
  return birth > bounds.oldEnough || birth <= bounds.tooOld;
}

/**
 * Each person's household as a number + 1: 1 + the position of the first person with her
 * `householdId` (ids compared exactly), or 0 without one. An IdIndex over the people (one without
 * a household keyed by "", which no id can be) rather than a `Map` of household ids, which costs
 * twice as much at lakhs of people.
 */
function householdNumbers(people: readonly Person[]): Int32Array {
  const numbers = new Int32Array(people.length);
  const householdAt = (position: number) => (people[position] as Person).householdId ?? "";
  const later: number[] = [];
  const index = new IdIndex(people.length, householdAt, (position) => {
    if ((people[position] as Person).householdId !== undefined) later.push(position);
  });
  for (let position = 0; position < people.length; position++)
    if ((people[position] as Person).householdId !== undefined) numbers[position] = position + 1;
  for (const position of later) numbers[position] = index.get(householdAt(position)) + 1;
  return numbers;
}
