import type { GroupKind } from "../entities/Group.js";
import { rangeError } from "../internal/errors.js";
import { sortIssues } from "../issues/sortIssues.js";
import { compareIds } from "../rules/definitions/compareIds.js";
import { ageBandLabels } from "./ageBands.js";
import type { Summary, SummaryRow } from "./Summary.js";
import { addInto, type Counts, countsOf, publishRow, type RowCounts } from "./summaryRows.js";

/**
 * Combines the summaries of disjoint parts (each district's, each partner state's) into the
 * summary of the whole, without seeing a member record: counts add up, smallest and largest
 * group sizes take the min and max, and every ratio is derived again from the merged counts,
 * never averaged twice. Merging is associative and commutative, with {@link emptySummary} as its
 * identity. The parts must not share wards: a ward's groups belong to one part.
 *
 * @param a - A summary.
 * @param b - Another, made with the same level, group kind, date, records start, rule sets and age bands.
 * @returns The merged summary.
 * @throws RangeError when the summaries were made differently (another level, date, rule set
 *   version, ...), are suppressed, or name one unit differently.
 *
 * @example
 * ```ts
 * import { mergeSummaries, summarize } from "@kudumbashree/domain";
 *
 * const part = (district: string, members: number) =>
 *   summarize(
 *     {
 *       schemaVersion: 1,
 *       units: [
 *         { id: "KL", kind: "state", name: "Kerala" },
 *         { id: district, kind: "district", name: district, parentId: "KL" },
 *         { id: `${district}-w1`, kind: "ward", name: "Ward 1", parentId: district },
 *       ],
 *       people: Array.from({ length: members }, (_, i) => ({
 *         id: `${district}-p${i}`,
 *         gender: "female" as const,
 *         dateOfBirth: "2000-01-01",
 *       })),
 *       groups: [{ id: `${district}-g1`, kind: "auxiliaryGroup", unitId: `${district}-w1` }],
 *       memberships: Array.from({ length: members }, (_, i) => ({
 *         groupId: `${district}-g1`,
 *         personId: `${district}-p${i}`,
 *         role: "member" as const,
 *       })),
 *     },
 *     { level: "state", groupKind: "auxiliaryGroup", asOf: "2021-11-18" },
 *   );
 * const kerala = mergeSummaries(part("TVM", 10), part("KLM", 20));
 * [kerala.rows[0]?.groups, kerala.rows[0]?.members, kerala.rows[0]?.meanGroupSize, kerala.rows[0]?.minGroupSize];
 * //=> [2, 30, 15, 10]
 * ```
 */
export function mergeSummaries(a: Summary, b: Summary): Summary {
  if (a.suppressBelow !== null || b.suppressBelow !== null) {
    throw rangeError("suppressed summaries cannot be merged; merge the parts, then suppress the result");
  }
  if (a.level === null)
    return b.level === null ? { ...a, issues: sortIssues([...a.issues, ...b.issues]) } : withIssues(b, a);
  if (b.level === null) return withIssues(a, b);
  for (const field of ["level", "groupKind", "asOf", "recordsFrom", "ruleSets", "ageBands"] as const) {
    const left = JSON.stringify(a[field]);
    const right = JSON.stringify(b[field]);
    if (left !== right) throw rangeError(`cannot merge summaries made with different ${field} (${left} and ${right})`);
  }
  const labels = ageBandLabels(a.ageBands ?? []);
  const rows = new Map<string, RowCounts>();
  for (const row of [...a.rows, ...b.rows]) {
    const id = row.unitId as string;
    const existing = rows.get(id);
    if (existing === undefined) {
      rows.set(id, toRowCounts(row, labels));
      continue;
    }
    if (existing.name !== row.name)
      throw rangeError(
        `cannot merge summaries that name unit "${id}" differently ("${existing.name}" and "${row.name}")`,
      );
    addRow(existing, row, labels);
  }
  const total = toRowCounts(a.total, labels);
  addRow(total, b.total, labels);
  return {
    ...a,
    rows: [...rows.keys()].sort(compareIds).map((id) => publishRow(rows.get(id) as RowCounts, labels)),
    total: publishRow(total, labels),
    unplaced: a.unplaced + b.unplaced,
    issues: sortIssues([...a.issues, ...b.issues]),
  };
}

function withIssues(summary: Summary, empty: Summary): Summary {
  return empty.issues.length === 0 ? summary : { ...summary, issues: sortIssues([...summary.issues, ...empty.issues]) };
}

function toRowCounts(row: SummaryRow, labels: readonly string[]): RowCounts {
  const byKind = row.byKind === undefined ? undefined : new Map<GroupKind, Counts>();
  for (const [kind, counts] of Object.entries(row.byKind ?? {}))
    byKind?.set(kind as GroupKind, countsOf(counts, labels));
  return { unitId: row.unitId, name: row.name, all: countsOf(row, labels), byKind };
}

function addRow(into: RowCounts, row: SummaryRow, labels: readonly string[]): void {
  addInto(into.all, countsOf(row, labels));
  for (const [kind, counts] of Object.entries(row.byKind ?? {})) {
    const existing = into.byKind?.get(kind as GroupKind);
    if (existing === undefined) into.byKind?.set(kind as GroupKind, countsOf(counts, labels));
    else addInto(existing, countsOf(counts, labels));
  }
}
