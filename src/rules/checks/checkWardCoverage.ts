import type { Issue } from "../../issues/Issue.js";
import type { RuleSet } from "../registry/RuleSet.js";
import type { CheckOptions } from "./CheckOptions.js";
import { ruleIssue } from "./ruleIssue.js";

/**
 * Checks that a ward has an active group of a kind whose rule set asks for one in every ward:
 * where the rule set requires one (`wardCoverage`), a ward without one is the error
 * `ward.no_group`; where it only aims at one (`wardCoverageTarget`, a target such as the
 * auxiliary-group circular sets), it is the warning `ward.coverage_gap`. A rule set with both
 * requires one: the error alone is reported.
 *
 * @param activeGroups - The ward's active groups of the rule set's kind on `asOf`.
 * @param ruleSet - The rule set of that kind.
 * @param asOf - The day of the check.
 * @param options - The subject (the ward), path and label to attach.
 * @returns The issues found.
 * @internal
 */
export function checkWardCoverage(
  activeGroups: number,
  ruleSet: RuleSet,
  asOf: string,
  options?: CheckOptions,
): Issue[] {
  if (activeGroups > 0) return [];
  const params = { kind: ruleSet.groupKind, asOf };
  if (ruleSet.wardCoverage === true) return [ruleIssue("ward.no_group", params, ruleSet, options)];
  if (ruleSet.wardCoverageTarget === true) return [ruleIssue("ward.coverage_gap", params, ruleSet, options)];
  return [];
}
