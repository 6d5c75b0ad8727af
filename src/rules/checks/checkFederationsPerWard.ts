import type { Issue } from "../../issues/Issue.js";
import type { RuleSet } from "../registry/RuleSet.js";
import type { CheckOptions } from "./CheckOptions.js";
import { ruleIssue } from "./ruleIssue.js";

/**
 * Checks that a ward has one federation of a kind formed once per ward
 * (`federation.duplicate_in_ward`, a warning, on the second and later ones).
 *
 * @param count - Which federation of its kind in the ward this one is (1 for the first).
 * @param unitId - The ward.
 * @param ruleSet - The federation's rule set.
 * @param options - The subject (the federation), path and label to attach.
 * @returns The issues found.
 * @internal
 */
export function checkFederationsPerWard(
  count: number,
  unitId: string,
  ruleSet: RuleSet,
  options?: CheckOptions,
): Issue[] {
  if (ruleSet.federation?.onePerWard !== true || count <= 1) return [];
  return [ruleIssue("federation.duplicate_in_ward", { unitId, count }, ruleSet, options)];
}
