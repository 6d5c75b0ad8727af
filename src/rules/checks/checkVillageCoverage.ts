import type { Issue } from "../../issues/Issue.js";
import type { RuleSet } from "../registry/RuleSet.js";
import type { CheckOptions } from "./CheckOptions.js";
import { ruleIssue } from "./ruleIssue.js";

/**
 * Checks that a village has an active group of a kind whose rule set asks for one in every
 * village (`village.no_group`).
 *
 * @param activeGroups - The village's active groups of the rule set's kind on `asOf`.
 * @param ruleSet - The rule set of that kind.
 * @param asOf - The day of the check.
 * @param options - The subject (the village), path and label to attach.
 * @returns The issues found.
 * @internal
 */
export function checkVillageCoverage(
  activeGroups: number,
  ruleSet: RuleSet,
  asOf: string,
  options?: CheckOptions,
): Issue[] {
  if (ruleSet.villageCoverage !== true || activeGroups > 0) return [];
  return [ruleIssue("village.no_group", { kind: ruleSet.groupKind, asOf }, ruleSet, options)];
}
