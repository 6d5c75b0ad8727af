import type { Issue } from "../../issues/Issue.js";
import type { CheckOptions } from "./CheckOptions.js";
import { describeRange, ruleIssue } from "./makeIssue.js";
import type { RuleSet, SizeLimits } from "../registry/RuleSet.js";

/**
 * The size limits that apply to a group: `specialGroupSize` for a group formed under the
 * special-group provisions, when the rule set has one, otherwise `groupSize`.
 *
 * @param ruleSet - The group's rule set.
 * @param special - Whether the group is a special group.
 * @returns The limits, or `undefined` when the rule set sets none.
 *
 * @example
 * ```ts
 * import { sizeLimitsFor, nrlmSelfHelpGroup } from "@kudumbashree/domain";
 *
 * sizeLimitsFor(nrlmSelfHelpGroup, true);
 * //=> { min: 5, max: 20 }
 * ```
 */
export function sizeLimitsFor(ruleSet: RuleSet, special: boolean | undefined): SizeLimits | undefined {
  return special === true && ruleSet.specialGroupSize !== undefined ? ruleSet.specialGroupSize : ruleSet.groupSize;
}

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
export function checkGroupSize(members: number, ruleSet: RuleSet, options?: CheckOptions & { readonly special?: boolean | undefined }): Issue[] {
  const special = options?.special === true;
  const limits = sizeLimitsFor(ruleSet, special);
  if (limits === undefined) return [];
  const who = options?.label ?? "The group";
  const params = { size: members, min: limits.min ?? null, max: limits.max ?? null, special };
  const kind = special ? `a special group under ${ruleSet.title}` : ruleSet.title;
  if (limits.min !== undefined && members < limits.min) {
    return [ruleIssue("group.below_min_size", `${who} has ${members} active members; ${kind} needs ${describeRange(limits, "members")}.`, ruleSet, options, params)];
  }
  if (limits.max !== undefined && members > limits.max) {
    return [ruleIssue("group.above_max_size", `${who} has ${members} active members; ${kind} allows ${describeRange(limits, "members")}.`, ruleSet, options, params)];
  }
  return [];
}
