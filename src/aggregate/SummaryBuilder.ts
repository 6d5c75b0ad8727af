// Internal: the one accumulator behind summarize (in memory) and summarizeStream. It keeps state
// per unit and per group, never per member, so a stream of memberships costs no memory per row.
import type { DatasetIndex } from "../dataset/indexDataset.js";
import type { Issue } from "../dataset/Issue.js";
import type { FederationKind } from "../entities/Federation.js";
import { type Group, GroupKind as GroupKinds, type GroupKind } from "../entities/Group.js";
import type { Meeting } from "../entities/Meeting.js";
import type { Membership } from "../entities/Membership.js";
import type { UnitKind } from "../entities/Unit.js";
import { isGroupActive, isMembershipActive } from "../internal/activity.js";
import { assessCadence, cadenceSpan } from "../internal/cadence.js";
import { type CalendarDate, completedYears, isoDay, parseIsoDate } from "../internal/calendar.js";
import { sizeLimitsFor } from "../rules/checkGroupSize.js";
import { type RuleSet, ruleSetKey } from "../rules/RuleSet.js";
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

export interface GroupState {
  group: Group | undefined;
  members: number;
  ages: number[] | undefined;
  meetingDays: number[];
  meetingAttendees: number[] | undefined; // made at the first meeting with attendance; -1 where not recorded
}

export class SummaryBuilder {
  private readonly groups = new Map<string, GroupState>();
  private readonly asOfDate: CalendarDate;
  private readonly labels: string[];
  readonly issues: Issue[] = [];

  constructor(
    private readonly units: DatasetIndex,
    private readonly options: BuilderOptions,
  ) {
    this.asOfDate = parseIsoDate(options.asOf) as CalendarDate;
    this.labels = ageBandLabels(options.ageBands);
  }

  /** The running state of a group, to pass to {@link addMembership} for a group's many memberships. */
  state(groupId: string): GroupState {
    let state = this.groups.get(groupId);
    if (state === undefined) {
      state = { group: undefined, members: 0, ages: undefined, meetingDays: [], meetingAttendees: undefined };
      this.groups.set(groupId, state);
    }
    return state;
  }

  /** Returns false when a group with that id was added already. */
  addGroup(group: Group): boolean {
    const state = this.state(group.id);
    if (state.group !== undefined) return false;
    state.group = group;
    return true;
  }

  addMembership(membership: Membership, dateOfBirth: string | undefined, known?: GroupState): void {
    const state = known ?? this.state(membership.groupId);
    if (membership.role === "resourcePerson" || !isMembershipActive(membership, this.options.asOf)) return;
    state.members++;
    if (state.ages === undefined) state.ages = new Array<number>(this.labels.length).fill(0);
    (state.ages[this.bandOf(dateOfBirth)] as number)++;
  }

  addMeeting(meeting: Meeting): void {
    const state = this.state(meeting.groupId);
    state.meetingDays.push(isoDay(meeting.date));
    if (meeting.attendeeIds !== undefined && state.meetingAttendees === undefined) state.meetingAttendees = new Array<number>(state.meetingDays.length - 1).fill(-1);
    state.meetingAttendees?.push(meeting.attendeeIds === undefined ? -1 : meeting.attendeeIds.length);
  }

  private bandOf(dateOfBirth: string | undefined): number {
    const bounds = this.options.ageBands;
    const birth = dateOfBirth === undefined ? undefined : parseIsoDate(dateOfBirth);
    if (birth === undefined) return bounds.length + 1; // unknown
    const age = completedYears(birth, this.asOfDate);
    let band = 0;
    while (band < bounds.length && age >= (bounds[band] as number)) band++;
    return band;
  }

  finish(): Summary {
    const { level, groupKind, asOf, recordsFrom, rules, ageBands } = this.options;
    const labels = this.labels;
    const perKind = groupKind === undefined;
    const newRow = (unitId: string | null, name: string): RowCounts => ({
      unitId,
      name,
      all: zeroCounts(labels.length),
      byKind: perKind ? new Map() : undefined,
    });
    const rows = new Map<string, RowCounts>();
    for (const unit of this.units.units.values()) {
      if (unit.kind === level && !this.units.brokenUnits.has(unit.id)) rows.set(unit.id, newRow(unit.id, unit.name));
    }
    const total = newRow(null, "Total");
    const rowOf = (unitId: string): RowCounts | undefined => {
      const at = this.units.ancestry.get(unitId)?.get(level);
      return at === undefined ? undefined : rows.get(at);
    };
    const kindCounts = (row: RowCounts, kind: GroupKind): Counts | undefined => {
      if (row.byKind === undefined) return undefined;
      let counts = row.byKind.get(kind);
      if (counts === undefined) row.byKind.set(kind, (counts = zeroCounts(labels.length)));
      return counts;
    };

    const wardKinds = new Map<string, Set<GroupKind>>();
    let unplaced = 0;
    const unknownGroups: string[] = [];
    for (const [groupId, state] of this.groups) {
      const group = state.group;
      if (group === undefined) {
        unknownGroups.push(groupId);
        continue;
      }
      if (groupKind !== undefined && group.kind !== groupKind) continue;
      const unit = this.units.units.get(group.unitId);
      if (unit === undefined || this.units.brokenUnits.has(unit.id) || !isGroupActive(group, asOf)) continue;
      const counts = this.groupCounts(group, state, rules.get(group.kind), labels.length);
      if (unit.kind === "ward") {
        const kinds = wardKinds.get(unit.id);
        if (kinds === undefined) wardKinds.set(unit.id, new Set([group.kind]));
        else kinds.add(group.kind);
      }
      const row = rowOf(unit.id);
      for (const target of row === undefined ? [total] : [row, total]) {
        addInto(target.all, counts);
        const byKind = kindCounts(target, group.kind);
        if (byKind !== undefined) addInto(byKind, counts);
      }
      if (row === undefined) unplaced++;
    }

    for (const unit of this.units.units.values()) {
      if (unit.kind !== "ward" || this.units.brokenUnits.has(unit.id)) continue;
      const kinds = wardKinds.get(unit.id);
      const row = rowOf(unit.id);
      for (const target of row === undefined ? [total] : [row, total]) {
        target.all.wards++;
        if (kinds === undefined) continue;
        target.all.wardsWithGroup++;
        for (const kind of kinds) {
          const byKind = kindCounts(target, kind);
          if (byKind !== undefined) byKind.wardsWithGroup++;
        }
      }
    }

    for (const groupId of unknownGroups.sort()) {
      this.issues.push({
        code: "reference.unknown",
        severity: "error",
        message: `Memberships or meetings name the group "${groupId}", which is not in the data; they were left out.`,
        subject: { kind: "group", id: groupId },
        params: { id: groupId },
      });
    }

    const kinds: readonly (GroupKind | FederationKind)[] = groupKind === undefined ? GroupKinds.options : [groupKind];
    return {
      format: "kudumbashree.summary",
      formatVersion: 1,
      level,
      groupKind: groupKind ?? null,
      asOf,
      recordsFrom: recordsFrom ?? null,
      ruleSets: kinds.flatMap((kind) => {
        const ruleSet = rules.get(kind);
        return ruleSet === undefined ? [] : [ruleSetKey(ruleSet)];
      }).sort(),
      ageBands: [...ageBands],
      suppressBelow: null,
      rows: [...rows.keys()].sort(compareIds).map((id) => publishRow(rows.get(id) as RowCounts, labels)),
      total: publishRow(total, labels),
      unplaced,
      issues: sortIssues(this.issues),
    };
  }

  private groupCounts(group: Group, state: GroupState, ruleSet: RuleSet | undefined, bands: number): Counts {
    const counts = zeroCounts(bands);
    counts.groups = 1;
    counts.members = state.members;
    counts.minGroupSize = state.members;
    counts.maxGroupSize = state.members;
    if (state.ages !== undefined) counts.ageBands = state.ages;
    const max = ruleSet === undefined ? undefined : sizeLimitsFor(ruleSet, group.special)?.max;
    if (max !== undefined) {
      counts.cappedMembers = state.members;
      counts.capacity = max;
    }
    const cadence = ruleSet?.meetings;
    const span = cadence === undefined ? undefined : cadenceSpan(group, this.options.asOf, this.options.recordsFrom);
    if (cadence !== undefined && span !== undefined) {
      const days = Float64Array.from(state.meetingDays).sort();
      const assessment = assessCadence(cadence, span.fromDay, span.toDay, days);
      if (assessment.periods > 0) {
        counts.groupsJudged = 1;
        counts.groupsCompliant = assessment.missedCount === 0 ? 1 : 0;
        counts.meetingsHeld = assessment.held;
        counts.meetingsExpected = assessment.periods * cadence.count;
        const recorded = state.meetingAttendees ?? [];
        for (let i = 0; i < recorded.length; i++) {
          const day = state.meetingDays[i] as number;
          const attendees = recorded[i] as number;
          if (day < assessment.fromDay || day > assessment.toDay || attendees < 0) continue;
          counts.attendees += attendees;
          counts.attendanceSlots += state.members;
        }
      }
    }
    return counts;
  }
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
