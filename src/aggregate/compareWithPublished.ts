import type { PublishedFigure, PublishedRow } from "../data/publishedFigures.js";
import type { Summary, SummaryRow, SuppressedSummary } from "./Summary.js";

/**
 * One number in which a summary differs from a published figure. `computed` is `undefined` when
 * the summary has no row of that name.
 *
 * @example
 * ```ts
 * import type { PublishedDifference } from "@kudumbashree/domain";
 *
 * const difference: PublishedDifference = { name: "Tripura", field: "members", published: 1529, computed: 1530 };
 * ```
 *
 * @public
 */
export interface PublishedDifference {
  /** The row's name. */
  readonly name: string;
  /** The figure that differs. */
  readonly field: "wards" | "groups" | "members" | "meanGroupSize" | "row";
  /** What the source published. */
  readonly published: number | string;
  /** What the summary says (means rounded to the published precision). */
  readonly computed: number | null | undefined;
}

/**
 * Lists every number in which a summary differs from a published table: each published row is
 * matched by name (case-insensitively) to a summary row, and the total to the summary's total.
 * Means are rounded to the decimals the source gives. An empty list means the summary
 * reproduces the table exactly.
 *
 * @param summary - A summary at the table's level.
 * @param figure - One of {@link publishedFigures}, or a table of your own.
 * @returns The differences, in the table's order.
 *
 * @example
 * ```ts
 * import { compareWithPublished, emptySummary, publishedFigures } from "@kudumbashree/domain";
 *
 * compareWithPublished(emptySummary(), publishedFigures.nroBalasabhas2020)[0];
 * //=> { name: "Tripura", field: "row", published: "Tripura", computed: undefined }
 * ```
 *
 * @public
 */
export function compareWithPublished(
  summary: Summary | SuppressedSummary,
  figure: PublishedFigure,
): PublishedDifference[] {
  const differences: PublishedDifference[] = [];
  const byName = new Map<string, SummaryRow<number | null>>();
  for (const row of summary.rows) byName.set(row.name.toLowerCase(), row);
  for (const published of figure.rows) compareRow(published, byName.get(published.name.toLowerCase()), differences);
  if (figure.total !== undefined) compareRow(figure.total, summary.total, differences);
  return differences;
}

function compareRow(
  published: PublishedRow,
  row: SummaryRow<number | null> | undefined,
  differences: PublishedDifference[],
): void {
  if (row === undefined) {
    differences.push({ name: published.name, field: "row", published: published.name, computed: undefined });
    return;
  }
  for (const field of ["wards", "groups", "members"] as const) {
    const value = published[field];
    if (value !== undefined && row[field] !== value)
      differences.push({ name: published.name, field, published: value, computed: row[field] });
  }
  if (published.meanGroupSize !== undefined) {
    const computed = row.meanGroupSize === null ? null : round(row.meanGroupSize, published.meanPrecision ?? 2);
    if (computed !== published.meanGroupSize)
      differences.push({ name: published.name, field: "meanGroupSize", published: published.meanGroupSize, computed });
  }
}

function round(value: number, decimals: number): number {
  const scale = 10 ** decimals;
  return Math.round(value * scale) / scale;
}
