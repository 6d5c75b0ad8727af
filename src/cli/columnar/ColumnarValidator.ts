// The rules of validate on the columnar read (see readColumns.ts): the same passes as
// validateGroups, validateDates, validateWards and validateFederations, fed by numbers. People
// are columns (gender, date of birth, household); a group's memberships are checked when its block
// of rows ends (exports list a group's memberships together; when a first look at the file finds
// they are not, every usable row is kept in six numbers and checked group by group at the end), its
// issues kept until its meetings are judged, so the report lists them in validate's order.
import { join } from "node:path";
import type { Group, GroupKind } from "../../entities/Group.js";
import { Role } from "../../entities/Membership.js";
import { Gender } from "../../entities/Person.js";
import { ageCutoffs } from "../../internal/calendar.js";
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
import { isJudgeableJoiningKey } from "../../rules/definitions/ageing.js";
import { gendersFor } from "../../rules/definitions/gender.js";
import { EARLIEST_BIRTH, EARLIEST_EVENT, isPlausibleBirthKey } from "../../rules/definitions/plausibleDates.js";
import type { RuleSet } from "../../rules/registry/RuleSet.js";
import type { RuleContext } from "../../rules/validate/RuleContext.js";
import type { WardTally } from "../../rules/validate/validateGroups.js";
import { cell, idCell, keyDate } from "./cellChecks.js";
import { IdTable } from "./IdTable.js";
import { IssueBucket } from "./IssueBucket.js";
import { type ColumnStructure, type ColumnVisitor, estimateRows, NeedsWholeRead } from "./readColumns.js";
import { openTable, readTable } from "./readTable.js";

const RESOURCE_PERSON = Role.options.indexOf("resourcePerson");
const EARLIEST_EVENT_KEY = Number(EARLIEST_EVENT.replaceAll("-", ""));
/** A label filled in once people's names are read again (see ColumnarValidator.labels). */
const NAME_SOON = "\u0000";

type AgeBand = NonNullable<RuleSet["ageBand"]>;
const NONE: readonly number[] = [];
const NONE_FOUND: Issue[] = []; // a group judged without an issue (never added to)

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

/** Issues about a member, made again with her label once names are read: `count` of them from `found[at]`. */
interface Named {
  found: Issue[];
  at: number;
  readonly count: number;
  readonly person: number;
  readonly redo: (label: string | undefined) => Issue[];
}

export class ColumnarValidator implements ColumnVisitor {
  readonly asOfKey: number;
  // People, by number.
  private genders: Uint8Array;
  private households: Int32Array; // household number + 1, 0: none
  private readonly householdIds: IdTable;
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
  /** Issues about people whose names are read later, with the person's number. */
  readonly named: Named[] = [];
  recordsFrom: string | undefined;
  // Cross-group state, by person number.
  private countedIn = new Int32Array(0);
  private readonly firstGroupOf = new Map<GroupKind, Int32Array>();
  private readonly firstOfHousehold = new Map<GroupKind, { group: Int32Array; person: Int32Array }>();
  private withoutHousehold = new Uint8Array(0);
  private readonly bounds = new Map<RuleSet, { oldEnough: number; tooOld: number }>();
  // The block of memberships being read: its group and rows (person, role, from, to, input position).
  private block = -1;
  private done = -1;
  private rows: number[] = [];
  /**
   * Memberships not listed group by group in the groups' order (seen by a first look at the file):
   * every usable row kept in six numbers (group, person, role, from, to, input position), checked
   * group by group once all are read. Undefined when the file lists them in order.
   */
  private scattered: Int32Array | undefined;
  private scatteredRows = 0;
  // The run of meetings being read.
  private run = -1;
  private runDates: string[] = [];
  private readonly later = new Map<number, string[]>();
  private readonly given: string | undefined;

  constructor(
    private readonly context: Omit<RuleContext, "recordsFrom">,
    recordsFrom: string | undefined,
    max: number,
    private readonly folder: string,
    private readonly strict: boolean,
  ) {
    this.asOfKey = Number(context.asOf.replaceAll("-", ""));
    const people = estimateRows(join(folder, "people.csv"));
    this.householdIds = new IdTable(people);
    this.genders = new Uint8Array(people);
    this.households = new Int32Array(people);
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
      const households = new Int32Array(genders.length);
      households.set(this.households);
      this.households = households;
    }
    this.genders[n] = gender;
    if (text === undefined && hs < 0) return;
    const h = text !== undefined ? this.householdIds.addText(text) : this.householdIds.add(bytes, hs, he);
    this.households[n] = (h < 0 ? -1 - h : h) + 1;
  }

  structure(parts: ColumnStructure): void {
    this.s = parts;
    if (!membershipsInOrder(this.folder, this.strict, parts.groupIds)) this.scattered = new Int32Array(6 * 1024);
    const { groups, groupsById, groupIds } = parts;
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
    this.countedIn = new Int32Array(parts.people.size);
    this.withoutHousehold = new Uint8Array(parts.people.size);
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
      if (6 * this.scatteredRows + 6 > this.scattered.length) {
        const grown = new Int32Array(2 * this.scattered.length);
        grown.set(this.scattered);
        this.scattered = grown;
      }
      this.scattered.set([g, p, role, from, to, i], 6 * this.scatteredRows++);
      return;
    }
    if (g !== this.block) {
      if (g <= this.done || g < this.block)
        throw new NeedsWholeRead("memberships are not listed group by group in the groups' order");
      this.finishBlock();
      while (this.done < g - 1) this.checkGroup(++this.done, NONE, 0, 0);
      this.block = g;
    }
    this.rows.push(g, p, role, from, to, i);
  }

  membershipsDone(): void {
    const rows = this.scattered;
    if (rows !== undefined) {
      // A counting sort by group, keeping the input order within a group.
      const n = this.scatteredRows;
      const groups = this.groupList.length;
      const starts = new Int32Array(groups + 1);
      for (let r = 0; r < n; r++) (starts[(rows[6 * r] as number) + 1] as number)++;
      for (let g = 0; g < groups; g++) starts[g + 1] = (starts[g + 1] as number) + (starts[g] as number);
      const sorted = new Int32Array(6 * n);
      const next = starts.slice(0, groups);
      for (let r = 0; r < n; r++) {
        const g = rows[6 * r] as number;
        const at = next[g] as number;
        next[g] = at + 1;
        sorted.set(rows.subarray(6 * r, 6 * r + 6), 6 * at);
      }
      this.scattered = undefined;
      for (let g = 0; g < groups; g++)
        this.checkGroup(g, sorted, 6 * (starts[g] as number), 6 * (starts[g + 1] as number));
      return;
    }
    this.finishBlock();
    while (this.done < this.groupList.length - 1) this.checkGroup(++this.done, NONE, 0, 0);
  }

  private finishBlock(): void {
    if (this.block < 0) return;
    this.checkGroup(this.block, this.rows, 0, this.rows.length);
    this.done = this.block;
    this.rows = [];
  }

  meetingsStart(inferred: string | undefined): void {
    this.recordsFrom = this.given ?? inferred;
  }

  meeting(i: number, g: number, date: number, scattered: boolean, id: () => string): void {
    const day = keyDate(date);
    if (date < EARLIEST_EVENT_KEY) {
      const params = { field: "meetings.date", date: day, earliest: EARLIEST_EVENT, latest: null };
      this.meetingDates.push(
        issue("date.implausible", params, { path: ["meetings", i, "date"], subject: { kind: "meeting", id: id() } }),
      );
    }
    if (g < 0) return;
    if (scattered) {
      let list = this.later.get(g);
      if (list === undefined) this.later.set(g, (list = []));
      list.push(day);
      return;
    }
    if (g !== this.run) {
      this.finishRun();
      this.run = g;
    }
    this.runDates.push(day);
  }

  private finishRun(): void {
    if (this.run >= 0) this.judgeCadence(this.run, this.runDates);
    this.run = -1;
    this.runDates = [];
  }

  /** After the meetings: every group's cadence, then the issues of the groups in order. */
  groupsIssues(): { issues: Issue[][]; cadenceUnknown: boolean } {
    this.finishRun();
    for (const [g, dates] of this.later) this.judgeCadence(g, dates);
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

  private judgeCadence(g: number, dates: string[]): void {
    const group = this.groupList[g] as Group;
    const ruleSet = this.context.rules.get(group.kind);
    if (ruleSet?.meetings === undefined || this.recordsFrom === undefined) return;
    const { asOf } = this.context;
    const found = checkMeetingCadence(group, dates, ruleSet, {
      ...this.options(g),
      asOf,
      recordsFrom: this.recordsFrom,
    });
    this.cadenceIssues[g] = found.length === 0 ? NONE_FOUND : found;
  }

  /** validateGroups' group pass for one group, its memberships in `rows` (5 numbers a row). */
  private checkGroup(g: number, rows: ArrayLike<number>, start: number, end: number): void {
    const group = this.groupList[g] as Group;
    const { rules, asOf, applied } = this.context;
    const ruleSet = rules.get(group.kind);
    if (ruleSet === undefined) return;
    applied.add(ruleSet);
    if (!isGroupActive(group, asOf)) return;
    const s = this.s as ColumnStructure;
    const options = this.options(g);
    const namedStart = this.named.length;
    const asOfKey = this.asOfKey;
    let firstGroup = this.firstGroupOf.get(group.kind);
    if (firstGroup === undefined) this.firstGroupOf.set(group.kind, (firstGroup = new Int32Array(s.people.size)));
    const bounds = ruleSet.ageBand === undefined ? undefined : this.birthBounds(ruleSet, ruleSet.ageBand);
    const genders = gendersFor(ruleSet, group.specialCategory);
    let firsts: { group: Int32Array; person: Int32Array } | undefined;
    if (ruleSet.oneMemberPerHousehold === true) {
      firsts = this.firstOfHousehold.get(group.kind);
      const size = Math.max(1, this.householdIds.size);
      if (firsts === undefined)
        this.firstOfHousehold.set(group.kind, (firsts = { group: new Int32Array(size), person: new Int32Array(size) }));
    }
    const members: number[] = []; // person numbers
    const memberHouseholds: number[] = []; // their household numbers, when the rule set asks
    const holders: { role: (typeof Role.options)[number]; gender: (typeof Gender.options)[number] }[] = [];
    const found: Issue[] = [];
    let duplicates: Map<number, { rows: number; position: number }> | undefined;
    for (let r = start; r < end; r += 6) {
      const p = rows[r + 1] as number;
      const role = rows[r + 2] as number;
      const from = rows[r + 3] as number;
      const to = rows[r + 4] as number;
      const position = rows[r + 5] as number;
      if ((from >= 0 && from > asOfKey) || (to >= 0 && asOfKey > to)) continue; // not active
      const gender = Gender.options[this.genders[p] as number] as (typeof Gender.options)[number];
      if (ruleSet.leadership !== undefined)
        holders.push({ role: Role.options[role] as (typeof Role.options)[number], gender });
      if (role === RESOURCE_PERSON) continue;
      if (this.countedIn[p] === g + 1) {
        const seen = (duplicates ??= new Map()).get(p);
        if (seen === undefined) duplicates.set(p, { rows: 2, position });
        else seen.rows++;
        continue;
      }
      this.countedIn[p] = g + 1;
      const household = (this.households[p] as number) - 1;
      members.push(p);
      if (firsts !== undefined && household >= 0) memberHouseholds.push(household);
      // Age, as checkMember in validateGroups.
      const birth = s.births[p] as number;
      if (bounds !== undefined && (birth < 0 || isPlausibleBirthKey(birth, asOfKey))) {
        let judge: boolean;
        if (birth < 0) judge = true;
        else if (from >= 0 && isJudgeableJoiningKey(from, birth, asOfKey)) {
          const ageThen = Math.floor((from - birth) / 10_000);
          const band = ruleSet.ageBand as AgeBand;
          judge =
            (band.min !== undefined && ageThen < band.min) ||
            (band.max !== undefined && ageThen > band.max) ||
            birth <= bounds.tooOld;
        } else judge = birth > bounds.oldEnough || birth <= bounds.tooOld;
        if (judge) {
          const path = ["people", s.peopleAt.lineOf(p) as number, "dateOfBirth"];
          const joinedOn = from >= 0 ? keyDate(from) : undefined;
          const dateOfBirth = birth < 0 ? undefined : keyDate(birth);
          this.keep(found, p, (label) =>
            checkAgeBand(dateOfBirth, ruleSet, asOf, { ...this.memberAt(group, p, path, label), joinedOn }),
          );
        }
      }
      if (genders !== undefined && !genders.includes(gender)) {
        const path = ["people", s.peopleAt.lineOf(p) as number, "gender"];
        const specialCategory = group.specialCategory;
        this.keep(found, p, (label) =>
          checkGender(gender, ruleSet, { ...this.memberAt(group, p, path, label), specialCategory }),
        );
      }
      const first = firstGroup[p] as number;
      if (first === 0) firstGroup[p] = g + 1;
      else {
        const firstId = (this.groupList[first - 1] as Group).id;
        const path = ["memberships", position];
        const personId = s.people.idAt(p);
        this.keep(found, p, (label) =>
          checkSingleMembership(personId, firstId, group.id, ruleSet, asOf, this.memberAt(group, p, path, label)),
        );
      }
      if (firsts !== undefined) {
        if (household < 0) {
          if (this.withoutHousehold[p] === 0) {
            this.withoutHousehold[p] = 1;
            this.membersWithoutHousehold++;
          }
        } else if (firsts.group[household] === 0) {
          firsts.group[household] = g + 1;
          firsts.person[household] = p + 1;
        } else {
          const fg = (firsts.group[household] as number) - 1;
          const fp = (firsts.person[household] as number) - 1;
          if (fg !== g && fp !== p) {
            const path = ["memberships", position];
            const householdId = this.householdIds.idAt(household);
            const member = { personId: s.people.idAt(p), groupId: group.id, householdId };
            const other = { personId: s.people.idAt(fp), groupId: (this.groupList[fg] as Group).id };
            this.keep(found, p, (label) =>
              checkHouseholdAcrossGroups(member, other, ruleSet, this.memberAt(group, p, path, label)),
            );
          }
        }
      }
    }
    for (const [p, { rows: count, position }] of duplicates ?? []) {
      const personId = s.people.idAt(p);
      const at = {
        path: ["memberships", position],
        subject: { kind: "membership", id: `${group.id}/${personId}` },
      } as const;
      found.push(issue("membership.duplicate", { personId, groupId: group.id, rows: count }, at));
    }
    const all: Issue[] = [];
    const sizeOptions = { ...options, special: group.special, specialCategory: group.specialCategory };
    all.push(...checkGroupSize(members.length, ruleSet, sizeOptions));
    // Members of one household in the group (a sort of their numbers): only then can checkHouseholds find one.
    const sorted = Int32Array.from(memberHouseholds).sort();
    let twice = false;
    for (let k = 1; k < sorted.length && !twice; k++) twice = sorted[k] === sorted[k - 1];
    if (twice) {
      const people = members.map((p) => {
        const household = (this.households[p] as number) - 1;
        const id = s.people.idAt(p);
        return household < 0 ? { id } : { id, householdId: this.householdIds.idAt(household) };
      });
      all.push(...checkHouseholds(people, ruleSet, options));
    }
    all.push(...checkLeadership(holders, ruleSet, options));
    const shift = all.length;
    for (let k = namedStart; k < this.named.length; k++) {
      const entry = this.named[k] as Named;
      entry.found = all;
      entry.at += shift;
    }
    all.push(...found);
    if (all.length > 0) this.groupIssues[g] = all;
    let wards = this.activeByWard.get(group.kind);
    if (wards === undefined) this.activeByWard.set(group.kind, (wards = new Map()));
    const ward = wards.get(group.unitId);
    if (ward === undefined) wards.set(group.unitId, { groups: 1, members: members.length });
    else {
      ward.groups++;
      ward.members += members.length;
    }
  }

  /** The subject, path and label of an issue about a member (see memberOptions in validateGroups). */
  private memberAt(group: Group, p: number, path: (string | number)[], label: string | undefined) {
    const id = `${group.id}/${(this.s as ColumnStructure).people.idAt(p)}`;
    return { subject: { kind: "membership", id } as const, path, label };
  }

  /** Member issues are made again once the person's name is read (their label: see `relabel`). */
  private keep(found: Issue[], p: number, check: (label: string | undefined) => Issue[]): void {
    const issues = check(NAME_SOON);
    if (issues.length === 0) return;
    this.named.push({ found, at: found.length, count: issues.length, person: p, redo: check });
    found.push(...issues);
  }

  /** Makes the member issues again with their labels, `names` giving each person's name. */
  relabel(names: ReadonlyMap<number, string | undefined>): void {
    const s = this.s as ColumnStructure;
    for (const { found, at, count, person, redo } of this.named) {
      const name = names.get(person);
      const again = redo(name === undefined ? undefined : `${name} (${s.people.idAt(person)})`);
      if (again.length !== count) throw new Error("validate: a member's issues changed with her label");
      found.splice(at, count, ...again);
    }
  }

  private birthBounds(ruleSet: RuleSet, band: AgeBand): { oldEnough: number; tooOld: number } {
    let bounds = this.bounds.get(ruleSet);
    if (bounds === undefined) {
      const [oldEnough, tooOld] = ageCutoffs(this.context.asOf, [
        band.min ?? 0,
        (band.max ?? Number.MAX_SAFE_INTEGER - 1) + 1,
      ]);
      bounds = {
        oldEnough: band.min === undefined ? Number.POSITIVE_INFINITY : (oldEnough as number),
        tooOld: band.max === undefined ? Number.NEGATIVE_INFINITY : (tooOld as number),
      };
      this.bounds.set(ruleSet, bounds);
    }
    return bounds;
  }
}
