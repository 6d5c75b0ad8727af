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
 * How many groups hold `members` people when a group holds at most `max`: at least one, and
 * enough that none is above the maximum (`max(1, ceil(members / max))`). {@link planGroups}
 * plans with it and `validate` judges a ward's extra groups by it.
 *
 * @internal
 */
export function groupsNeeded(members: number, max: number): number {
  return Math.max(1, Math.ceil(members / max));
}
