import type { SpecialCategory } from "../../entities/Group.js";
import type { Gender } from "../../entities/Person.js";
import type { RuleSet } from "../registry/RuleSet.js";

/**
 * The genders a group admits as members: for a group of a special category, the category's
 * `gender` in the rule set's `specialCategories` when it sets one (DAY-NRLM special SHGs of
 * persons with disabilities, elders and transgender persons may include men and women);
 * otherwise the rule set's `gender`. `undefined` when every gender is admitted.
 *
 * @param ruleSet - The group's rule set.
 * @param specialCategory - The group's special category, if it has one.
 * @returns The genders admitted, or `undefined` for any.
 *
 * @example
 * ```ts
 * import { deriveRuleSet, gendersFor, nrlmSelfHelpGroup } from "@kudumbashree/domain";
 *
 * gendersFor(nrlmSelfHelpGroup);
 * //=> ["female"]
 * const variant = deriveRuleSet(nrlmSelfHelpGroup, {
 *   id: "example.selfHelpGroup",
 *   version: "1.0.0",
 *   sources: [{ title: "Master Circular on DAY-NRLM (earlier edition)", publisher: "Reserve Bank of India" }],
 *   specialCategories: { disability: { gender: ["female", "male", "transgender"] } },
 * });
 * gendersFor(variant, "disability");
 * //=> ["female", "male", "transgender"]
 * gendersFor(variant, "remoteArea");
 * //=> ["female"]
 * ```
 *
 * @public
 */
export function gendersFor(
  ruleSet: RuleSet,
  specialCategory?: SpecialCategory | undefined,
): readonly Gender[] | undefined {
  if (specialCategory !== undefined) {
    const categories = ruleSet.specialCategories;
    const genders =
      categories !== undefined && Object.hasOwn(categories, specialCategory)
        ? categories[specialCategory]?.gender
        : undefined;
    if (genders !== undefined) return genders;
  }
  return ruleSet.gender;
}
