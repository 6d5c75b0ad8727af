// Internal: the one accumulator behind summarize (in memory) and summarizeStream. It keeps a
// few numbers per group in typed arrays (a "slot" per group id) and the day of each meeting,
// never anything per member, and no group record: what the summary needs of a group is worked
// out when the group arrives. A stream of 45 lakh memberships thus costs no memory per row,
// and summarising in memory allocates almost nothing per group or member.
import type { DatasetIndex } from "../dataset/indexDataset.js";
import type { Issue } from "../dataset/Issue.js";
import type { FederationKind } from "../entities/Federation.js";
import { type Group, GroupKind as GroupKinds, type GroupKind } from "../entities/Group.js";
import type { Meeting } from "../entities/Meeting.js";
import type { Membership } from "../entities/Membership.js";
import type { Person } from "../entities/Person.js";
import type { Unit, UnitKind } from "../entities/Unit.js";
import { isGroupActive, isMembershipActive } from "../internal/activity.js";
import { assessCadence } from "../internal/cadence.js";
import { ageCutoffs, checkedDayNumber, dateKey } from "../internal/calendar.js";
import type { MeetingCadence, RuleSet } from "../rules/RuleSet.js";
import { ruleSetKey } from "../rules/RuleSet.js";
import { ageBandLabels } from "./ageBands.js";
import type { Summary } from "./Summary.js";
import { addInto, type Counts, publishRow, type RowCounts, zeroCounts } from "./summaryRows.js";
import { sortIssues } from "./sortIssues.js";

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

// The figures of a bucket (one place and one kind of group) in finish, then its age bands.
const GROUPS = 0;
const MEMBERS = 1;
const MIN = 2;
const MAX = 3;
const CAPPED = 4;
const CAPACITY = 5;
const JUDGED = 6;
const COMPLIANT = 7;
const HELD = 8;
const EXPECTED = 9;
const ATTENDEES = 10;
const SLOTS = 11;
const WARDS_WITH_GROUP = 12;
const AGES = 13;

function grown<T extends Int32Array | Uint8Array | Float64Array>(array: T, length: number): T {
  const next = new (array.constructor as new (length: number) => T)(length);
  next.set(array);
  return next;
}

export class SummaryBuilder {
  private readonly slots = new Map<string, number>();
  private readonly ids: string[] = [];
  private capacity: number;
  // Per slot.
  private place: Int32Array;
  private kindOf: Uint8Array;
  private maxSize: Int32Array; // -1: no maximum
  private spanFrom: Int32Array; // cadence judged from, to (day numbers); from > to: not judged
  private spanTo: Int32Array;
  private members: Int32Array;
  private ages: Int32Array;
  // Per slot, the cadence as judged (by addIndexedGroup, or in finish from the stored meetings).
  private assessed: Uint8Array; // 0: not yet; 1: no full period; 2: judged, missed some; 3: judged, kept
  private held: Int32Array;
  private expected: Int32Array;
  private attendees: Int32Array;
  private attendedMeetings: Int32Array; // judged meetings with attendance recorded
  private scratch = new Int32Array(64);
  // Per meeting.
  private meetingCount = 0;
  private meetingSlot = new Int32Array(1024);
  private meetingDay = new Int32Array(1024);
  private meetingAttendees = new Int32Array(1024); // -1 where not recorded
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

  /** `expectedGroups` sizes the per-group arrays (they grow past it when needed). */
  constructor(
    private readonly units: DatasetIndex,
    private readonly options: BuilderOptions,
    expectedGroups = 1024,
  ) {
    this.capacity = Math.max(16, expectedGroups);
    this.place = new Int32Array(this.capacity).fill(UNSEEN);
    this.kindOf = new Uint8Array(this.capacity);
    this.maxSize = new Int32Array(this.capacity);
    this.spanFrom = new Int32Array(this.capacity);
    this.spanTo = new Int32Array(this.capacity);
    this.members = new Int32Array(this.capacity);
    this.assessed = new Uint8Array(this.capacity);
    this.held = new Int32Array(this.capacity);
    this.expected = new Int32Array(this.capacity);
    this.attendees = new Int32Array(this.capacity);
    this.attendedMeetings = new Int32Array(this.capacity);
    this.labels = ageBandLabels(options.ageBands);
    this.bands = this.labels.length;
    this.ages = new Int32Array(this.capacity * this.bands);
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
    if (slot === this.capacity) this.grow();
    this.ids.push(groupId);
    return slot;
  }

  private grow(): void {
    const capacity = this.capacity * 2;
    this.place = grown(this.place, capacity);
    this.place.fill(UNSEEN, this.capacity);
    this.kindOf = grown(this.kindOf, capacity);
    this.maxSize = grown(this.maxSize, capacity);
    this.spanFrom = grown(this.spanFrom, capacity);
    this.spanTo = grown(this.spanTo, capacity);
    this.members = grown(this.members, capacity);
    this.ages = grown(this.ages, capacity * this.bands);
    this.assessed = grown(this.assessed, capacity);
    this.held = grown(this.held, capacity);
    this.expected = grown(this.expected, capacity);
    this.attendees = grown(this.attendees, capacity);
    this.attendedMeetings = grown(this.attendedMeetings, capacity);
    this.capacity = capacity;
  }

  /**
   * Takes a group's record: where it is counted, its maximum size and the days its cadence is
   * judged over. Returns its slot, or -1 when a group with that id was added already.
   * `unique` says the caller passes every group once and its records only by slot (as summarize
   * does with an index, whose ids are unique): the group then gets a slot without a lookup.
   */
  addGroup(group: Group, unique = false): number {
    const slot = unique ? this.newSlot(group.id) : this.slot(group.id);
    if (this.place[slot] !== UNSEEN) return -1;
    const { groupKind, asOf, recordsFrom } = this.options;
    const u = this.unitIndex.get(group.unitId);
    const place = u === undefined ? SKIPPED : (this.unitPlace[u] as number);
    if (place === SKIPPED || (groupKind !== undefined && group.kind !== groupKind) || !isGroupActive(group, asOf)) {
      this.place[slot] = SKIPPED;
      return slot;
    }
    const kind = this.kindIndex.get(group.kind) as number;
    this.place[slot] = place;
    this.kindOf[slot] = kind;
    if ((this.unitList[u as number] as Unit).kind === "ward") (this.wardKinds[u as number] as number) |= 1 << kind;
    this.maxSize[slot] = (group.special === true ? this.specialMaxOf : this.maxOf)[kind] as number;
    // Cadence is judged from the later of formedOn and recordsFrom (ISO dates order as strings)
    // to the day before asOf or closedOn.
    const { formedOn, closedOn } = group;
    let from = 1;
    let to = 0;
    if (this.cadences[kind] !== undefined && (formedOn !== undefined || recordsFrom !== undefined)) {
      from = formedOn === undefined || (recordsFrom !== undefined && recordsFrom > formedOn) ? this.recordsFromDay : checkedDayNumber(formedOn);
      to = closedOn === undefined ? this.asOfDay - 1 : Math.min(this.asOfDay, checkedDayNumber(closedOn)) - 1;
    }
    this.spanFrom[slot] = from;
    this.spanTo[slot] = to;
    return slot;
  }

  addMembership(membership: Membership, dateOfBirth: string | undefined, known?: number): void {
    const slot = known ?? this.slot(membership.groupId);
    if (this.place[slot] === SKIPPED || membership.role === "resourcePerson" || !isMembershipActive(membership, this.options.asOf)) return;
    (this.members[slot] as number)++;
    (this.ages[slot * this.bands + this.bandOf(dateOfBirth)] as number)++;
  }

  /**
   * Takes a group with all its records at once, as summarize has them from an index (every
   * group once): the tight loop of the in-memory roll-up, over its memberships by position.
   */
  addIndexedGroup(group: Group, positions: readonly number[] | undefined, memberships: readonly Membership[], people: readonly (Person | undefined)[], meetings: readonly Meeting[] | undefined): void {
    const slot = this.addGroup(group, true);
    if (this.place[slot] === SKIPPED) return;
    if (positions !== undefined) {
      const { asOf } = this.options;
      const { ages, cutoffs } = this;
      const base = slot * this.bands;
      const unknown = base + this.bands - 1;
      let count = 0;
      for (let i = 0; i < positions.length; i++) {
        const position = positions[i] as number;
        const membership = memberships[position] as Membership;
        if (membership.role === "resourcePerson" || !isMembershipActive(membership, asOf)) continue;
        count++;
        const dateOfBirth = people[position]?.dateOfBirth;
        if (dateOfBirth === undefined) {
          (ages[unknown] as number)++;
          continue;
        }
        const key = dateKey(dateOfBirth);
        let band = 0;
        while (band < cutoffs.length && key <= (cutoffs[band] as number)) band++;
        (ages[base + band] as number)++;
      }
      (this.members[slot] as number) += count;
    }
    // Its cadence, judged now from its own meetings: nothing is stored per meeting.
    const count = meetings?.length ?? 0;
    if (this.scratch.length < 2 * count) this.scratch = new Int32Array(4 * count);
    const days = this.scratch;
    for (let i = 0; i < count; i++) {
      const meeting = (meetings as readonly Meeting[])[i] as Meeting;
      days[i] = checkedDayNumber(meeting.date);
      days[count + i] = meeting.attendeeIds === undefined ? -1 : meeting.attendeeIds.length;
    }
    this.assess(slot, days, 0, count, count);
  }

  /**
   * Judges a slot's cadence from its meetings: days in `days[start..end)`, attendees (or -1) at
   * the same positions plus `attendanceOffset`. Sorts the days (with their attendees) when needed.
   */
  private assess(slot: number, days: Int32Array, start: number, end: number, attendanceOffset: number): void {
    const cadence = this.cadences[this.kindOf[slot] as number];
    const from = this.spanFrom[slot] as number;
    const to = this.spanTo[slot] as number;
    this.assessed[slot] = 1;
    if (cadence === undefined || from > to) return;
    // Meetings usually come in date order; sort a group's days (with their attendees) only when
    // they did not.
    for (let i = start + 1; i < end; i++) {
      if ((days[i - 1] as number) > (days[i] as number)) {
        sortPairs(days, start, end, attendanceOffset);
        break;
      }
    }
    const assessment = assessCadence(cadence, from, to, days, false, start, end);
    if (assessment.periods === 0) return;
    this.assessed[slot] = assessment.missedCount === 0 ? 3 : 2;
    this.held[slot] = assessment.held;
    this.expected[slot] = assessment.periods * cadence.count;
    let attendees = 0;
    let attended = 0;
    for (let i = start; i < end; i++) {
      const day = days[i] as number;
      const recorded = days[i + attendanceOffset] as number;
      if (day < assessment.fromDay || day > assessment.toDay || recorded < 0) continue;
      attendees += recorded;
      attended++;
    }
    this.attendees[slot] = attendees;
    this.attendedMeetings[slot] = attended;
  }

  addMeeting(meeting: Meeting, known?: number): void {
    const slot = known ?? this.slot(meeting.groupId);
    if (this.place[slot] === SKIPPED) return;
    const n = this.meetingCount++;
    if (n === this.meetingSlot.length) {
      this.meetingSlot = grown(this.meetingSlot, n * 2);
      this.meetingDay = grown(this.meetingDay, n * 2);
      this.meetingAttendees = grown(this.meetingAttendees, n * 2);
    }
    this.meetingSlot[n] = slot;
    this.meetingDay[n] = checkedDayNumber(meeting.date);
    this.meetingAttendees[n] = meeting.attendeeIds === undefined ? -1 : meeting.attendeeIds.length;
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
    const M = this.meetingCount;
    const offsets = new Int32Array(slotCount + 1);
    for (let m = 0; m < M; m++) (offsets[(this.meetingSlot[m] as number) + 1] as number)++;
    for (let s = 0; s < slotCount; s++) (offsets[s + 1] as number) += offsets[s] as number;
    const days = new Int32Array(2 * M);
    const next = offsets.slice(0, slotCount);
    for (let m = 0; m < M; m++) {
      const at = (next[this.meetingSlot[m] as number] as number)++;
      days[at] = this.meetingDay[m] as number;
      days[at + M] = this.meetingAttendees[m] as number;
    }
    for (let slot = 0; slot < slotCount; slot++) {
      if ((this.place[slot] as number) >= UNPLACED && this.assessed[slot] === 0) this.assess(slot, days, offsets[slot] as number, offsets[slot + 1] as number, M);
    }

    // Figures add up in buckets, one per place (a row, or UNPLACED) and kind of group, made on
    // first use: plain numbers in one array, no object per group.
    const stride = AGES + bands;
    const bucketOf = new Int32Array((rows.length + 1) * K).fill(-1);
    let acc = new Float64Array(stride * 64);
    let buckets = 0;
    const bucket = (place: number, kind: number): number => {
      const key = (place + 1) * K + kind;
      let b = bucketOf[key] as number;
      if (b < 0) {
        b = bucketOf[key] = buckets++;
        if (buckets * stride > acc.length) acc = grown(acc, acc.length * 2);
        acc[b * stride + MIN] = Number.POSITIVE_INFINITY;
        acc[b * stride + MAX] = Number.NEGATIVE_INFINITY;
      }
      return b * stride;
    };

    const unknownGroups: string[] = [];
    let unplaced = 0;
    for (let slot = 0; slot < slotCount; slot++) {
      const place = this.place[slot] as number;
      if (place === UNSEEN) unknownGroups.push(this.ids[slot] as string);
      if (place < UNPLACED) continue;
      if (place === UNPLACED) unplaced++;
      const kind = this.kindOf[slot] as number;
      const base = bucket(place, kind);
      const members = this.members[slot] as number;
      const max = this.maxSize[slot] as number;
      (acc[base + GROUPS] as number) += 1;
      (acc[base + MEMBERS] as number) += members;
      if (members < (acc[base + MIN] as number)) acc[base + MIN] = members;
      if (members > (acc[base + MAX] as number)) acc[base + MAX] = members;
      if (max >= 0) {
        (acc[base + CAPPED] as number) += members;
        (acc[base + CAPACITY] as number) += max;
      }
      const ageBase = slot * bands;
      for (let b = 0; b < bands; b++) (acc[base + AGES + b] as number) += this.ages[ageBase + b] as number;

      const judged = this.assessed[slot] as number;
      if (judged < 2) continue;
      (acc[base + JUDGED] as number) += 1;
      if (judged === 3) (acc[base + COMPLIANT] as number) += 1;
      (acc[base + HELD] as number) += this.held[slot] as number;
      (acc[base + EXPECTED] as number) += this.expected[slot] as number;
      (acc[base + ATTENDEES] as number) += this.attendees[slot] as number;
      (acc[base + SLOTS] as number) += members * (this.attendedMeetings[slot] as number);
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
      for (let kind = 0; kind < K; kind++) if ((mask & (1 << kind)) !== 0) (acc[bucket(place, kind) + WARDS_WITH_GROUP] as number)++;
    });

    const countsAt = (base: number): Counts => {
      const groups = acc[base + GROUPS] as number;
      return {
        wards: 0,
        wardsWithGroup: acc[base + WARDS_WITH_GROUP] as number,
        groups,
        members: acc[base + MEMBERS] as number,
        minGroupSize: groups === 0 ? null : (acc[base + MIN] as number),
        maxGroupSize: groups === 0 ? null : (acc[base + MAX] as number),
        cappedMembers: acc[base + CAPPED] as number,
        capacity: acc[base + CAPACITY] as number,
        groupsJudged: acc[base + JUDGED] as number,
        groupsCompliant: acc[base + COMPLIANT] as number,
        meetingsHeld: acc[base + HELD] as number,
        meetingsExpected: acc[base + EXPECTED] as number,
        attendees: acc[base + ATTENDEES] as number,
        attendanceSlots: acc[base + SLOTS] as number,
        ageBands: Array.from(acc.subarray(base + AGES, base + stride)),
      };
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

/** Sorts `values[start..end)` ascending, moving `values[i + offset]` along with each `values[i]`. */
function sortPairs(values: Int32Array, start: number, end: number, offset: number): void {
  const order = Array.from({ length: end - start }, (_, i) => start + i).sort((a, b) => (values[a] as number) - (values[b] as number) || a - b);
  const keys = order.map((i) => values[i] as number);
  const partners = order.map((i) => values[i + offset] as number);
  keys.forEach((key, k) => {
    values[start + k] = key;
    values[start + k + offset] = partners[k] as number;
  });
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
