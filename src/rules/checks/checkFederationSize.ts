import type { Issue } from "../../issues/Issue.js";
import type { RuleSet } from "../registry/RuleSet.js";
import type { CheckOptions } from "./CheckOptions.js";
import { ruleIssue } from "./ruleIssue.js";

/**
 * Checks that a federation (an ADS, a VO, a CLF) has at least as many active members of the right
 * kind as its rule set asks for (`federation.too_few_groups`). Returns no issue when the rule set
 * sets no minimum (`minMembers` left out), as for DAY-NRLM Village Organisations.
 *
 * @param memberGroups - How many of its members are of the rule's `memberKind` and active on the
 *   day of the check (a group not closed, a federation already formed), each counted once.
 * @param ruleSet - The federation's rule set.
 * @param options - The subject, path and label to attach.
 * @returns The issues found.
 *
 * @example
 * ```ts
 * import { checkFederationSize, keralaAreaDevelopmentSociety, nrlmVillageOrganisation } from "@kudumbashree/domain";
 *
 * checkFederationSize(1, keralaAreaDevelopmentSociety).map((issue) => issue.code);
 * //=> ["federation.too_few_groups"]
 * checkFederationSize(2, keralaAreaDevelopmentSociety);
 * //=> []
 * checkFederationSize(0, nrlmVillageOrganisation);
 * //=> []
 * ```
 *
 * @public
 */
export function checkFederationSize(memberGroups: number, ruleSet: RuleSet, options?: CheckOptions): Issue[] {
  const rule = ruleSet.federation;
  const min = rule?.minMembers;
  if (rule === undefined || min === undefined || memberGroups >= min) return [];
  return [ruleIssue("federation.too_few_groups", { memberGroups, min, memberKind: rule.memberKind }, ruleSet, options)];
}
