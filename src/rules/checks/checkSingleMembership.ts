import type { Issue } from "../../issues/Issue.js";
import type { RuleSet } from "../registry/RuleSet.js";
import type { CheckOptions } from "./CheckOptions.js";
import { ruleIssue } from "./ruleIssue.js";

/**
 * Checks that a person is an active member of one group of a kind at a time
 * (`membership.multiple_groups`), given the first such group she was found in.
 *
 * @param personId - The person.
 * @param firstGroupId - The first active group of this kind she was found in, if any.
 * @param groupId - The group being checked.
 * @param ruleSet - The rule set of the group's kind.
 * @param asOf - The day of the check.
 * @param options - The subject, path and label to attach.
 * @returns The issues found.
 * @internal
 */
export function checkSingleMembership(
  personId: string,
  firstGroupId: string | undefined,
  groupId: string,
  ruleSet: RuleSet,
  asOf: string,
  options?: CheckOptions,
): Issue[] {
  if (firstGroupId === undefined || firstGroupId === groupId) return [];
  return [
    ruleIssue(
      "membership.multiple_groups",
      { personId, groupIds: [firstGroupId, groupId], kind: ruleSet.groupKind, asOf },
      ruleSet,
      options,
    ),
  ];
}
