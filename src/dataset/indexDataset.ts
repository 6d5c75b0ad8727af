import type { Dataset } from "../entities/Dataset.js";
import type { Federation } from "../entities/Federation.js";
import type { Group } from "../entities/Group.js";
import type { Meeting } from "../entities/Meeting.js";
import type { Person } from "../entities/Person.js";
import type { Unit, UnitKind } from "../entities/Unit.js";
import { IdIndex } from "../internal/IdIndex.js";
import type { Issue } from "../issues/Issue.js";
import { issue } from "../issues/issueFactory.js";
import { checkFederations, checkGroups, indexMeetings, indexMemberships } from "./checkReferences.js";
import { findLookalikes } from "./findLookalikes.js";
import type { SetAsideCounts } from "./SetAside.js";
import type { SalvagedDataset } from "./setAsideRecords.js";
import { buildUnitTree } from "./unitTree.js";

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
  /**
   * Positions in `data.memberships` of each group's memberships, in input order; only those naming
   * a known group and person.
   */
  readonly membershipsByGroup: Map<string, number[]>;
  /**
   * The person of each membership (by position in `data.memberships`) as a position in
   * `data.people`, -1 where the id is unknown: read without a lookup among lakhs of people.
   */
  readonly membershipPersons: Int32Array;
  /** Meetings of each group, in input order; only those naming a known group. */
  readonly meetingsByGroup: Map<string, Meeting[]>;
  /**
   * The groups in input order (duplicates left out) with, at the same position, their
   * `membershipsByGroup` and `meetingsByGroup` entries: the roll-ups walk these without a lookup
   * per group.
   */
  readonly groupList: readonly Group[];
  readonly groupMemberships: readonly (number[] | undefined)[];
  readonly groupMeetings: readonly (Meeting[] | undefined)[];
  /** For each unit, the nearest ancestor (or itself) of each kind; empty for units in a cycle. */
  readonly ancestry: Map<string, ReadonlyMap<UnitKind, string>>;
  /** Units whose parent chain is broken (a cycle or a wrong order) and must not be rolled up. */
  readonly brokenUnits: Set<string>;
  /** Records left out of every check and figure, by collection (see {@link SetAsideCounts}). */
  readonly setAside: SetAsideCounts;
  /** Where records were set aside: the input position of each record kept, to write issues' paths with. */
  readonly positions?: SalvagedDataset["positions"] | undefined;
}

const subjectNames = {
  units: "unit",
  people: "person",
  groups: "group",
  federations: "federation",
  meetings: "meeting",
} as const;

/**
 * Builds the indexes and reports what the shape-checked data gets wrong between records, in a
 * fixed order: duplicate ids, lookalike ids (each collection by collection in input order), the
 * unit tree, groups, federations, memberships and meetings.
 */
export function indexDataset(
  data: Dataset,
  salvaged?: Pick<SalvagedDataset, "aside" | "counts" | "positions">,
): { index: DatasetIndex; issues: Issue[] } {
  const issues: Issue[] = [];
  const setAside = {
    ...(salvaged?.counts ?? { units: 0, people: 0, groups: 0, federations: 0, memberships: 0, meetings: 0 }),
  };
  const duplicate = (records: readonly { id: string }[], collection: keyof typeof subjectNames, i: number) => {
    const id = (records[i] as { id: string }).id;
    setAside[collection]++;
    issues.push(
      issue("id.duplicate", undefined, {
        path: [collection, i, "id"],
        subject: { kind: subjectNames[collection], id },
      }),
    );
  };
  const byId = <T extends { id: string }>(
    records: readonly T[],
    collection: keyof typeof subjectNames,
  ): Map<string, T> => {
    const map = new Map<string, T>();
    records.forEach((record, i) => {
      if (map.has(record.id)) duplicate(records, collection, i);
      else map.set(record.id, record);
    });
    return map;
  };

  // People and meetings come by lakhs: their ids go into an IdIndex (typed arrays), not a Map.
  const ignoredPeople: number[] = [];
  const ignoredMeetings = new Set<number>(); // positions of meetings whose id came before
  const allMeetings = data.meetings ?? [];
  const people = new IdIndex(
    data.people.length,
    (i) => (data.people[i] as Person).id,
    (i) => ignoredPeople.push(i),
  );
  const meetings = new IdIndex(
    allMeetings.length,
    (i) => (allMeetings[i] as Meeting).id,
    (i) => ignoredMeetings.add(i),
  );

  // Duplicates reported collection by collection, each in input order.
  const units = byId(data.units, "units");
  for (const i of ignoredPeople) duplicate(data.people, "people", i);
  const groups = byId(data.groups, "groups");
  const federations = byId(data.federations ?? [], "federations");
  for (const i of ignoredMeetings) duplicate(allMeetings, "meetings", i);

  // Lookalike ids (warnings). Units, groups and federations are indexed by position only if one
  // of their ids needs folding, which is rare.
  const lookalikes = (records: readonly { id: string }[], collection: keyof typeof subjectNames, index?: IdIndex) => {
    const idAt = (i: number) => (records[i] as { id: string }).id;
    let positions = index;
    findLookalikes(
      collection,
      subjectNames[collection],
      records.length,
      idAt,
      (id) => (positions ??= new IdIndex(records.length, idAt)).get(id),
      issues,
    );
  };
  lookalikes(data.units, "units");
  lookalikes(data.people, "people", people);
  lookalikes(data.groups, "groups");
  lookalikes(data.federations ?? [], "federations");
  lookalikes(allMeetings, "meetings", meetings);

  const aside = {
    units: salvaged?.aside.units ?? new Map<string, string>(),
    people: salvaged?.aside.people ?? new Map<string, string>(),
    groups: new Map(salvaged?.aside.groups),
    federations: new Map(salvaged?.aside.federations),
  };
  const records = { units, people, groups, federations, aside };
  const { ancestry, brokenUnits } = buildUnitTree(data.units, units, issues);
  setAside.groups += checkGroups(data, records, issues);
  setAside.federations += checkFederations(data, records, issues);
  const { membershipsByGroup, membershipPersons, excluded } = indexMemberships(data, records, issues);
  setAside.memberships += excluded;
  const meetingPass = indexMeetings(data, records, membershipsByGroup, ignoredMeetings, issues);
  const meetingsByGroup = meetingPass.meetingsByGroup;
  setAside.meetings += meetingPass.excluded;

  const groupList = [...groups.values()];
  const groupMemberships = groupList.map((group) => membershipsByGroup.get(group.id));
  const groupMeetings = groupList.map((group) => meetingsByGroup.get(group.id));
  return {
    index: {
      data,
      units,
      personPositions: people,
      groups,
      federations,
      membershipsByGroup,
      membershipPersons,
      meetingsByGroup,
      groupList,
      groupMemberships,
      groupMeetings,
      ancestry,
      brokenUnits,
      setAside,
      positions: salvaged?.positions,
    },
    issues,
  };
}
