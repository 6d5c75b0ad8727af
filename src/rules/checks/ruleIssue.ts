import type { Issue } from "../../issues/Issue.js";
import type { IssueParams } from "../../issues/IssueParams.js";
import type { IssueCode } from "../../issues/issueCodes.js";
import { issue } from "../../issues/issueFactory.js";
import { type RuleSet, ruleSetKey } from "../registry/RuleSet.js";
import type { CheckOptions } from "./CheckOptions.js";

/** An issue for a broken rule of a rule set, about the record the check options name. @internal */
export function ruleIssue<C extends IssueCode>(
  code: C,
  params: IssueParams[C],
  ruleSet: RuleSet,
  options: CheckOptions | undefined,
): Issue {
  return issue(code, params, {
    path: options?.path,
    subject: options?.subject,
    label: options?.label,
    ruleSet: { key: ruleSetKey(ruleSet), title: ruleSet.title },
  });
}
