import type { Dataset } from "../entities/Dataset.js";
import type { Federation } from "../entities/Federation.js";
import type { Group } from "../entities/Group.js";
import type { Meeting } from "../entities/Meeting.js";
import type { Membership } from "../entities/Membership.js";
import type { Unit } from "../entities/Unit.js";
import type { IdIndex } from "../internal/IdIndex.js";
import type { Issue, IssueSubject } from "../issues/Issue.js";
import { issue } from "../issues/issueFactory.js";
import type { AsideIds } from "./setAsideRecords.js";

/** The records of a dataset by id (the first of each id), as the references are checked against. @internal */
export interface RecordsById {
  readonly units: ReadonlyMap<string, Unit>;
  readonly people: IdIndex;
  readonly groups: ReadonlyMap<string, Group>;
  readonly federations: ReadonlyMap<string, Federation>;
  /** Ids of records set aside for failing their schema (see setAsideRecords), when any were. */
  readonly aside?: AsideIds | undefined;
}

/** The records while they are checked: groups and federations in no usable unit leave the maps. */
export interface MutableRecords extends RecordsById {
  readonly groups: Map<string, Group>;
  readonly federations: Map<string, Federation>;
  readonly aside: {
    readonly units: ReadonlyMap<string, string>;
    readonly people: ReadonlyMap<string, string>;
    readonly groups: Map<string, string>;
    readonly federations: Map<string, string>;
  };
}

/** Which collections a reference field may name. */
type Target = "units" | "people" | "groups" | "members";

/**
 * What a reference is checked against: the ids of each kind of record, and of those set aside
 * (with why). The object path's maps and the columnar CSV path's id tables both fit. @internal
 */
export interface ReferenceTables {
  readonly units: { has(id: string): boolean };
  readonly people: { has(id: string): boolean };
  readonly groups: { has(id: string): boolean };
  readonly federations: { has(id: string): boolean };
  readonly aside?:
    | Readonly<Record<"units" | "people" | "groups" | "federations", ReadonlyMap<string, string>>>
    | undefined;
}

/**
 * Reports a reference to `id`, which names no record of the kind it should: set aside, none at
 * all, or a record of another kind. @internal
 */
export function badReference(
  records: ReferenceTables,
  id: string,
  path: (string | number)[],
  subject: IssueSubject,
  target: Target,
): Issue {
  const at = { path, subject };
  const aside = records.aside;
  if (aside !== undefined) {
    const because = target === "members" ? (aside.groups.get(id) ?? aside.federations.get(id)) : aside[target].get(id);
    if (because !== undefined) return issue("reference.set_aside", { id, because }, at);
  }
  const foundKind = records.units.has(id)
    ? "unit"
    : records.groups.has(id)
      ? "group"
      : records.federations.has(id)
        ? "federation"
        : records.people.has(id)
          ? "person"
          : undefined;
  return foundKind === undefined
    ? issue("reference.unknown", { id }, at)
    : issue("reference.wrong_kind", { id, foundKind }, at);
}

/**
 * Checks where groups sit and that their dates are in order. A group that sits in no unit, or in a
 * unit that is not a ward or a village, is set aside: it is taken out of `records.groups` and its
 * id noted in `aside`, so that its memberships and meetings are set aside with it. Returns how
 * many were. @internal
 */
export function checkGroups(data: Dataset, records: MutableRecords, issues: Issue[]): number {
  let setAside = 0;
  data.groups.forEach((group, i) => {
    if (records.groups.get(group.id) !== group) return;
    const subject = { kind: "group", id: group.id } as const;
    const unit = records.units.get(group.unitId);
    let because: string | undefined;
    if (unit === undefined) {
      const found = badReference(records, group.unitId, ["groups", i, "unitId"], subject, "units");
      issues.push(found);
      because = found.code;
    } else if (unit.kind !== "ward" && unit.kind !== "village") {
      issues.push(
        issue("group.unit_kind", { unitKind: unit.kind, unitId: unit.id }, { path: ["groups", i, "unitId"], subject }),
      );
      because = "group.unit_kind";
    }
    if (because !== undefined) {
      records.groups.delete(group.id);
      records.aside.groups.set(group.id, because);
      setAside++;
    }
    if (group.formedOn !== undefined && group.closedOn !== undefined && group.closedOn < group.formedOn) {
      issues.push(
        issue(
          "group.dates_reversed",
          { formedOn: group.formedOn, closedOn: group.closedOn },
          { path: ["groups", i, "closedOn"], subject },
        ),
      );
    }
  });
  return setAside;
}

/**
 * Checks each federation's unit and members. A federation in no unit is set aside like a group
 * (its own listing in a federation above is then `reference.set_aside`). Returns how many were.
 * @internal
 */
export function checkFederations(data: Dataset, records: MutableRecords, issues: Issue[]): number {
  const federations = data.federations ?? [];
  const unplaced = new Set<number>();
  federations.forEach((federation, i) => {
    if (records.federations.get(federation.id) !== federation || records.units.has(federation.unitId)) return;
    const subject = { kind: "federation", id: federation.id } as const;
    const found = badReference(records, federation.unitId, ["federations", i, "unitId"], subject, "units");
    issues.push(found);
    records.aside.federations.set(federation.id, found.code);
    unplaced.add(i);
  });
  for (const i of unplaced) records.federations.delete((federations[i] as Federation).id);
  // Members are checked for every federation, those set aside too, so one run finds every problem.
  federations.forEach((federation, i) => {
    if (records.federations.get(federation.id) !== federation && !unplaced.has(i)) return;
    const subject = { kind: "federation", id: federation.id } as const;
    federation.memberIds.forEach((memberId, j) => {
      if (records.groups.has(memberId) || records.federations.has(memberId)) return;
      issues.push(badReference(records, memberId, ["federations", i, "memberIds", j], subject, "members"));
    });
  });
  const setAside = unplaced.size;
  return setAside;
}

/**
 * Checks the memberships' groups, people and dates, and indexes the usable ones: for each group,
 * the positions of its memberships; for each membership, its person's position (-1 if unknown).
 *
 * @internal
 */
export function indexMemberships(
  data: Dataset,
  records: RecordsById,
  issues: Issue[],
): { membershipsByGroup: Map<string, number[]>; membershipPersons: Int32Array; excluded: number } {
  let excluded = 0;
  const membershipsByGroup = new Map<string, number[]>();
  const memberships = data.memberships;
  const membershipPersons = new Int32Array(memberships.length);
  // Exports list a group's records together: the lookups by group id are made once per run of
  // records of the same group, not once per record.
  let runGroupId: string | undefined;
  let runGroupKnown = false;
  let runList: number[] | undefined;
  for (let i = 0; i < memberships.length; i++) {
    const membership = memberships[i] as Membership;
    const groupId = membership.groupId;
    if (groupId !== runGroupId) {
      runGroupId = groupId;
      runGroupKnown = records.groups.has(groupId);
      runList = membershipsByGroup.get(groupId);
    }
    // The subject is built only for an issue: this loop runs once per membership.
    const subject = () => ({ kind: "membership", id: `${membership.groupId}/${membership.personId}` }) as const;
    let known = true;
    if (!runGroupKnown) {
      issues.push(badReference(records, groupId, ["memberships", i, "groupId"], subject(), "groups"));
      known = false;
    }
    const personPosition = records.people.get(membership.personId);
    membershipPersons[i] = personPosition;
    if (personPosition < 0) {
      issues.push(badReference(records, membership.personId, ["memberships", i, "personId"], subject(), "people"));
      known = false;
    }
    if (membership.from !== undefined && membership.to !== undefined && membership.to < membership.from) {
      issues.push(
        issue(
          "membership.dates_reversed",
          { from: membership.from, to: membership.to },
          { path: ["memberships", i, "to"], subject: subject() },
        ),
      );
    }
    if (!known) {
      excluded++;
      continue;
    }
    if (runList === undefined) membershipsByGroup.set(groupId, (runList = [i]));
    else runList.push(i);
  }
  return { membershipsByGroup, membershipPersons, excluded };
}

/**
 * Checks the meetings' groups and attendees, and indexes the usable meetings by group. Meetings
 * at the positions in `ignored` (a duplicate id) are left out.
 *
 * @internal
 */
export function indexMeetings(
  data: Dataset,
  records: RecordsById,
  membershipsByGroup: ReadonlyMap<string, number[]>,
  ignored: ReadonlySet<number>,
  issues: Issue[],
): { meetingsByGroup: Map<string, Meeting[]>; excluded: number } {
  let excluded = 0;
  const namedAside = new Set<string>();
  const meetingsByGroup = new Map<string, Meeting[]>();
  const membersOf = new Map<string, Set<string>>();
  let runGroupId: string | undefined;
  let runGroupKnown = false;
  let runMembers: Set<string> | undefined;
  let runMeetings: Meeting[] | undefined;
  (data.meetings ?? []).forEach((meeting, i) => {
    if (ignored.size > 0 && ignored.has(i)) return;
    const groupId = meeting.groupId;
    if (groupId !== runGroupId) {
      runGroupId = groupId;
      runGroupKnown = records.groups.has(groupId);
      runMeetings = meetingsByGroup.get(groupId);
      runMembers = undefined;
    }
    const subject = { kind: "meeting", id: meeting.id } as const;
    const attendeeIds = meeting.attendeeIds;
    if (attendeeIds !== undefined && attendeeIds.length > 0) {
      // Attendees are nearly always members of the group: look them up in the group's own small
      // set first (5x faster than the people index at state scale), and in the index only if not.
      let members = runMembers ?? membersOf.get(groupId);
      if (members === undefined) {
        members = new Set();
        for (const position of membershipsByGroup.get(groupId) ?? [])
          members.add((data.memberships[position] as Membership).personId);
        membersOf.set(groupId, members);
      }
      runMembers = members;
      for (let j = 0; j < attendeeIds.length; j++) {
        const personId = attendeeIds[j] as string;
        if (members.has(personId)) continue;
        const at = ["meetings", i, "attendeeIds", j];
        // A person set aside is named once, at the first meeting that lists her, not at every one.
        if (records.aside?.people.has(personId) === true) {
          if (!namedAside.has(personId)) issues.push(badReference(records, personId, at, subject, "people"));
          namedAside.add(personId);
        } else if (!records.people.has(personId)) issues.push(badReference(records, personId, at, subject, "people"));
        else if (runGroupKnown)
          issues.push(issue("meeting.attendee_not_member", { personId, groupId }, { path: at, subject }));
      }
    }
    if (!runGroupKnown) {
      issues.push(badReference(records, groupId, ["meetings", i, "groupId"], subject, "groups"));
      excluded++;
      return;
    }
    if (runMeetings === undefined) meetingsByGroup.set(groupId, (runMeetings = [meeting]));
    else runMeetings.push(meeting);
  });
  return { meetingsByGroup, excluded };
}
