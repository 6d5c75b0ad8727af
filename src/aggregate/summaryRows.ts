// Internal arithmetic on summary counts, shared by summarize, the stream, merge and suppression.
import type { GroupKind } from "../entities/Group.js";
import type { SummaryCounts, SummaryRatios, SummaryRow } from "./Summary.js";

/** Mutable counts while a summary is built. @internal */
export interface Counts {
  wards: number;
  wardsWithGroup: number;
  groups: number;
  members: number;
  minGroupSize: number | null;
  maxGroupSize: number | null;
  cappedMembers: number;
  capacity: number;
  groupsJudged: number;
  groupsCompliant: number;
  meetingsHeld: number;
  meetingsExpected: number;
  attendees: number;
  attendanceSlots: number;
  ageBands: number[];
}

/** The additive fields, in output order. @internal */
export const SUM_FIELDS = [
  "wards",
  "wardsWithGroup",
  "groups",
  "members",
  "cappedMembers",
  "capacity",
  "groupsJudged",
  "groupsCompliant",
  "meetingsHeld",
  "meetingsExpected",
  "attendees",
  "attendanceSlots",
] as const;

export function zeroCounts(bands: number): Counts {
  return {
    wards: 0,
    wardsWithGroup: 0,
    groups: 0,
    members: 0,
    minGroupSize: null,
    maxGroupSize: null,
    cappedMembers: 0,
    capacity: 0,
    groupsJudged: 0,
    groupsCompliant: 0,
    meetingsHeld: 0,
    meetingsExpected: 0,
    attendees: 0,
    attendanceSlots: 0,
    ageBands: new Array<number>(bands).fill(0),
  };
}

const minOf = (a: number | null, b: number | null) => (a === null ? b : b === null ? a : Math.min(a, b));
const maxOf = (a: number | null, b: number | null) => (a === null ? b : b === null ? a : Math.max(a, b));

/** Adds `from` into `into`. */
export function addInto(into: Counts, from: Counts): void {
  for (const field of SUM_FIELDS) into[field] += from[field];
  into.minGroupSize = minOf(into.minGroupSize, from.minGroupSize);
  into.maxGroupSize = maxOf(into.maxGroupSize, from.maxGroupSize);
  for (let i = 0; i < into.ageBands.length; i++) (into.ageBands[i] as number) += from.ageBands[i] ?? 0;
}

/** Reads published counts back into mutable counts (for merging); refuses blanked ones. */
export function countsOf(row: SummaryCounts, labels: readonly string[]): Counts {
  const counts = zeroCounts(labels.length);
  for (const field of SUM_FIELDS) counts[field] = row[field] ?? 0;
  counts.minGroupSize = row.minGroupSize;
  counts.maxGroupSize = row.maxGroupSize;
  labels.forEach((label, i) => {
    counts.ageBands[i] = row.ageBands[label] ?? 0;
  });
  return counts;
}

/**
 * Every ratio of a row, in output order, with the counts it divides: the one definition that
 * publishing, checking a summary handed in and suppression all read. @internal
 */
export const RATIO_DEFINITIONS = [
  ["meanGroupSize", "members", "groups"],
  ["coverage", "wardsWithGroup", "wards"],
  ["capacityUse", "cappedMembers", "capacity"],
  ["meetingCompliance", "groupsCompliant", "groupsJudged"],
  ["attendanceRate", "attendees", "attendanceSlots"],
] as const satisfies readonly (readonly [
  keyof SummaryRatios,
  (typeof SUM_FIELDS)[number],
  (typeof SUM_FIELDS)[number],
])[];

/** The counts of a row in output order: the additive ones, the smallest and largest group after members. @internal */
export const COUNT_FIELDS = [
  "wards",
  "wardsWithGroup",
  "groups",
  "members",
  "minGroupSize",
  "maxGroupSize",
  "cappedMembers",
  "capacity",
  "groupsJudged",
  "groupsCompliant",
  "meetingsHeld",
  "meetingsExpected",
  "attendees",
  "attendanceSlots",
] as const satisfies readonly (keyof SummaryCounts)[];

export function ratiosOf(counts: Counts): SummaryRatios {
  const ratios: Record<string, number | null> = {};
  for (const [name, numerator, denominator] of RATIO_DEFINITIONS) {
    ratios[name] = counts[denominator] === 0 ? null : counts[numerator] / counts[denominator];
  }
  return ratios as unknown as SummaryRatios;
}

export function publishCounts(counts: Counts, labels: readonly string[]): SummaryCounts & SummaryRatios {
  const ageBands: Record<string, number> = {};
  labels.forEach((label, i) => {
    ageBands[label] = counts.ageBands[i] ?? 0;
  });
  return {
    wards: counts.wards,
    wardsWithGroup: counts.wardsWithGroup,
    groups: counts.groups,
    members: counts.members,
    minGroupSize: counts.minGroupSize,
    maxGroupSize: counts.maxGroupSize,
    cappedMembers: counts.cappedMembers,
    capacity: counts.capacity,
    groupsJudged: counts.groupsJudged,
    groupsCompliant: counts.groupsCompliant,
    meetingsHeld: counts.meetingsHeld,
    meetingsExpected: counts.meetingsExpected,
    attendees: counts.attendees,
    attendanceSlots: counts.attendanceSlots,
    ageBands,
    ...ratiosOf(counts),
  };
}

/** A row and its per-kind breakdown while being built. */
export interface RowCounts {
  readonly unitId: string | null;
  readonly name: string;
  readonly all: Counts;
  readonly byKind: Map<GroupKind, Counts> | undefined;
}

export function publishRow(row: RowCounts, labels: readonly string[]): SummaryRow {
  const published: SummaryRow = { unitId: row.unitId, name: row.name, ...publishCounts(row.all, labels) };
  if (row.byKind === undefined) return published;
  const byKind: Partial<Record<GroupKind, SummaryCounts & SummaryRatios>> = {};
  for (const kind of [...row.byKind.keys()].sort()) {
    const counts = row.byKind.get(kind) as Counts;
    counts.wards = row.all.wards; // every kind is measured against all the unit's wards
    byKind[kind] = publishCounts(counts, labels);
  }
  return { ...published, byKind };
}
