import type { Issue } from "./Issue.js";
import type { IssueParams } from "./IssueParams.js";
import type { IssueCode } from "./issueCodes.js";
import { issueSeverities } from "./issueSeverities.js";
import { en } from "./messages/en.js";
import type { MessageContext } from "./messages/MessageContext.js";

/**
 * Where an issue is and what it is about, for {@link issue}: the path, subject, label, rule set
 * and quoted detail.
 *
 * @internal
 */
export type IssueAt = MessageContext;

/**
 * Makes an issue: the severity comes from the code table (issueCodes), the message from the code's
 * template, so detection code states only the code, its params and where it is.
 *
 * @internal
 */
export function issue<C extends IssueCode>(code: C, params: IssueParams[C], at: IssueAt = {}): Issue {
  const template = en[code] as (params: IssueParams[C], context: MessageContext) => string;
  return {
    code,
    severity: issueSeverities[code],
    message: template(params, at),
    ...(at.path === undefined ? {} : { path: at.path }),
    ...(at.subject === undefined ? {} : { subject: at.subject }),
    ...(at.ruleSet === undefined ? {} : { ruleSet: at.ruleSet.key }),
    ...(params === undefined ? {} : { params: params as NonNullable<Issue["params"]> }),
  };
}
