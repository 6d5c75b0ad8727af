// An oracle for the group and member figures of a summary, written without any code of the
// library: plain Maps filled straight from the records, following docs/aggregation.md ("What
// counts"). Tests compare summaries (whole, merged, streamed, printed by the CLI) against it, so
// that a change in what summarize counts as active, as a member or as under a unit fails them;
// comparing summaries only with other summaries cannot catch that.
//
// - A group counts when it is of the summary's kind (when one is given) and active on asOf:
//   formedOn <= asOf (or no formedOn) and asOf < closedOn (or no closedOn).
// - It counts in the row of the unit of `level` met walking up parentId from its own unit (that
//   unit included); with none on the way, in the total only, and in `unplaced`.
// - Each membership row of a counted group counts as one member when its role is not
//   "resourcePerson" and it is active on asOf: (no from or from <= asOf) and (no to or
//   asOf <= to). Two rows of one person in one group count twice, as summarize counts them.
// - Every unit of `level` has a row, with zeros when no group counts in it. `byKind` (only
//   without a groupKind) holds the kinds with at least one counted group in the row.
//
// The oracle is for data that parseDataset accepts: it throws on an unknown unit or group and on
// a loop of parents instead of guessing what summarize leaves out.
import type { Summary, SummaryCounts } from "../../src/index.js";

/** The records the oracle reads: what a dataset or its CSV files hold, optional fields possibly absent. */
export interface OracleInput {
  readonly units: readonly { readonly id: string; readonly kind: string; readonly parentId?: string | undefined }[];
  readonly groups: readonly {
    readonly id: string;
    readonly kind: string;
    readonly unitId: string;
    readonly formedOn?: string | undefined;
    readonly closedOn?: string | undefined;
  }[];
  readonly memberships: readonly {
    readonly groupId: string;
    readonly role: string;
    readonly from?: string | undefined;
    readonly to?: string | undefined;
  }[];
}

export interface OracleOptions {
  readonly level: string;
  readonly asOf: string;
  readonly groupKind?: string | undefined;
}

/** Groups, members, and the sizes of the smallest and largest group (null without groups). */
export interface Figures {
  groups: number;
  members: number;
  minGroupSize: number | null;
  maxGroupSize: number | null;
}

export interface RowFigures extends Figures {
  /** Per kind of group; absent when the summary is of one kind. */
  byKind?: Map<string, Figures>;
}

export interface OracleFigures {
  /** Keyed by the unit id of each row. */
  readonly rows: Map<string, RowFigures>;
  readonly total: RowFigures;
  readonly unplaced: number;
}

const zero = (): Figures => ({ groups: 0, members: 0, minGroupSize: null, maxGroupSize: null });
const newRow = (perKind: boolean): RowFigures => (perKind ? { ...zero(), byKind: new Map() } : zero());

function addGroup(figures: Figures, members: number): void {
  figures.groups += 1;
  figures.members += members;
  figures.minGroupSize = figures.minGroupSize === null ? members : Math.min(figures.minGroupSize, members);
  figures.maxGroupSize = figures.maxGroupSize === null ? members : Math.max(figures.maxGroupSize, members);
}

function addToRow(row: RowFigures, kind: string, members: number): void {
  addGroup(row, members);
  if (row.byKind === undefined) return;
  let ofKind = row.byKind.get(kind);
  if (ofKind === undefined) row.byKind.set(kind, (ofKind = zero()));
  addGroup(ofKind, members);
}

/** Counts groups and members per unit of `options.level` and in total, as docs/aggregation.md defines them. */
export function countByUnit(data: OracleInput, options: OracleOptions): OracleFigures {
  const { level, asOf, groupKind } = options;
  const unitById = new Map(data.units.map((unit) => [unit.id, unit]));

  // The unit of `level` above a unit (the unit itself included), or undefined.
  const rowUnitOf = (unitId: string): string | undefined => {
    const seen = new Set<string>();
    let unit = unitById.get(unitId);
    if (unit === undefined) throw new Error(`oracle: unknown unit ${unitId}`);
    while (unit !== undefined) {
      if (seen.has(unit.id)) throw new Error(`oracle: the parents of ${unitId} loop`);
      seen.add(unit.id);
      if (unit.kind === level) return unit.id;
      unit = unit.parentId === undefined ? undefined : unitById.get(unit.parentId);
    }
    return undefined;
  };

  // The counted groups and their members.
  const counted = new Map<string, { kind: string; row: string | undefined; members: number }>();
  const knownGroups = new Set<string>();
  for (const group of data.groups) {
    knownGroups.add(group.id);
    const row = rowUnitOf(group.unitId);
    if (groupKind !== undefined && group.kind !== groupKind) continue;
    const formed = group.formedOn === undefined || group.formedOn <= asOf;
    const open = group.closedOn === undefined || asOf < group.closedOn;
    if (formed && open) counted.set(group.id, { kind: group.kind, row, members: 0 });
  }
  for (const membership of data.memberships) {
    if (!knownGroups.has(membership.groupId)) throw new Error(`oracle: unknown group ${membership.groupId}`);
    const group = counted.get(membership.groupId);
    if (group === undefined || membership.role === "resourcePerson") continue;
    const started = membership.from === undefined || membership.from <= asOf;
    const notEnded = membership.to === undefined || asOf <= membership.to;
    if (started && notEnded) group.members += 1;
  }

  const perKind = groupKind === undefined;
  const rows = new Map<string, RowFigures>();
  for (const unit of data.units) if (unit.kind === level) rows.set(unit.id, newRow(perKind));
  const total = newRow(perKind);
  let unplaced = 0;
  for (const group of counted.values()) {
    addToRow(total, group.kind, group.members);
    if (group.row === undefined) unplaced += 1;
    else addToRow(rows.get(group.row) as RowFigures, group.kind, group.members);
  }
  return { rows, total, unplaced };
}

function figuresOfCounts(counts: SummaryCounts): Figures {
  return {
    groups: counts.groups as number,
    members: counts.members as number,
    minGroupSize: counts.minGroupSize,
    maxGroupSize: counts.maxGroupSize,
  };
}

function figuresOfRow(row: Summary["total"]): RowFigures {
  const figures: RowFigures = figuresOfCounts(row);
  if (row.byKind !== undefined)
    figures.byKind = new Map(
      Object.entries(row.byKind).map(([kind, counts]) => [kind, figuresOfCounts(counts as SummaryCounts)]),
    );
  return figures;
}

/** The same figures read from a summary, to compare with {@link countByUnit} using `toEqual`. */
export function figuresOf(summary: Summary): OracleFigures {
  return {
    rows: new Map(summary.rows.map((row) => [row.unitId as string, figuresOfRow(row)])),
    total: figuresOfRow(summary.total),
    unplaced: summary.unplaced as number, // the oracle compares unsuppressed summaries only
  };
}
