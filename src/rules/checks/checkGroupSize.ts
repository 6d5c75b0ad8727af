import type { SpecialCategory } from "../../entities/Group.js";
import type { Issue } from "../../issues/Issue.js";
import { sizeLimitsFor } from "../definitions/groupSize.js";
import type { RuleSet } from "../registry/RuleSet.js";
import type { CheckOptions } from "./CheckOptions.js";
import { ruleIssue } from "./ruleIssue.js";

/**
 * Checks a group's number of active members (resource persons not counted) against its rule
 * set: `group.below_min_size` or `group.above_max_size`. The limits are those of
 * {@link sizeLimitsFor}: a special category's own limits where the rule set's `specialCategories`
 * sets them, else `specialGroupSize` for a special group (marked `special`, or having a
 * `specialCategory`), else `groupSize`. The issue's `special` param says whether the group was
 * judged as special.
 *
 * @param members - Active members on the as-of date.
 * @param ruleSet - The group's rule set.
 * @param options - The subject, path and label to attach, whether the group is `special`, and its
 *   `specialCategory`.
 * @returns The issues found.
 *
 * @example
 * ```ts
 * import { checkGroupSize, deriveRuleSet, keralaAuxiliaryGroup, keralaNeighbourhoodGroup } from "@kudumbashree/domain";
 *
 * checkGroupSize(51, keralaAuxiliaryGroup).map((issue) => issue.params);
 * //=> [{ size: 51, min: null, max: 50, special: false }]
 * checkGroupSize(50, keralaAuxiliaryGroup);
 * //=> []
 * checkGroupSize(6, keralaNeighbourhoodGroup, { special: true });
 * //=> []
 * const variant = deriveRuleSet(keralaNeighbourhoodGroup, {
 *   id: "example.neighbourhoodGroup",
 *   version: "1.0.0",
 *   sources: [{ title: "Transgender NHGs", publisher: "MyNation" }],
 *   specialCategories: { transgender: { groupSize: { min: 5, max: 30 } } },
 * });
 * checkGroupSize(25, variant, { specialCategory: "transgender" });
 * //=> []
 * checkGroupSize(25, variant, { specialCategory: "disability" }).map((issue) => issue.params);
 * //=> [{ size: 25, min: null, max: 20, special: true }]
 * ```
 *
 * @public
 */
export function checkGroupSize(
  members: number,
  ruleSet: RuleSet,
  options?: CheckOptions & {
    readonly special?: boolean | undefined;
    readonly specialCategory?: SpecialCategory | undefined;
  },
): Issue[] {
  const category = options?.specialCategory;
  const special = options?.special === true || category !== undefined;
  const limits = sizeLimitsFor(ruleSet, special, category);
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
