import { addMonths, type CalendarDate, dayNumber } from "../../internal/calendar.js";
import { requireIsoDate } from "../../internal/guards.js";
import type { Issue } from "../../issues/Issue.js";
import type { RuleSet } from "../registry/RuleSet.js";
import type { CheckOptions } from "./CheckOptions.js";
import { ruleIssue } from "./ruleIssue.js";

/**
 * Checks that a member of a federation (an SHG of a VO, a VO of a CLF) has existed for as many
 * whole months as the federation's rule set asks of a member (`federation.member_too_young`, with
 * the member's age in whole months on `asOf`). Returns no issue when the rule set sets no
 * minimum age, when the member's `formedOn` is not recorded (it cannot be judged), or when it
 * was formed after `asOf` (it is not a member yet on that day).
 *
 * The age in whole months is the largest number of calendar months that, added to `formedOn`,
 * give a day on or before `asOf`; a day past the end of a month becomes its last day (a VO formed
 * on 31 May 2021 is 6 months old on 30 November 2021). Integer arithmetic on the dates, so no
 * result depends on the time zone.
 *
 * @param member - The member's id and the day it was formed, `YYYY-MM-DD`, if recorded.
 * @param ruleSet - The federation's rule set.
 * @param asOf - The day of the check, `YYYY-MM-DD`.
 * @param options - The subject (the federation), path and label to attach.
 * @returns The issues found.
 * @throws RangeError when `asOf` or `formedOn` is not a real `YYYY-MM-DD` date.
 *
 * @example
 * ```ts
 * import { checkFederationMemberAge, nrlmClusterLevelFederation } from "@kudumbashree/domain";
 *
 * checkFederationMemberAge({ id: "vo1", formedOn: "2021-06-01" }, nrlmClusterLevelFederation, "2021-11-30").map(
 *   (issue) => issue.params,
 * );
 * //=> [{ memberId: "vo1", formedOn: "2021-06-01", ageMonths: 5, minAgeMonths: 6 }]
 * checkFederationMemberAge({ id: "vo1", formedOn: "2021-06-01" }, nrlmClusterLevelFederation, "2021-12-01");
 * //=> []
 * checkFederationMemberAge({ id: "vo2" }, nrlmClusterLevelFederation, "2021-11-30");
 * //=> []
 * ```
 *
 * @public
 */
export function checkFederationMemberAge(
  member: { readonly id: string; readonly formedOn?: string | undefined },
  ruleSet: RuleSet,
  asOf: string,
  options?: CheckOptions,
): Issue[] {
  const on = requireIsoDate(asOf, "asOf");
  const minAgeMonths = ruleSet.federation?.minMemberAgeMonths;
  if (minAgeMonths === undefined || member.formedOn === undefined) return [];
  const formed = requireIsoDate(member.formedOn, "formedOn");
  const ageMonths = wholeMonths(formed, on);
  if (ageMonths === undefined || ageMonths >= minAgeMonths) return [];
  const params = { memberId: member.id, formedOn: member.formedOn, ageMonths, minAgeMonths };
  return [ruleIssue("federation.member_too_young", params, ruleSet, options)];
}

/** Whole calendar months from `from` to `to` (see checkFederationMemberAge); `undefined` when `to` is before `from`. */
function wholeMonths(from: CalendarDate, to: CalendarDate): number | undefined {
  const end = dayNumber(to);
  if (end < dayNumber(from)) return undefined;
  const months = (to.year - from.year) * 12 + (to.month - from.month);
  return dayNumber(addMonths(from, months)) > end ? months - 1 : months;
}
