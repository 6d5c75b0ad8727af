import type { Gender } from "../../entities/Person.js";
import type { Issue } from "../../issues/Issue.js";
import type { RuleSet } from "../registry/RuleSet.js";
import type { CheckOptions } from "./CheckOptions.js";
import { ruleIssue } from "./ruleIssue.js";

/**
 * Checks that a rule set admits a member's gender (`gender.not_allowed`). Returns no issue when
 * the rule set admits every gender.
 *
 * @param gender - The member's gender.
 * @param ruleSet - The rule set of the member's group.
 * @param options - The subject, path and label to attach.
 * @returns The issues found.
 *
 * @example
 * ```ts
 * import { checkGender, keralaNeighbourhoodGroup } from "@kudumbashree/domain";
 *
 * checkGender("male", keralaNeighbourhoodGroup).map((issue) => issue.code);
 * //=> ["gender.not_allowed"]
 * checkGender("female", keralaNeighbourhoodGroup);
 * //=> []
 * ```
 */
export function checkGender(gender: Gender, ruleSet: RuleSet, options?: CheckOptions): Issue[] {
  const allowed = ruleSet.gender;
  if (allowed === undefined || allowed.includes(gender)) return [];
  return [ruleIssue("gender.not_allowed", { gender, allowed }, ruleSet, options)];
}
