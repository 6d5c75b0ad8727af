import type { Issue } from "../../issues/Issue.js";
import { sizeLimitsFor } from "../definitions/groupSize.js";
import type { RuleSet } from "../registry/RuleSet.js";
import type { CheckOptions } from "./CheckOptions.js";
import { ruleIssue } from "./ruleIssue.js";

/**
 * Checks a group's number of active members (resource persons not counted) against its rule
 * set: `group.below_min_size` or `group.above_max_size`.
 *
 * @param members - Active members on the as-of date.
 * @param ruleSet - The group's rule set.
 * @param options - The subject, path and label to attach, and whether the group is `special`.
 * @returns The issues found.
 *
 * @example
 * ```ts
 * import { checkGroupSize, keralaAuxiliaryGroup, keralaNeighbourhoodGroup } from "@kudumbashree/domain";
 *
 * checkGroupSize(51, keralaAuxiliaryGroup).map((issue) => issue.params);
 * //=> [{ size: 51, min: null, max: 50, special: false }]
 * checkGroupSize(50, keralaAuxiliaryGroup);
 * //=> []
 * checkGroupSize(6, keralaNeighbourhoodGroup, { special: true });
 * //=> []
 * ```
 */
export function checkGroupSize(
  members: number,
  ruleSet: RuleSet,
  options?: CheckOptions & { readonly special?: boolean | undefined },
): Issue[] {
  const special = options?.special === true;
  const limits = sizeLimitsFor(ruleSet, special);
  if (limits === undefined) return [];
  const params = { size: members, min: limits.min ?? null, max: limits.max ?? null, special };
  if (limits.min !== undefined && members < limits.min) {
    return [ruleIssue("group.below_min_size", params, ruleSet, options)];
  }
  if (limits.max !== undefined && members > limits.max) {
    return [ruleIssue("group.above_max_size", params, ruleSet, options)];
  }
  return [];
}
