import { rangeError } from "../internal/errors.js";
import { requireWholeNumber } from "../internal/guards.js";
import { pure } from "../internal/pure.js";
import type { Summary, SummaryCounts, SummaryRatios, SummaryRow } from "./Summary.js";
import { SUM_FIELDS } from "./summaryRows.js";

const COUNT_FIELDS = pure(() => [...SUM_FIELDS, "minGroupSize", "maxGroupSize"] as const);

/** Each ratio and the counts it is derived from: blanking a count blanks the ratio. */
const RATIO_INPUTS: Record<keyof SummaryRatios, readonly (keyof SummaryCounts)[]> = {
  meanGroupSize: ["members", "groups"],
  coverage: ["wardsWithGroup", "wards"],
  capacityUse: ["cappedMembers", "capacity"],
  meetingCompliance: ["groupsCompliant", "groupsJudged"],
  attendanceRate: ["attendees", "attendanceSlots"],
};

/**
 * Blanks every count from 1 to `k - 1` (and every ratio derived from one) for publication, as
 * tables about groups in which women discuss violence at home must not point at a few people.
 * A blanked value becomes `null` and its name is listed in the row's `suppressed`. Zeros are kept.
 *
 * Suppress only what you publish: a suppressed summary cannot be merged (merge the parts first).
 * Totals are blanked by the same rule, but no complementary suppression is done: where a total
 * and all but one row are shown, the last row can be worked out.
 *
 * @param summary - A summary that was not suppressed yet.
 * @param k - The smallest count that may be shown, a whole number >= 1.
 * @returns A new summary with `suppressBelow: k`.
 * @throws RangeError when `k` is not a whole number >= 1 or the summary is suppressed already.
 *
 * @example
 * ```ts
 * import { summarize, suppressSummary } from "@kudumbashree/domain";
 *
 * const summary = summarize(
 *   {
 *     schemaVersion: 1,
 *     units: [{ id: "w1", kind: "ward", name: "Ward 1" }],
 *     people: [{ id: "p1", gender: "female" }, { id: "p2", gender: "female" }, { id: "p3", gender: "female" }],
 *     groups: [{ id: "g1", kind: "auxiliaryGroup", unitId: "w1" }],
 *     memberships: ["p1", "p2", "p3"].map((personId) => ({ groupId: "g1", personId, role: "member" as const })),
 *   },
 *   { level: "ward", groupKind: "auxiliaryGroup", asOf: "2021-11-06" },
 * );
 * const [ward] = suppressSummary(summary, 5).rows;
 * [ward?.groups, ward?.members, ward?.meanGroupSize, ward?.capacity];
 * //=> [null, null, null, 50]
 * ward?.suppressed?.includes("members");
 * //=> true
 * ```
 */
export function suppressSummary(summary: Summary, k: number): Summary {
  requireWholeNumber(k, "the suppression threshold", 1);
  if (summary.suppressBelow !== null) throw rangeError("this summary is suppressed already");
  return {
    ...summary,
    suppressBelow: k,
    rows: summary.rows.map((row) => suppressRow(row, k)),
    total: suppressRow(summary.total, k),
  };
}

function suppressCounts<T extends SummaryCounts & SummaryRatios>(counts: T, k: number, blanked: string[]): T {
  const out: Record<string, unknown> = { ...(counts as object) };
  const small = (value: number | null) => value !== null && value > 0 && value < k;
  for (const field of COUNT_FIELDS) {
    if (small(counts[field])) {
      out[field] = null;
      blanked.push(field);
    }
  }
  const ageBands: Record<string, number | null> = {};
  for (const [label, value] of Object.entries(counts.ageBands)) {
    ageBands[label] = small(value) ? null : value;
    if (small(value)) blanked.push(`ageBands.${label}`);
  }
  out["ageBands"] = ageBands;
  for (const [ratio, inputs] of Object.entries(RATIO_INPUTS)) {
    if (inputs.some((input) => out[input] === null) && counts[ratio as keyof SummaryRatios] !== null) {
      out[ratio] = null;
      blanked.push(ratio);
    }
  }
  return out as T;
}

function suppressRow(row: SummaryRow, k: number): SummaryRow {
  const blanked: string[] = [];
  const out: SummaryRow = suppressCounts(row, k, blanked);
  if (row.byKind === undefined) return blanked.length === 0 ? out : { ...out, suppressed: blanked };
  const byKind: Record<string, SummaryCounts & SummaryRatios> = {};
  for (const [kind, counts] of Object.entries(row.byKind)) {
    const kindBlanked: string[] = [];
    byKind[kind] = suppressCounts(counts, k, kindBlanked);
    blanked.push(...kindBlanked.map((field) => `byKind.${kind}.${field}`));
  }
  return { ...out, byKind, ...(blanked.length === 0 ? {} : { suppressed: blanked }) };
}
