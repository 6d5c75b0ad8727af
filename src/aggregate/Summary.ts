import type { SetAsideCounts } from "../dataset/SetAside.js";
import type { FederationKind } from "../entities/Federation.js";
import type { GroupKind } from "../entities/Group.js";
import type { UnitKind } from "../entities/Unit.js";
import type { Issue } from "../issues/Issue.js";

/**
 * The counts behind one row of a {@link Summary}: whole numbers that add up when summaries of
 * disjoint parts are merged (`minGroupSize` and `maxGroupSize` merge by min and max). Every
 * ratio in a row is derived from these, never averaged twice.
 *
 * `Count` is `number` in the summaries {@link summarize}, {@link summarizeStream} and
 * {@link mergeSummaries} make, so `row.members + 1` compiles; it is `number | null` in a
 * {@link SuppressedSummary}, where a blanked count is `null`.
 *
 * @typeParam Count - `number`, or `number | null` where counts may be blanked.
 *
 * @example
 * ```ts
 * import { emptySummary, type SummaryCounts } from "@kudumbashree/domain";
 *
 * const zero: SummaryCounts = emptySummary().total;
 * [zero.groups + 1, zero.federations];
 * //=> [1, {}]
 * ```
 *
 * @public
 */
export interface SummaryCounts<Count extends number | null = number> {
  /** Units of kind `ward` under the unit (in `byKind`, the row's). */
  readonly wards: Count;
  /** Units of kind `village` under the unit (in `byKind`, the row's). */
  readonly villages: Count;
  /** Wards under the unit with at least one active group (of the summary's kind, or of this breakdown's kind). */
  readonly wardsWithGroup: Count;
  /** Villages under the unit with at least one active group (of the summary's kind, or of this breakdown's kind). */
  readonly villagesWithGroup: Count;
  /** Active groups on `asOf`. */
  readonly groups: Count;
  /** Active memberships of active groups on `asOf`, resource persons excluded. */
  readonly members: Count;
  /** Members of the smallest active group, or `null` when there is none (or it is blanked). */
  readonly minGroupSize: number | null;
  /** Members of the largest active group, or `null` when there is none (or it is blanked). */
  readonly maxGroupSize: number | null;
  /** Members of active groups whose rule set has a maximum size. */
  readonly cappedMembers: Count;
  /** The sum of those groups' maximum sizes. */
  readonly capacity: Count;
  /** Active groups with at least one full period (month or week) in which their cadence is judged. */
  readonly groupsJudged: Count;
  /** Judged groups that held the meetings their rule set asks for in every judged period. */
  readonly groupsCompliant: Count;
  /** Meetings the judged groups held within their judged periods. */
  readonly meetingsHeld: Count;
  /** Meetings their rule sets ask for in those periods: the cadence's count times the periods. */
  readonly meetingsExpected: Count;
  /**
   * Attendees recorded at those meetings who were counted members of the group on the meeting's
   * day (meetings without `attendeeIds` are left out).
   */
  readonly attendees: Count;
  /** For those meetings, the group's members on `asOf`, added up: the denominator of `attendanceRate`. */
  readonly attendanceSlots: Count;
  /**
   * Federations whose unit is the unit or under it, formed on or before `asOf` (or without a
   * formation date), by kind of federation; kinds with none are left out (`{}` when there is
   * none). Counted whatever the summary's kind of group; in `byKind`, the row's.
   */
  readonly federations: Readonly<Partial<Record<FederationKind, Count>>>;
  /** Active groups (of those counted in `groups`) that are a member of at least one of those federations. */
  readonly groupsFederated: Count;
  /** Members by age on `asOf`, keyed by the band labels of the summary's `ageBands` (and `unknown`). */
  readonly ageBands: Readonly<Record<string, Count>>;
}

/**
 * The ratios of a {@link SummaryRow}, each derived from its counts; `null` when the denominator
 * is 0 (or blanked).
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
 *   federatedShare: null,
 * };
 * ```
 *
 * @public
 */
export interface SummaryRatios {
  /** `members / groups`. */
  readonly meanGroupSize: number | null;
  /**
   * `(wardsWithGroup + villagesWithGroup) / (wards + villages)`: a state with urban wards and
   * rural villages is covered over all its bottom-level units.
   */
  readonly coverage: number | null;
  /** `cappedMembers / capacity`. */
  readonly capacityUse: number | null;
  /** `groupsCompliant / groupsJudged`. */
  readonly meetingCompliance: number | null;
  /** `attendees / attendanceSlots`. */
  readonly attendanceRate: number | null;
  /** `groupsFederated / groups`. */
  readonly federatedShare: number | null;
}

/**
 * One row of a {@link Summary}: the counts of one unit, the ratios derived from them, and
 * without a `groupKind` a breakdown per kind of group.
 *
 * @typeParam Count - `number`, or `number | null` in a {@link SuppressedSummary}.
 *
 * @example
 * ```ts
 * import type { SummaryRow } from "@kudumbashree/domain";
 *
 * function describe(row: SummaryRow): string {
 *   return `${row.name}: ${row.groups} groups, ${row.members + 0} members`;
 * }
 * ```
 *
 * @public
 */
export interface SummaryRow<Count extends number | null = number> extends SummaryCounts<Count>, SummaryRatios {
  /** The unit's id; `null` on the total row. */
  readonly unitId: string | null;
  /** The unit's name; `Total` on the total row. */
  readonly name: string;
  /** Fields blanked by suppression (see {@link suppressSummary}). */
  readonly suppressed?: readonly string[];
  /** Without a `groupKind`: the same figures for each kind of group found. */
  readonly byKind?: Readonly<Partial<Record<GroupKind, SummaryCounts<Count> & SummaryRatios>>>;
}

/**
 * The version of the summary format this release writes, in every summary's `formatVersion`. It
 * changes when a summary of the new version would be refused or misread by a reader of the old one
 * (a field added, removed or given another meaning; readers refuse fields they do not know), never
 * for a new version of the package alone. 2 since 0.2.0, which added `provenance` and the village
 * and federation figures; {@link parseSummary} still reads version 1 (see {@link Summary}).
 *
 * @since 0.2.0
 * @public
 *
 * @example
 * ```ts
 * import { emptySummary, SUMMARY_FORMAT_VERSION } from "@kudumbashree/domain";
 *
 * [SUMMARY_FORMAT_VERSION, emptySummary().formatVersion];
 * //=> [2, 2]
 * ```
 */
export const SUMMARY_FORMAT_VERSION = 2;

/**
 * Where a summary comes from, so that whoever merges it can tell what it covers and what it was
 * made with: the library that made it, the content hash of every rule set it applied and the
 * parts (exports) it covers. {@link mergeSummaries} refuses two summaries that applied one
 * rule-set key with different contents, or that cover a part in common.
 *
 * @since 0.2.0
 * @public
 *
 * @example
 * ```ts
 * import { emptySummary, type SummaryProvenance } from "@kudumbashree/domain";
 *
 * const provenance: SummaryProvenance | null = emptySummary().provenance;
 * [provenance?.library.name, provenance?.parts];
 * //=> ["@kudumbashree/domain", []]
 * ```
 */
export interface SummaryProvenance {
  /**
   * The library that made the summary: the one whose `summarize` or `summarizeStream` made it,
   * or, for a merged summary, the one whose `mergeSummaries` merged it (the parts may have been
   * made by others; each part's own file says which).
   */
  readonly library: { readonly name: string; readonly version: string };
  /**
   * The content hash ({@link ruleSetHash}, `sha256:` and 64 hex digits) of every rule set the
   * summary applied, by key: exactly the keys of the summary's `ruleSets`. Two summaries that
   * applied `nro.balasabha@1.0.0` with different limits show different hashes.
   */
  readonly ruleSets: Readonly<Record<string, string>>;
  /**
   * The parts the summary covers, sorted by UTF-16 code units, each once: the `part` given to
   * {@link summarize} (such as `kerala/2024-03-31`), or one derived from the data (its top units,
   * `asOf` and a fingerprint of its units and counted groups, such as
   * `KL/2024-03-31/3f9a0c12d4e5b6a7`); a merged summary covers the parts of both. At most
   * 100,000 parts of at most 200 characters each. Empty in {@link emptySummary}.
   */
  readonly parts: readonly string[];
}

/**
 * Roll-ups of groups and members per unit of one level of the administrative tree, with a total
 * row: a JSON-serialisable value that {@link mergeSummaries} combines. See `docs/aggregation.md`
 * for the definition of every figure.
 *
 * `Summary` (that is, `Summary<number>`) is what {@link summarize}, {@link summarizeStream} and
 * {@link mergeSummaries} make: no count is `null`. A summary prepared for publication is a
 * {@link SuppressedSummary} (`Summary<number | null>`), whose blanked counts are `null` and whose
 * `suppressBelow` is a number; {@link parseSummary} reads either, and `suppressBelow` tells them
 * apart.
 *
 * @typeParam Count - `number`, or `number | null` for a {@link SuppressedSummary}.
 *
 * @example
 * ```ts
 * import { emptySummary, type Summary } from "@kudumbashree/domain";
 *
 * const nothing: Summary = emptySummary();
 * [nothing.rows, nothing.total.members + 1, nothing.setAside?.people];
 * //=> [[], 1, 0]
 * ```
 *
 * @public
 */
export interface Summary<Count extends number | null = number> {
  /** Marks the value, for apps that receive summaries as JSON. */
  readonly format: "kudumbashree.summary";
  /**
   * The version of the format: {@link SUMMARY_FORMAT_VERSION} (2) in every summary this release
   * makes; 1 in a summary written before summaries carried provenance, which {@link parseSummary}
   * reads (with `provenance: null`) but {@link mergeSummaries} refuses.
   */
  readonly formatVersion: 1 | 2;
  /**
   * What the summary was made with and what it covers; `null` only in a summary of format
   * version 1, written before summaries carried it (not known).
   */
  readonly provenance: SummaryProvenance | null;
  /**
   * The level of the rows (any unit kind, `village` included: one row per village); `null` only
   * in {@link emptySummary}, which merges with any summary.
   */
  readonly level: UnitKind | null;
  /** The one kind of group summarised, or `null` for every kind. */
  readonly groupKind: GroupKind | null;
  /** The day the figures describe; `null` only in {@link emptySummary}. */
  readonly asOf: string | null;
  /**
   * The first day meeting records cover, from which cadence was judged: the `recordsFrom` given,
   * or else the earliest meeting date that can be real (as {@link validate} infers it); `null`
   * when neither is there (no meeting at all), and then no group's cadence is judged.
   */
  readonly recordsFrom: string | null;
  /** Whether `recordsFrom` was inferred from the meetings rather than given. */
  readonly recordsFromInferred: boolean;
  /** Keys of the rule sets used for capacity and meetings; `null` only in {@link emptySummary}. */
  readonly ruleSets: readonly string[] | null;
  /**
   * Lower bounds of the age bands (`[18, 26]` means bands "under 18", "18-25", "26+"); `null` only
   * in {@link emptySummary}.
   */
  readonly ageBands: readonly number[] | null;
  /** The threshold below which counts were blanked in a {@link SuppressedSummary}; `null` otherwise. */
  readonly suppressBelow: null extends Count ? number : null;
  /** One row per unit of the level, ordered by unit id. */
  readonly rows: readonly SummaryRow<Count>[];
  /** Everything summarised, including groups under no unit of the level. */
  readonly total: SummaryRow<Count>;
  /** Active groups under no unit of the level (counted in `total` only); `null` only when blanked by suppression. */
  readonly unplaced: Count;
  /**
   * Records left out of every figure, by collection (each with its issue in `issues`): records
   * that failed their schema, named one that did or one that is not there, or repeated an id.
   * `null` when the input could not be read as a dataset at all; all zeros in
   * {@link emptySummary}.
   */
  readonly setAside: SetAsideCounts | null;
  /** Problems in the input; records they concern were left out of the figures. */
  readonly issues: readonly Issue[];
  /**
   * Problems found but not listed in `issues`, past the `maxIssues` of {@link SummarizeOptions};
   * present only when some were left out.
   */
  readonly omittedIssues?: number;
}

/**
 * A summary prepared for publication by {@link suppressSummary} (or `summarize` with
 * `suppressBelow`): every count may be `null` (blanked), and `suppressBelow` is the threshold. It
 * cannot be merged.
 *
 * @example
 * ```ts
 * import { emptySummary, suppressSummary, type SuppressedSummary } from "@kudumbashree/domain";
 *
 * const published: SuppressedSummary = suppressSummary(emptySummary(), 5);
 * [published.suppressBelow, published.total.members ?? "blanked"];
 * //=> [5, 0]
 * ```
 *
 * @public
 */
export type SuppressedSummary = Summary<number | null>;
