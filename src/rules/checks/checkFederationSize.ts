import type { Issue } from "../../issues/Issue.js";
import type { RuleSet } from "../registry/RuleSet.js";
import type { CheckOptions } from "./CheckOptions.js";
import { ruleIssue } from "./ruleIssue.js";

/**
 * Checks that a federation (an ADS) federates at least as many groups of the right kind as its
 * rule set asks for (`federation.too_few_groups`).
 *
 * @param memberGroups - How many of its members are groups of the rule's `memberKind`.
 * @param ruleSet - The federation's rule set.
 * @param options - The subject, path and label to attach.
 * @returns The issues found.
 *
 * @example
 * ```ts
 * import { checkFederationSize, keralaAreaDevelopmentSociety } from "@kudumbashree/domain";
 *
 * checkFederationSize(1, keralaAreaDevelopmentSociety).map((issue) => issue.code);
 * //=> ["federation.too_few_groups"]
 * checkFederationSize(2, keralaAreaDevelopmentSociety);
 * //=> []
 * ```
 */
export function checkFederationSize(memberGroups: number, ruleSet: RuleSet, options?: CheckOptions): Issue[] {
  const rule = ruleSet.federation;
  if (rule === undefined || memberGroups >= rule.minMembers) return [];
  return [
    ruleIssue(
      "federation.too_few_groups",
      { memberGroups, min: rule.minMembers, memberKind: rule.memberKind },
      ruleSet,
      options,
    ),
  ];
}
