// The types of summaries (issue 14, point 7): what summarize, summarizeStream and mergeSummaries
// make has counts that are never null, so arithmetic on them compiles; a suppressed summary is its
// own type, whose counts may be null; parseSummary reads either, told apart by suppressBelow.
import { describe, expectTypeOf, it } from "vitest";
import type {
  FederationKind,
  SetAsideCounts,
  SummarizeOptions,
  Summary,
  SummaryCounts,
  SummaryRow,
  SuppressedSummary,
} from "../../src/index.js";
import {
  emptySummary,
  formatSummary,
  mergeSummaries,
  parseSummary,
  summarize,
  summarizeStream,
  suppressSummary,
} from "../../src/index.js";

declare const data: unknown;
const options = { level: "district", asOf: "2021-11-06" } as const;

describe("Summary", () => {
  it("has counts that are numbers, so row.members + 1 compiles", () => {
    const summary = summarize(data, options);
    expectTypeOf(summary).toEqualTypeOf<Summary>();
    const row = summary.rows[0] as SummaryRow;
    expectTypeOf(row.members + 1).toEqualTypeOf<number>();
    expectTypeOf(row.members).toEqualTypeOf<number>();
    expectTypeOf(row.villages).toEqualTypeOf<number>();
    expectTypeOf(row.villagesWithGroup).toEqualTypeOf<number>();
    expectTypeOf(row.groupsFederated).toEqualTypeOf<number>();
    expectTypeOf(row.federations).toEqualTypeOf<Readonly<Partial<Record<FederationKind, number>>>>();
    expectTypeOf(row.ageBands).toEqualTypeOf<Readonly<Record<string, number>>>();
    expectTypeOf(summary.total.wards + summary.unplaced).toEqualTypeOf<number>();
    expectTypeOf(summary.suppressBelow).toEqualTypeOf<null>();
  });

  it("keeps what can truly be null nullable: group sizes without groups, ratios, setAside, recordsFrom", () => {
    const summary = summarize(data, options);
    expectTypeOf(summary.total.minGroupSize).toEqualTypeOf<number | null>();
    expectTypeOf(summary.total.maxGroupSize).toEqualTypeOf<number | null>();
    expectTypeOf(summary.total.coverage).toEqualTypeOf<number | null>();
    expectTypeOf(summary.total.federatedShare).toEqualTypeOf<number | null>();
    expectTypeOf(summary.setAside).toEqualTypeOf<SetAsideCounts | null>();
    expectTypeOf(summary.recordsFrom).toEqualTypeOf<string | null>();
    expectTypeOf(summary.recordsFromInferred).toEqualTypeOf<boolean>();
  });

  it("is what summarizeStream, mergeSummaries and emptySummary make", async () => {
    expectTypeOf(await summarizeStream([], [], options)).toEqualTypeOf<Summary>();
    expectTypeOf(mergeSummaries(emptySummary(), summarize(data, options))).toEqualTypeOf<Summary>();
    expectTypeOf(emptySummary()).toEqualTypeOf<Summary>();
  });
});

describe("SuppressedSummary", () => {
  it("has counts that may be null", () => {
    const suppressed = summarize(data, { ...options, suppressBelow: 5 });
    expectTypeOf(suppressed).toEqualTypeOf<SuppressedSummary>();
    expectTypeOf(suppressed.total.members).toEqualTypeOf<number | null>();
    expectTypeOf(suppressed.total.federations).toEqualTypeOf<
      Readonly<Partial<Record<FederationKind, number | null>>>
    >();
    expectTypeOf(suppressed.total.ageBands).toEqualTypeOf<Readonly<Record<string, number | null>>>();
    expectTypeOf(suppressed.unplaced).toEqualTypeOf<number | null>();
    expectTypeOf(suppressed.suppressBelow).toEqualTypeOf<number>();
    expectTypeOf<SuppressedSummary>().toEqualTypeOf<Summary<number | null>>();
    expectTypeOf<SummaryCounts<number | null>["members"]>().toEqualTypeOf<number | null>();
    // @ts-expect-error a count that may be blanked is not a number
    suppressed.total.members + 1;
  });

  it("is what suppressSummary and summarizeStream with suppressBelow make; it cannot be merged", async () => {
    expectTypeOf(suppressSummary(summarize(data, options), 5)).toEqualTypeOf<SuppressedSummary>();
    expectTypeOf(await summarizeStream([], [], { ...options, suppressBelow: 5 })).toEqualTypeOf<SuppressedSummary>();
    const suppressed = suppressSummary(summarize(data, options), 5);
    // @ts-expect-error a suppressed summary cannot be merged
    mergeSummaries(suppressed, emptySummary());
    // @ts-expect-error nor suppressed again
    suppressSummary(suppressed, 5);
    expectTypeOf(formatSummary(suppressed, { format: "csv" })).toEqualTypeOf<string>();
  });

  it("or a Summary, when it is not known whether suppressBelow is given", () => {
    const chosen = options as SummarizeOptions;
    expectTypeOf(summarize(data, chosen)).toEqualTypeOf<Summary | SuppressedSummary>();
  });
});

describe("parseSummary", () => {
  it("reads either, and suppressBelow tells them apart", () => {
    const result = parseSummary(data);
    if (!result.ok) return;
    expectTypeOf(result.summary).toEqualTypeOf<Summary | SuppressedSummary>();
    if (result.summary.suppressBelow === null) {
      expectTypeOf(result.summary).toEqualTypeOf<Summary>();
      expectTypeOf(result.summary.total.members + 1).toEqualTypeOf<number>();
      expectTypeOf(mergeSummaries(result.summary, emptySummary())).toEqualTypeOf<Summary>();
    } else expectTypeOf(result.summary.total.members).toEqualTypeOf<number | null>();
  });
});
