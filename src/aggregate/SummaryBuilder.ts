// Internal: the one accumulator behind summarize (in memory) and, through StreamSummaryBuilder,
// summarizeStream. It keeps a few numbers per group in typed arrays (a "slot" per group id), and
// no group record: what the summary needs of a group is worked out when the group arrives.
// Summarising in memory allocates almost nothing per group or member. What only a stream needs
// (its meetings, membership rows and federations, kept until the end) is in StreamSummaryBuilder,
// so that a bundle with summarize alone does not carry it.

import type { DatasetIndex } from "../dataset/indexDataset.js";
import type { SetAsideCounts } from "../dataset/SetAside.js";
import { type Federation, FederationKind } from "../entities/Federation.js";
import { type Group, type GroupKind, GroupKind as GroupKinds } from "../entities/Group.js";
import type { Meeting } from "../entities/Meeting.js";
import type { Membership } from "../entities/Membership.js";
import type { Person } from "../entities/Person.js";
import type { Unit, UnitKind } from "../entities/Unit.js";
import { ageCutoffs, checkedDayNumber, dateKey } from "../internal/calendar.js";
import type { IdIndex } from "../internal/IdIndex.js";
import { LIBRARY } from "../internal/packageVersion.js";
import { pure } from "../internal/pure.js";
import type { Issue } from "../issues/Issue.js";
import { issue } from "../issues/issueFactory.js";
import { sortIssues } from "../issues/sortIssues.js";
import { isCountedMember, isGroupActive } from "../rules/definitions/activity.js";
import { assessCadence, cadenceFromDay, cadenceToDay } from "../rules/definitions/cadence.js";
import { compareIds } from "../rules/definitions/compareIds.js";
import { sizeLimitsFor } from "../rules/definitions/groupSize.js";
import { isPlausibleBirthKey } from "../rules/definitions/plausibleDates.js";
import type { MeetingCadence, RuleSet } from "../rules/registry/RuleSet.js";
import { ruleSetKey } from "../rules/registry/RuleSet.js";
import { ageBandLabels } from "./ageBands.js";
import { FIRST_DAY } from "./membershipRows.js";
import { SUMMARY_FORMAT_VERSION, type Summary, type SummaryRow } from "./Summary.js";
import { contentHash, derivedPart } from "./summaryProvenance.js";
import { addInto, type Counts, publishRow, type RowCounts, SUM_FIELDS, zeroCounts } from "./summaryRows.js";

export interface BuilderOptions {
  readonly level: UnitKind;
  readonly groupKind: GroupKind | undefined;
  readonly asOf: string;
  /**
   * The first day meeting records cover: given, or (in memory) inferred before building. A stream
   * without one infers it from its meetings as they come, and judges cadence when it finishes.
   */
  readonly recordsFrom: string | undefined;
  /** Whether `recordsFrom` was inferred from the meetings. */
  readonly recordsFromInferred: boolean;
  readonly rules: ReadonlyMap<GroupKind | FederationKind, RuleSet>;
  readonly ageBands: readonly number[];
  readonly maxIssues: number;
  /** The part the data is, as the caller names it; derived from the data in finish when not given. */
  readonly part: string | undefined;
}

// Where a slot's group is counted: a row index (>= 0) or one of these.
export const SET_ASIDE = -4; // its record came, naming a unit that is not there: left out, and counted as set aside
export const UNSEEN = -3; // memberships or meetings name it; its record has not come (yet)
export const SKIPPED = -2; // not counted: inactive on asOf, another kind, or under a broken unit
export const UNPLACED = -1; // counted in the total only: under no unit of the level

// A slot's cells (one row of an Int32Array), then its members per age band.
export const PLACE = 0;
const KIND = 1;
const MAX_SIZE = 2; // -1: no maximum
export const SPAN_FROM = 3; // cadence judged from, to (day numbers); from > to: not judged
export const SPAN_TO = 4;
const MEMBERS = 5;
export const ASSESSED = 6; // one of the cadence states below
const HELD = 7;
const EXPECTED = 8;
const ATTENDEES = 9;
const ATTENDED = 10; // judged meetings with attendance recorded
const FORMED = 11; // day numbers, NO_DAY when not given
const CLOSED = 12;
export const FEDERATED = 13; // 1: a member of a federation formed by asOf
export const ROWS = 14; // stream: membership rows that named it (to count them as set aside when it never comes)
export const MEETS = 15; // stream: meetings that named it
const SLOT_AGES = 16;

const NO_DAY = FIRST_DAY;

// A slot's cadence state (its ASSESSED cell).
export const NOT_ASSESSED = 0;
const NO_FULL_PERIOD = 1; // not judged: no rule, no span, or no full period in it
const MISSED = 2; // judged, and some period was short of meetings
const KEPT = 3; // judged, and every period had its meetings

/**
 * Where a field of SUM_FIELDS sits in a bucket: its position there, checked when the module loads
 * (marked free of side effects so that a bundle without the roll-ups drops the calls).
 */
/* @__NO_SIDE_EFFECTS__ */
function offsetOf(field: (typeof SUM_FIELDS)[number]): number {
  const offset = SUM_FIELDS.indexOf(field);
  if (offset < 0) throw new Error(field);
  return offset;
}

// A bucket's figures in finish (one place and one kind of group): the additive counts at their
// positions in SUM_FIELDS (read back by position in countsAt), then the smallest and largest
// group, then the age bands. "wards" and "villages" have cells too but are counted per row instead.
const B_WARDS_WITH_GROUP = offsetOf("wardsWithGroup");
const B_VILLAGES_WITH_GROUP = offsetOf("villagesWithGroup");
const B_GROUPS = offsetOf("groups");
const B_MEMBERS = offsetOf("members");
const B_CAPPED = offsetOf("cappedMembers");
const B_CAPACITY = offsetOf("capacity");
const B_JUDGED = offsetOf("groupsJudged");
const B_COMPLIANT = offsetOf("groupsCompliant");
const B_HELD = offsetOf("meetingsHeld");
const B_EXPECTED = offsetOf("meetingsExpected");
const B_ATTENDEES = offsetOf("attendees");
const B_SLOTS = offsetOf("attendanceSlots");
const B_FEDERATED = offsetOf("groupsFederated");
const B_MIN = pure(() => SUM_FIELDS.length);
const B_MAX = pure(() => B_MIN + 1);
const B_AGES = pure(() => B_MAX + 1);

/**
 * Sorts meeting days `days[start..end)` with their attendees (at the same positions plus
 * `offset`). Meetings usually come in date order, which one pass confirms; a short list is sorted
 * by insertion, a long one (a hostile or shuffled export) in O(n log n), never in O(n^2).
 */
function sortMeetings(days: Int32Array, start: number, end: number, offset: number): void {
  let sorted = true;
  for (let i = start + 1; i < end && sorted; i++) sorted = (days[i - 1] as number) <= (days[i] as number);
  if (sorted) return;
  if (end - start <= 64) {
    for (let i = start + 1; i < end; i++) {
      const day = days[i] as number;
      const recorded = days[i + offset] as number;
      let j = i - 1;
      for (; j >= start && (days[j] as number) > day; j--) {
        days[j + 1] = days[j] as number;
        days[j + 1 + offset] = days[j + offset] as number;
      }
      days[j + 1] = day;
      days[j + 1 + offset] = recorded;
    }
    return;
  }
  const order = Array.from({ length: end - start }, (_, i) => start + i).sort(
    (a, b) => (days[a] as number) - (days[b] as number) || a - b,
  );
  const sortedDays = order.map((i) => days[i] as number);
  const sortedRecorded = order.map((i) => days[i + offset] as number);
  for (let i = 0; i < order.length; i++) {
    days[start + i] = sortedDays[i] as number;
    days[start + i + offset] = sortedRecorded[i] as number;
  }
}

export function grown<T extends Int32Array | Float64Array>(array: T, length: number): T {
  const next = new (array.constructor as new (length: number) => T)(length);
  next.set(array);
  return next;
}

export class SummaryBuilder {
  protected readonly slots = new Map<string, number>();
  protected readonly ids: string[] = [];
  protected cells: Int32Array; // per slot: `stride` cells
  protected readonly stride: number;
  private scratch = new Int32Array(64);
  /** Whether a group's cadence span is set when it comes (in memory) or in finish (a stream). */
  protected readonly spansAtOnce: boolean = true;
  // Per unit (by position in unitList).
  private readonly unitList: Unit[];
  private readonly unitIndex = new Map<string, number>();
  private readonly unitPlace: Int32Array; // its row, UNPLACED, or SKIPPED when broken
  private readonly coveredKinds: Int32Array; // for a ward or village: bit mask of the kinds counted in it
  // Per kind of group (by position in kinds).
  private readonly kinds: readonly GroupKind[] = GroupKinds.options;
  private readonly kindIndex: Map<string, number>;
  private readonly maxOf: Int32Array;
  private readonly specialMaxOf: Int32Array;
  private readonly cadences: (MeetingCadence | undefined)[];
  // Per place (row + 1) and kind of federation: federations formed by asOf.
  private readonly federationKinds: readonly FederationKind[] = FederationKind.options;
  private readonly federationsAt: Float64Array;
  /** In memory: ids of the groups a federation formed by asOf lists. */
  private readonly federated = new Set<string>();

  private readonly bands: number;
  private readonly cutoffs: Int32Array;
  private readonly labels: string[];
  private readonly rows: { readonly unitId: string; readonly name: string }[] = [];
  private readonly asOfDay: number;
  private readonly asOfKey: number;
  // The duplicate rows seen.
  private readonly duplicates = new Map<string, Map<string, number>>(); // group id -> person id -> rows
  protected recordsFrom: string | undefined;
  protected recordsFromDay: number | undefined;
  private readonly issues: Issue[] = [];
  protected omittedIssues = 0;

  /**
   * Records left out of the figures, by collection; `null` when the input could not be read at
   * all. summarize copies the dataset's; a stream adds up what it leaves out.
   */
  setAside: { -readonly [K in keyof SetAsideCounts]: number } | null = {
    units: 0,
    people: 0,
    groups: 0,
    federations: 0,
    memberships: 0,
    meetings: 0,
  };

  /** `expectedGroups` sizes the per-group table (it grows past it when needed). */
  constructor(
    units: DatasetIndex,
    protected readonly options: BuilderOptions,
    expectedGroups = 1024,
  ) {
    this.labels = ageBandLabels(options.ageBands);
    this.bands = this.labels.length;
    this.stride = SLOT_AGES + this.bands;
    this.cells = new Int32Array(Math.max(16, expectedGroups) * this.stride);
    this.cutoffs = ageCutoffs(options.asOf, options.ageBands);
    this.asOfDay = checkedDayNumber(options.asOf);
    this.asOfKey = dateKey(options.asOf);
    this.recordsFrom = options.recordsFrom;
    this.recordsFromDay = options.recordsFrom === undefined ? undefined : checkedDayNumber(options.recordsFrom);
    this.kindIndex = new Map(this.kinds.map((kind, i) => [kind, i]));
    const rules = this.kinds.map((kind) => options.rules.get(kind));
    this.maxOf = Int32Array.from(
      rules,
      (ruleSet) => (ruleSet === undefined ? undefined : sizeLimitsFor(ruleSet, false))?.max ?? -1,
    );
    this.specialMaxOf = Int32Array.from(
      rules,
      (ruleSet) => (ruleSet === undefined ? undefined : sizeLimitsFor(ruleSet, true))?.max ?? -1,
    );
    this.cadences = rules.map((ruleSet) => ruleSet?.meetings);

    const rowOfUnit = new Map<string, number>();
    for (const unit of units.units.values()) {
      if (unit.kind !== options.level || units.brokenUnits.has(unit.id)) continue;
      rowOfUnit.set(unit.id, this.rows.length);
      this.rows.push({ unitId: unit.id, name: unit.name });
    }
    this.federationsAt = new Float64Array((this.rows.length + 1) * this.federationKinds.length);
    this.unitList = [...units.units.values()];
    this.unitPlace = new Int32Array(this.unitList.length);
    this.coveredKinds = new Int32Array(this.unitList.length);
    this.unitList.forEach((unit, u) => {
      this.unitIndex.set(unit.id, u);
      const at = units.ancestry.get(unit.id)?.get(options.level);
      this.unitPlace[u] = units.brokenUnits.has(unit.id)
        ? SKIPPED
        : at === undefined
          ? UNPLACED
          : (rowOfUnit.get(at) ?? UNPLACED);
    });
  }

  /** The slot of a group id, made on first sight; pass it to the add methods for a group's many records. */
  slot(groupId: string): number {
    let slot = this.slots.get(groupId);
    if (slot === undefined) this.slots.set(groupId, (slot = this.newSlot(groupId)));
    return slot;
  }

  private newSlot(groupId: string): number {
    const slot = this.ids.length;
    if ((slot + 1) * this.stride > this.cells.length) this.cells = grown(this.cells, this.cells.length * 2);
    this.cells[slot * this.stride + PLACE] = UNSEEN;
    this.ids.push(groupId);
    return slot;
  }

  /**
   * Takes a group's record: where it is counted, its maximum size and the days its cadence is
   * judged over. Returns its slot, or -1 when a group with that id was added already. A group
   * whose unit is not there is set aside (`SET_ASIDE`; the caller reports it).
   * `unique` says the caller passes every group once and its records only by slot (as summarize
   * does with an index, whose ids are unique): the group then gets a slot without a lookup.
   */
  addGroup(group: Group, unique = false): number {
    const slot = unique ? this.newSlot(group.id) : this.slot(group.id);
    const cells = this.cells;
    const at = slot * this.stride;
    if (cells[at + PLACE] !== UNSEEN) return -1;
    const { groupKind, asOf } = this.options;
    const u = this.unitIndex.get(group.unitId);
    if (u === undefined) {
      cells[at + PLACE] = SET_ASIDE;
      return slot;
    }
    const place = this.unitPlace[u] as number;
    if (place === SKIPPED || (groupKind !== undefined && group.kind !== groupKind) || !isGroupActive(group, asOf)) {
      cells[at + PLACE] = SKIPPED;
      return slot;
    }
    const kind = this.kindIndex.get(group.kind) as number;
    cells[at + PLACE] = place;
    cells[at + KIND] = kind;
    const unitKind = (this.unitList[u] as Unit).kind;
    if (unitKind === "ward" || unitKind === "village") (this.coveredKinds[u] as number) |= 1 << kind;
    // A category (rare) may have limits of its own: the same rule validate's size check applies.
    const category = group.specialCategory;
    const rule = category === undefined ? undefined : this.options.rules.get(group.kind);
    cells[at + MAX_SIZE] =
      rule !== undefined
        ? (sizeLimitsFor(rule, true, category)?.max ?? -1)
        : ((group.special === true || category !== undefined ? this.specialMaxOf : this.maxOf)[kind] as number);
    cells[at + FORMED] = group.formedOn === undefined ? NO_DAY : checkedDayNumber(group.formedOn);
    cells[at + CLOSED] = group.closedOn === undefined ? NO_DAY : checkedDayNumber(group.closedOn);
    if (this.federated.size > 0 && this.federated.has(group.id)) cells[at + FEDERATED] = 1;
    // A stream learns where meeting records start only at its end: its spans are set in finish.
    if (this.spansAtOnce) this.setSpan(at);
    return slot;
  }

  /**
   * The days a slot's cadence is judged over, by the same rule validate applies: from the later of
   * its formation and `recordsFrom` (not at all without `recordsFrom`), to the day before it closed
   * or before `asOf` (from > to: not judged).
   */
  protected setSpan(at: number): void {
    const cells = this.cells;
    const formed = cells[at + FORMED] as number;
    const closed = cells[at + CLOSED] as number;
    const from =
      this.cadences[cells[at + KIND] as number] === undefined || this.recordsFromDay === undefined
        ? undefined
        : cadenceFromDay(formed === NO_DAY ? undefined : formed, this.recordsFromDay);
    cells[at + SPAN_FROM] = from ?? 1;
    cells[at + SPAN_TO] = from === undefined ? 0 : cadenceToDay(closed === NO_DAY ? undefined : closed, this.asOfDay);
  }

  /**
   * Takes a federation of the dataset (summarize, before the groups): counts it under its unit
   * when it was formed by `asOf`, and notes the groups it lists as federated.
   */
  addIndexedFederation(federation: Federation): void {
    if (this.countFederation(federation) < UNPLACED) return;
    for (const memberId of federation.memberIds) this.federated.add(memberId);
  }

  /** Counts a federation where it belongs; returns its place, SKIPPED (not counted) or SET_ASIDE (unknown unit). */
  protected countFederation(federation: Federation): number {
    const u = this.unitIndex.get(federation.unitId);
    if (u === undefined) return SET_ASIDE;
    const place = this.unitPlace[u] as number;
    if (!this.countsAsFederation(federation)) return SKIPPED;
    const kind = this.federationKinds.indexOf(federation.kind);
    (this.federationsAt[(place + 1) * this.federationKinds.length + kind] as number)++;
    return place;
  }

  /** Whether a federation is counted: formed by asOf (or undated), under a unit that is there and not broken. */
  protected countsAsFederation(federation: Federation): boolean {
    const u = this.unitIndex.get(federation.unitId);
    return (
      u !== undefined &&
      this.unitPlace[u] !== SKIPPED &&
      (federation.formedOn === undefined || federation.formedOn <= this.options.asOf)
    );
  }

  protected countMember(slot: number, dateOfBirth: string | undefined): void {
    const at = slot * this.stride;
    (this.cells[at + MEMBERS] as number)++;
    (this.cells[at + SLOT_AGES + this.bandOf(dateOfBirth)] as number)++;
  }

  /**
   * Counts a member by her date of birth as the number yyyymmdd (-1 when not given): what
   * countMember does, for a reader that keeps dates of birth as numbers (the CLI's CSV columns).
   */
  protected countMemberByKey(slot: number, birthKey: number): void {
    const at = slot * this.stride;
    (this.cells[at + MEMBERS] as number)++;
    (this.cells[at + SLOT_AGES + (birthKey < 0 ? this.bands - 1 : this.bandOfKey(birthKey))] as number)++;
  }

  /** Notes a second (third, ...) row of a person in a group, reported once per pair in finish. */
  protected duplicate(groupId: string, personId: string): void {
    let people = this.duplicates.get(groupId);
    if (people === undefined) this.duplicates.set(groupId, (people = new Map()));
    people.set(personId, (people.get(personId) ?? 1) + 1);
  }

  /**
   * Takes a group with all its records at once, as summarize has them from an index (every
   * group once): the tight loop of the in-memory roll-up, over its memberships by position.
   */
  addIndexedGroup(
    group: Group,
    positions: readonly number[] | undefined,
    memberships: readonly Membership[],
    people: readonly Person[],
    personAt: Int32Array,
    meetings: readonly Meeting[] | undefined,
    personPositions: IdIndex,
  ): void {
    const slot = this.addGroup(group, true);
    const at = slot * this.stride;
    if ((this.cells[at + PLACE] as number) < UNPLACED) return;
    // A person is counted once per group, however many rows she has in it (see isCountedMember).
    const scratch = scratchFor(people);
    const stamp = scratch.nextGroup();
    const countedIn = scratch.countedIn;
    for (const position of positions ?? []) {
      const membership = memberships[position] as Membership;
      if (!isCountedMember(membership, this.options.asOf)) continue;
      const person = personAt[position] as number;
      if (countedIn[person] === stamp) this.duplicate(group.id, membership.personId);
      else {
        countedIn[person] = stamp;
        this.countMember(slot, people[person]?.dateOfBirth);
      }
    }
    // Its cadence, judged now from its own meetings: nothing is stored per meeting. Attendees are
    // counted only at meetings inside the span (the judged periods lie in it).
    const count = meetings?.length ?? 0;
    if (this.scratch.length < 2 * count) this.scratch = new Int32Array(4 * count);
    const days = this.scratch;
    const from = this.cells[at + SPAN_FROM] as number;
    const to = this.cells[at + SPAN_TO] as number;
    let chained = false;
    for (let i = 0; i < count; i++) {
      const meeting = (meetings as readonly Meeting[])[i] as Meeting;
      const day = checkedDayNumber(meeting.date);
      days[i] = day;
      const attendeeIds = meeting.attendeeIds;
      if (attendeeIds === undefined) days[count + i] = -1;
      else if (day < from || day > to || attendeeIds.length === 0) days[count + i] = 0;
      else {
        if (!chained) chained = chainRows(scratch, stamp, positions ?? [], personAt);
        days[count + i] = countAttendees(
          scratch,
          stamp,
          attendeeIds,
          meeting.date,
          positions ?? [],
          memberships,
          personPositions,
        );
      }
    }
    this.assess(slot, days, 0, count, count);
  }

  /**
   * Judges a slot's cadence from its meetings: days in `days[start..end)`, attendees (or -1) at
   * the same positions plus `attendanceOffset`.
   */
  protected assess(slot: number, days: Int32Array, start: number, end: number, attendanceOffset: number): void {
    const cells = this.cells;
    const at = slot * this.stride;
    const cadence = this.cadences[cells[at + KIND] as number];
    const from = cells[at + SPAN_FROM] as number;
    const to = cells[at + SPAN_TO] as number;
    cells[at + ASSESSED] = NO_FULL_PERIOD;
    if (cadence === undefined || from > to) return;
    sortMeetings(days, start, end, attendanceOffset);
    const assessment = assessCadence(cadence, from, to, days, start, end);
    if (assessment.periods === 0) return;
    cells[at + ASSESSED] = assessment.missedCount === 0 ? KEPT : MISSED;
    cells[at + HELD] = assessment.held;
    cells[at + EXPECTED] = assessment.periods * cadence.count;
    for (let i = start; i < end; i++) {
      const day = days[i] as number;
      const recorded = days[i + attendanceOffset] as number;
      if (day < assessment.fromDay || day > assessment.toDay || recorded < 0) continue;
      (cells[at + ATTENDEES] as number) += recorded;
      (cells[at + ATTENDED] as number)++;
    }
  }

  private bandOf(dateOfBirth: string | undefined): number {
    // Age on asOf is at least bound[k] exactly when the date of birth is on or before
    // cutoffs[k] (see ageCutoffs), both as the number yyyymmdd.
    return dateOfBirth === undefined ? this.bands - 1 : this.bandOfKey(dateKey(dateOfBirth)); // unknown
  }

  /** The age band of a date of birth given as the number yyyymmdd. */
  private bandOfKey(key: number): number {
    if (!isPlausibleBirthKey(key, this.asOfKey)) return this.bands - 1; // a date that cannot be real: unknown
    const cutoffs = this.cutoffs;
    let band = 0;
    while (band < cutoffs.length && key <= (cutoffs[band] as number)) band++;
    return band;
  }

  /** Takes issues for the summary: at most `maxIssues` are kept, the rest only counted. */
  report(found: Issue | readonly Issue[]): void {
    for (const one of Array.isArray(found) ? (found as readonly Issue[]) : [found as Issue]) {
      if (this.issues.length < this.options.maxIssues) this.issues.push(one);
      else this.omittedIssues++;
    }
  }

  /** The summary of everything added: the one thing to call last. */
  finish(): Summary {
    this.finishRecords();
    const buckets = this.addUpGroups();
    this.countUnits(buckets);
    const { rows, total } = this.publishRows(buckets);
    this.reportLeftOverIssues();
    const unplaced = this.unplacedGroups();
    const { level, groupKind, asOf, rules, ageBands, part } = this.options;
    const summarised: readonly (GroupKind | FederationKind)[] = groupKind === undefined ? this.kinds : [groupKind];
    const applied = summarised
      .flatMap((kind) => {
        const ruleSet = rules.get(kind);
        return ruleSet === undefined ? [] : [[ruleSetKey(ruleSet), contentHash(ruleSet)] as const];
      })
      .sort(([a], [b]) => compareIds(a, b));
    const ruleSets = applied.map(([key]) => key);
    return {
      format: "kudumbashree.summary",
      formatVersion: SUMMARY_FORMAT_VERSION,
      provenance: {
        library: { ...LIBRARY },
        ruleSets: Object.fromEntries(applied),
        parts: [part ?? this.derivedPart()],
      },
      level,
      groupKind: groupKind ?? null,
      asOf,
      recordsFrom: this.recordsFrom ?? null,
      recordsFromInferred:
        this.recordsFrom !== undefined && (this.options.recordsFromInferred || this.options.recordsFrom === undefined),
      ruleSets,
      ageBands: [...ageBands],
      suppressBelow: null,
      rows,
      total,
      unplaced,
      setAside: this.setAside === null ? null : { ...this.setAside },
      issues: sortIssues(this.issues),
      ...(this.omittedIssues === 0 ? {} : { omittedIssues: this.omittedIssues }),
    };
  }

  /**
   * The id of the part the data is, derived from its top units, `asOf`, and its units and the
   * groups counted (see derivedPart): the same in memory and from a stream.
   */
  private derivedPart(): string {
    const { cells, stride: S, ids } = this;
    const counted = ids.filter((_, slot) => (cells[slot * S + PLACE] as number) >= UNPLACED);
    const unitIds = this.unitList.map((unit) => unit.id);
    const roots = this.unitList.flatMap((unit) => (unit.parentId === undefined ? [unit.id] : []));
    return derivedPart(roots, this.options.asOf, unitIds, counted);
  }

  /** What the end of the input must settle before the groups are added up (a stream's meetings): nothing here. */
  protected finishRecords(): void {}

  /**
   * Adds every counted group into its bucket, one per place (a row, or UNPLACED) and kind of
   * group, made on first use: plain numbers in one array, no object per group.
   */
  private addUpGroups(): Buckets {
    const buckets = new Buckets(this.rows.length, this.kinds.length, B_AGES + this.bands);
    const { cells, stride: S, bands } = this;
    for (let slot = 0; slot < this.ids.length; slot++) {
      const at = slot * S;
      const place = cells[at + PLACE] as number;
      if (place < UNPLACED) continue;
      const base = buckets.at(place, cells[at + KIND] as number);
      const acc = buckets.acc;
      const members = cells[at + MEMBERS] as number;
      const max = cells[at + MAX_SIZE] as number;
      (acc[base + B_GROUPS] as number) += 1;
      (acc[base + B_MEMBERS] as number) += members;
      (acc[base + B_FEDERATED] as number) += cells[at + FEDERATED] as number;
      acc[base + B_MIN] = Math.min(acc[base + B_MIN] as number, members);
      acc[base + B_MAX] = Math.max(acc[base + B_MAX] as number, members);
      if (max >= 0) {
        (acc[base + B_CAPPED] as number) += members;
        (acc[base + B_CAPACITY] as number) += max;
      }
      for (let b = 0; b < bands; b++) (acc[base + B_AGES + b] as number) += cells[at + SLOT_AGES + b] as number;
      const state = cells[at + ASSESSED] as number;
      if (state !== MISSED && state !== KEPT) continue;
      (acc[base + B_JUDGED] as number) += 1;
      if (state === KEPT) (acc[base + B_COMPLIANT] as number) += 1;
      (acc[base + B_HELD] as number) += cells[at + HELD] as number;
      (acc[base + B_EXPECTED] as number) += cells[at + EXPECTED] as number;
      (acc[base + B_ATTENDEES] as number) += cells[at + ATTENDEES] as number;
      (acc[base + B_SLOTS] as number) += members * (cells[at + ATTENDED] as number);
    }
    return buckets;
  }

  /**
   * Wards and villages, and those with a group, per place; and per place and kind, wards and
   * villages with a group of that kind.
   */
  private countUnits(buckets: Buckets): void {
    const K = this.kinds.length;
    this.unitList.forEach((unit, u) => {
      const place = this.unitPlace[u] as number;
      const village = unit.kind === "village";
      if ((unit.kind !== "ward" && !village) || place === SKIPPED) return;
      const offset = village ? B_VILLAGES_WITH_GROUP : B_WARDS_WITH_GROUP;
      ((village ? buckets.villages : buckets.wards)[place + 1] as number)++;
      const mask = this.coveredKinds[u] as number;
      if (mask === 0) return;
      ((village ? buckets.villagesWithGroup : buckets.wardsWithGroup)[place + 1] as number)++;
      for (let kind = 0; kind < K; kind++) {
        if ((mask & (1 << kind)) === 0) continue;
        const base = buckets.at(place, kind); // before reading acc, which it may grow
        (buckets.acc[base + offset] as number)++;
      }
    });
  }

  /** The published rows (sorted by unit id) and the total, from the buckets. */
  private publishRows(buckets: Buckets): { rows: SummaryRow[]; total: SummaryRow } {
    const { labels, bands, rows, kinds } = this;
    const perKind = this.options.groupKind === undefined;
    const F = this.federationKinds.length;
    const total: RowCounts = {
      unitId: null,
      name: "Total",
      all: zeroCounts(bands),
      byKind: perKind ? new Map() : undefined,
    };
    const published: RowCounts[] = [];
    for (let place = UNPLACED; place < rows.length; place++) {
      const unit = rows[place];
      const row: RowCounts = {
        unitId: unit?.unitId ?? null,
        name: unit?.name ?? "",
        all: zeroCounts(bands),
        byKind: perKind ? new Map() : undefined,
      };
      for (let kind = 0; kind < kinds.length; kind++) {
        const counts = buckets.countsAt(place, kind);
        if (counts === undefined) continue;
        addInto(row.all, counts);
        row.byKind?.set(kinds[kind] as GroupKind, counts);
        const totalKind = total.byKind?.get(kinds[kind] as GroupKind);
        if (totalKind === undefined)
          total.byKind?.set(kinds[kind] as GroupKind, {
            ...counts,
            federations: [...counts.federations],
            ageBands: [...counts.ageBands],
          });
        else addInto(totalKind, counts);
      }
      row.all.wards = buckets.wards[place + 1] as number;
      row.all.villages = buckets.villages[place + 1] as number;
      row.all.wardsWithGroup = buckets.wardsWithGroup[place + 1] as number;
      row.all.villagesWithGroup = buckets.villagesWithGroup[place + 1] as number;
      for (let f = 0; f < F; f++) row.all.federations[f] = this.federationsAt[(place + 1) * F + f] as number;
      addInto(total.all, row.all);
      if (unit !== undefined) published.push(row);
    }
    published.sort((a, b) => compareIds(a.unitId as string, b.unitId as string));
    return { rows: published.map((row) => publishRow(row, labels)), total: publishRow(total, labels) };
  }

  /** Groups counted in the total only, under no unit of the level. */
  private unplacedGroups(): number {
    let unplaced = 0;
    for (let slot = 0; slot < this.ids.length; slot++)
      if (this.cells[slot * this.stride + PLACE] === UNPLACED) unplaced++;
    return unplaced;
  }

  /** The issues only the end of the input can tell: each person with duplicate rows in a group. */
  protected reportLeftOverIssues(): void {
    for (const [groupId, people] of this.duplicates) {
      for (const [personId, rows] of people) {
        const subject = { kind: "membership", id: `${groupId}/${personId}` } as const;
        this.report(issue("membership.duplicate", { personId, groupId, rows }, { subject }));
      }
    }
  }
}

/**
 * The figures of finish, one bucket per place (a row, or UNPLACED) and kind of group, made on
 * first use, each `stride` numbers of one Float64Array; and per place, its wards and villages.
 */
class Buckets {
  acc: Float64Array;
  readonly wards: Float64Array;
  readonly wardsWithGroup: Float64Array;
  readonly villages: Float64Array;
  readonly villagesWithGroup: Float64Array;
  private readonly bucketOf: Int32Array;
  private count = 0;

  constructor(
    rows: number,
    private readonly kinds: number,
    private readonly stride: number,
  ) {
    this.bucketOf = new Int32Array((rows + 1) * kinds).fill(-1);
    this.acc = new Float64Array(stride * 64);
    this.wards = new Float64Array(rows + 1);
    this.wardsWithGroup = new Float64Array(rows + 1);
    this.villages = new Float64Array(rows + 1);
    this.villagesWithGroup = new Float64Array(rows + 1);
  }

  /** Where the bucket of a place and kind starts in `acc` (read `acc` after calling: it may grow). */
  at(place: number, kind: number): number {
    const key = (place + 1) * this.kinds + kind;
    let b = this.bucketOf[key] as number;
    if (b < 0) {
      b = this.bucketOf[key] = this.count++;
      if (this.count * this.stride > this.acc.length) this.acc = grown(this.acc, this.acc.length * 2);
      this.acc[b * this.stride + B_MIN] = Number.POSITIVE_INFINITY;
      this.acc[b * this.stride + B_MAX] = Number.NEGATIVE_INFINITY;
    }
    return b * this.stride;
  }

  /** The counts of a place and kind, or `undefined` when no group of that kind was there. */
  countsAt(place: number, kind: number): Counts | undefined {
    const b = this.bucketOf[(place + 1) * this.kinds + kind] as number;
    if (b < 0) return undefined;
    const base = b * this.stride;
    const acc = this.acc;
    const counts = zeroCounts(0);
    SUM_FIELDS.forEach((field, i) => {
      counts[field] = acc[base + i] as number;
    });
    counts.wards = 0; // per row, not per kind
    counts.villages = 0;
    const none = counts.groups === 0;
    counts.minGroupSize = none ? null : (acc[base + B_MIN] as number);
    counts.maxGroupSize = none ? null : (acc[base + B_MAX] as number);
    counts.ageBands = Array.from(acc.subarray(base + B_AGES, base + this.stride));
    return counts;
  }
}

/**
 * Per person position of one people list (summarize's in-memory roll-up): the group stamp she was
 * last counted in, the group stamp she has a row in and her first row (a position in the group's
 * list), the meeting she last attended; per row, the next. Kept with the people list (a parsed
 * dataset's, reused by every summary of it) so that a summary allocates nothing per person: fresh
 * arrays of crores of bytes on each call made the collector run inside it. Stamps grow across
 * calls, so what an earlier call left never matches.
 */
class PersonScratch {
  countedIn: Int32Array;
  rowOf = new Int32Array(0);
  firstRow = new Int32Array(0);
  attendedAt = new Int32Array(0);
  nextRow = new Int32Array(64);
  private group = 0;
  private meeting = 0;

  constructor(readonly people: number) {
    this.countedIn = new Int32Array(people);
  }

  /** A stamp no group has had in these arrays. */
  nextGroup(): number {
    if (++this.group === 2 ** 31 - 1) {
      this.countedIn.fill(0);
      this.rowOf.fill(0);
      this.group = 1;
    }
    return this.group;
  }

  /** A stamp no meeting has had. */
  nextMeeting(): number {
    if (++this.meeting === 2 ** 31 - 1) {
      this.attendedAt.fill(0);
      this.meeting = 1;
    }
    return this.meeting;
  }
}

const scratches = new WeakMap<readonly Person[], PersonScratch>();

function scratchFor(people: readonly Person[]): PersonScratch {
  let scratch = scratches.get(people);
  if (scratch === undefined || scratch.people < people.length) {
    scratch = new PersonScratch(people.length);
    scratches.set(people, scratch);
  }
  return scratch;
}

/**
 * Links each person's rows in a group: `rowOf[person]` is the group's stamp, `firstRow` her first
 * row's index in `positions`, `nextRow` the next of hers.
 */
function chainRows(scratch: PersonScratch, stamp: number, positions: readonly number[], personAt: Int32Array): true {
  if (scratch.rowOf.length < scratch.people) {
    scratch.rowOf = new Int32Array(scratch.people);
    scratch.firstRow = new Int32Array(scratch.people);
    scratch.attendedAt = new Int32Array(scratch.people);
  }
  if (scratch.nextRow.length < positions.length) scratch.nextRow = new Int32Array(2 * positions.length);
  const { rowOf, firstRow, nextRow } = scratch;
  for (let k = positions.length - 1; k >= 0; k--) {
    const person = personAt[positions[k] as number] as number;
    if (person < 0) continue;
    nextRow[k] = rowOf[person] === stamp ? (firstRow[person] as number) : -1;
    rowOf[person] = stamp;
    firstRow[person] = k;
  }
  return true;
}

/** The attendees of one meeting who were counted members of the group on its day, each once. */
function countAttendees(
  scratch: PersonScratch,
  stamp: number,
  attendeeIds: readonly string[],
  date: string,
  positions: readonly number[],
  memberships: readonly Membership[],
  personPositions: IdIndex,
): number {
  const serial = scratch.nextMeeting();
  const { rowOf, firstRow, nextRow, attendedAt } = scratch;
  let counted = 0;
  for (let i = 0; i < attendeeIds.length; i++) {
    const person = personPositions.get(attendeeIds[i] as string);
    if (person < 0 || rowOf[person] !== stamp || attendedAt[person] === serial) continue;
    attendedAt[person] = serial;
    for (let k = firstRow[person] as number; k >= 0; k = nextRow[k] as number) {
      if (isCountedMember(memberships[positions[k] as number] as Membership, date)) {
        counted++;
        break;
      }
    }
  }
  return counted;
}
