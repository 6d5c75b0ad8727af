import type { Dataset } from "../entities/Dataset.js";
import type { Federation } from "../entities/Federation.js";
import type { Group } from "../entities/Group.js";
import type { Meeting } from "../entities/Meeting.js";
import type { Membership } from "../entities/Membership.js";
import type { Person } from "../entities/Person.js";
import type { Unit, UnitKind } from "../entities/Unit.js";
import { IdIndex } from "../internal/IdIndex.js";
import type { Issue } from "../issues/Issue.js";

/**
 * The id indexes of a dataset, built once by {@link indexDataset} and shared by the rules and the
 * roll-ups so that nothing searches an array inside a loop. Every lookup is a `Map`, so ids such
 * as `__proto__` are ordinary keys.
 *
 * @internal
 */
export interface DatasetIndex {
  readonly data: Dataset;
  readonly units: Map<string, Unit>;
  /** Where each person is in `data.people` (the first record with the id). */
  readonly personPositions: IdIndex;
  readonly groups: Map<string, Group>;
  readonly federations: Map<string, Federation>;
  /** Positions in `data.memberships` of each group's memberships, in input order; only those naming a known group and person. */
  readonly membershipsByGroup: Map<string, number[]>;
  /** The person of each membership (by position in `data.memberships`) as a position in `data.people`, -1 where the id is unknown: read without a lookup among lakhs of people. */
  readonly membershipPersons: Int32Array;
  /** Meetings of each group, in input order; only those naming a known group. */
  readonly meetingsByGroup: Map<string, Meeting[]>;
  /** The groups in input order (duplicates left out) with, at the same position, their `membershipsByGroup` and `meetingsByGroup` entries: the roll-ups walk these without a lookup per group. */
  readonly groupList: readonly Group[];
  readonly groupMemberships: readonly (number[] | undefined)[];
  readonly groupMeetings: readonly (Meeting[] | undefined)[];
  /** For each unit, the nearest ancestor (or itself) of each kind; empty for units in a cycle. */
  readonly ancestry: Map<string, ReadonlyMap<UnitKind, string>>;
  /** Units whose parent chain is broken (a cycle or a wrong order) and must not be rolled up. */
  readonly brokenUnits: Set<string>;
}

const KIND_RANK: Record<UnitKind, number> = {
  country: 0,
  state: 1,
  district: 2,
  block: 3,
  localBody: 4,
  ward: 5,
  village: 5,
};

const subjectNames = {
  units: "unit",
  people: "person",
  groups: "group",
  federations: "federation",
  meetings: "meeting",
} as const;

/** Builds the indexes and reports what the shape-checked data gets wrong between records. */
export function indexDataset(data: Dataset): { index: DatasetIndex; issues: Issue[] } {
  const issues: Issue[] = [];

  function duplicate(records: readonly { id: string }[], collection: keyof typeof subjectNames, i: number): void {
    const kind = subjectNames[collection];
    const id = (records[i] as { id: string }).id;
    issues.push({
      code: "id.duplicate",
      severity: "error",
      message: `The ${kind} id "${id}" is used twice in ${collection}; the later one is ignored.`,
      path: [collection, i, "id"],
      subject: { kind, id },
    });
  }

  function byId<T extends { id: string }>(records: readonly T[], collection: keyof typeof subjectNames): Map<string, T> {
    const map = new Map<string, T>();
    records.forEach((record, i) => {
      if (map.has(record.id)) duplicate(records, collection, i);
      else map.set(record.id, record);
    });
    return map;
  }

  // People and meetings come by lakhs: their ids go into an IdIndex (typed arrays), not a Map.
  const ignoredPeople: number[] = [];
  const ignoredMeetings = new Set<number>(); // positions of meetings whose id came before
  const allMeetings = data.meetings ?? [];
  const people = new IdIndex(data.people.length, (i) => (data.people[i] as Person).id, (i) => ignoredPeople.push(i));
  new IdIndex(allMeetings.length, (i) => (allMeetings[i] as Meeting).id, (i) => ignoredMeetings.add(i));

  // Duplicates reported collection by collection, each in input order.
  const units = byId(data.units, "units");
  for (const i of ignoredPeople) duplicate(data.people, "people", i);
  const groups = byId(data.groups, "groups");
  const federations = byId(data.federations ?? [], "federations");
  for (const i of ignoredMeetings) duplicate(allMeetings, "meetings", i);

  function unknown(path: (string | number)[], subject: Issue["subject"], what: string, id: string): void {
    issues.push({
      code: "reference.unknown",
      severity: "error",
      message: `${what} "${id}", which is not in the dataset.`,
      path,
      ...(subject === undefined ? {} : { subject }),
      params: { id },
    });
  }

  // The unit tree: parents, kind order and cycles.
  const brokenUnits = new Set<string>();
  data.units.forEach((unit, i) => {
    if (units.get(unit.id) !== unit || unit.parentId === undefined) return;
    const parent = units.get(unit.parentId);
    const subject = { kind: "unit", id: unit.id } as const;
    if (parent === undefined) {
      unknown(["units", i, "parentId"], subject, `Unit "${unit.id}" names the parent`, unit.parentId);
      return;
    }
    if (KIND_RANK[parent.kind] >= KIND_RANK[unit.kind]) {
      brokenUnits.add(unit.id);
      issues.push({
        code: "unit.kind_order",
        severity: "error",
        message: `The ${unit.kind} "${unit.name}" sits under the ${parent.kind} "${parent.name}", which is not above it in the tree.`,
        path: ["units", i, "parentId"],
        subject,
        params: { kind: unit.kind, parentKind: parent.kind },
      });
    }
  });
  const state = new Map<string, 1 | 2>(); // 1: on the current path, 2: finished
  data.units.forEach((unit, i) => {
    if (units.get(unit.id) !== unit || state.has(unit.id)) return;
    const path: string[] = [];
    let current: Unit | undefined = unit;
    while (current !== undefined && !state.has(current.id)) {
      state.set(current.id, 1);
      path.push(current.id);
      current = current.parentId === undefined ? undefined : units.get(current.parentId);
    }
    if (current !== undefined && state.get(current.id) === 1) {
      const cycle = path.slice(path.indexOf(current.id));
      for (const id of cycle) brokenUnits.add(id);
      issues.push({
        code: "unit.cycle",
        severity: "error",
        message: `The parents of unit "${unit.id}" loop back: ${[...cycle, current.id].join(" -> ")}.`,
        path: ["units", i, "parentId"],
        subject: { kind: "unit", id: current.id },
        params: { cycle },
      });
    }
    for (const id of path) state.set(id, 2);
  });

  // Ancestry: each unit's nearest unit of each kind up the tree (itself included), computed once
  // per unit by reusing the parent's answer. A unit under a broken one is broken too.
  const ancestry = new Map<string, ReadonlyMap<UnitKind, string>>();
  const EMPTY: ReadonlyMap<UnitKind, string> = new Map();
  for (const unit of units.values()) {
    const chain: Unit[] = [];
    let current: Unit | undefined = unit;
    while (current !== undefined && !ancestry.has(current.id)) {
      chain.push(current);
      if (brokenUnits.has(current.id)) break;
      current = current.parentId === undefined ? undefined : units.get(current.parentId);
    }
    let above: ReadonlyMap<UnitKind, string> | undefined = current === undefined ? new Map() : ancestry.get(current.id);
    for (let k = chain.length - 1; k >= 0; k--) {
      const link = chain[k] as Unit;
      if (brokenUnits.has(link.id) || above === EMPTY) {
        brokenUnits.add(link.id);
        ancestry.set(link.id, EMPTY);
        above = EMPTY;
        continue;
      }
      const own = new Map(above);
      own.set(link.kind, link.id);
      ancestry.set(link.id, own);
      above = own;
    }
  }

  data.groups.forEach((group, i) => {
    if (groups.get(group.id) !== group) return;
    const subject = { kind: "group", id: group.id } as const;
    const unit = units.get(group.unitId);
    if (unit === undefined) {
      unknown(["groups", i, "unitId"], subject, `Group "${group.id}" names the ward or village`, group.unitId);
    } else if (unit.kind !== "ward" && unit.kind !== "village") {
      issues.push({
        code: "group.unit_kind",
        severity: "error",
        message: `Group "${group.id}" sits in the ${unit.kind} "${unit.name}"; a group sits in a ward or a village.`,
        path: ["groups", i, "unitId"],
        subject,
        params: { unitKind: unit.kind },
      });
    }
    if (group.formedOn !== undefined && group.closedOn !== undefined && group.closedOn < group.formedOn) {
      issues.push({
        code: "group.dates_reversed",
        severity: "error",
        message: `Group "${group.id}" closed on ${group.closedOn}, before it was formed on ${group.formedOn}.`,
        path: ["groups", i, "closedOn"],
        subject,
        params: { formedOn: group.formedOn, closedOn: group.closedOn },
      });
    }
  });

  (data.federations ?? []).forEach((federation, i) => {
    if (federations.get(federation.id) !== federation) return;
    const subject = { kind: "federation", id: federation.id } as const;
    if (!units.has(federation.unitId)) {
      unknown(["federations", i, "unitId"], subject, `Federation "${federation.id}" names the unit`, federation.unitId);
    }
    federation.memberIds.forEach((memberId, j) => {
      if (!groups.has(memberId) && !federations.has(memberId)) {
        unknown(["federations", i, "memberIds", j], subject, `Federation "${federation.id}" names the member`, memberId);
      }
    });
  });

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
      runGroupKnown = groups.has(groupId);
      runList = membershipsByGroup.get(groupId);
    }
    // The subject is built only for an issue: this loop runs once per membership.
    const subject = () => ({ kind: "membership", id: `${membership.groupId}/${membership.personId}` }) as const;
    let known = true;
    if (!runGroupKnown) {
      unknown(["memberships", i, "groupId"], subject(), `The membership of "${membership.personId}" names the group`, membership.groupId);
      known = false;
    }
    const personPosition = people.get(membership.personId);
    membershipPersons[i] = personPosition;
    if (personPosition < 0) {
      unknown(["memberships", i, "personId"], subject(), `A membership of group "${membership.groupId}" names the person`, membership.personId);
      known = false;
    }
    if (membership.from !== undefined && membership.to !== undefined && membership.to < membership.from) {
      issues.push({
        code: "membership.dates_reversed",
        severity: "error",
        message: `The membership of "${membership.personId}" in "${membership.groupId}" ends on ${membership.to}, before it starts on ${membership.from}.`,
        path: ["memberships", i, "to"],
        subject: subject(),
        params: { from: membership.from, to: membership.to },
      });
    }
    if (!known) continue;
    if (runList === undefined) membershipsByGroup.set(groupId, (runList = [i]));
    else runList.push(i);
  }

  const meetingsByGroup = new Map<string, Meeting[]>();
  const membersOf = new Map<string, Set<string>>();
  let runMembers: Set<string> | undefined;
  let runMeetings: Meeting[] | undefined;
  runGroupId = undefined;
  (data.meetings ?? []).forEach((meeting, i) => {
    if (ignoredMeetings.size > 0 && ignoredMeetings.has(i)) return;
    const groupId = meeting.groupId;
    if (groupId !== runGroupId) {
      runGroupId = groupId;
      runGroupKnown = groups.has(groupId);
      runMeetings = meetingsByGroup.get(groupId);
      runMembers = undefined;
    }
    const attendeeIds = meeting.attendeeIds;
    if (attendeeIds !== undefined && attendeeIds.length > 0) {
      // Attendees are nearly always members of the group: look them up in the group's own small
      // set first (5x faster than the people map at state scale), and in the people map only if not.
      let members = runMembers ?? membersOf.get(groupId);
      if (members === undefined) {
        members = new Set();
        for (const position of membershipsByGroup.get(groupId) ?? []) members.add((memberships[position] as Membership).personId);
        membersOf.set(groupId, members);
      }
      runMembers = members;
      for (let j = 0; j < attendeeIds.length; j++) {
        const personId = attendeeIds[j] as string;
        if (!members.has(personId) && !people.has(personId)) unknown(["meetings", i, "attendeeIds", j], { kind: "meeting", id: meeting.id }, `Meeting "${meeting.id}" names the attendee`, personId);
      }
    }
    if (!runGroupKnown) {
      unknown(["meetings", i, "groupId"], { kind: "meeting", id: meeting.id }, `Meeting "${meeting.id}" names the group`, groupId);
      return;
    }
    if (runMeetings === undefined) meetingsByGroup.set(groupId, (runMeetings = [meeting]));
    else runMeetings.push(meeting);
  });

  const groupList = [...groups.values()];
  const groupMemberships = groupList.map((group) => membershipsByGroup.get(group.id));
  const groupMeetings = groupList.map((group) => meetingsByGroup.get(group.id));

  return {
    index: { data, units, personPositions: people, groups, federations, membershipsByGroup, membershipPersons, meetingsByGroup, groupList, groupMemberships, groupMeetings, ancestry, brokenUnits },
    issues,
  };
}
