import type { Person } from "../../entities/Person.js";
import type { Issue } from "../../issues/Issue.js";
import type { RuleSet } from "../registry/RuleSet.js";
import type { CheckOptions } from "./CheckOptions.js";
import { ruleIssue } from "./ruleIssue.js";

/**
 * Checks that a group's active members come from different households where the rule set admits
 * one member per household (`household.duplicate`, one issue per household, naming its members).
 * Members without a `householdId` are not compared.
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
