import type { SpecialCategory } from "../../entities/Group.js";
import type { RuleSet, SizeLimits } from "../registry/RuleSet.js";

/**
 * The size limits that apply to a group: for a group of a special category, the category's
 * `groupSize` in the rule set's `specialCategories` when it sets one; otherwise, for a special
 * group (marked `special`, or having a category, which implies it), `specialGroupSize` when the
 * rule set has one; otherwise `groupSize`. `validate` and `summarize` both take a group's limits
 * from here.
 *
 * @param ruleSet - The group's rule set.
 * @param special - Whether the group is marked special.
 * @param specialCategory - The group's special category, if it has one.
 * @returns The limits, or `undefined` when the rule set sets none.
 *
 * @example
 * ```ts
 * import { deriveRuleSet, keralaNeighbourhoodGroup, sizeLimitsFor, nrlmSelfHelpGroup } from "@kudumbashree/domain";
 *
 * sizeLimitsFor(nrlmSelfHelpGroup, true);
 * //=> { min: 5, max: 20 }
 * // A category makes the group special.
 * sizeLimitsFor(nrlmSelfHelpGroup, false, "elderly");
 * //=> { min: 5, max: 20 }
 * const variant = deriveRuleSet(keralaNeighbourhoodGroup, {
 *   id: "example.neighbourhoodGroup",
 *   version: "1.0.0",
 *   sources: [{ title: "Transgender NHGs", publisher: "MyNation" }],
 *   specialCategories: { transgender: { groupSize: { min: 5, max: 30 } } },
 * });
 * sizeLimitsFor(variant, true, "transgender");
 * //=> { min: 5, max: 30 }
 * sizeLimitsFor(variant, true, "disability");
 * //=> { max: 20 }
 * ```
 *
 * @public
 */
export function sizeLimitsFor(
  ruleSet: RuleSet,
  special: boolean | undefined,
  specialCategory?: SpecialCategory | undefined,
): SizeLimits | undefined {
  if (specialCategory !== undefined) {
    const categories = ruleSet.specialCategories;
    const limits =
      categories !== undefined && Object.hasOwn(categories, specialCategory)
        ? categories[specialCategory]?.groupSize
        : undefined;
    if (limits !== undefined) return limits;
  }
  const isSpecial = special === true || specialCategory !== undefined;
  return isSpecial && ruleSet.specialGroupSize !== undefined ? ruleSet.specialGroupSize : ruleSet.groupSize;
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
