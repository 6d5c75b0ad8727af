import { noneSetAside } from "../dataset/SetAside.js";
import { LIBRARY } from "../internal/packageVersion.js";
import { SUMMARY_FORMAT_VERSION, type Summary } from "./Summary.js";
import { publishRow, zeroCounts } from "./summaryRows.js";

/**
 * The identity of {@link mergeSummaries}: a summary of nothing, with no level, date or rule sets,
 * that merges with any summary and leaves it as it is. Start a fold over partial summaries with it.
 * Nothing was read, so nothing was set aside: its `setAside` counts are all 0, and it covers no
 * part and applied no rule set (`provenance.parts` is `[]`, `provenance.ruleSets` is `{}`).
 *
 * @returns A new empty summary.
 *
 * @example
 * ```ts
 * import { emptySummary, mergeSummaries } from "@kudumbashree/domain";
 *
 * const parts = [emptySummary(), emptySummary()];
 * parts.reduce(mergeSummaries, emptySummary()).total.groups;
 * //=> 0
 * ```
 *
 * @public
 */
export function emptySummary(): Summary {
  return {
    format: "kudumbashree.summary",
    formatVersion: SUMMARY_FORMAT_VERSION,
    provenance: { library: { ...LIBRARY }, ruleSets: {}, parts: [] },
    level: null,
    groupKind: null,
    asOf: null,
    recordsFrom: null,
    recordsFromInferred: false,
    ruleSets: null,
    ageBands: null,
    suppressBelow: null,
    rows: [],
    total: publishRow({ unitId: null, name: "Total", all: zeroCounts(0), byKind: undefined }, []),
    unplaced: 0,
    setAside: noneSetAside(),
    issues: [],
  };
}
