// The types of provenance and of the combined table: a summary may be of format version 1 (read
// from an earlier release) with no provenance; a combined row's rule-dependent figures are null.
import { describe, expectTypeOf, it } from "vitest";
import {
  type CombinedRow,
  type CombinedSummary,
  combineSummaries,
  type SUMMARY_FORMAT_VERSION,
  type Summary,
  type SummaryProvenance,
  summarize,
} from "../../src/index.js";

describe("provenance types", () => {
  it("says what made a summary, or null for format version 1", () => {
    const summary = summarize({}, { level: "state", asOf: "2024-03-31", part: "kerala/2024-03-31" });
    expectTypeOf(summary.formatVersion).toEqualTypeOf<1 | 2>();
    expectTypeOf<typeof SUMMARY_FORMAT_VERSION>().toEqualTypeOf<2>();
    expectTypeOf(summary.provenance).toEqualTypeOf<SummaryProvenance | null>();
    expectTypeOf<SummaryProvenance["parts"]>().toEqualTypeOf<readonly string[]>();
    expectTypeOf<SummaryProvenance["ruleSets"]>().toEqualTypeOf<Readonly<Record<string, string>>>();
  });

  it("types a combined table's rule-dependent figures as null, the others as numbers", () => {
    const combined = combineSummaries([]);
    expectTypeOf(combined).toEqualTypeOf<CombinedSummary>();
    expectTypeOf(combined.total).toEqualTypeOf<CombinedRow>();
    expectTypeOf(combined.total.members + 1).toEqualTypeOf<number>();
    expectTypeOf(combined.total.capacity).toEqualTypeOf<null>();
    expectTypeOf(combined.total.capacityUse).toEqualTypeOf<null>();
    expectTypeOf(combined.total.meanGroupSize).toEqualTypeOf<number | null>();
    expectTypeOf(combined.total.byKind?.balasabha?.meetingsHeld).toEqualTypeOf<null | undefined>();
    expectTypeOf(combined.byRuleSets).toEqualTypeOf<readonly Summary[]>();
    // @ts-expect-error: the summaries are passed as one array
    combineSummaries(summarize({}, { level: "state", asOf: "2024-03-31" }));
  });
});
