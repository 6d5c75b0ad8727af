import type { DatasetIndex } from "../../dataset/indexDataset.js";
import type { Group, GroupKind } from "../../entities/Group.js";
import type { Membership } from "../../entities/Membership.js";
import type { Person } from "../../entities/Person.js";
import { append } from "../../internal/append.js";
import { ageCutoffs, dateKey } from "../../internal/calendar.js";
import type { Issue } from "../../issues/Issue.js";
import { checkAgeBand } from "../checks/checkAgeBand.js";
import { checkGender } from "../checks/checkGender.js";
import { checkGroupSize } from "../checks/checkGroupSize.js";
import { checkHouseholds } from "../checks/checkHouseholds.js";
import { checkLeadership } from "../checks/checkLeadership.js";
import { checkMeetingCadence } from "../checks/checkMeetingCadence.js";
import { checkSingleMembership } from "../checks/checkSingleMembership.js";
import { isGroupActive, isMembershipActive } from "../definitions/activity.js";
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

/**
 * The group pass of `validate`: each group in input order against its kind's rule set: size,
 * households, leadership, then each active member (age, gender, a second group of the kind),
 * then meeting cadence.
 *
 * @internal
 */
export function validateGroups(index: DatasetIndex, context: RuleContext, issues: Issue[]): GroupPass {
  const { data } = index;
  const { rules, applied, asOf, recordsFrom } = context;
  const people = data.people;
  // Per person (by position in data.people): the group (position + 1) in which she was last
  // counted, and per kind of group, the first active group (position + 1).
  const countedIn = new Int32Array(people.length);
  const firstGroupOf = new Map<GroupKind, Int32Array>();
  const activeByWard = new Map<GroupKind, Map<string, WardTally>>();
  const birthBounds = birthBoundsOf(asOf);
  let cadenceUnknown = false;

  data.groups.forEach((group, groupPosition) => {
    if (index.groups.get(group.id) !== group) return;
    const ruleSet = rules.get(group.kind);
    if (ruleSet === undefined) return;
    applied.add(ruleSet);
    const label = group.name === undefined ? `Group "${group.id}"` : `${group.name} (${group.id})`;
    const groupOptions = { subject: { kind: "group", id: group.id }, path: ["groups", groupPosition], label } as const;

    if (isGroupActive(group, asOf)) {
      let firstGroup = firstGroupOf.get(group.kind);
      if (firstGroup === undefined) firstGroupOf.set(group.kind, (firstGroup = new Int32Array(people.length)));
      const members: Person[] = [];
      const holders: { role: Membership["role"]; gender: Person["gender"] }[] = [];
      const memberIssues: Issue[] = [];
      const bounds = ruleSet.ageBand === undefined ? undefined : birthBounds(ruleSet, ruleSet.ageBand);

      for (const position of index.membershipsByGroup.get(group.id) ?? []) {
        const membership = data.memberships[position];
        if (membership === undefined || !isMembershipActive(membership, asOf)) continue;
        const personPosition = index.membershipPersons[position] as number;
        const person = people[personPosition] as Person;
        if (ruleSet.leadership !== undefined) holders.push({ role: membership.role, gender: person.gender });
        if (membership.role === "resourcePerson" || countedIn[personPosition] === groupPosition + 1) continue;
        countedIn[personPosition] = groupPosition + 1;
        members.push(person);
        // Built only for an issue: this loop runs once per membership.
        const memberOptions = (path: readonly (string | number)[]) => ({
          subject: { kind: "membership", id: `${group.id}/${person.id}` } as const,
          path,
          label: person.name === undefined ? `Person "${person.id}"` : `${person.name} (${person.id})`,
        });
        if (bounds !== undefined) {
          const birth = person.dateOfBirth === undefined ? undefined : dateKey(person.dateOfBirth);
          if (birth === undefined || birth > bounds.oldEnough || birth <= bounds.tooOld) {
            append(memberIssues, checkAgeBand(person.dateOfBirth, ruleSet, asOf, memberOptions(["people", personPosition, "dateOfBirth"])));
          }
        }
        if (ruleSet.gender !== undefined && !ruleSet.gender.includes(person.gender)) {
          append(memberIssues, checkGender(person.gender, ruleSet, memberOptions(["people", personPosition, "gender"])));
        }
        const first = firstGroup[personPosition] as number;
        if (first === 0) firstGroup[personPosition] = groupPosition + 1;
        else append(memberIssues, checkSingleMembership(person.id, (data.groups[first - 1] as Group).id, group.id, ruleSet, asOf, memberOptions(["memberships", position])));
      }

      append(issues, checkGroupSize(members.length, ruleSet, { ...groupOptions, special: group.special }));
      append(issues, checkHouseholds(members, ruleSet, groupOptions));
      append(issues, checkLeadership(holders, ruleSet, groupOptions));
      append(issues, memberIssues);
      tally(activeByWard, group, members.length);
    }

    if (ruleSet.meetings !== undefined) {
      if (recordsFrom === undefined) cadenceUnknown = true;
      else {
        const dates = (index.meetingsByGroup.get(group.id) ?? []).map((meeting) => meeting.date);
        append(issues, checkMeetingCadence(group, dates, ruleSet, { ...groupOptions, asOf, recordsFrom }));
      }
    }
  });
  return { activeByWard, cadenceUnknown };
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
function birthBoundsOf(asOf: string): (ruleSet: RuleSet, band: AgeBand) => { oldEnough: number; tooOld: number } {
  const cache = new Map<RuleSet, { oldEnough: number; tooOld: number }>();
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
