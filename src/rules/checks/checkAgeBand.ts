import { completedYears } from "../../internal/calendar.js";
import { requireIsoDate } from "../../internal/guards.js";
import type { Issue } from "../../issues/Issue.js";
import { issue } from "../../issues/issueFactory.js";
import { EARLIEST_BIRTH, isPlausibleBirth } from "../definitions/plausibleDates.js";
import type { RuleSet } from "../registry/RuleSet.js";
import type { CheckOptions } from "./CheckOptions.js";
import { ruleIssue } from "./ruleIssue.js";

/**
 * Checks a member's age on a day against a rule set's age band (completed years, both ends
 * inclusive): `age.below_band`, `age.above_band`, or the warning `age.unknown` when the date of
 * birth is missing, or `date.implausible` when the date of birth cannot be real (before 1900 or
 * after `asOf`). Returns no issue when the rule set has no age band.
 *
 * @param dateOfBirth - The member's date of birth, `YYYY-MM-DD`, or `undefined` when not recorded.
 * @param ruleSet - The rule set of the member's group.
 * @param asOf - The day to measure the age on.
 * @param options - The subject, path and label to attach.
 * @returns The issues found, empty when the age is inside the band.
 * @throws RangeError when `asOf` or `dateOfBirth` is not a real `YYYY-MM-DD` date.
 *
 * @example
 * ```ts
 * import { checkAgeBand, keralaAuxiliaryGroup } from "@kudumbashree/domain";
 *
 * checkAgeBand("1980-11-30", keralaAuxiliaryGroup, "2021-11-30").map((issue) => [issue.code, issue.params?.age]);
 * //=> [["age.above_band", 41]]
 * checkAgeBand("1980-12-01", keralaAuxiliaryGroup, "2021-11-30");
 * //=> []
 * ```
 */
export function checkAgeBand(
  dateOfBirth: string | undefined,
  ruleSet: RuleSet,
  asOf: string,
  options?: CheckOptions,
): Issue[] {
  const band = ruleSet.ageBand;
  if (band === undefined) return [];
  const on = requireIsoDate(asOf, "asOf");
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
  const params = { age, ...bandParams, dateOfBirth, asOf };
  if (band.min !== undefined && age < band.min) {
    return [ruleIssue("age.below_band", params, ruleSet, options)];
  }
  if (band.max !== undefined && age > band.max) {
    return [ruleIssue("age.above_band", params, ruleSet, options)];
  }
  return [];
}
