import type { Issue } from "../../issues/Issue.js";
import { groupsNeeded } from "../definitions/groupSize.js";
import type { RuleSet } from "../registry/RuleSet.js";
import type { CheckOptions } from "./CheckOptions.js";
import { ruleIssue } from "./ruleIssue.js";

/**
 * Checks that a ward has no more groups of a kind than its members need, where the rule set
 * forms another group only when the first is full (`ward.extra_group_not_needed`). It is a
 * warning, never an error: the auxiliary-group rule it comes from is contested (one district
 * reads the circular as allowing any number of groups), and a built-in rule set may list it as
 * unconfirmed (see `enforcedUnconfirmedFields`).
 *
 * @param groups - The ward's active groups of the rule set's kind.
 * @param members - Their active members in all.
 * @param ruleSet - The rule set of that kind.
 * @param options - The subject (the ward), path and label to attach.
 * @returns The issues found.
 * @internal
 */
export function checkExtraGroups(groups: number, members: number, ruleSet: RuleSet, options?: CheckOptions): Issue[] {
  const max = ruleSet.groupSize?.max;
  if (ruleSet.extraGroupOnlyWhenFull !== true || max === undefined) return [];
  const needed = groupsNeeded(members, max);
  if (groups <= needed) return [];
  return [
    ruleIssue(
      "ward.extra_group_not_needed",
      { kind: ruleSet.groupKind, groups, members, needed, max },
      ruleSet,
      options,
    ),
  ];
}
