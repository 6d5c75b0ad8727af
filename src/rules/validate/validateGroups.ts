import type { DatasetIndex } from "../../dataset/indexDataset.js";
import type { Group, GroupKind } from "../../entities/Group.js";
import type { Membership } from "../../entities/Membership.js";
import type { Person } from "../../entities/Person.js";
import { append } from "../../internal/append.js";
import { ageCutoffs, dateKey } from "../../internal/calendar.js";
import type { Issue } from "../../issues/Issue.js";
import { issue } from "../../issues/issueFactory.js";
import { checkAgeBand } from "../checks/checkAgeBand.js";
import { checkGender } from "../checks/checkGender.js";
import { checkGroupSize } from "../checks/checkGroupSize.js";
import { checkHouseholds } from "../checks/checkHouseholds.js";
import { checkLeadership } from "../checks/checkLeadership.js";
import { checkMeetingCadence } from "../checks/checkMeetingCadence.js";
import { checkSingleMembership } from "../checks/checkSingleMembership.js";
import { isCountedMember, isGroupActive, isMembershipActive } from "../definitions/activity.js";
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
}

type AgeBand = NonNullable<RuleSet["ageBand"]>;
type BirthBounds = { readonly oldEnough: number; readonly tooOld: number };

/** What the group pass keeps across groups, by position in `data.people`. */
interface PassState {
  readonly index: DatasetIndex;
  readonly context: RuleContext;
  /** The group (position + 1) in which each person was last counted. */
  readonly countedIn: Int32Array;
  /** Per kind of group, each person's first active group of that kind (position + 1). */
  readonly firstGroupOf: Map<GroupKind, Int32Array>;
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
 * households, leadership, then each active member (age, gender, a second group of the kind),
 * then meeting cadence.
 *
 * @internal
 */
export function validateGroups(index: DatasetIndex, context: RuleContext, issues: Issue[]): GroupPass {
  const state: PassState = {
    index,
    context,
    countedIn: new Int32Array(index.data.people.length),
    firstGroupOf: new Map(),
    birthBounds: birthBoundsOf(context.asOf),
  };
  const activeByWard = new Map<GroupKind, Map<string, WardTally>>();
  let cadenceUnknown = false;
  index.data.groups.forEach((group, position) => {
    if (index.groups.get(group.id) !== group) return;
    const ruleSet = context.rules.get(group.kind);
    if (ruleSet === undefined) return;
    context.applied.add(ruleSet);
    const label = group.name === undefined ? `Group "${group.id}"` : `${group.name} (${group.id})`;
    const options = { subject: { kind: "group", id: group.id }, path: ["groups", position], label } as const;
    if (isGroupActive(group, context.asOf)) {
      const { members, holders, issues: memberIssues } = checkMembers(state, group, position, ruleSet);
      append(issues, checkGroupSize(members.length, ruleSet, { ...options, special: group.special }));
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
  return { activeByWard, cadenceUnknown };
}

/** An active group's active members (each counted once, resource persons not), holders and member issues. */
function checkMembers(state: PassState, group: Group, groupPosition: number, ruleSet: RuleSet): GroupMembers {
  const { index, context, countedIn } = state;
  const { data } = index;
  let firstGroup = state.firstGroupOf.get(group.kind);
  if (firstGroup === undefined) state.firstGroupOf.set(group.kind, (firstGroup = new Int32Array(data.people.length)));
  const found: GroupMembers = { members: [], holders: [], issues: [] };
  const bounds = ruleSet.ageBand === undefined ? undefined : state.birthBounds(ruleSet, ruleSet.ageBand);
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
    checkMember(found.issues, group, person, personPosition, ruleSet, bounds, context.asOf);
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

/** Age and gender of one active member (positional arguments: this runs once per membership). */
function checkMember(
  issues: Issue[],
  group: Group,
  person: Person,
  personPosition: number,
  ruleSet: RuleSet,
  bounds: BirthBounds | undefined,
  asOf: string,
): void {
  // The birth bounds place most members without working out an age; checkAgeBand decides the rest.
  if (bounds !== undefined) {
    const birth = person.dateOfBirth === undefined ? undefined : dateKey(person.dateOfBirth);
    // A date of birth that cannot be real is reported by the date pass and left out of the age check.
    const plausible = birth === undefined || isPlausibleBirth(person.dateOfBirth as string, asOf);
    if (plausible && (birth === undefined || birth > bounds.oldEnough || birth <= bounds.tooOld)) {
      append(
        issues,
        checkAgeBand(
          person.dateOfBirth,
          ruleSet,
          asOf,
          memberOptions(group, person, ["people", personPosition, "dateOfBirth"]),
        ),
      );
    }
  }
  if (ruleSet.gender !== undefined && !ruleSet.gender.includes(person.gender)) {
    append(
      issues,
      checkGender(person.gender, ruleSet, memberOptions(group, person, ["people", personPosition, "gender"])),
    );
  }
}

/** The subject, path and label of an issue about a member: built only for an issue, since checks run per membership. */
function memberOptions(group: Group, person: Person, path: readonly (string | number)[]) {
  return {
    subject: { kind: "membership", id: `${group.id}/${person.id}` } as const,
    path,
    label: person.name === undefined ? `Person "${person.id}"` : `${person.name} (${person.id})`,
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
function birthBoundsOf(asOf: string): (ruleSet: RuleSet, band: AgeBand) => BirthBounds {
  const cache = new Map<RuleSet, BirthBounds>();
  return (ruleSet, band) => {
    let bounds = cache.get(ruleSet);
    if (bounds === undefined) {
      const [oldEnough, tooOld] = ageCutoffs(asOf, [band.min ?? 0, (band.max ?? Number.MAX_SAFE_INTEGER - 1) + 1]);
      bounds = {
        oldEnough: band.min === undefined ? Number.POSITIVE_INFINITY : (oldEnough as number),
        tooOld: band.max === undefined ? Number.NEGATIVE_INFINITY : (tooOld as number),
      };
      cache.set(ruleSet, bounds);
    }
    return bounds;
  };
}
