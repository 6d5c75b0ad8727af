import type { Person } from "../../entities/Person.js";
import type { Issue } from "../../issues/Issue.js";
import type { RuleSet } from "../registry/RuleSet.js";
import type { CheckOptions } from "./CheckOptions.js";
import { ruleIssue } from "./ruleIssue.js";

/**
 * Checks that a group's active members come from different households where the rule set admits
 * one member per household (`household.duplicate`, one issue per household, naming its members).
 * Members without a `householdId` are not compared (`validate` counts them in
 * `membersWithoutHousehold`). The rule holds across groups of the kind too: `validate` reports
 * two members of one household in two groups as `household.multiple_groups`.
 *
 * @param members - The group's active members.
 * @param ruleSet - The group's rule set.
 * @param options - The subject (the group), path and label to attach.
 * @returns The issues found.
 *
 * @example
 * ```ts
 * import { checkHouseholds, keralaNeighbourhoodGroup } from "@kudumbashree/domain";
 *
 * checkHouseholds(
 *   [{ id: "p1", householdId: "h1" }, { id: "p2", householdId: "h1" }, { id: "p3", householdId: "h2" }],
 *   keralaNeighbourhoodGroup,
 * ).map((issue) => issue.params);
 * //=> [{ householdId: "h1", personIds: ["p1", "p2"] }]
 * ```
 *
 * @public
 */
export function checkHouseholds(
  members: readonly Pick<Person, "id" | "householdId">[],
  ruleSet: RuleSet,
  options?: CheckOptions,
): Issue[] {
  if (ruleSet.oneMemberPerHousehold !== true) return [];
  const byHousehold = new Map<string, string[]>();
  for (const member of members) {
    if (member.householdId === undefined) continue;
    const ids = byHousehold.get(member.householdId);
    if (ids === undefined) byHousehold.set(member.householdId, [member.id]);
    else ids.push(member.id);
  }
  const issues: Issue[] = [];
  for (const [householdId, personIds] of byHousehold) {
    if (personIds.length < 2) continue;
    issues.push(ruleIssue("household.duplicate", { householdId, personIds }, ruleSet, options));
  }
  return issues;
}

/**
 * Checks that two active members of one household are not in two different groups of a kind whose
 * rule set admits one member per household: Kudumbashree limits a household to a single NHG
 * membership across the network (thekudumbashreestory.info NHG page), not only within one NHG.
 * Given the first member of her household met among groups of the kind, the later member is
 * reported (`household.multiple_groups`, naming the first). Two members of one group are
 * `household.duplicate` ({@link checkHouseholds}), and one person in two groups
 * `membership.multiple_groups`: neither is reported here.
 *
 * @param member - The member met now: her id, her group's and her household's.
 * @param first - The first member of her household met in a group of the kind, if any.
 * @param ruleSet - The rule set of the groups' kind.
 * @param options - The subject (her membership), path and label to attach.
 * @returns The issues found.
 * @internal
 */
export function checkHouseholdAcrossGroups(
  member: { readonly personId: string; readonly groupId: string; readonly householdId: string },
  first: { readonly personId: string; readonly groupId: string } | undefined,
  ruleSet: RuleSet,
  options?: CheckOptions,
): Issue[] {
  if (ruleSet.oneMemberPerHousehold !== true || first === undefined) return [];
  if (first.groupId === member.groupId || first.personId === member.personId) return [];
  const params = {
    householdId: member.householdId,
    personId: member.personId,
    groupId: member.groupId,
    otherPersonId: first.personId,
    otherGroupId: first.groupId,
  };
  return [ruleIssue("household.multiple_groups", params, ruleSet, options)];
}
