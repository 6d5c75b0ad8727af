import type { SpecialCategory } from "../../entities/Group.js";
import type { Gender } from "../../entities/Person.js";
import type { Issue } from "../../issues/Issue.js";
import { gendersFor } from "../definitions/gender.js";
import type { RuleSet } from "../registry/RuleSet.js";
import type { CheckOptions } from "./CheckOptions.js";
import { ruleIssue } from "./ruleIssue.js";

/**
 * Checks that a rule set admits a member's gender (`gender.not_allowed`, whose `allowed` lists the
 * genders admitted). For a member of a group of a special category, the genders are those of
 * {@link gendersFor}: the category's own `gender` where the rule set's `specialCategories` sets
 * one (DAY-NRLM special SHGs of persons with disabilities, elders and transgender persons may
 * include men and women), else the rule set's `gender`. Returns no issue when every gender is
 * admitted.
 *
 * @param gender - The member's gender.
 * @param ruleSet - The rule set of the member's group.
 * @param options - The subject, path and label to attach, and the group's `specialCategory`.
 * @returns The issues found.
 *
 * @example
 * ```ts
 * import { checkGender, deriveRuleSet, keralaNeighbourhoodGroup } from "@kudumbashree/domain";
 *
 * checkGender("male", keralaNeighbourhoodGroup).map((issue) => issue.code);
 * //=> ["gender.not_allowed"]
 * checkGender("female", keralaNeighbourhoodGroup);
 * //=> []
 * const variant = deriveRuleSet(keralaNeighbourhoodGroup, {
 *   id: "example.neighbourhoodGroup",
 *   version: "1.0.0",
 *   sources: [{ title: "Transgender NHGs", publisher: "MyNation" }],
 *   specialCategories: { transgender: { gender: ["transgender"] } },
 * });
 * checkGender("transgender", variant, { specialCategory: "transgender" });
 * //=> []
 * checkGender("female", variant, { specialCategory: "transgender" }).map((issue) => issue.params);
 * //=> [{ gender: "female", allowed: ["transgender"] }]
 * ```
 *
 * @public
 */
export function checkGender(
  gender: Gender,
  ruleSet: RuleSet,
  options?: CheckOptions & { readonly specialCategory?: SpecialCategory | undefined },
): Issue[] {
  const allowed = gendersFor(ruleSet, options?.specialCategory);
  if (allowed === undefined || allowed.includes(gender)) return [];
  return [ruleIssue("gender.not_allowed", { gender, allowed }, ruleSet, options)];
}
