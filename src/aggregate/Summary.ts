import type { GroupKind } from "../entities/Group.js";
import type { UnitKind } from "../entities/Unit.js";
import type { Issue } from "../issues/Issue.js";

/**
 * The counts behind one row of a {@link Summary}: whole numbers that add up when summaries of
 * disjoint parts are merged (`minGroupSize` and `maxGroupSize` merge by min and max). Every
 * ratio in a row is derived from these, never averaged twice.
 *
 * @example
 * ```ts
 * import { emptySummary, type SummaryCounts } from "@kudumbashree/domain";
 *
 * const zero: SummaryCounts = emptySummary().total;
 * zero.groups;
 * //=> 0
 * ```
 */
export interface SummaryCounts {
  /** Wards under the unit. */
  readonly wards: number | null;
  /** Wards under the unit with at least one active group (of the summary's kind, or of this breakdown's kind). */
  readonly wardsWithGroup: number | null;
  /** Active groups on `asOf`. */
  readonly groups: number | null;
  /** Active memberships of active groups on `asOf`, resource persons excluded. */
  readonly members: number | null;
  /** Members of the smallest active group, or `null` when there is none. */
  readonly minGroupSize: number | null;
  /** Members of the largest active group, or `null` when there is none. */
  readonly maxGroupSize: number | null;
  /** Members of active groups whose rule set has a maximum size. */
  readonly cappedMembers: number | null;
  /** The sum of those groups' maximum sizes. */
  readonly capacity: number | null;
  /** Active groups with at least one full period (month or week) in which their cadence is judged. */
  readonly groupsJudged: number | null;
  /** Judged groups that held the meetings their rule set asks for in every judged period. */
  readonly groupsCompliant: number | null;
  /** Meetings the judged groups held within their judged periods. */
  readonly meetingsHeld: number | null;
  /** Meetings their rule sets ask for in those periods: the cadence's count times the periods. */
  readonly meetingsExpected: number | null;
  /** Attendees recorded at those meetings (meetings without `attendeeIds` are left out). */
  readonly attendees: number | null;
  /** For those meetings, the group's members on `asOf`, added up: the denominator of `attendanceRate`. */
  readonly attendanceSlots: number | null;
  /** Members by age on `asOf`, keyed by the band labels of the summary's `ageBands` (and `unknown`). */
  readonly ageBands: Readonly<Record<string, number | null>>;
}

/**
 * One row of a {@link Summary}: the counts of one unit, the ratios derived from them, and
 * without a `groupKind` a breakdown per kind of group.
 *
 * @example
 * ```ts
 * import type { SummaryRow } from "@kudumbashree/domain";
 *
 * function describe(row: SummaryRow): string {
 *   return `${row.name}: ${row.groups} groups, ${row.members} members`;
 * }
 * ```
 */
export interface SummaryRow extends SummaryCounts {
  /** The unit's id; `null` on the total row. */
  readonly unitId: string | null;
  /** The unit's name; `Total` on the total row. */
  readonly name: string;
  /** `members / groups`. */
  readonly meanGroupSize: number | null;
  /** `wardsWithGroup / wards`. */
  readonly coverage: number | null;
  /** `cappedMembers / capacity`. */
  readonly capacityUse: number | null;
  /** `groupsCompliant / groupsJudged`. */
  readonly meetingCompliance: number | null;
  /** `attendees / attendanceSlots`. */
  readonly attendanceRate: number | null;
  /** Fields blanked by suppression (see {@link suppressSummary}). */
  readonly suppressed?: readonly string[];
  /** Without a `groupKind`: the same figures for each kind of group found. */
  readonly byKind?: Readonly<Partial<Record<GroupKind, SummaryCounts & SummaryRatios>>>;
}

/**
 * The ratios of a {@link SummaryRow}, each derived from its counts.
 *
 * @example
 * ```ts
 * import type { SummaryRatios } from "@kudumbashree/domain";
 *
 * const none: SummaryRatios = {
 *   meanGroupSize: null,
 *   coverage: null,
 *   capacityUse: null,
 *   meetingCompliance: null,
 *   attendanceRate: null,
 * };
 * ```
 */
export type SummaryRatios = Pick<
  SummaryRow,
  "meanGroupSize" | "coverage" | "capacityUse" | "meetingCompliance" | "attendanceRate"
>;

/**
 * Roll-ups of groups and members per unit of one level of the administrative tree, with a total
 * row: a JSON-serialisable value that {@link mergeSummaries} combines. See `docs/aggregation.md`
 * for the definition of every figure.
 *
 * @example
 * ```ts
 * import { emptySummary, type Summary } from "@kudumbashree/domain";
 *
 * const nothing: Summary = emptySummary();
 * nothing.rows;
 * //=> []
 * ```
 */
export interface Summary {
  /** Marks the value, for apps that receive summaries as JSON. */
  readonly format: "kudumbashree.summary";
  /** The version of this format. */
  readonly formatVersion: 1;
  /** The level of the rows; `null` only in {@link emptySummary}, which merges with any summary. */
  readonly level: UnitKind | null;
  /** The one kind of group summarised, or `null` for every kind. */
  readonly groupKind: GroupKind | null;
  /** The day the figures describe; `null` only in {@link emptySummary}. */
  readonly asOf: string | null;
  /** The first day meeting records cover, when given; cadence is judged from it. */
  readonly recordsFrom: string | null;
  /** Keys of the rule sets used for capacity and meetings; `null` only in {@link emptySummary}. */
  readonly ruleSets: readonly string[] | null;
  /**
   * Lower bounds of the age bands (`[18, 26]` means bands "under 18", "18-25", "26+"); `null` only
   * in {@link emptySummary}.
   */
  readonly ageBands: readonly number[] | null;
  /** The threshold below which counts were blanked, or `null` when nothing was suppressed. */
  readonly suppressBelow: number | null;
  /** One row per unit of the level, ordered by unit id. */
  readonly rows: readonly SummaryRow[];
  /** Everything summarised, including groups under no unit of the level. */
  readonly total: SummaryRow;
  /** Active groups under no unit of the level (counted in `total` only); `null` only when blanked by suppression. */
  readonly unplaced: number | null;
  /** Problems in the input; records they concern were left out of the figures. */
  readonly issues: readonly Issue[];
  /**
   * Problems found but not listed in `issues`, past the `maxIssues` of {@link SummarizeOptions};
   * present only when some were left out.
   */
  readonly omittedIssues?: number;
}
