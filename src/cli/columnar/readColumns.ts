// The columnar read of a CSV folder for summarize: the tables in the folder's order (units, people,
// groups, federations, memberships, meetings), each record checked cell by cell and folded into
// the summary's numbers as it is read. It keeps the units, groups and federations as records
// (thousands), the people as columns (an interned id, a date of birth as yyyymmdd, their
// membership rows), and nothing of a membership or meeting but what a person's rows and a group's
// cells hold. Every figure and issue is the object path's (summarize on readCsvDataset's input);
// the few inputs it cannot settle in one pass throw NeedsWholeRead.
import { closeSync, openSync, readFileSync, readSync, statSync } from "node:fs";
import { join } from "node:path";
import type { BuilderOptions } from "../../aggregate/SummaryBuilder.js";
import { badReference, checkFederations, checkGroups } from "../../dataset/checkReferences.js";
import { findLookalikes, idClass } from "../../dataset/findLookalikes.js";
import type { DatasetIndex } from "../../dataset/indexDataset.js";
import type { SetAsideCounts } from "../../dataset/SetAside.js";
import { inUnitSetAside, restorePaths, unitsUnderAside } from "../../dataset/setAsideRecords.js";
import { buildUnitTree } from "../../dataset/unitTree.js";
import type { Dataset } from "../../entities/Dataset.js";
import type { Federation } from "../../entities/Federation.js";
import { type Group, GroupKind, SpecialCategory } from "../../entities/Group.js";
import type { Meeting } from "../../entities/Meeting.js";
import { type Membership, Role } from "../../entities/Membership.js";
import { Gender, type Person } from "../../entities/Person.js";
import type { Unit } from "../../entities/Unit.js";
import { checkedDayNumber, dateKey } from "../../internal/calendar.js";
import { IdIndex } from "../../internal/IdIndex.js";
import type { Issue, SubjectKind } from "../../issues/Issue.js";
import { issue } from "../../issues/issueFactory.js";
import { ColumnarSummaryBuilder } from "./ColumnarSummaryBuilder.js";
import {
  ASK,
  cell,
  dateCell,
  EMPTY,
  enumCell,
  enumWords,
  idCell,
  idClassOfBytes,
  idListCell,
  keyDate,
  listItems,
  yesNoCell,
} from "./cellChecks.js";
import { GroupedRows } from "./GroupedRows.js";
import { IdFingerprints } from "./IdFingerprints.js";
import { IdTable } from "./IdTable.js";
import { IssueBucket } from "./IssueBucket.js";
import { LineMap } from "./LineMap.js";
import { MemberRows, OPEN_FROM, OPEN_TO } from "./MemberRows.js";
import type { CsvRecord, ReadProgress } from "./readCsvBytes.js";
import { type Collection, openTable, type ReadIssues, readTable, type TableFile } from "./readTable.js";
import { SchemaCheck } from "./SchemaCheck.js";

/** An input the one-pass read cannot settle exactly; `reason` says which, for the announcement. */
export class NeedsWholeRead extends Error {}

// The shared cells of the checks, read through local names (an import is read through its module).
const CELL = cell;
const LIST = listItems;
const GENDERS = enumWords(Gender.options);
const ROLES = enumWords(Role.options);
const RESOURCE_PERSON = Role.options.indexOf("resourcePerson");
const GROUP_KINDS = enumWords(GroupKind.options);
const CATEGORIES = enumWords(SpecialCategory.options);
const EARLIEST_EVENT_KEY = 19500101;

type Counts = { -readonly [K in keyof SetAsideCounts]: number };

/** Where time went, in milliseconds, and what memory holds, for the benchmark. */
export interface ColumnarPhases {
  units: number;
  people: number;
  groups: number;
  federations: number;
  structure: number;
  memberships: number;
  meetingsScan: number;
  meetings: number;
  rollUp: number;
}

/** What the read gives back besides the summary's builder. */
export interface ColumnarRead {
  readonly builder: ColumnarSummaryBuilder;
  readonly tables: Partial<Record<Collection, TableFile>>;
  readonly schema: SchemaCheck;
  readonly readIssues: ReadIssues;
  readonly phases: ColumnarPhases;
  readonly records: number;
  readonly peopleBytes: number;
  /** The dataset's issues in the object path's order: `ordered`, then the memberships', then the meetings'. */
  readonly datasetIssues: { readonly ordered: readonly Issue[]; readonly buckets: readonly IssueBucket[] };
  readonly setAside: SetAsideCounts;
}

/**
 * What validate needs of the read besides the summary, told as records go by (see validateColumns.ts).
 * Dates are yyyymmdd keys (EMPTY: not given); ids are bytes[start, end) unless given as text.
 */
export interface ColumnVisitor {
  /** A person that passed her checks: `n` her number, or -1 - n for a repeated id. */
  person(
    i: number,
    n: number,
    birth: number,
    gender: number,
    bytes: Buffer,
    hs: number,
    he: number,
    household: string | undefined,
    people: IdTable,
  ): void;
  /** The records kept, once they are checked, before the memberships are read. */
  structure(parts: ColumnStructure): void;
  /** A membership that passed its schema (g, p: -1 when unknown; `range` is reused: read it during the call). */
  membership(
    i: number,
    g: number,
    p: number,
    role: number,
    from: number,
    to: number,
    bytes: Buffer,
    range: readonly [number, number, number, number],
    groupId: string | undefined,
    personId: string | undefined,
  ): void;
  membershipsDone(): void;
  /** Where meeting records start, inferred from them (undefined: no meeting can be real). */
  meetingsStart(inferred: string | undefined): void;
  /** A meeting that passed its schema (g: -1: its group unknown; `scattered`: its group's meetings are apart). */
  meeting(i: number, g: number, date: number, scattered: boolean, id: () => string): void;
}

/** The records kept after the structure checks (see ColumnVisitor). */
export interface ColumnStructure {
  readonly units: Kept<Unit>;
  readonly groups: Kept<Group>;
  readonly federations: Kept<Federation>;
  readonly unitsById: Map<string, Unit>;
  readonly groupsById: Map<string, Group>;
  readonly federationsById: Map<string, Federation>;
  readonly groupIds: IdTable;
  readonly people: IdTable;
  readonly births: Int32Array;
  readonly peopleAt: LineMap;
}

/** The kept records of a table that is read whole (units, groups, federations), with their input positions. */
export interface Kept<T> {
  list: T[];
  at: number[];
  failed: Set<string>;
}

export function readColumns(
  folder: string,
  options: BuilderOptions,
  strict: boolean,
  progress: ReadProgress,
  visit?: ColumnVisitor,
): ColumnarRead {
  const max = options.maxIssues;
  const readIssues: ReadIssues = { issues: [], locations: new Map() };
  const schema = new SchemaCheck();
  const counts: Counts = { units: 0, people: 0, groups: 0, federations: 0, memberships: 0, meetings: 0 };
  const phases: ColumnarPhases = {
    units: 0,
    people: 0,
    groups: 0,
    federations: 0,
    structure: 0,
    memberships: 0,
    meetingsScan: 0,
    meetings: 0,
    rollUp: 0,
  };
  let clock = performance.now();
  const lap = (phase: keyof ColumnarPhases) => {
    const now = performance.now();
    phases[phase] += now - clock;
    clock = now;
  };
  let records = 0;
  const tables: Partial<Record<Collection, TableFile>> = {};
  const open = (collection: Collection) => {
    const table = openTable(folder, collection);
    if (table !== undefined) tables[collection] = table;
    return table;
  };
  const read = (table: TableFile, start: () => (record: CsvRecord, index: number) => void, first = true) =>
    readTable(table, strict, first ? readIssues : undefined, start, progress);

  // Units: a few thousand records, checked with their schema.
  const units: Kept<Unit> = { list: [], at: [], failed: new Set() };
  readWhole(open("units") as TableFile, units, counts, schema, read);
  lap("units");

  // People: columns. An id interned, a date of birth as yyyymmdd.
  const peopleTable = open("people") as TableFile;
  const expectedPeople = estimateRows(peopleTable.path);
  const people = new IdTable(expectedPeople);
  let births: Int32Array = new Int32Array(expectedPeople);
  const peopleAt = new LineMap(); // the input position of each person (by number), kept sparse
  const peopleDuplicates: Issue[] = [];
  const failedPeople = new Set<string>();
  let peopleLower = 0;
  let peopleUpper = 0;
  read(peopleTable, () => {
    const c = peopleTable.columns as Record<string, number>;
    const [cId, cGender, cBirth, cHousehold] = [c["id"], c["gender"], c["dateOfBirth"], c["householdId"]] as number[];
    return (record, i) => {
      records++;
      const id = idCell(record, cId as number);
      const idStart = CELL.start;
      const idEnd = CELL.end;
      const gender = enumCell(record, cGender as number, GENDERS);
      const birth = dateCell(record, cBirth as number);
      const household = idCell(record, cHousehold as number);
      const hs = household === 1 ? CELL.start : -1;
      const he = CELL.end;
      let householdText: string | undefined;
      let genderCode = gender;
      let n: number;
      let key: number;
      let bits: number;
      if (id === 1 && gender >= 0 && birth !== ASK && household !== ASK) {
        n = people.add(record.bytes, idStart, idEnd);
        key = birth;
        bits = idClassOfBytes(record.bytes, idStart, idEnd);
      } else {
        const person = schema.check<Person>(peopleTable, record, i);
        if (person === undefined) {
          counts.people++;
          const failedId = readId(schema.lastValue);
          if (failedId !== undefined) failedPeople.add(failedId);
          return;
        }
        n = people.addText(person.id);
        key = person.dateOfBirth === undefined ? -1 : dateKey(person.dateOfBirth);
        bits = idClass(person.id);
        householdText = person.householdId;
        genderCode = Gender.options.indexOf(person.gender);
      }
      visit?.person(
        i,
        n,
        key,
        genderCode,
        record.bytes,
        householdText === undefined ? hs : -1,
        he,
        householdText,
        people,
      );
      if (bits & 5) peopleLower++;
      if (bits & 6) peopleUpper++;
      if (n < 0) {
        counts.people++;
        const subject = { kind: "person", id: people.idAt(-1 - n) } as const;
        peopleDuplicates.push(issue("id.duplicate", undefined, { path: ["people", i, "id"], subject }));
        return;
      }
      if (n >= births.length) births = grownInt32(births, 2 * births.length);
      births[n] = key;
      peopleAt.note(n, i);
    };
  });
  lap("people");

  // Groups: records (a few lakh), made from their cells without the schema when every cell is plain.
  const groupsTable = open("groups") as TableFile;
  const groups: Kept<Group> = { list: [], at: [], failed: new Set() };
  read(groupsTable, () => {
    const c = groupsTable.columns as Record<string, number>;
    return (record, i) => {
      records++;
      const id = idCell(record, c["id"] as number);
      const idText = id === 1 ? record.bytes.toString("latin1", CELL.start, CELL.end) : "";
      const kind = enumCell(record, c["kind"] as number, GROUP_KINDS);
      const unit = idCell(record, c["unitId"] as number);
      const unitText = unit === 1 ? record.bytes.toString("latin1", CELL.start, CELL.end) : "";
      const formed = dateCell(record, c["formedOn"] as number);
      const closed = dateCell(record, c["closedOn"] as number);
      const special = yesNoCell(record, c["special"] as number);
      const category = enumCell(record, c["specialCategory"] as number, CATEGORIES);
      let group: Group | undefined;
      // validate names groups in its messages: their records are read whole (the name is free text).
      if (
        visit === undefined &&
        id === 1 &&
        kind >= 0 &&
        unit === 1 &&
        formed !== ASK &&
        closed !== ASK &&
        special !== ASK &&
        category !== ASK &&
        !(special === 0 && category >= 0)
      ) {
        const made: Record<string, unknown> = { id: idText, kind: GroupKind.options[kind], unitId: unitText };
        if (formed >= 0) made["formedOn"] = keyDate(formed);
        if (closed >= 0) made["closedOn"] = keyDate(closed);
        if (special !== EMPTY) made["special"] = special === 1;
        if (category >= 0) made["specialCategory"] = SpecialCategory.options[category];
        group = made as unknown as Group;
      } else group = schema.check<Group>(groupsTable, record, i);
      keep(groups, group, i, counts, "groups", schema);
    };
  });
  lap("groups");

  const federationsTable = open("federations");
  const federations: Kept<Federation> = { list: [], at: [], failed: new Set() };
  if (federationsTable !== undefined) readWhole(federationsTable, federations, counts, schema, read);
  lap("federations");

  // What setAsideRecords and indexDataset find between records, in their order.
  const cascade: Issue[] = [];
  const asideUnits = asideOf(units);
  const asideGroups = asideOf(groups);
  const asideFederations = asideOf(federations);
  const asidePeople = new Map<string, string>();
  for (const id of failedPeople) if (!people.has(id)) asidePeople.set(id, "schema.invalid");
  const unitGone = unitsUnderAside(units.list, units.at, asideUnits, cascade);
  const groupGone = inUnitSetAside("groups", groups.list, groups.at, asideUnits, asideGroups, cascade);
  const federationGone = inUnitSetAside(
    "federations",
    federations.list,
    federations.at,
    asideUnits,
    asideFederations,
    cascade,
  );
  dropGone(units, unitGone, counts, "units");
  dropGone(groups, groupGone, counts, "groups");
  dropGone(federations, federationGone, counts, "federations");

  const duplicates: Issue[] = [];
  const unitsById = byId(units, "units", "unit", counts, duplicates);
  duplicates.push(...peopleDuplicates);
  const groupsById = byId(groups, "groups", "group", counts, duplicates);
  const federationsById = byId(federations, "federations", "federation", counts, duplicates);

  const lookalikes: Issue[] = [];
  lookalikesOf(units, "units", "unit", lookalikes);
  if (Math.min(peopleLower, peopleUpper) > 0) {
    const found: Issue[] = [];
    findLookalikes(
      "people",
      "person",
      people.size,
      (n) => people.idAt(n),
      (id) => people.get(id),
      found,
    );
    const positions = Int32Array.from({ length: people.size }, (_, n) => peopleAt.lineOf(n) as number);
    restorePaths(found, { people: positions });
    lookalikes.push(...found);
  }
  lookalikesOf(groups, "groups", "group", lookalikes);
  lookalikesOf(federations, "federations", "federation", lookalikes);

  const tree: Issue[] = [];
  const { ancestry, brokenUnits } = buildUnitTree(units.list, unitsById, tree);
  restorePaths(tree, { units: Int32Array.from(units.at) });

  const refs = {
    units: unitsById,
    people,
    groups: groupsById,
    federations: federationsById,
    aside: { units: asideUnits, people: asidePeople, groups: asideGroups, federations: asideFederations },
  };
  const data = {
    schemaVersion: 1,
    units: units.list,
    people: [],
    groups: groups.list,
    federations: federations.list,
    memberships: [],
  } as Dataset;
  const groupChecks: Issue[] = [];
  counts.groups += checkGroups(data, refs as unknown as Parameters<typeof checkGroups>[1], groupChecks);
  restorePaths(groupChecks, { groups: Int32Array.from(groups.at) });
  const federationChecks: Issue[] = [];
  counts.federations += checkFederations(
    data,
    refs as unknown as Parameters<typeof checkFederations>[1],
    federationChecks,
  );
  restorePaths(federationChecks, { federations: Int32Array.from(federations.at) });

  // The builder, as summarize makes it: federations first (they mark the groups they list), then
  // every group still standing, in input order, of the kind summarised.
  const index = { units: unitsById, ancestry, brokenUnits } as unknown as DatasetIndex;
  const builder = new ColumnarSummaryBuilder(index, options, groupsById.size);
  builder.setAside = counts;
  for (const federation of federationsById.values()) builder.addIndexedFederation(federation);
  const groupIds = new IdTable(groupsById.size);
  const groupNames: string[] = [];
  const slotOf = new Int32Array(Math.max(1, groupsById.size));
  for (const group of groupsById.values()) {
    const g = groupIds.addText(group.id);
    groupNames.push(group.id);
    slotOf[g] =
      options.groupKind !== undefined && group.kind !== options.groupKind ? -1 : builder.addGroup(group, true);
  }
  visit?.structure({
    units: { ...units },
    groups: { ...groups },
    federations,
    unitsById,
    groupsById: new Map(groupsById),
    federationsById,
    groupIds,
    people,
    births,
    peopleAt,
  });
  // The group records are not needed past here: references to groups are looked up among their ids.
  units.list = [];
  groups.list = [];
  (data as { groups: unknown[] }).groups = [];
  groupsById.clear();
  const refsByNumber = { ...refs, groups: groupIds };
  lap("structure");

  // Memberships: each folded into its group's cells as it is read, and kept as a row of its person.
  const rows = new MemberRows(people.size, mayHoldRecords(join(folder, "meetings.csv")), dateKey(options.asOf));
  const membershipIssues = new IssueBucket(max);
  const asOfKey = dateKey(options.asOf);
  {
    const table = open("memberships") as TableFile;
    read(table, () => {
      const c = table.columns as Record<string, number>;
      const [cGroup, cPerson, cRole, cFrom, cTo] = [c["groupId"], c["personId"], c["role"], c["from"], c["to"]];
      let lastGroup = -1;
      let lastPerson = -1;
      // The cells' bounds for the visitor, one array for every row: a literal per row (lakhs) was
      // garbage that V8 at times kept in its old space, a hundred MB at a state's size.
      const range: [number, number, number, number] = [0, 0, 0, 0];
      return (record, i) => {
        records++;
        const bytes = record.bytes;
        const groupCell = idCell(record, cGroup as number);
        const gs = CELL.start;
        const ge = CELL.end;
        const personCell = idCell(record, cPerson as number);
        const ps = CELL.start;
        const pe = CELL.end;
        let role = enumCell(record, cRole as number, ROLES);
        let from = dateCell(record, cFrom as number);
        let to = dateCell(record, cTo as number);
        let g: number;
        let p: number;
        let groupId: string | undefined;
        let personId: string | undefined;
        if (groupCell === 1 && personCell === 1 && role >= 0 && from !== ASK && to !== ASK) {
          g = groupIds.findNear(lastGroup, bytes, gs, ge);
          p = people.findNear(lastPerson, bytes, ps, pe);
          lastGroup = g;
          lastPerson = p;
        } else {
          const membership = schema.check<Membership>(table, record, i);
          if (membership === undefined) {
            counts.memberships++;
            return;
          }
          groupId = membership.groupId;
          personId = membership.personId;
          g = groupIds.get(groupId);
          p = people.get(personId);
          role = Role.options.indexOf(membership.role);
          from = membership.from === undefined ? EMPTY : dateKey(membership.from);
          to = membership.to === undefined ? EMPTY : dateKey(membership.to);
        }
        if (visit !== undefined) {
          range[0] = gs;
          range[1] = ge;
          range[2] = ps;
          range[3] = pe;
          visit.membership(i, g, p, role, from, to, bytes, range, groupId, personId);
        }
        if (g < 0 || p < 0 || (from >= 0 && to >= 0 && to < from)) {
          groupId ??= bytes.toString("latin1", gs, ge);
          personId ??= bytes.toString("latin1", ps, pe);
          const subject = { kind: "membership", id: `${groupId}/${personId}` } as const;
          if (g < 0)
            membershipIssues.push(
              badReference(refsByNumber, groupId, ["memberships", i, "groupId"], subject, "groups"),
            );
          if (p < 0)
            membershipIssues.push(
              badReference(refsByNumber, personId, ["memberships", i, "personId"], subject, "people"),
            );
          if (from >= 0 && to >= 0 && to < from)
            membershipIssues.push(
              issue(
                "membership.dates_reversed",
                { from: keyDate(from), to: keyDate(to) },
                { path: ["memberships", i, "to"], subject },
              ),
            );
          if (g < 0 || p < 0) {
            counts.memberships++;
            return;
          }
        }
        const fromKey = role === RESOURCE_PERSON ? 1 : from < 0 ? OPEN_FROM : from;
        const toKey = role === RESOURCE_PERSON ? 0 : to < 0 ? OPEN_TO : to;
        const slot = slotOf[g] as number;
        if (slot >= 0 && fromKey <= asOfKey && asOfKey <= toKey && builder.isCounted(slot)) {
          if (rows.counted(p, g, asOfKey))
            builder.noteDuplicate(groupNames[g] as string, personId ?? bytes.toString("latin1", ps, pe));
          else builder.countMemberKey(slot, births[p] as number);
        }
        rows.add(p, g, fromKey, toKey);
      };
    });
  }
  visit?.membershipsDone();
  lap("memberships");

  // Meetings: a first pass finds where records start, whether an id repeats or may look like
  // another, and which groups' meetings are not listed together; the second folds them.
  const meetingsTable = open("meetings");
  const meetingIssues = new IssueBucket(max);
  if (meetingsTable === undefined) {
    builder.startMeetings(undefined);
    visit?.meetingsStart(undefined);
  } else {
    const columns = { id: -1, group: -1, date: -1, attendees: -1 };
    const startMeetings = () => {
      const c = meetingsTable.columns as Record<string, number>;
      columns.id = c["id"] as number;
      columns.group = c["groupId"] as number;
      columns.date = c["date"] as number;
      columns.attendees = c["attendeeIds"] as number;
    };
    const expectedMeetings = estimateRows(meetingsTable.path);
    // Past a limit the fingerprints go to temporary files (see IdFingerprints), removed in the finally.
    const fingerprints = new IdFingerprints(expectedMeetings);
    const seen = new Uint8Array(groupIds.size);
    const scattered = new Uint8Array(groupIds.size);
    let runGroup = -1;
    let earliest = Number.POSITIVE_INFINITY;
    let lower = 0;
    let upper = 0;
    let repeated: string | undefined;
    let mayRepeat = false;
    try {
      read(meetingsTable, () => {
        startMeetings();
        return (record, i) => {
          const meeting = readMeeting(record, columns, meetingsTable, schema, i, false);
          if (meeting === undefined) return;
          const bytes = record.bytes;
          const id = meeting.text?.id;
          const bits = id === undefined ? idClassOfBytes(bytes, meeting.idStart, meeting.idEnd) : idClass(id);
          if (bits & 5) lower++;
          if (bits & 6) upper++;
          if (
            repeated === undefined &&
            (id === undefined ? fingerprints.add(bytes, meeting.idStart, meeting.idEnd) : fingerprints.addText(id))
          )
            repeated = id ?? bytes.toString("latin1", meeting.idStart, meeting.idEnd);
          if (meeting.date >= EARLIEST_EVENT_KEY && meeting.date < earliest) earliest = meeting.date;
          const g = meetingGroup(meeting, bytes, groupIds);
          if (g < 0 || g === runGroup) return;
          if (seen[g] === 1) scattered[g] = 1;
          seen[g] = 1;
          runGroup = g;
        };
      });
      // Fingerprints that went to disk are checked now; only they are kept, so the earliest id
      // whose fingerprint repeats is found by reading the ids again up to it (no progress shown).
      const finder = repeated === undefined ? fingerprints.repeats() : undefined;
      if (finder !== undefined) {
        mayRepeat = true;
        const found = new Error("found");
        try {
          readTable(meetingsTable, strict, undefined, () => (record, i) => {
            const meeting = readMeeting(record, columns, meetingsTable, schema, i, false);
            if (meeting === undefined) return;
            const id = meeting.text?.id;
            const bytes = record.bytes;
            if (id === undefined ? finder.add(bytes, meeting.idStart, meeting.idEnd) : finder.addText(id)) {
              repeated = id ?? bytes.toString("latin1", meeting.idStart, meeting.idEnd);
              throw found;
            }
          });
        } catch (error) {
          if (error !== found) throw error;
        }
      }
    } finally {
      fingerprints.remove();
    }
    lap("meetingsScan");
    if (mayRepeat && repeated === undefined)
      throw new NeedsWholeRead("a meeting id may repeat: id.duplicate needs every id"); // the file changed
    if (repeated !== undefined)
      throw new NeedsWholeRead(`a meeting id may repeat (${JSON.stringify(repeated)}): id.duplicate needs every id`);
    if (Math.min(lower, upper) > 0)
      throw new NeedsWholeRead("meeting ids are written in more than one letter case: id.lookalike needs every id");
    builder.startMeetings(earliest === Number.POSITIVE_INFINITY ? undefined : keyDate(earliest));
    visit?.meetingsStart(earliest === Number.POSITIVE_INFINITY ? undefined : keyDate(earliest));

    const namedAside = new Set<string>();
    const attendedAt = new Int32Array(people.size);
    let memberOf = new Int32Array(64);
    let serial = 0;
    // A meeting is three numbers: its group, its day and the attendees recorded. The run of the
    // group being read, and the meetings of groups whose meetings are apart, judged after the pass
    // (past a limit on temporary files, see GroupedRows, removed in the finally).
    const run = { group: -1, rows: new Int32Array(3 * 64), n: 0 };
    const later = new GroupedRows(groupIds.size, expectedMeetings, 3);
    const row = new Int32Array(3);
    const judge = (g: number, rows: Int32Array, n: number) => {
      const cells = new Int32Array(2 * n); // the days, then the attendees recorded
      for (let k = 0; k < n; k++) {
        cells[k] = rows[3 * k + 1] as number;
        cells[n + k] = rows[3 * k + 2] as number;
      }
      builder.judgeMeetings(slotOf[g] as number, cells, n);
    };
    try {
      read(
        meetingsTable,
        () => (record, i) => {
          records++;
          const meeting = readMeeting(record, columns, meetingsTable, schema, i, true);
          if (meeting === undefined) {
            counts.meetings++;
            return;
          }
          const bytes = record.bytes;
          const g = meetingGroup(meeting, bytes, groupIds);
          const meetingId = () => meeting.text?.id ?? bytes.toString("latin1", meeting.idStart, meeting.idEnd);
          visit?.meeting(i, g, meeting.date, g >= 0 && scattered[g] === 1, meetingId);
          const attendees = meeting.text === undefined ? meeting.attendees : (meeting.text.attendeeIds?.length ?? -1);
          // Each attendee looked up once: her number, or -1 when she is not a member of the group.
          if (attendees > memberOf.length) memberOf = new Int32Array(2 * attendees);
          for (let j = 0; j < attendees; j++) {
            const p =
              meeting.text === undefined
                ? people.find(bytes, LIST.starts[j] as number, LIST.ends[j] as number)
                : people.get(meeting.text.attendeeIds?.[j] as string);
            const member = p >= 0 && g >= 0 && rows.has(p, g);
            memberOf[j] = member ? p : -1;
            if (member) continue;
            const personId =
              meeting.text === undefined
                ? bytes.toString("latin1", LIST.starts[j] as number, LIST.ends[j] as number)
                : (meeting.text.attendeeIds?.[j] as string);
            const at = ["meetings", i, "attendeeIds", j];
            const subject = { kind: "meeting", id: meetingId() } as const;
            if (asidePeople.has(personId)) {
              if (!namedAside.has(personId))
                meetingIssues.push(badReference(refsByNumber, personId, at, subject, "people"));
              namedAside.add(personId);
            } else if (p < 0) meetingIssues.push(badReference(refsByNumber, personId, at, subject, "people"));
            else if (g >= 0) {
              const groupId = groupNames[g] as string;
              meetingIssues.push(issue("meeting.attendee_not_member", { personId, groupId }, { path: at, subject }));
            }
          }
          if (g < 0) {
            const groupId = meeting.text?.groupId ?? bytes.toString("latin1", meeting.groupStart, meeting.groupEnd);
            const subject = { kind: "meeting", id: meetingId() } as const;
            meetingIssues.push(badReference(refsByNumber, groupId, ["meetings", i, "groupId"], subject, "groups"));
            counts.meetings++;
            return;
          }
          const slot = slotOf[g] as number;
          if (slot < 0 || !builder.isCounted(slot)) return;
          const day = checkedDayNumber(keyDate(meeting.date));
          let recorded = -1;
          if (attendees === 0 || (attendees > 0 && !builder.inSpan(slot, day))) recorded = 0;
          else if (attendees > 0) {
            if (++serial === 2 ** 31 - 1) {
              attendedAt.fill(0);
              serial = 1;
            }
            recorded = 0;
            for (let j = 0; j < attendees; j++) {
              const p = memberOf[j] as number;
              if (p < 0 || attendedAt[p] === serial) continue;
              attendedAt[p] = serial;
              if (rows.counted(p, g, meeting.date)) recorded++;
            }
          }
          row[0] = g;
          row[1] = day;
          row[2] = recorded;
          if (scattered[g] === 1) {
            later.add(row);
            return;
          }
          if (run.group !== g) {
            if (run.group >= 0) judge(run.group, run.rows, run.n);
            run.group = g;
            run.n = 0;
          }
          if (3 * run.n + 3 > run.rows.length) {
            const grown = new Int32Array(2 * run.rows.length);
            grown.set(run.rows);
            run.rows = grown;
          }
          run.rows.set(row, 3 * run.n++);
        },
        false,
      );
      if (run.group >= 0) judge(run.group, run.rows, run.n);
      later.forEachGroup(judge);
    } finally {
      later.remove();
    }
    lap("meetings");
  }
  builder.judgeTheRest();

  // The issues, in the order the object path reports them (the summary keeps the first maxIssues).
  const ordered = [
    ...schema.all(),
    ...cascade,
    ...duplicates,
    ...lookalikes,
    ...tree,
    ...groupChecks,
    ...federationChecks,
  ];
  builder.report(ordered);
  builder.report(membershipIssues.issues);
  builder.addOmitted(membershipIssues.omitted);
  builder.report(meetingIssues.issues);
  builder.addOmitted(meetingIssues.omitted);
  return {
    builder,
    tables,
    schema,
    readIssues,
    phases,
    records,
    peopleBytes: people.bytes + rows.bytes,
    datasetIssues: { ordered, buckets: [membershipIssues, meetingIssues] },
    setAside: counts,
  };
}

/** A meeting read from its cells (`text` only when the schema had to read it). */
interface MeetingCells {
  idStart: number;
  idEnd: number;
  groupStart: number;
  groupEnd: number;
  /** yyyymmdd. */
  date: number;
  /** Attendees in `listItems` (-1: not recorded); for a fast record only. */
  attendees: number;
  text: Meeting | undefined;
}

const meetingCells: MeetingCells = {
  idStart: 0,
  idEnd: 0,
  groupStart: 0,
  groupEnd: 0,
  date: 0,
  attendees: -1,
  text: undefined,
};

/**
 * A meeting's cells, or undefined when it fails its schema (its issues kept when `report`). The
 * attendees of a plain record are in `listItems` until the next call.
 */
function readMeeting(
  record: CsvRecord,
  columns: { id: number; group: number; date: number; attendees: number },
  table: TableFile,
  schema: SchemaCheck,
  index: number,
  report: boolean,
): MeetingCells | undefined {
  const out = meetingCells;
  const id = idCell(record, columns.id);
  out.idStart = CELL.start;
  out.idEnd = CELL.end;
  const group = idCell(record, columns.group);
  out.groupStart = CELL.start;
  out.groupEnd = CELL.end;
  const date = dateCell(record, columns.date);
  if (id === 1 && group === 1 && date >= 0) {
    const attendees = idListCell(record, columns.attendees);
    if (attendees !== ASK) {
      out.date = date;
      out.attendees = attendees === EMPTY ? -1 : attendees;
      out.text = undefined;
      return out;
    }
  }
  let meeting: Meeting | undefined;
  if (report) meeting = schema.check<Meeting>(table, record, index);
  else meeting = schema.parse<Meeting>(table, record);
  if (meeting === undefined) return undefined;
  out.text = meeting;
  out.date = dateKey(meeting.date);
  out.attendees = meeting.attendeeIds?.length ?? -1;
  return out;
}

function meetingGroup(meeting: MeetingCells, bytes: Buffer, groupIds: IdTable): number {
  return meeting.text === undefined
    ? groupIds.find(bytes, meeting.groupStart, meeting.groupEnd)
    : groupIds.get(meeting.text.groupId);
}

/** Reads a small table whole, each record checked with its schema. */
function readWhole<T extends { id: string }>(
  table: TableFile,
  kept: Kept<T>,
  counts: Counts,
  schema: SchemaCheck,
  read: (table: TableFile, start: () => (record: CsvRecord, index: number) => void) => void,
): void {
  read(table, () => (record, i) => {
    keep(kept, schema.check<T>(table, record, i), i, counts, table.spec.collection, schema);
  });
}

function keep<T extends { id: string }>(
  kept: Kept<T>,
  record: T | undefined,
  i: number,
  counts: Counts,
  collection: Collection,
  schema: SchemaCheck,
): void {
  if (record !== undefined) {
    kept.list.push(record);
    kept.at.push(i);
    return;
  }
  counts[collection]++;
  const id = readId(schema.lastValue);
  if (id !== undefined) kept.failed.add(id);
}

function readId(record: Record<string, unknown>): string | undefined {
  const id = Object.hasOwn(record, "id") ? record["id"] : undefined;
  return typeof id === "string" && id.length > 0 ? id : undefined;
}

/** Ids that failed their schema and that no record that passed holds (as setAsideRecords sets them aside). */
function asideOf(kept: Kept<{ id: string }>): Map<string, string> {
  const aside = new Map<string, string>();
  if (kept.failed.size === 0) return aside;
  const ids = new Set(kept.list.map((record) => record.id));
  for (const id of kept.failed) if (!ids.has(id)) aside.set(id, "schema.invalid");
  return aside;
}

function dropGone<T>(kept: Kept<T>, gone: Uint8Array, counts: Counts, collection: Collection): void {
  if (!gone.includes(1)) return;
  const before = kept.list.length;
  kept.list = kept.list.filter((_, k) => gone[k] === 0);
  kept.at = kept.at.filter((_, k) => gone[k] === 0);
  counts[collection] += before - kept.list.length;
}

/** The first record of each id; later ones are set aside as duplicates. */
function byId<T extends { id: string }>(
  kept: Kept<T>,
  collection: Collection,
  subject: SubjectKind,
  counts: Counts,
  issues: Issue[],
): Map<string, T> {
  const map = new Map<string, T>();
  kept.list.forEach((record, k) => {
    if (!map.has(record.id)) {
      map.set(record.id, record);
      return;
    }
    counts[collection]++;
    issues.push(
      issue("id.duplicate", undefined, {
        path: [collection, kept.at[k] as number, "id"],
        subject: { kind: subject, id: record.id },
      }),
    );
  });
  return map;
}

function lookalikesOf(kept: Kept<{ id: string }>, collection: Collection, subject: SubjectKind, issues: Issue[]): void {
  const found: Issue[] = [];
  const idAt = (k: number) => (kept.list[k] as { id: string }).id;
  let positions: IdIndex | undefined;
  findLookalikes(
    collection,
    subject,
    kept.list.length,
    idAt,
    (id) => (positions ??= new IdIndex(kept.list.length, idAt)).get(id),
    found,
  );
  restorePaths(found, { [collection]: Int32Array.from(kept.at) });
  issues.push(...found);
}

function grownInt32(array: Int32Array, length: number): Int32Array {
  const next = new Int32Array(length);
  next.set(array);
  return next;
}

/**
 * Whether a table's file may hold a record (not only a header): a file larger than a megabyte, or
 * one with more than one line that holds something. False when it is not there.
 */
function mayHoldRecords(path: string): boolean {
  try {
    const stats = statSync(path);
    // Not a regular file (a pipe would block the read for ever): the read proper refuses it.
    if (!stats.isFile()) return false;
    if (stats.size > 1 << 20) return true;
    return (
      readFileSync(path, "utf8")
        .split(/\r\n|\n|\r/)
        .filter((line) => line.trim() !== "").length > 1
    );
  } catch {
    return false;
  }
}

/** About how many records a file holds, from the lines of its first megabyte (a little more, never less than 16). */
export function estimateRows(path: string): number {
  let fd: number | undefined;
  try {
    const stats = statSync(path);
    // A pipe would block the open for ever; the read proper refuses what is not a regular file.
    if (!stats.isFile()) return 16;
    const size = stats.size;
    fd = openSync(path, "r");
    const sample = Buffer.allocUnsafe(Math.min(size, 1 << 20));
    const read = readSync(fd, sample, 0, sample.length, 0);
    let lines = 0;
    for (let i = 0; i < read; i++) if (sample[i] === 10) lines++;
    return read === 0 ? 16 : Math.max(16, Math.ceil(((lines + 1) * size * 1.05) / read));
  } catch {
    return 1024;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
