import { inspectDataset } from "../../dataset/parseDataset.js";
import type { SetAsideCounts } from "../../dataset/SetAside.js";
import { restorePaths } from "../../dataset/setAsideRecords.js";
import { requireIsoDate, requireOptions, requireWholeNumber } from "../../internal/guards.js";
import type { Issue } from "../../issues/Issue.js";
import { issue } from "../../issues/issueFactory.js";
import { inferRecordsFrom } from "../definitions/cadence.js";
import { type RuleSet, ruleSetKey } from "../registry/RuleSet.js";
import { checkRuleSets, resolveRuleSets } from "../registry/resolveRuleSets.js";
import type { RuleContext } from "./RuleContext.js";
import { validateDates } from "./validateDates.js";
import { validateFederations } from "./validateFederations.js";
import { validateGroups } from "./validateGroups.js";
import { validateWards } from "./validateWards.js";

/** How many issues a report lists when the caller does not say. */
const DEFAULT_MAX_ISSUES = 10_000;

/**
 * Options of {@link validate}.
 *
 * @example
 * ```ts
 * import { getRuleSet, type ValidateOptions } from "@kudumbashree/domain";
 *
 * const options: ValidateOptions = { asOf: "2021-11-30", ruleSets: [getRuleSet("kerala.balasabha@2.0.0")] };
 * ```
 *
 * @public
 */
export interface ValidateOptions {
  /** The day the data describes: ages, active memberships and group sizes are taken on it. */
  readonly asOf: string;
  /**
   * Rule sets to apply instead of the built-in ones, for the kinds they govern: one per kind of
   * group or federation, applied whatever its dates (two for one kind are refused, rather than one
   * of them silently ignored). Kinds without one get the built-in rule set in force on `asOf`.
   */
  readonly ruleSets?: readonly RuleSet[] | undefined;
  /**
   * The first day the meeting records cover; months (or weeks) before it are not judged for
   * meeting cadence. Defaults to the date of the earliest meeting in the dataset (dates that
   * cannot be real, before 1950, left out).
   */
  readonly recordsFrom?: string | undefined;
  /**
   * At most this many issues are listed in the report's `issues` (the first ones, in the
   * documented order); `counts` stays exact and `omittedIssues` says how many were left out.
   * A whole number >= 0; 10,000 when left out.
   */
  readonly maxIssues?: number | undefined;
}

/**
 * The answer of {@link validate}.
 *
 * @example
 * ```ts
 * import { validate, type ValidationReport } from "@kudumbashree/domain";
 *
 * const report: ValidationReport = validate(
 *   { schemaVersion: 1, units: [], people: [], groups: [], memberships: [] },
 *   { asOf: "2021-11-30" },
 * );
 * report.counts;
 * //=> { error: 0, warning: 0 }
 * report.membersWithoutHousehold;
 * //=> 0
 * ```
 *
 * @public
 */
export interface ValidationReport {
  /** No issue is an error. */
  readonly ok: boolean;
  /** The day the rules were applied on. */
  readonly asOf: string;
  /** The keys of the rule sets applied, one per kind of group or federation found in the data. */
  readonly ruleSets: readonly string[];
  /** Every issue, in a fixed order (see {@link validate}). */
  readonly issues: readonly Issue[];
  /** Issues found but not listed, past `maxIssues` (0 when every issue is listed). */
  readonly omittedIssues: number;
  /** How many issues of each severity, listed or not. */
  readonly counts: { readonly error: number; readonly warning: number };
  /**
   * Records left out of every check, by collection (each with its issue); `null` when the input
   * could not be read as a dataset at all.
   */
  readonly setAside: SetAsideCounts | null;
  /**
   * The first day meeting records cover, from which cadence was judged: `recordsFrom` as given,
   * or else the earliest meeting date that can be real; `null` when there is no meeting.
   */
  readonly recordsFrom: string | null;
  /** Whether `recordsFrom` was inferred from the meetings rather than given. */
  readonly recordsFromInferred: boolean;
  /**
   * How many people the household rules could not judge: active members of active groups whose
   * rule set admits one member per household (Kudumbashree NHGs) who have no `householdId`, each
   * person once. They are neither compared within their group (`household.duplicate`) nor across
   * groups (`household.multiple_groups`); a high figure means those rules were hardly checked.
   * 0 when the input could not be read as a dataset.
   */
  readonly membersWithoutHousehold: number;
}

/**
 * Checks a whole dataset against the rules: reads it with {@link parseDataset}, then checks every
 * group against the rule set for its kind in force on `asOf` (or the ones given), every ward
 * against coverage rules, and every federation. It never throws on data: every problem is an
 * issue with a stable code, the rule set's key, its subject and the numbers in `params`.
 *
 * Issue order: dataset issues; then, for each group in input order, size, households,
 * leadership, each active member (age, gender, a second group of the kind, a member of her
 * household in another group of the kind) and meeting cadence; then wards in input order; then
 * federations (size, members too young, members already in another federation of a kind formed
 * once per ward, a second one in a ward).
 *
 * Ages: the sources say who may *become* a member. A member whose membership has a `from` date
 * is judged on the day she joined (`age.out_of_band_at_joining`, an error), and passing the top of
 * the band since is the warning `age.aged_out`; without `from`, her age on `asOf` is judged
 * (`age.below_band`, `age.above_band`). Households: where a rule set admits one member per
 * household (Kudumbashree NHGs), that holds across the network: two members of one household in
 * two groups of the kind are `household.multiple_groups`; members without a `householdId` cannot
 * be judged, and `membersWithoutHousehold` counts them.
 *
 * A record that fails its schema is set aside with its issues, and so is every record that
 * depends on it (the memberships of a rejected person, each with a `reference.set_aside` issue
 * saying why); records that a dataset issue makes unusable (a membership of an unknown group) are
 * left out too. Everything else is still checked, and `setAside` counts what was left out. Only an
 * input that is not a dataset at all (another schema version, a collection that is not a list)
 * stops the checks.
 *
 * Meeting cadence is judged from the later of a group's formation and `recordsFrom`; without
 * `recordsFrom`, from the earliest meeting date that can be real, the same rule {@link summarize}
 * uses, and the report says which date it used.
 *
 * @param input - Anything, typically a parsed JSON export.
 * @param options - `asOf`, and optionally `ruleSets` and `recordsFrom`.
 * @returns The report; `ok` when no issue is an error.
 * @throws RangeError when `asOf` or `recordsFrom` is not a real `YYYY-MM-DD` date, or when `ruleSets`
 * holds two rule sets for one kind of group or federation; TypeError when a rule set is not one
 * (programmer errors, whatever the data).
 *
 * @example
 * ```ts
 * import { validate } from "@kudumbashree/domain";
 *
 * const report = validate(
 *   {
 *     schemaVersion: 1,
 *     units: [{ id: "w1", kind: "ward", name: "Ward 1" }],
 *     people: [{ id: "p1", name: "Anitha", gender: "female", dateOfBirth: "1979-05-02" }],
 *     groups: [{ id: "g1", kind: "auxiliaryGroup", unitId: "w1", formedOn: "2021-10-02" }],
 *     memberships: [{ groupId: "g1", personId: "p1", role: "member" }],
 *     meetings: [{ id: "m1", groupId: "g1", date: "2021-10-09" }, { id: "m2", groupId: "g1", date: "2021-10-23" }],
 *   },
 *   { asOf: "2021-10-30" },
 * );
 * report.ok;
 * //=> false
 * report.issues.map((issue) => [issue.code, issue.subject?.id, issue.params?.age]);
 * //=> [["age.above_band", "g1/p1", 42]]
 * ```
 *
 * @public
 */
export function validate(input: unknown, options: ValidateOptions): ValidationReport {
  requireOptions(options, "validate");
  const asOf = options.asOf;
  requireIsoDate(asOf, "asOf");
  if (options.recordsFrom !== undefined) requireIsoDate(options.recordsFrom, "recordsFrom");
  const maxIssues =
    options.maxIssues === undefined ? DEFAULT_MAX_ISSUES : requireWholeNumber(options.maxIssues, "maxIssues", 0);
  // Rule sets are checked (and read once) before the data, so a wrong one throws whatever the data.
  const given = options.ruleSets === undefined ? undefined : checkRuleSets(options.ruleSets);
  const inspected = inspectDataset(input);
  if (!inspected.ok) return report(asOf, [], inspected.issues, maxIssues, null, 0, options.recordsFrom);

  const { index } = inspected;
  const issues = inspected.issues;
  const dataIssues = issues.length;
  const recordsFrom = options.recordsFrom ?? inferRecordsFrom(meetingDates(index.data.meetings));
  const context: RuleContext = {
    rules: resolveRuleSets(asOf, given),
    applied: new Set<RuleSet>(),
    asOf,
    recordsFrom,
  };
  validateDates(index, asOf, issues);
  const { activeByWard, cadenceUnknown, membersWithoutHousehold } = validateGroups(index, context, issues);
  if (cadenceUnknown)
    issues.push(issue("meeting.cadence_unknown", undefined, { subject: { kind: "dataset", id: "dataset" } }));
  validateWards(index, context, activeByWard, new Set(given?.map((ruleSet) => ruleSet.groupKind)), issues);
  validateFederations(index, context, issues);
  restorePaths(issues, index.positions, dataIssues);
  const applied = [...context.applied].map(ruleSetKey).sort();
  return report(
    asOf,
    applied,
    issues,
    maxIssues,
    inspected.setAside,
    membersWithoutHousehold,
    options.recordsFrom,
    recordsFrom,
  );
}

function* meetingDates(meetings: readonly { readonly date: string }[] | undefined): Iterable<string> {
  for (const meeting of meetings ?? []) yield meeting.date;
}

function report(
  asOf: string,
  ruleSets: string[],
  issues: Issue[],
  maxIssues: number,
  setAside: SetAsideCounts | null,
  membersWithoutHousehold: number,
  given: string | undefined,
  used = given,
): ValidationReport {
  let error = 0;
  for (const found of issues) if (found.severity === "error") error++;
  const omittedIssues = Math.max(0, issues.length - maxIssues);
  if (omittedIssues > 0) issues.length = maxIssues;
  const counts = { error, warning: issues.length + omittedIssues - error };
  return {
    ok: error === 0,
    asOf,
    ruleSets,
    issues,
    omittedIssues,
    counts,
    setAside,
    recordsFrom: used ?? null,
    recordsFromInferred: given === undefined && used !== undefined,
    membersWithoutHousehold,
  };
}
