// Internal: the one accumulator behind summarize (in memory) and summarizeStream. It keeps a
// few numbers per group in typed arrays (a "slot" per group id) and the day of each meeting,
// never anything per member, and no group record: what the summary needs of a group is worked
// out when the group arrives. A stream of 45 lakh memberships thus costs no memory per row,
// and summarising in memory allocates almost nothing per group or member.
import type { DatasetIndex } from "../dataset/indexDataset.js";
import type { Issue } from "../issues/Issue.js";
import type { FederationKind } from "../entities/Federation.js";
import { type Group, GroupKind as GroupKinds, type GroupKind } from "../entities/Group.js";
import type { Meeting } from "../entities/Meeting.js";
import type { Membership } from "../entities/Membership.js";
import type { Person } from "../entities/Person.js";
import type { Unit, UnitKind } from "../entities/Unit.js";
import { isGroupActive, isMembershipActive } from "../rules/definitions/activity.js";
import { assessCadence } from "../rules/definitions/cadence.js";
import { ageCutoffs, checkedDayNumber, dateKey } from "../internal/calendar.js";
import type { MeetingCadence, RuleSet } from "../rules/registry/RuleSet.js";
import { ruleSetKey } from "../rules/registry/RuleSet.js";
import { ageBandLabels } from "./ageBands.js";
import type { Summary } from "./Summary.js";
import { addInto, type Counts, publishRow, type RowCounts, SUM_FIELDS, zeroCounts } from "./summaryRows.js";
import { sortIssues } from "../issues/sortIssues.js";

export interface BuilderOptions {
  readonly level: UnitKind;
  readonly groupKind: GroupKind | undefined;
  readonly asOf: string;
  readonly recordsFrom: string | undefined;
  readonly rules: ReadonlyMap<GroupKind | FederationKind, RuleSet>;
  readonly ageBands: readonly number[];
}

// Where a slot's group is counted: a row index (>= 0) or one of these.
const UNSEEN = -3; // memberships or meetings name it; its record has not come (yet)
const SKIPPED = -2; // not counted: inactive on asOf, another kind, or under no usable unit
const UNPLACED = -1; // counted in the total only: under no unit of the level

// A slot's cells (one row of an Int32Array), then its members per age band.
const PLACE = 0;
const KIND = 1;
const MAX_SIZE = 2; // -1: no maximum
const SPAN_FROM = 3; // cadence judged from, to (day numbers); from > to: not judged
const SPAN_TO = 4;
const MEMBERS = 5;
const ASSESSED = 6; // 0: not yet; 1: no full period; 2: judged, missed some; 3: judged, kept
const HELD = 7;
const EXPECTED = 8;
const ATTENDEES = 9;
const ATTENDED = 10; // judged meetings with attendance recorded
const SLOT_AGES = 11;

// A bucket's figures in finish (one place and one kind of group): the additive counts at their
// positions in SUM_FIELDS, then the smallest and largest group, then the age bands.
const B_WARDS_WITH_GROUP = 1; // 0 is wards, counted per row instead
const B_GROUPS = 2;
const B_MEMBERS = 3;
const B_CAPPED = 4;
const B_CAPACITY = 5;
const B_JUDGED = 6;
const B_COMPLIANT = 7;
const B_HELD = 8;
const B_EXPECTED = 9;
const B_ATTENDEES = 10;
const B_SLOTS = 11;
const B_MIN = 12;
const B_MAX = 13;
const B_AGES = 14;

function grown<T extends Int32Array | Float64Array>(array: T, length: number): T {
  const next = new (array.constructor as new (length: number) => T)(length);
  next.set(array);
  return next;
}

export class SummaryBuilder {
  private readonly slots = new Map<string, number>();
  private readonly ids: string[] = [];
  private cells: Int32Array; // per slot: `stride` cells
  private readonly stride: number;
  private scratch = new Int32Array(64);
  // Per meeting stored (summarizeStream): slot, day, attendees (-1 where not recorded).
  private meetingCount = 0;
  private meetings = new Int32Array(3 * 1024);
  // Per unit (by position in unitList).
  private readonly unitList: Unit[];
  private readonly unitIndex = new Map<string, number>();
  private readonly unitPlace: Int32Array; // its row, UNPLACED, or SKIPPED when broken
  private readonly wardKinds: Int32Array; // for a ward: bit mask of the kinds counted in it
  // Per kind of group (by position in kinds).
  private readonly kinds: readonly GroupKind[] = GroupKinds.options;
  private readonly kindIndex: Map<string, number>;
  private readonly maxOf: Int32Array;
  private readonly specialMaxOf: Int32Array;
  private readonly cadences: (MeetingCadence | undefined)[];

  private readonly bands: number;
  private readonly cutoffs: Int32Array;
  private readonly labels: string[];
  private readonly rows: { readonly unitId: string; readonly name: string }[] = [];
  private readonly asOfDay: number;
  private readonly recordsFromDay: number;
  readonly issues: Issue[] = [];

  /** `expectedGroups` sizes the per-group table (it grows past it when needed). */
  constructor(
    private readonly units: DatasetIndex,
    private readonly options: BuilderOptions,
    expectedGroups = 1024,
  ) {
    this.labels = ageBandLabels(options.ageBands);
    this.bands = this.labels.length;
    this.stride = SLOT_AGES + this.bands;
    this.cells = new Int32Array(Math.max(16, expectedGroups) * this.stride);
    this.cutoffs = ageCutoffs(options.asOf, options.ageBands);
    this.asOfDay = checkedDayNumber(options.asOf);
    this.recordsFromDay = options.recordsFrom === undefined ? 0 : checkedDayNumber(options.recordsFrom);
    this.kindIndex = new Map(this.kinds.map((kind, i) => [kind, i]));
    const rules = this.kinds.map((kind) => options.rules.get(kind));
    this.maxOf = Int32Array.from(rules, (ruleSet) => ruleSet?.groupSize?.max ?? -1);
    this.specialMaxOf = Int32Array.from(rules, (ruleSet) => (ruleSet?.specialGroupSize ?? ruleSet?.groupSize)?.max ?? -1);
    this.cadences = rules.map((ruleSet) => ruleSet?.meetings);

    const rowOfUnit = new Map<string, number>();
    for (const unit of units.units.values()) {
      if (unit.kind !== options.level || units.brokenUnits.has(unit.id)) continue;
      rowOfUnit.set(unit.id, this.rows.length);
      this.rows.push({ unitId: unit.id, name: unit.name });
    }
    this.unitList = [...units.units.values()];
    this.unitPlace = new Int32Array(this.unitList.length);
    this.wardKinds = new Int32Array(this.unitList.length);
    this.unitList.forEach((unit, u) => {
      this.unitIndex.set(unit.id, u);
      const at = units.ancestry.get(unit.id)?.get(options.level);
      this.unitPlace[u] = units.brokenUnits.has(unit.id) ? SKIPPED : at === undefined ? UNPLACED : (rowOfUnit.get(at) ?? UNPLACED);
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
   * judged over. Returns its slot, or -1 when a group with that id was added already.
   * `unique` says the caller passes every group once and its records only by slot (as summarize
   * does with an index, whose ids are unique): the group then gets a slot without a lookup.
   */
  addGroup(group: Group, unique = false): number {
    const slot = unique ? this.newSlot(group.id) : this.slot(group.id);
    const cells = this.cells;
    const at = slot * this.stride;
    if (cells[at + PLACE] !== UNSEEN) return -1;
    const { groupKind, asOf, recordsFrom } = this.options;
    const u = this.unitIndex.get(group.unitId);
    const place = u === undefined ? SKIPPED : (this.unitPlace[u] as number);
    if (place === SKIPPED || (groupKind !== undefined && group.kind !== groupKind) || !isGroupActive(group, asOf)) {
      cells[at + PLACE] = SKIPPED;
      return slot;
    }
    const kind = this.kindIndex.get(group.kind) as number;
    cells[at + PLACE] = place;
    cells[at + KIND] = kind;
    if ((this.unitList[u as number] as Unit).kind === "ward") (this.wardKinds[u as number] as number) |= 1 << kind;
    cells[at + MAX_SIZE] = (group.special === true ? this.specialMaxOf : this.maxOf)[kind] as number;
    // Cadence is judged from the later of formedOn and recordsFrom (ISO dates order as strings)
    // to the day before asOf or closedOn.
    const { formedOn, closedOn } = group;
    let from = 1;
    let to = 0;
    if (this.cadences[kind] !== undefined && (formedOn !== undefined || recordsFrom !== undefined)) {
      from = formedOn === undefined || (recordsFrom !== undefined && recordsFrom > formedOn) ? this.recordsFromDay : checkedDayNumber(formedOn);
      to = closedOn === undefined ? this.asOfDay - 1 : Math.min(this.asOfDay, checkedDayNumber(closedOn)) - 1;
    }
    cells[at + SPAN_FROM] = from;
    cells[at + SPAN_TO] = to;
    return slot;
  }

  addMembership(membership: Membership, dateOfBirth: string | undefined, known?: number): void {
    const at = (known ?? this.slot(membership.groupId)) * this.stride;
    if (this.cells[at + PLACE] === SKIPPED || membership.role === "resourcePerson" || !isMembershipActive(membership, this.options.asOf)) return;
    (this.cells[at + MEMBERS] as number)++;
    (this.cells[at + SLOT_AGES + this.bandOf(dateOfBirth)] as number)++;
  }

  /**
   * Takes a group with all its records at once, as summarize has them from an index (every
   * group once): the tight loop of the in-memory roll-up, over its memberships by position.
   */
  addIndexedGroup(group: Group, positions: readonly number[] | undefined, memberships: readonly Membership[], people: readonly Person[], personAt: Int32Array, meetings: readonly Meeting[] | undefined): void {
    const slot = this.addGroup(group, true);
    if (this.cells[slot * this.stride + PLACE] === SKIPPED) return;
    for (const position of positions ?? []) this.addMembership(memberships[position] as Membership, people[personAt[position] as number]?.dateOfBirth, slot);
    // Its cadence, judged now from its own meetings: nothing is stored per meeting.
    const count = meetings?.length ?? 0;
    if (this.scratch.length < 2 * count) this.scratch = new Int32Array(4 * count);
    const days = this.scratch;
    for (let i = 0; i < count; i++) {
      const meeting = (meetings as readonly Meeting[])[i] as Meeting;
      days[i] = checkedDayNumber(meeting.date);
      days[count + i] = meeting.attendeeIds?.length ?? -1;
    }
    this.assess(slot, days, 0, count, count);
  }

  /**
   * Judges a slot's cadence from its meetings: days in `days[start..end)`, attendees (or -1) at
   * the same positions plus `attendanceOffset`.
   */
  private assess(slot: number, days: Int32Array, start: number, end: number, attendanceOffset: number): void {
    const cells = this.cells;
    const at = slot * this.stride;
    const cadence = this.cadences[cells[at + KIND] as number];
    const from = cells[at + SPAN_FROM] as number;
    const to = cells[at + SPAN_TO] as number;
    cells[at + ASSESSED] = 1;
    if (cadence === undefined || from > to) return;
    // Sorts the days, with their attendees. Meetings usually come in date order, for which an
    // insertion sort is one pass.
    for (let i = start + 1; i < end; i++) {
      const day = days[i] as number;
      const recorded = days[i + attendanceOffset] as number;
      let j = i - 1;
      for (; j >= start && (days[j] as number) > day; j--) {
        days[j + 1] = days[j] as number;
        days[j + 1 + attendanceOffset] = days[j + attendanceOffset] as number;
      }
      days[j + 1] = day;
      days[j + 1 + attendanceOffset] = recorded;
    }
    const assessment = assessCadence(cadence, from, to, days, false, start, end);
    if (assessment.periods === 0) return;
    cells[at + ASSESSED] = assessment.missedCount === 0 ? 3 : 2;
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

  addMeeting(meeting: Meeting, known?: number): void {
    const slot = known ?? this.slot(meeting.groupId);
    if (this.cells[slot * this.stride + PLACE] === SKIPPED) return;
    const at = 3 * this.meetingCount++;
    if (at + 3 > this.meetings.length) this.meetings = grown(this.meetings, this.meetings.length * 2);
    this.meetings[at] = slot;
    this.meetings[at + 1] = checkedDayNumber(meeting.date);
    this.meetings[at + 2] = meeting.attendeeIds?.length ?? -1;
  }

  private bandOf(dateOfBirth: string | undefined): number {
    // Age on asOf is at least bound[k] exactly when the date of birth is on or before
    // cutoffs[k] (see ageCutoffs), both as the number yyyymmdd.
    if (dateOfBirth === undefined) return this.bands - 1; // unknown
    const key = dateKey(dateOfBirth);
    const cutoffs = this.cutoffs;
    let band = 0;
    while (band < cutoffs.length && key <= (cutoffs[band] as number)) band++;
    return band;
  }

  finish(): Summary {
    const { level, groupKind, asOf, recordsFrom, rules, ageBands } = this.options;
    const { labels, bands, rows, kinds } = this;
    const K = kinds.length;
    const slotCount = this.ids.length;

    // The cadence of the groups whose meetings were stored (summarizeStream): the meetings,
    // grouped by slot with a counting sort (slot s holds days[offsets[s] .. offsets[s + 1]),
    // attendees at the same positions plus M), then judged group by group.
    const { cells, stride: S, meetings } = this;
    const M = this.meetingCount;
    const offsets = new Int32Array(slotCount + 1);
    for (let m = 0; m < M; m++) (offsets[(meetings[3 * m] as number) + 1] as number)++;
    for (let s = 0; s < slotCount; s++) (offsets[s + 1] as number) += offsets[s] as number;
    const days = new Int32Array(2 * M);
    const next = offsets.slice(0, slotCount);
    for (let m = 0; m < M; m++) {
      const at = (next[meetings[3 * m] as number] as number)++;
      days[at] = meetings[3 * m + 1] as number;
      days[at + M] = meetings[3 * m + 2] as number;
    }
    for (let slot = 0; slot < slotCount; slot++) {
      if ((cells[slot * S + PLACE] as number) >= UNPLACED && cells[slot * S + ASSESSED] === 0) this.assess(slot, days, offsets[slot] as number, offsets[slot + 1] as number, M);
    }

    // Figures add up in buckets, one per place (a row, or UNPLACED) and kind of group, made on
    // first use: plain numbers in one array, no object per group.
    const stride = B_AGES + bands;
    const bucketOf = new Int32Array((rows.length + 1) * K).fill(-1);
    let acc = new Float64Array(stride * 64);
    let buckets = 0;
    const bucket = (place: number, kind: number): number => {
      const key = (place + 1) * K + kind;
      let b = bucketOf[key] as number;
      if (b < 0) {
        b = bucketOf[key] = buckets++;
        if (buckets * stride > acc.length) acc = grown(acc, acc.length * 2);
        acc[b * stride + B_MIN] = Number.POSITIVE_INFINITY;
        acc[b * stride + B_MAX] = Number.NEGATIVE_INFINITY;
      }
      return b * stride;
    };

    const unknownGroups: string[] = [];
    let unplaced = 0;
    for (let slot = 0; slot < slotCount; slot++) {
      const at = slot * S;
      const place = cells[at + PLACE] as number;
      if (place === UNSEEN) unknownGroups.push(this.ids[slot] as string);
      if (place < UNPLACED) continue;
      if (place === UNPLACED) unplaced++;
      const base = bucket(place, cells[at + KIND] as number);
      const members = cells[at + MEMBERS] as number;
      const max = cells[at + MAX_SIZE] as number;
      (acc[base + B_GROUPS] as number) += 1;
      (acc[base + B_MEMBERS] as number) += members;
      acc[base + B_MIN] = Math.min(acc[base + B_MIN] as number, members);
      acc[base + B_MAX] = Math.max(acc[base + B_MAX] as number, members);
      if (max >= 0) {
        (acc[base + B_CAPPED] as number) += members;
        (acc[base + B_CAPACITY] as number) += max;
      }
      for (let b = 0; b < bands; b++) (acc[base + B_AGES + b] as number) += cells[at + SLOT_AGES + b] as number;
      const judged = cells[at + ASSESSED] as number;
      if (judged < 2) continue;
      (acc[base + B_JUDGED] as number) += 1;
      if (judged === 3) (acc[base + B_COMPLIANT] as number) += 1;
      (acc[base + B_HELD] as number) += cells[at + HELD] as number;
      (acc[base + B_EXPECTED] as number) += cells[at + EXPECTED] as number;
      (acc[base + B_ATTENDEES] as number) += cells[at + ATTENDEES] as number;
      (acc[base + B_SLOTS] as number) += members * (cells[at + ATTENDED] as number);
    }

    // Wards and coverage, per place.
    const wards = new Float64Array(rows.length + 1);
    const wardsWithGroup = new Float64Array(rows.length + 1);
    this.unitList.forEach((unit, u) => {
      const place = this.unitPlace[u] as number;
      if (unit.kind !== "ward" || place === SKIPPED) return;
      (wards[place + 1] as number)++;
      const mask = this.wardKinds[u] as number;
      if (mask === 0) return;
      (wardsWithGroup[place + 1] as number)++;
      for (let kind = 0; kind < K; kind++) if ((mask & (1 << kind)) !== 0) (acc[bucket(place, kind) + B_WARDS_WITH_GROUP] as number)++;
    });

    const countsAt = (base: number): Counts => {
      const counts = zeroCounts(0);
      SUM_FIELDS.forEach((field, i) => {
        counts[field] = acc[base + i] as number;
      });
      counts.wards = 0; // per row, not per kind
      const none = counts.groups === 0;
      counts.minGroupSize = none ? null : (acc[base + B_MIN] as number);
      counts.maxGroupSize = none ? null : (acc[base + B_MAX] as number);
      counts.ageBands = Array.from(acc.subarray(base + B_AGES, base + stride));
      return counts;
    };
    const perKind = groupKind === undefined;
    const total: RowCounts = { unitId: null, name: "Total", all: zeroCounts(bands), byKind: perKind ? new Map() : undefined };
    const published: RowCounts[] = [];
    for (let place = UNPLACED; place < rows.length; place++) {
      const unit = rows[place];
      const row: RowCounts = { unitId: unit?.unitId ?? null, name: unit?.name ?? "", all: zeroCounts(bands), byKind: perKind ? new Map() : undefined };
      for (let kind = 0; kind < K; kind++) {
        const b = bucketOf[(place + 1) * K + kind] as number;
        if (b < 0) continue;
        const counts = countsAt(b * stride);
        addInto(row.all, counts);
        row.byKind?.set(kinds[kind] as GroupKind, counts);
        const totalKind = total.byKind?.get(kinds[kind] as GroupKind);
        if (totalKind === undefined) total.byKind?.set(kinds[kind] as GroupKind, { ...counts, ageBands: [...counts.ageBands] });
        else addInto(totalKind, counts);
      }
      row.all.wards = wards[place + 1] as number;
      row.all.wardsWithGroup = wardsWithGroup[place + 1] as number;
      addInto(total.all, row.all);
      if (unit !== undefined) published.push(row);
    }

    for (const groupId of unknownGroups.sort(compareIds)) {
      this.issues.push({
        code: "reference.unknown",
        severity: "error",
        message: `Memberships or meetings name the group "${groupId}", which is not in the data; they were left out.`,
        subject: { kind: "group", id: groupId },
        params: { id: groupId },
      });
    }

    const summarised: readonly (GroupKind | FederationKind)[] = groupKind === undefined ? kinds : [groupKind];
    return {
      format: "kudumbashree.summary",
      formatVersion: 1,
      level,
      groupKind: groupKind ?? null,
      asOf,
      recordsFrom: recordsFrom ?? null,
      ruleSets: summarised.flatMap((kind) => {
        const ruleSet = rules.get(kind);
        return ruleSet === undefined ? [] : [ruleSetKey(ruleSet)];
      }).sort(),
      ageBands: [...ageBands],
      suppressBelow: null,
      rows: published.sort((a, b) => compareIds(a.unitId as string, b.unitId as string)).map((row) => publishRow(row, labels)),
      total: publishRow(total, labels),
      unplaced,
      issues: sortIssues(this.issues),
    };
  }
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
