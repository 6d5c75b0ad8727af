import type { SetAsideCounts } from "../dataset/SetAside.js";
import type { GroupKind } from "../entities/Group.js";
import type { UnitKind } from "../entities/Unit.js";
import type { Summary, SummaryCounts, SummaryProvenance, SummaryRatios } from "./Summary.js";

/**
 * The figures of a summary row that depend on the rule sets applied: capacity (from each rule
 * set's maximum size), the groups judged and their meetings and attendance (from each rule set's
 * meeting cadence), and the ratios made of them. Summed over states whose rules differ (30 and 60
 * children a Balasabha, monthly and weekly meetings), they would mean nothing, so
 * {@link combineSummaries} keeps them per rule set. Every other figure (units, groups, members,
 * group sizes, age bands, federations, coverage) is counted the same under any rules.
 *
 * @since 0.2.0
 * @public
 *
 * @example
 * ```ts
 * import { RULE_DEPENDENT_FIGURES } from "@kudumbashree/domain";
 *
 * [RULE_DEPENDENT_FIGURES.includes("capacityUse"), RULE_DEPENDENT_FIGURES.includes("members")];
 * //=> [true, false]
 * ```
 */
export const RULE_DEPENDENT_FIGURES = Object.freeze([
  "cappedMembers",
  "capacity",
  "capacityUse",
  "groupsJudged",
  "groupsCompliant",
  "meetingCompliance",
  "meetingsHeld",
  "meetingsExpected",
  "attendees",
  "attendanceSlots",
  "attendanceRate",
] as const) satisfies readonly (keyof (SummaryCounts & SummaryRatios))[];

/**
 * The figures of one unit (or of one kind of group in it) in a {@link CombinedSummary}: those of a
 * {@link SummaryRow}, with every figure that depends on the rule sets
 * ({@link RULE_DEPENDENT_FIGURES}) `null`: they are in the summary of each rule set instead.
 *
 * @since 0.2.0
 * @public
 *
 * @example
 * ```ts
 * import type { CombinedFigures } from "@kudumbashree/domain";
 *
 * const perMember = (figures: CombinedFigures) => figures.members / Math.max(1, figures.groups);
 * ```
 */
export type CombinedFigures = Omit<SummaryCounts & SummaryRatios, (typeof RULE_DEPENDENT_FIGURES)[number]> & {
  readonly [K in (typeof RULE_DEPENDENT_FIGURES)[number]]: null;
};

/**
 * One row of a {@link CombinedSummary}: a unit's {@link CombinedFigures}, and without a
 * `groupKind` the same per kind of group.
 *
 * @since 0.2.0
 * @public
 *
 * @example
 * ```ts
 * import type { CombinedRow } from "@kudumbashree/domain";
 *
 * const line = (row: CombinedRow) => `${row.name}: ${row.groups} groups, ${row.members} members`;
 * ```
 */
export type CombinedRow = CombinedFigures & {
  /** The unit's id; `null` on the total row. */
  readonly unitId: string | null;
  /** The unit's name; `Total` on the total row. */
  readonly name: string;
  /** Without a `groupKind`: the same figures for each kind of group found. */
  readonly byKind?: Readonly<Partial<Record<GroupKind, CombinedFigures>>>;
};

/**
 * The table {@link combineSummaries} makes of parts summarised with different rule sets (partner
 * states with rules of their own): rows and a total of the figures that do not depend on the
 * rules, over every part, and one merged {@link Summary} for each distinct set of rule sets, with
 * every figure. It has the fields {@link formatSummary} reads (its rule-dependent figures show as
 * `-`), and is plain JSON; it is a result to publish, not a part to merge again (combine the
 * summaries it was made from instead).
 *
 * @since 0.2.0
 * @public
 *
 * @example
 * ```ts
 * import { combineSummaries, type CombinedSummary } from "@kudumbashree/domain";
 *
 * const nothing: CombinedSummary = combineSummaries([]);
 * [nothing.format, nothing.byRuleSets.length, nothing.total.capacityUse];
 * //=> ["kudumbashree.combinedSummary", 0, null]
 * ```
 */
export interface CombinedSummary {
  /** Marks the value, for apps that receive it as JSON. */
  readonly format: "kudumbashree.combinedSummary";
  /** The version of the format: {@link SUMMARY_FORMAT_VERSION}, as for a summary. */
  readonly formatVersion: 2;
  /** The library that combined the summaries, and every part they cover (sorted, each once). */
  readonly provenance: Pick<SummaryProvenance, "library" | "parts">;
  /** The level of the rows, shared by every summary combined; `null` when none had one. */
  readonly level: UnitKind | null;
  /** The one kind of group summarised, or `null` for every kind. */
  readonly groupKind: GroupKind | null;
  /** The day the figures describe. */
  readonly asOf: string | null;
  /** The first day meeting records cover, shared by every summary combined. */
  readonly recordsFrom: string | null;
  /** Whether any part inferred `recordsFrom` from its meetings. */
  readonly recordsFromInferred: boolean;
  /** Lower bounds of the age bands, shared by every summary combined. */
  readonly ageBands: readonly number[] | null;
  /** Always `null`: combine summaries that are not suppressed (and suppress each rule set's table to publish it). */
  readonly suppressBelow: null;
  /** One row per unit of the level over every part, ordered by unit id. */
  readonly rows: readonly CombinedRow[];
  /** Everything, over every part. */
  readonly total: CombinedRow;
  /** Active groups under no unit of the level, over every part. */
  readonly unplaced: number;
  /** Records left out of every figure, added up over every part; `null` when any part's is not known. */
  readonly setAside: SetAsideCounts | null;
  /**
   * The summaries made with each distinct set of rule sets (the same keys with the same content
   * hashes), each merged with {@link mergeSummaries}: every figure, issues included. Ordered by
   * their rule-set keys, then hashes.
   */
  readonly byRuleSets: readonly Summary[];
}
