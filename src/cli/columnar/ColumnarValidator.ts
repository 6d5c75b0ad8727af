// The rules of validate on the columnar read (see readColumns.ts): the same passes as
// validateGroups, validateDates, validateWards and validateFederations, fed by numbers. People
// are columns (gender, date of birth, household); a group's memberships are checked when its block
// of rows ends (exports list a group's memberships together; when a first look at the file finds
// they are not, every usable row is kept in six numbers and checked group by group at the end), its
// issues kept until its meetings are judged, so the report lists them in validate's order.
// Memory goes by the person (lakhs of them): a byte for her gender, and only when a rule set admits
// one member per household, her household's number (HouseholdNumbers: ids known by fingerprint,
// not kept), an Int32 per kind for her first group, and per household its first member. What an
// issue says that the numbers do not (names, household ids) is read again from people.csv for the
// few people the issues name (`settle`), which also checks that a household issue joins one id.
// All of it by person is given back once every group is checked, before the meetings are read.
import { join } from "node:path";
import type { Group, GroupKind, SpecialCategory } from "../../entities/Group.js";
import { Role } from "../../entities/Membership.js";
import type { Person } from "../../entities/Person.js";
import { Gender } from "../../entities/Person.js";
import { dayNumber } from "../../internal/calendar.js";
import type { Issue } from "../../issues/Issue.js";
import { issue } from "../../issues/issueFactory.js";
import { checkAgeBand } from "../../rules/checks/checkAgeBand.js";
import { checkGender } from "../../rules/checks/checkGender.js";
import { checkGroupSize } from "../../rules/checks/checkGroupSize.js";
import { checkHouseholdAcrossGroups, checkHouseholds } from "../../rules/checks/checkHouseholds.js";
import { checkLeadership } from "../../rules/checks/checkLeadership.js";
import { checkMeetingCadence } from "../../rules/checks/checkMeetingCadence.js";
import { checkSingleMembership } from "../../rules/checks/checkSingleMembership.js";
import { isGroupActive } from "../../rules/definitions/activity.js";
import { assessCadence, cadenceSpan } from "../../rules/definitions/cadence.js";
import { gendersFor } from "../../rules/definitions/gender.js";
import { EARLIEST_BIRTH, EARLIEST_EVENT, isPlausibleBirthKey } from "../../rules/definitions/plausibleDates.js";
import type { RuleSet } from "../../rules/registry/RuleSet.js";
import type { RuleContext } from "../../rules/validate/RuleContext.js";
import {
  type BirthBounds,
  birthBoundsOf,
  mayBreakAgeBand,
  type WardTally,
} from "../../rules/validate/validateGroups.js";
import { cell, idCell, keyDate } from "./cellChecks.js";
import { GroupedRows } from "./GroupedRows.js";
import { type Fingerprint, fingerprintBytes, HouseholdNumbers } from "./HouseholdNumbers.js";
import type { IdTable } from "./IdTable.js";
import { IssueBucket } from "./IssueBucket.js";
import { type ColumnStructure, type ColumnVisitor, estimateRows, NeedsWholeRead } from "./readColumns.js";
import { openTable, readTable, type TableFile } from "./readTable.js";
import { releaseArrays } from "./releaseArrays.js";
import type { SchemaCheck } from "./SchemaCheck.js";

const RESOURCE_PERSON = Role.options.indexOf("resourcePerson");
const EARLIEST_EVENT_KEY = Number(EARLIEST_EVENT.replaceAll("-", ""));
/** A label filled in once people's names are read again (see ColumnarValidator.settle). */
const NAME_SOON = "\u0000";
/** The cells of a group that many groups share. */
const SHARED_CELLS = ["kind", "unitId", "formedOn", "closedOn", "specialCategory"] as const;
/** A bit of a person's gender byte: she is counted in membersWithoutHousehold. */
const WITHOUT_HOUSEHOLD = 0x80;

type AgeBand = NonNullable<RuleSet["ageBand"]>;
const NONE: readonly number[] = [];
const NONE_FOUND: Issue[] = []; // a group judged without an issue (never added to)

/** A membership row's six numbers written at `at`, the array doubled first when they do not fit. */
function appendRow(
  rows: Int32Array<ArrayBuffer>,
  at: number,
  g: number,
  p: number,
  role: number,
  from: number,
  to: number,
  i: number,
): Int32Array<ArrayBuffer> {
  let into = rows;
  if (at + 6 > into.length) {
    into = new Int32Array(Math.max(2 * rows.length, at + 6));
    into.set(rows);
  }
  into[at] = g;
  into[at + 1] = p;
  into[at + 2] = role;
  into[at + 3] = from;
  into[at + 4] = to;
  into[at + 5] = i;
  return into;
}

/**
 * Whether memberships.csv lists its rows group by group in the groups' order (a first look at its
 * group cells): then a group's rows are checked as soon as its block ends. A cell that is not a
 * plain id answers no.
 */
function membershipsInOrder(folder: string, strict: boolean, groupIds: IdTable): boolean {
  const table = openTable(folder, "memberships");
  if (table === undefined) return true;
  let last = -1;
  let ordered = true;
  readTable(table, strict, undefined, () => {
    const column = (table.columns as Record<string, number>)["groupId"] as number;
    return (record) => {
      if (!ordered) return;
      if (idCell(record, column) !== 1) {
        ordered = false;
        return;
      }
      const g = groupIds.findNear(last, record.bytes, cell.start, cell.end);
      if (g < 0) return;
      if (g < last) ordered = false;
      last = g;
    };
  });
  return ordered;
}

/**
 * Issues made again once people.csv is read again (`settle`): `count` of them from `found[at]`,
 * about `person` (her label; -1: none) and the household ids of `households` (people's numbers).
 */
interface Named {
  found: Issue[];
  at: number;
  readonly count: number;
  readonly person: number;
  readonly households: readonly number[];
  readonly redo: (label: string | undefined) => Issue[];
}

/** A holder of a role in a group, as checkLeadership reads her. */
interface Holder {
  role: (typeof Role.options)[number];
  gender: (typeof Gender.options)[number];
}

interface Scratch {
  readonly members: Int32Array;
  readonly memberHouseholds: Int32Array;
  readonly holders: Holder[];
}

/** Scratch with room for `rows` members. */
function growScratch(scratch: Scratch, rows: number): Scratch {
  const size = Math.max(rows, 2 * scratch.members.length);
  return { members: new Int32Array(size), memberHouseholds: new Int32Array(size), holders: scratch.holders };
}

/** What people.csv says of a person an issue names, read again. */
interface Exact {
  readonly name: string | undefined;
  readonly householdId: string | undefined;
}

export class ColumnarValidator implements ColumnVisitor {
  /** How household ids are known (tests put a weaker one here, to make ids collide). */
  static householdFingerprint: Fingerprint = fingerprintBytes;
  readonly asOfKey: number;
  // People, by number.
  private genders: Uint8Array; // the gender's code, with WITHOUT_HOUSEHOLD
  /** Household number + 1 (0: none), when some rule set admits one member per household. */
  private households: Int32Array;
  private householdNumbers: HouseholdNumbers | undefined;
  private householdCount = 0;
  // Dates that cannot be real, by collection, in input order.
  readonly peopleDates: IssueBucket;
  readonly membershipDates: IssueBucket;
  readonly meetingDates: IssueBucket;
  groupDates: IssueBucket;
  s: ColumnStructure | undefined;
  /** Per group number: its record, its input position and its issues (size ... cadence), until the end. */
  private groupList: Group[] = [];
  private groupAt: Int32Array = new Int32Array(0);
  private groupIssues: (Issue[] | undefined)[] = [];
  private cadenceIssues: (Issue[] | undefined)[] = [];
  readonly activeByWard = new Map<GroupKind, Map<string, WardTally>>();
  cadenceUnknown = false;
  membersWithoutHousehold = 0;
  /** Issues made again once people.csv is read again (see `settle`). */
  readonly named: Named[] = [];
  private readonly exact = new Map<number, Exact>();
  /** What checkGroupSize reads of a group besides where its issues are, reused from group to group. */
  private readonly probe: { special?: boolean | undefined; specialCategory?: SpecialCategory | undefined } = {};
  /** A group's members, their households and its role holders, reused from group to group. */
  private scratch: Scratch = {
    members: new Int32Array(64),
    memberHouseholds: new Int32Array(64),
    holders: [],
  };
  private settled = false;
  recordsFrom: string | undefined;
  // Cross-group state: per kind, by person, her first group + 1; by household, its first member + 1
  // (her first group is then the household's: her first counted row was the household's first).
  private readonly firstGroupOf = new Map<GroupKind, Int32Array>();
  private readonly firstOfHousehold = new Map<GroupKind, Int32Array>();
  private readonly birthBounds: (ruleSet: RuleSet, band: AgeBand) => BirthBounds;
  // The block of memberships being read: its group and rows (person, role, from, to, input position).
  private block = -1;
  private done = -1;
  private rows = new Int32Array(6 * 64); // reused from block to block: a state's worth is lakhs of them
  /** One row on its way to a GroupedRows (six numbers, or two). */
  private readonly one = new Int32Array(6);
  private rowsLength = 0;
  /**
   * Memberships not listed group by group in the groups' order (seen by a first look at the file):
   * every usable row kept in six numbers (group, person, role, from, to, input position), checked
   * group by group once all are read; past a limit they go to temporary files (see GroupedRows),
   * removed by `remove`. Undefined when the file lists them in order.
   */
  private scattered: GroupedRows | undefined;
  // The run of meetings being read: its group and days (yyyymmdd); groups whose meetings are apart,
  // two numbers a meeting (group, day), on disk past a limit as the memberships are.
  private run = -1;
  private readonly runDays: number[] = [];
  private later: GroupedRows | undefined;
  /** The days of a group's meetings as day numbers, sorted (a scratch, grown as needed). */
  private dayNumbers = new Int32Array(64);
  private readonly given: string | undefined;

  constructor(
    private readonly context: Omit<RuleContext, "recordsFrom">,
    recordsFrom: string | undefined,
    max: number,
    private readonly folder: string,
    private readonly strict: boolean,
  ) {
    this.asOfKey = Number(context.asOf.replaceAll("-", ""));
    this.birthBounds = birthBoundsOf(context.asOf);
    const people = estimateRows(join(folder, "people.csv"));
    this.genders = new Uint8Array(people);
    const households = [...context.rules.values()].some((ruleSet) => ruleSet.oneMemberPerHousehold === true);
    this.households = new Int32Array(households ? people : 0);
    if (households) this.householdNumbers = new HouseholdNumbers(people, ColumnarValidator.householdFingerprint);
    this.given = recordsFrom;
    this.recordsFrom = recordsFrom;
    this.peopleDates = new IssueBucket(max);
    this.membershipDates = new IssueBucket(max);
    this.meetingDates = new IssueBucket(max);
    this.groupDates = new IssueBucket(max);
  }

  person(
    i: number,
    n: number,
    birth: number,
    gender: number,
    bytes: Buffer,
    hs: number,
    he: number,
    text: string | undefined,
    s: IdTable,
  ) {
    if (birth >= 0 && !isPlausibleBirthKey(birth, this.asOfKey)) {
      const id = n < 0 ? s.idAt(-1 - n) : s.idAt(n);
      const params = {
        field: "people.dateOfBirth",
        date: keyDate(birth),
        earliest: EARLIEST_BIRTH,
        latest: this.context.asOf,
      };
      this.peopleDates.push(
        issue("date.implausible", params, { path: ["people", i, "dateOfBirth"], subject: { kind: "person", id } }),
      );
    }
    if (n < 0) return;
    if (n >= this.genders.length) {
      const genders = new Uint8Array(Math.ceil(1.5 * n) + 16);
      genders.set(this.genders);
      this.genders = genders;
    }
    this.genders[n] = gender;
    const numbers = this.householdNumbers;
    if (numbers === undefined || (text === undefined && hs < 0)) return;
    if (n >= this.households.length) {
      const households = new Int32Array(this.genders.length);
      households.set(this.households);
      this.households = households;
    }
    this.households[n] = (text !== undefined ? numbers.addText(text) : numbers.add(bytes, hs, he)) + 1;
  }

  structure(parts: ColumnStructure): void {
    this.s = parts;
    // The people are read: their households keep their numbers, the fingerprints go.
    this.householdCount = this.householdNumbers?.size ?? 0;
    this.householdNumbers?.seal();
    this.householdNumbers = undefined;
    if (!membershipsInOrder(this.folder, this.strict, parts.groupIds))
      this.scattered = new GroupedRows(parts.groupIds.size, estimateRows(join(this.folder, "memberships.csv")), 6);
    const { groups, groupsById, groupIds } = parts;
    // Lakhs of groups are held to the end, and most of their cells repeat (a kind, a ward, a day):
    // one string for each value, not one per group (a third of what the groups hold).
    const texts = new Map<string, string>();
    for (const group of groups.list) {
      const record = group as unknown as Record<string, unknown>;
      for (const field of SHARED_CELLS) {
        const value = record[field];
        if (typeof value !== "string") continue;
        const kept = texts.get(value);
        if (kept === undefined) texts.set(value, value);
        else record[field] = kept;
      }
    }
    const size = groupIds.size;
    this.groupList = new Array(size);
    this.groupAt = new Int32Array(size);
    groups.list.forEach((group, k) => {
      const g = groupsById.get(group.id) === group ? groupIds.get(group.id) : -1;
      if (g >= 0) {
        this.groupList[g] = group;
        this.groupAt[g] = k;
      }
    });
    this.groupIssues = new Array(size);
    this.cadenceIssues = new Array(size);
    // Group dates, in the order of data.groups.
    groups.list.forEach((group, k) => {
      const subject = { kind: "group", id: group.id } as const;
      for (const field of ["formedOn", "closedOn"] as const) {
        const date = group[field];
        if (date === undefined || date >= EARLIEST_EVENT) continue;
        const params = { field: `groups.${field}`, date, earliest: EARLIEST_EVENT, latest: null };
        this.groupDates.push(issue("date.implausible", params, { path: ["groups", k, field], subject }));
      }
    });
  }

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
  ): void {
    if ((from >= 0 && from < EARLIEST_EVENT_KEY) || (to >= 0 && to < EARLIEST_EVENT_KEY)) {
      const groupText = groupId ?? bytes.toString("latin1", range[0], range[1]);
      const id = `${groupText}/${personId ?? bytes.toString("latin1", range[2], range[3])}`;
      const subject = { kind: "membership", id } as const;
      for (const [field, date] of [
        ["from", from],
        ["to", to],
      ] as const) {
        if (date < 0 || date >= EARLIEST_EVENT_KEY) continue;
        const params = { field: `memberships.${field}`, date: keyDate(date), earliest: EARLIEST_EVENT, latest: null };
        this.membershipDates.push(issue("date.implausible", params, { path: ["memberships", i, field], subject }));
      }
    }
    if (g < 0 || p < 0) return;
    if (this.scattered !== undefined) {
      this.scattered.add(appendRow(this.one, 0, g, p, role, from, to, i));
      return;
    }
    if (g !== this.block) {
      if (g <= this.done || g < this.block)
        throw new NeedsWholeRead("memberships are not listed group by group in the groups' order");
      this.finishBlock();
      while (this.done < g - 1) this.checkGroup(++this.done, NONE, 0, 0);
      this.block = g;
    }
    this.rows = appendRow(this.rows, this.rowsLength, g, p, role, from, to, i);
    this.rowsLength += 6;
  }

  membershipsDone(): void {
    const scattered = this.scattered;
    if (scattered !== undefined) {
      // Group by group in the groups' order, each group's rows in input order; groups without one too.
      let next = 0;
      scattered.forEachGroup((g, rows, n) => {
        while (next < g) this.checkGroup(next++, NONE, 0, 0);
        this.checkGroup(next++, rows, 0, 6 * n);
      });
      while (next < this.groupList.length) this.checkGroup(next++, NONE, 0, 0);
      scattered.remove();
      this.scattered = undefined;
    } else {
      this.finishBlock();
      while (this.done < this.groupList.length - 1) this.checkGroup(++this.done, NONE, 0, 0);
    }
    // Every group is checked: what was kept by person for it goes before the meetings are read
    // (the peak of the read: ~60 MB at a state's size).
    releaseArrays(this.genders, this.households, this.rows, ...this.firstGroupOf.values());
    releaseArrays(...this.firstOfHousehold.values());
    this.genders = new Uint8Array(0);
    this.households = new Int32Array(0);
    this.firstGroupOf.clear();
    this.firstOfHousehold.clear();
    this.rows = new Int32Array(0);
  }

  /** Removes the temporary files of the rows kept by group, if any (the caller's `finally`). */
  remove(): void {
    this.scattered?.remove();
    this.later?.remove();
    this.scattered = undefined;
    this.later = undefined;
  }

  private finishBlock(): void {
    if (this.block < 0) return;
    this.checkGroup(this.block, this.rows, 0, this.rowsLength);
    this.done = this.block;
    this.rowsLength = 0;
  }

  meetingsStart(inferred: string | undefined): void {
    this.recordsFrom = this.given ?? inferred;
  }

  meeting(i: number, g: number, date: number, scattered: boolean, id: () => string): void {
    if (date < EARLIEST_EVENT_KEY) {
      const params = { field: "meetings.date", date: keyDate(date), earliest: EARLIEST_EVENT, latest: null };
      this.meetingDates.push(
        issue("date.implausible", params, { path: ["meetings", i, "date"], subject: { kind: "meeting", id: id() } }),
      );
    }
    if (g < 0) return;
    if (scattered) {
      // The meetings expected (to choose the files' number) are estimated once, with the rows.
      const later = (this.later ??= new GroupedRows(
        this.groupList.length,
        estimateRows(join(this.folder, "meetings.csv")),
        2,
      ));
      this.one[0] = g;
      this.one[1] = date;
      later.add(this.one);
      return;
    }
    if (g !== this.run) {
      this.finishRun();
      this.run = g;
    }
    this.runDays.push(date);
  }

  private finishRun(): void {
    if (this.run >= 0) this.judgeCadence(this.run, this.runDays);
    this.run = -1;
    this.runDays.length = 0;
  }

  /** After the meetings: every group's cadence, then the issues of the groups in order. */
  groupsIssues(): { issues: Issue[][]; cadenceUnknown: boolean } {
    this.finishRun();
    const later = this.later;
    if (later !== undefined) {
      const days = this.runDays;
      later.forEachGroup((g, rows, n) => {
        days.length = 0;
        for (let k = 0; k < n; k++) days.push(rows[2 * k + 1] as number);
        this.judgeCadence(g, days);
      });
      days.length = 0;
      later.remove();
      this.later = undefined;
    }
    const out: Issue[][] = [];
    for (let g = 0; g < this.groupList.length; g++) {
      const group = this.groupList[g] as Group;
      const ruleSet = this.context.rules.get(group.kind);
      if (ruleSet === undefined) continue;
      if (ruleSet.meetings !== undefined && this.recordsFrom === undefined) this.cadenceUnknown = true;
      if (ruleSet.meetings !== undefined && this.recordsFrom !== undefined && this.cadenceIssues[g] === undefined)
        this.judgeCadence(g, []);
      const some = this.groupIssues[g];
      if (some !== undefined) out.push(some);
      const cadence = this.cadenceIssues[g];
      if (cadence !== undefined && cadence.length > 0) out.push(cadence);
    }
    return { issues: out, cadenceUnknown: this.cadenceUnknown };
  }

  private options(g: number) {
    const group = this.groupList[g] as Group;
    const label = group.name === undefined ? undefined : `${group.name} (${group.id})`;
    return { subject: { kind: "group", id: group.id }, path: ["groups", this.groupAt[g] as number], label } as const;
  }

  /**
   * checkMeetingCadence on a group's meetings (`days`, yyyymmdd). Most groups meet as they should:
   * their meetings are counted here on day numbers (assessCadence, as checkMeetingCadence counts
   * them), and only a group that missed a period has its issue made from the dates' text.
   */
  private judgeCadence(g: number, days: readonly number[]): void {
    const group = this.groupList[g] as Group;
    const ruleSet = this.context.rules.get(group.kind);
    const cadence = ruleSet?.meetings;
    if (ruleSet === undefined || cadence === undefined || this.recordsFrom === undefined) return;
    const { asOf } = this.context;
    const span = cadenceSpan(group, asOf, this.recordsFrom);
    if (span === undefined) {
      this.cadenceIssues[g] = NONE_FOUND;
      return;
    }
    if (this.dayNumbers.length < days.length) this.dayNumbers = new Int32Array(2 * days.length);
    const numbers = this.dayNumbers.subarray(0, days.length);
    days.forEach((key, k) => {
      numbers[k] = dayNumber({ year: Math.floor(key / 10_000), month: Math.floor(key / 100) % 100, day: key % 100 });
    });
    numbers.sort();
    if (assessCadence(cadence, span.fromDay, span.toDay, numbers).missedCount === 0) {
      this.cadenceIssues[g] = NONE_FOUND;
      return;
    }
    const found = checkMeetingCadence(group, days.map(keyDate), ruleSet, {
      ...this.options(g),
      asOf,
      recordsFrom: this.recordsFrom,
    });
    this.cadenceIssues[g] = found.length === 0 ? NONE_FOUND : found;
  }

  /** validateGroups' group pass for one group, its memberships in `rows[start, end)` (6 numbers a row). */
  private checkGroup(g: number, rows: ArrayLike<number>, start: number, end: number): void {
    const group = this.groupList[g] as Group;
    const { rules, asOf, applied } = this.context;
    const ruleSet = rules.get(group.kind);
    if (ruleSet === undefined) return;
    applied.add(ruleSet);
    if (!isGroupActive(group, asOf)) return;
    const s = this.s as ColumnStructure;
    const namedStart = this.named.length;
    const asOfKey = this.asOfKey;
    let firstGroup = this.firstGroupOf.get(group.kind);
    if (firstGroup === undefined) this.firstGroupOf.set(group.kind, (firstGroup = new Int32Array(s.people.size)));
    const bounds = ruleSet.ageBand === undefined ? undefined : this.birthBounds(ruleSet, ruleSet.ageBand);
    const genders = gendersFor(ruleSet, group.specialCategory);
    let firsts: Int32Array | undefined;
    if (ruleSet.oneMemberPerHousehold === true) {
      firsts = this.firstOfHousehold.get(group.kind);
      if (firsts === undefined)
        this.firstOfHousehold.set(group.kind, (firsts = new Int32Array(Math.max(1, this.householdCount))));
    }
    // Scratch reused from group to group (lakhs of groups: what each made would be garbage).
    const scratch = this.scratch;
    if (scratch.members.length < (end - start) / 6) this.scratch = growScratch(scratch, (end - start) / 6);
    const { members, memberHouseholds, holders } = this.scratch;
    let memberCount = 0;
    let householdCount = 0;
    let holderCount = 0;
    let found: Issue[] = NONE_FOUND;
    // A person counted twice in the group (a second row of hers on the same day): only people with
    // two rows here can be, so only they are looked for.
    const twoRows = repeatedPeople(rows, start, end);
    const counted = twoRows === undefined ? undefined : new Set<number>();
    let duplicates: Map<number, { rows: number; position: number }> | undefined;
    for (let r = start; r < end; r += 6) {
      const p = rows[r + 1] as number;
      const role = rows[r + 2] as number;
      const from = rows[r + 3] as number;
      const to = rows[r + 4] as number;
      const position = rows[r + 5] as number;
      if ((from >= 0 && from > asOfKey) || (to >= 0 && asOfKey > to)) continue; // not active
      const gender = Gender.options[
        (this.genders[p] as number) & ~WITHOUT_HOUSEHOLD
      ] as (typeof Gender.options)[number];
      if (ruleSet.leadership !== undefined) {
        let holder = holders[holderCount];
        if (holder === undefined) holders[holderCount] = holder = { role: "member", gender: "female" };
        holder.role = Role.options[role] as (typeof Role.options)[number];
        holder.gender = gender;
        holderCount++;
      }
      if (role === RESOURCE_PERSON) continue;
      if (counted !== undefined && twoRows?.has(p) === true) {
        if (counted.has(p)) {
          const seen = (duplicates ??= new Map()).get(p);
          if (seen === undefined) duplicates.set(p, { rows: 2, position });
          else seen.rows++;
          continue;
        }
        counted.add(p);
      }
      members[memberCount++] = p;
      // Age, as checkMember in validateGroups.
      const birth = s.births[p] as number;
      if (bounds !== undefined && (birth < 0 || isPlausibleBirthKey(birth, asOfKey))) {
        if (mayBreakAgeBand(birth, from, ruleSet.ageBand as AgeBand, bounds)) {
          const path = ["people", s.peopleAt.lineOf(p) as number, "dateOfBirth"];
          const joinedOn = from >= 0 ? keyDate(from) : undefined;
          const dateOfBirth = birth < 0 ? undefined : keyDate(birth);
          this.keep((found = found === NONE_FOUND ? [] : found), p, NONE, (label) =>
            checkAgeBand(dateOfBirth, ruleSet, asOf, { ...this.memberAt(group, p, path, label), joinedOn }),
          );
        }
      }
      if (genders !== undefined && !genders.includes(gender)) {
        const path = ["people", s.peopleAt.lineOf(p) as number, "gender"];
        const specialCategory = group.specialCategory;
        this.keep((found = found === NONE_FOUND ? [] : found), p, NONE, (label) =>
          checkGender(gender, ruleSet, { ...this.memberAt(group, p, path, label), specialCategory }),
        );
      }
      const first = firstGroup[p] as number;
      if (first === 0) firstGroup[p] = g + 1;
      else {
        const firstId = (this.groupList[first - 1] as Group).id;
        const path = ["memberships", position];
        const personId = s.people.idAt(p);
        this.keep((found = found === NONE_FOUND ? [] : found), p, NONE, (label) =>
          checkSingleMembership(personId, firstId, group.id, ruleSet, asOf, this.memberAt(group, p, path, label)),
        );
      }
      if (firsts === undefined) continue;
      const household = (this.households[p] ?? 0) - 1;
      if (household < 0) {
        if (((this.genders[p] as number) & WITHOUT_HOUSEHOLD) === 0) {
          this.genders[p] = (this.genders[p] as number) | WITHOUT_HOUSEHOLD;
          this.membersWithoutHousehold++;
        }
        continue;
      }
      memberHouseholds[householdCount++] = household;
      const fp = (firsts[household] as number) - 1;
      if (fp < 0) {
        firsts[household] = p + 1;
        continue;
      }
      const fg = (firstGroup[fp] as number) - 1;
      if (fg === g || fp === p) continue;
      // Her household's first member is in another group: the issue names the household's id,
      // read again (with the first member's, to be sure the two ids are one).
      const path = ["memberships", position];
      const member = { personId: s.people.idAt(p), groupId: group.id };
      const other = { personId: s.people.idAt(fp), groupId: (this.groupList[fg] as Group).id };
      this.keep((found = found === NONE_FOUND ? [] : found), p, [p, fp], (label) => {
        const householdId = this.sameHousehold([p, fp]) ?? NAME_SOON;
        const at = this.memberAt(group, p, path, label);
        return checkHouseholdAcrossGroups({ ...member, householdId }, other, ruleSet, at);
      });
    }
    for (const [p, { rows: count, position }] of duplicates ?? []) {
      const personId = s.people.idAt(p);
      const at = {
        path: ["memberships", position],
        subject: { kind: "membership", id: `${group.id}/${personId}` },
      } as const;
      if (found === NONE_FOUND) found = [];
      found.push(issue("membership.duplicate", { personId, groupId: group.id, rows: count }, at));
    }
    // The group checks run first without the group's subject, path and label, objects made per
    // group (lakhs of them: V8 at times moved such garbage to its old space, ~100 MB more at the
    // peak), and again with them for the few groups they find something in.
    const probe = this.probe;
    probe.special = group.special;
    probe.specialCategory = group.specialCategory;
    let sizeIssues = checkGroupSize(memberCount, ruleSet, probe);
    if (sizeIssues.length > 0) {
      const { subject, path, label } = this.options(g);
      const { special, specialCategory } = group;
      sizeIssues = checkGroupSize(memberCount, ruleSet, { subject, path, label, special, specialCategory });
    }
    let all: Issue[] = sizeIssues.length === 0 ? NONE_FOUND : [...sizeIssues];
    const memberEnd = this.named.length;
    // Members of one household in the group (a sort of their numbers): only then can checkHouseholds find one.
    let shared: Set<number> | undefined;
    if (householdCount > 1) {
      const sorted = sortStart(memberHouseholds, householdCount);
      for (let k = 1; k < householdCount; k++)
        if (sorted[k] === sorted[k - 1]) (shared ??= new Set()).add(sorted[k] as number);
    }
    if (shared !== undefined) {
      // The members whose household another member shares, in the group's order: checkHouseholds
      // on them alone finds what it finds on all (a household with one member gives no issue).
      const sharing: number[] = [];
      const sharingHouseholds: number[] = []; // kept here: the numbers go once every group is checked
      const byHousehold = new Map<number, number[]>();
      for (let k = 0; k < memberCount; k++) {
        const p = members[k] as number;
        const household = (this.households[p] as number) - 1;
        if (!shared.has(household)) continue;
        sharing.push(p);
        sharingHouseholds.push(household);
        const list = byHousehold.get(household);
        if (list === undefined) byHousehold.set(household, [p]);
        else list.push(p);
      }
      if (all === NONE_FOUND) all = [];
      this.keep(all, -1, sharing, () => {
        // Before the ids are read again, a stand-in per household number (the same issues, counted).
        const ids = new Map<number, string>();
        for (const [household, list] of byHousehold)
          ids.set(household, this.sameHousehold(list) ?? `${NAME_SOON}${household}`);
        const people = sharing.map((p, k) => ({
          id: s.people.idAt(p),
          householdId: ids.get(sharingHouseholds[k] as number) as string,
        }));
        return checkHouseholds(people, ruleSet, this.options(g));
      });
    }
    holders.length = holderCount;
    let leadership = checkLeadership(holders, ruleSet, undefined);
    if (leadership.length > 0) leadership = checkLeadership(holders, ruleSet, this.options(g));
    if (leadership.length > 0) {
      if (all === NONE_FOUND) all = [];
      all.push(...leadership);
    }
    if (found !== NONE_FOUND) {
      if (all === NONE_FOUND) all = [];
      const shift = all.length;
      for (let k = namedStart; k < memberEnd; k++) {
        const entry = this.named[k] as Named;
        entry.found = all;
        entry.at += shift;
      }
      all.push(...found);
    }
    if (all.length > 0) this.groupIssues[g] = all;
    let wards = this.activeByWard.get(group.kind);
    if (wards === undefined) this.activeByWard.set(group.kind, (wards = new Map()));
    const ward = wards.get(group.unitId);
    if (ward === undefined) wards.set(group.unitId, { groups: 1, members: memberCount });
    else {
      ward.groups++;
      ward.members += memberCount;
    }
  }

  /** The subject, path and label of an issue about a member (see memberOptions in validateGroups). */
  private memberAt(group: Group, p: number, path: (string | number)[], label: string | undefined) {
    const id = `${group.id}/${(this.s as ColumnStructure).people.idAt(p)}`;
    return { subject: { kind: "membership", id } as const, path, label };
  }

  /**
   * Keeps issues to be made again once people.csv is read again: with her label when `p` is a
   * person (not -1), and the household ids of `households` (see `sameHousehold`).
   */
  private keep(
    found: Issue[],
    p: number,
    households: readonly number[],
    check: (label: string | undefined) => Issue[],
  ): void {
    const issues = check(p < 0 ? undefined : NAME_SOON);
    if (issues.length === 0) return;
    this.named.push({ found, at: found.length, count: issues.length, person: p, households, redo: check });
    found.push(...issues);
  }

  /**
   * Reads people.csv again for the people the kept issues name (their names, for labels, and their
   * household ids) and makes those issues again. Throws NeedsWholeRead when the people of a
   * household issue turn out to hold different household ids (two ids with one fingerprint).
   */
  settle(table: TableFile, schema: SchemaCheck, strict: boolean): void {
    if (this.named.length === 0) return;
    const s = this.s as ColumnStructure;
    const wanted = new Map<number, number>(); // input position -> person
    const want = (p: number) => wanted.set(s.peopleAt.lineOf(p) as number, p);
    for (const { person, households } of this.named) {
      if (person >= 0) want(person);
      for (const p of households) want(p);
    }
    readTable(
      table,
      strict,
      undefined,
      () => (record, i) => {
        const p = wanted.get(i);
        if (p === undefined) return;
        const person = schema.parse<Person>(table, record);
        this.exact.set(p, { name: person?.name, householdId: person?.householdId });
      },
      () => {},
    );
    this.settled = true;
    for (const { found, at, count, person, redo } of this.named) {
      const name = person < 0 ? undefined : this.exact.get(person)?.name;
      const again = redo(name === undefined ? undefined : `${name} (${s.people.idAt(person)})`);
      if (again.length !== count) throw new Error("validate: a member's issues changed with her label");
      found.splice(at, count, ...again);
    }
  }

  /**
   * The household id of people whose households have one number, as people.csv says (undefined
   * until it is read again). Throws NeedsWholeRead when they differ: one number was given to two
   * ids with one fingerprint, and the household rules cannot be judged on the numbers.
   */
  private sameHousehold(people: readonly number[]): string | undefined {
    if (!this.settled) return undefined;
    let id: string | undefined;
    for (const p of people) {
      const other = this.exact.get(p)?.householdId;
      if (other === undefined) throw new Error("validate: a household id was not read again");
      if (id === undefined) id = other;
      else if (other !== id)
        throw new NeedsWholeRead(
          `household ids ${JSON.stringify(id)} and ${JSON.stringify(other)} share a fingerprint: ` +
            "the household rules need every id",
        );
    }
    return id;
  }
}

/**
 * The people with two rows or more in a group's rows (`rows[start, end)`, 6 numbers a row), or
 * undefined when none has: rows listed in increasing person order (as exports list them) need no sort.
 */
function repeatedPeople(rows: ArrayLike<number>, start: number, end: number): Set<number> | undefined {
  let increasing = true;
  for (let r = start + 6; r < end && increasing; r += 6) increasing = (rows[r + 1] as number) > (rows[r - 5] as number);
  if (increasing) return undefined;
  const people = new Int32Array((end - start) / 6);
  for (let r = start, k = 0; r < end; r += 6, k++) people[k] = rows[r + 1] as number;
  people.sort();
  let repeated: Set<number> | undefined;
  for (let k = 1; k < people.length; k++)
    if (people[k] === people[k - 1]) (repeated ??= new Set()).add(people[k] as number);
  return repeated;
}

/** Sorts `numbers[0, count)` in place (a group's few without a view object; a large one with one). */
function sortStart(numbers: Int32Array, count: number): Int32Array {
  if (count > 32) {
    numbers.subarray(0, count).sort();
    return numbers;
  }
  for (let k = 1; k < count; k++) {
    const value = numbers[k] as number;
    let at = k - 1;
    while (at >= 0 && (numbers[at] as number) > value) {
      numbers[at + 1] = numbers[at] as number;
      at--;
    }
    numbers[at + 1] = value;
  }
  return numbers;
}
