import type { GroupKind } from "../entities/Group.js";
import type { UnitKind } from "../entities/Unit.js";
import type { RuleSet } from "../rules/registry/RuleSet.js";

/**
 * Options of {@link summarize} and {@link summarizeStream}.
 *
 * @example
 * ```ts
 * import type { SummarizeOptions } from "@kudumbashree/domain";
 *
 * const districtAuxiliary: SummarizeOptions = { level: "district", groupKind: "auxiliaryGroup", asOf: "2021-11-06" };
 * ```
 *
 * @public
 */
export interface SummarizeOptions {
  /** The level of the rows: one row per unit of this kind. */
  readonly level: UnitKind;
  /** Summarise only this kind of group; without it every kind, with a breakdown per kind in each row. */
  readonly groupKind?: GroupKind | undefined;
  /** The day the figures describe: active groups and memberships, ages. */
  readonly asOf: string;
  /** Blank every count from 1 to `suppressBelow - 1` before publishing (see {@link suppressSummary}). */
  readonly suppressBelow?: number | undefined;
  /** Rule sets to use instead of the built-in ones in force on `asOf`, as in {@link validate}. */
  readonly ruleSets?: readonly RuleSet[] | undefined;
  /**
   * The first day the meeting records cover; meeting cadence is judged from the later of it and
   * each group's `formedOn`. Without it, the earliest meeting date that can be real, as
   * {@link validate} infers it (no group is judged when there is no meeting). Parts that will be
   * merged must use the same value: pass it to each, rather than let each infer its own.
   */
  readonly recordsFrom?: string | undefined;
  /**
   * At most this many issues are listed in the summary's `issues`; `omittedIssues` says how many
   * more were found. A whole number >= 0; 10,000 when left out.
   */
  readonly maxIssues?: number | undefined;
  /** Lower bounds of the age bands to count members in; {@link DEFAULT_AGE_BANDS} when left out. */
  readonly ageBands?: readonly number[] | undefined;
  /**
   * The id of the part of the whole that this data is (a state and its export date, such as
   * `kerala/2024-03-31`), recorded in the summary's `provenance.parts`: {@link mergeSummaries}
   * refuses two summaries that cover a part in common, so a part sent twice (a corrected export
   * under the same id included) cannot be counted twice. Text of 1 to 200 characters, without
   * control characters or spaces at either end. Without it, an id is derived from the data (see
   * {@link SummaryProvenance}), which catches the same export summarised twice but not a
   * corrected one.
   *
   * @since 0.2.0
   */
  readonly part?: string | undefined;
}
