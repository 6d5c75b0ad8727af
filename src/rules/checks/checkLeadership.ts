import type { Role } from "../../entities/Membership.js";
import type { Gender } from "../../entities/Person.js";
import type { Issue } from "../../issues/Issue.js";
import type { RuleSet } from "../registry/RuleSet.js";
import type { CheckOptions } from "./CheckOptions.js";
import { ruleIssue } from "./ruleIssue.js";

/**
 * Checks a group's office bearers against its rule set: `leadership.missing` for each role with
 * fewer active holders than asked, and `leadership.girl_required` when none of the holders of the
 * roles that need a girl (a Balasabha's leader and deputy leader) is one.
 *
 * @param holders - The role and gender of each active membership of the group.
 * @param ruleSet - The group's rule set.
 * @param options - The subject, path and label to attach.
 * @returns The issues found.
 *
 * @example
 * ```ts
 * import { checkLeadership, keralaBalasabhaCurrent } from "@kudumbashree/domain";
 *
 * checkLeadership(
 *   [
 *     { role: "leader", gender: "male" },
 *     { role: "deputyLeader", gender: "male" },
 *   ],
 *   keralaBalasabhaCurrent,
 * ).map((issue) => issue.code);
 * //=> ["leadership.girl_required"]
 * checkLeadership([{ role: "leader", gender: "female" }], keralaBalasabhaCurrent).map((issue) => issue.params);
 * //=> [{ role: "deputyLeader", required: 1, found: 0 }]
 * ```
 *
 * @public
 */
export function checkLeadership(
  holders: readonly { readonly role: Role; readonly gender?: Gender | undefined }[],
  ruleSet: RuleSet,
  options?: CheckOptions,
): Issue[] {
  const rule = ruleSet.leadership;
  if (rule === undefined) return [];
  const issues: Issue[] = [];
  for (const { role, count } of rule.roles) {
    let found = 0;
    for (const holder of holders) if (holder.role === role) found++;
    if (found < count) {
      issues.push(ruleIssue("leadership.missing", { role, required: count, found }, ruleSet, options));
    }
  }
  const girlAmong = rule.girlAmong;
  if (girlAmong !== undefined) {
    const named = holders.filter((holder) => girlAmong.includes(holder.role));
    if (named.length > 0 && !named.some((holder) => holder.gender === "female")) {
      issues.push(ruleIssue("leadership.girl_required", { roles: girlAmong }, ruleSet, options));
    }
  }
  return issues;
}
