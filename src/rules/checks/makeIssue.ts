import type { Issue, IssueParam } from "../../issues/Issue.js";
import { issueCodes, type IssueCode } from "../../issues/issueCodes.js";
import type { CheckOptions } from "./CheckOptions.js";
import { type RuleSet, ruleSetKey } from "../registry/RuleSet.js";

/** Builds a rule issue with the severity its code always has. @internal */
export function ruleIssue(
  code: IssueCode,
  message: string,
  ruleSet: RuleSet,
  options: CheckOptions | undefined,
  params: Record<string, IssueParam>,
): Issue {
  return {
    code,
    severity: issueCodes[code].severity,
    message,
    ...(options?.path === undefined ? {} : { path: options.path }),
    ...(options?.subject === undefined ? {} : { subject: options.subject }),
    ruleSet: ruleSetKey(ruleSet),
    params,
  };
}

/** "ages 18 to 40", "ages 18 and over", "15 to 30 members". @internal */
export function describeRange(range: { readonly min?: number; readonly max?: number }, unit: string): string {
  if (range.min !== undefined && range.max !== undefined) return `${range.min} to ${range.max} ${unit}`;
  if (range.min !== undefined) return `at least ${range.min} ${unit}`;
  return `at most ${range.max ?? 0} ${unit}`;
}
