import { completedYears } from "../../internal/calendar.js";
import { requireIsoDate } from "../../internal/guards.js";
import type { Issue } from "../../issues/Issue.js";
import { issue } from "../../issues/issueFactory.js";
import { isJudgeableJoiningDate, leavesBandOn } from "../definitions/ageing.js";
import { EARLIEST_BIRTH, isPlausibleBirth } from "../definitions/plausibleDates.js";
import type { RuleSet } from "../registry/RuleSet.js";
import type { CheckOptions } from "./CheckOptions.js";
import { ruleIssue } from "./ruleIssue.js";

/**
 * Options of {@link checkAgeBand}.
 *
 * @example
 * ```ts
 * import type { CheckAgeBandOptions } from "@kudumbashree/domain";
 *
 * const options: CheckAgeBandOptions = { joinedOn: "2021-10-02", subject: { kind: "person", id: "p1" } };
 * ```
 *
 * @public
 */
export interface CheckAgeBandOptions extends CheckOptions {
  /**
   * The day the member joined the group (her membership's `from`). The sources say who may
   * *become* a member, so with it her age is judged on that day, and passing the top of the band
   * later is a warning, not an error. Left out (or not usable: see {@link checkAgeBand}), her age is
   * judged on the as-of day.
   */
  readonly joinedOn?: string | undefined;
}

/**
 * Checks a member's age against a rule set's age band (completed years, both ends inclusive).
 * The sources say who may *become* a member, and none says a member must leave when she passes
 * the top of the band, so:
 *
 * - with `joinedOn` (the day she joined): `age.out_of_band_at_joining` (an error) when her age on
 *   that day was outside the band; otherwise `age.aged_out` (a warning) when she is above the band
 *   on `asOf`, with `agedOutOn`, the first day above it (her birthday after the band's maximum, the
 *   day {@link ageingOut} gives as `leavesOn`). A joining date that cannot be real (before 1950),
 *   that is before her date of birth or that is after `asOf` is not used: her age is judged on
 *   `asOf` as below;
 * - without it: her age on `asOf`, `age.below_band` or `age.above_band` (errors).
 *
 * A missing date of birth gives the warning `age.unknown`; one that cannot be real (before 1900 or
 * after `asOf`) gives `date.implausible`. Returns no issue when the rule set has no age band.
 *
 * @param dateOfBirth - The member's date of birth, `YYYY-MM-DD`, or `undefined` when not recorded.
 * @param ruleSet - The rule set of the member's group.
 * @param asOf - The day to measure the age on.
 * @param options - The subject, path and label to attach, and `joinedOn`.
 * @returns The issues found, empty when the age is inside the band.
 * @throws RangeError when `asOf`, `dateOfBirth` or `joinedOn` is not a real `YYYY-MM-DD` date.
 *
 * @example
 * ```ts
 * import { checkAgeBand, keralaAuxiliaryGroup } from "@kudumbashree/domain";
 *
 * checkAgeBand("1980-11-30", keralaAuxiliaryGroup, "2021-11-30").map((issue) => [issue.code, issue.params?.age]);
 * //=> [["age.above_band", 41]]
 * checkAgeBand("1980-12-01", keralaAuxiliaryGroup, "2021-11-30");
 * //=> []
 * // She joined at 40, on 2 October 2021, and turned 41 on 30 November: a warning.
 * checkAgeBand("1980-11-30", keralaAuxiliaryGroup, "2021-11-30", { joinedOn: "2021-10-02" }).map((issue) => [
 *   issue.code,
 *   issue.severity,
 *   issue.params?.agedOutOn,
 * ]);
 * //=> [["age.aged_out", "warning", "2021-11-30"]]
 * // She was 41 when she joined: an error.
 * checkAgeBand("1980-09-01", keralaAuxiliaryGroup, "2021-11-30", { joinedOn: "2021-10-02" }).map((issue) => [
 *   issue.code,
 *   issue.params?.age,
 * ]);
 * //=> [["age.out_of_band_at_joining", 41]]
 * ```
 *
 * @public
 */
export function checkAgeBand(
  dateOfBirth: string | undefined,
  ruleSet: RuleSet,
  asOf: string,
  options?: CheckAgeBandOptions,
): Issue[] {
  const band = ruleSet.ageBand;
  if (band === undefined) return [];
  const on = requireIsoDate(asOf, "asOf");
  const joinedOn = options?.joinedOn;
  const joined = joinedOn === undefined ? undefined : requireIsoDate(joinedOn, "joinedOn");
  const bandParams = { min: band.min ?? null, max: band.max ?? null };
  if (dateOfBirth === undefined) {
    return [ruleIssue("age.unknown", bandParams, ruleSet, options)];
  }
  const birth = requireIsoDate(dateOfBirth, "dateOfBirth");
  if (!isPlausibleBirth(dateOfBirth, asOf)) {
    const dateParams = { field: "dateOfBirth", date: dateOfBirth, earliest: EARLIEST_BIRTH, latest: asOf };
    return [issue("date.implausible", dateParams, options)];
  }
  const age = completedYears(birth, on);
  if (joinedOn !== undefined && joined !== undefined && isJudgeableJoiningDate(joinedOn, dateOfBirth, asOf)) {
    const ageThen = completedYears(birth, joined);
    if ((band.min !== undefined && ageThen < band.min) || (band.max !== undefined && ageThen > band.max)) {
      const params = { age: ageThen, ...bandParams, dateOfBirth, joinedOn };
      return [ruleIssue("age.out_of_band_at_joining", params, ruleSet, options)];
    }
    // In the band on the day she joined, she cannot be below it later: only above.
    if (band.max !== undefined && age > band.max) {
      const params = { age, max: band.max, dateOfBirth, agedOutOn: leavesBandOn(birth, band.max) };
      return [ruleIssue("age.aged_out", params, ruleSet, options)];
    }
    return [];
  }
  const params = { age, ...bandParams, dateOfBirth, asOf };
  if (band.min !== undefined && age < band.min) {
    return [ruleIssue("age.below_band", params, ruleSet, options)];
  }
  if (band.max !== undefined && age > band.max) {
    return [ruleIssue("age.above_band", params, ruleSet, options)];
  }
  return [];
}
