import { enFormat, enMessages } from "../locales/en.js";
import type { LocaleFormat } from "../locales/Locale.js";
import type { Issue } from "./Issue.js";
import type { IssueParams } from "./IssueParams.js";
import type { IssueCode } from "./issueCodes.js";
import { issueSeverities } from "./issueSeverities.js";
import type { MessageContext } from "./messages/MessageContext.js";

/**
 * Where an issue is and what it is about, for {@link issue}: the path, subject, label and rule set.
 *
 * @internal
 */
export type IssueAt = MessageContext;

/**
 * Makes an issue: the severity comes from the code table (issueCodes), the message from the code's
 * English template, so detection code states only the code, its params and where it is. The issue
 * keeps everything its message is made from (params, path, subject, label, rule-set title), so
 * that formatIssue can say it again in another language.
 *
 * @internal
 */
export function issue<C extends IssueCode>(code: C, given: IssueParams[C], at: IssueAt = {}): Issue {
  // Quoted text given beside the params goes into them, so that the issue holds all its message says.
  const params =
    at.detail !== undefined && typeof given === "object" && given !== null && !("detail" in given)
      ? ({ ...given, detail: at.detail } as IssueParams[C])
      : given;
  const template = enMessages[code] as (
    params: IssueParams[C],
    context: MessageContext,
    format: LocaleFormat,
  ) => string;
  return {
    code,
    severity: issueSeverities[code],
    message: template(params, at, enFormat),
    ...(at.path === undefined ? {} : { path: at.path }),
    ...(at.subject === undefined ? {} : { subject: at.subject }),
    ...(at.ruleSet === undefined ? {} : { ruleSet: at.ruleSet.key, ruleSetTitle: at.ruleSet.title }),
    ...(at.label === undefined ? {} : { label: at.label }),
    ...(params === undefined ? {} : { params: params as NonNullable<Issue["params"]> }),
  };
}
