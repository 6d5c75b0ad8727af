// Internal arithmetic on summary counts, shared by summarize, the stream, merge and suppression.
import { FederationKind } from "../entities/Federation.js";
import type { GroupKind } from "../entities/Group.js";
import type { Summary, SummaryCounts, SummaryRatios, SummaryRow, SuppressedSummary } from "./Summary.js";

/** A summary of either type, as the code that reads summaries handed in sees it. @internal */
export type AnySummary = Summary | SuppressedSummary;

/** Mutable counts while a summary is built. @internal */
export interface Counts {
  wards: number;
  villages: number;
  wardsWithGroup: number;
  villagesWithGroup: number;
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
  groupsFederated: number;
  /** By position in `FederationKind.options`. */
  federations: number[];
  ageBands: number[];
}

/** The additive fields, in output order. @internal */
export const SUM_FIELDS = [
  "wards",
  "villages",
  "wardsWithGroup",
  "villagesWithGroup",
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
  "groupsFederated",
] as const;

/** One of {@link SUM_FIELDS}. @internal */
export type SumField = (typeof SUM_FIELDS)[number];

export function zeroCounts(bands: number): Counts {
  return {
    wards: 0,
    villages: 0,
    wardsWithGroup: 0,
    villagesWithGroup: 0,
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
    groupsFederated: 0,
    federations: new Array<number>(FederationKind.options.length).fill(0),
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
  for (let i = 0; i < into.federations.length; i++) (into.federations[i] as number) += from.federations[i] ?? 0;
  for (let i = 0; i < into.ageBands.length; i++) (into.ageBands[i] as number) += from.ageBands[i] ?? 0;
}

/** Reads published counts back into mutable counts (for merging, of summaries that are not suppressed). */
export function countsOf(row: SummaryCounts, labels: readonly string[]): Counts {
  const counts = zeroCounts(labels.length);
  for (const field of SUM_FIELDS) counts[field] = row[field];
  counts.minGroupSize = row.minGroupSize;
  counts.maxGroupSize = row.maxGroupSize;
  FederationKind.options.forEach((kind, i) => {
    counts.federations[i] = row.federations[kind] ?? 0;
  });
  labels.forEach((label, i) => {
    counts.ageBands[i] = row.ageBands[label] ?? 0;
  });
  return counts;
}

/**
 * Every ratio of a row, in output order, with the counts it divides: the sum of the first list
 * over the sum of the second. The one definition that publishing, checking a summary handed in
 * and suppression all read. @internal
 */
export const RATIO_DEFINITIONS = [
  ["meanGroupSize", ["members"], ["groups"]],
  ["coverage", ["wardsWithGroup", "villagesWithGroup"], ["wards", "villages"]],
  ["capacityUse", ["cappedMembers"], ["capacity"]],
  ["meetingCompliance", ["groupsCompliant"], ["groupsJudged"]],
  ["attendanceRate", ["attendees"], ["attendanceSlots"]],
  ["federatedShare", ["groupsFederated"], ["groups"]],
] as const satisfies readonly (readonly [keyof SummaryRatios, readonly SumField[], readonly SumField[]])[];

/**
 * The sum of some counts, added from 0 in the order given (so that a ratio is computed the same
 * way wherever it is checked); `null` when any of them is `null`. @internal
 */
export function sumOf(values: Readonly<Record<SumField, number | null>>, fields: readonly SumField[]): number | null {
  let sum = 0;
  for (const field of fields) {
    const value = values[field];
    if (value === null) return null;
    sum += value;
  }
  return sum;
}

/** A ratio as summaries publish it: `null` when the denominator is 0. @internal */
export const ratioOf = (numerator: number, denominator: number): number | null =>
  denominator === 0 ? null : numerator / denominator;

/** The counts of a row in output order: the additive ones, the smallest and largest group after members. @internal */
export const COUNT_FIELDS = [
  "wards",
  "villages",
  "wardsWithGroup",
  "villagesWithGroup",
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
  "groupsFederated",
] as const satisfies readonly (keyof SummaryCounts)[];

export function ratiosOf(counts: Counts): SummaryRatios {
  const ratios: Record<string, number | null> = {};
  for (const [name, numerators, denominators] of RATIO_DEFINITIONS) {
    ratios[name] = ratioOf(sumOf(counts, numerators) as number, sumOf(counts, denominators) as number);
  }
  return ratios as unknown as SummaryRatios;
}

export function publishCounts(counts: Counts, labels: readonly string[]): SummaryCounts & SummaryRatios {
  const ageBands: Record<string, number> = {};
  labels.forEach((label, i) => {
    ageBands[label] = counts.ageBands[i] ?? 0;
  });
  const federations: Partial<Record<FederationKind, number>> = {};
  FederationKind.options.forEach((kind, i) => {
    const count = counts.federations[i] ?? 0;
    if (count > 0) federations[kind] = count;
  });
  return {
    wards: counts.wards,
    villages: counts.villages,
    wardsWithGroup: counts.wardsWithGroup,
    villagesWithGroup: counts.villagesWithGroup,
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
    federations,
    groupsFederated: counts.groupsFederated,
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
    // Every kind is measured against all the unit's wards and villages, and shows its federations.
    counts.wards = row.all.wards;
    counts.villages = row.all.villages;
    counts.federations = [...row.all.federations];
    byKind[kind] = publishCounts(counts, labels);
  }
  return { ...published, byKind };
}
