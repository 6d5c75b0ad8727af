import type { Issue, IssueSubject } from "./Issue.js";
import { type IssueCode, issueCodes } from "./issueCodes.js";
import type { IssueParams } from "./IssueParams.js";
import type { MessageContext } from "./messages/MessageContext.js";
import { en } from "./messages/en.js";

/**
 * Where an issue is and what it is about, for {@link issue}.
 *
 * @internal
 */
export interface IssueAt {
  readonly path?: readonly (string | number)[] | undefined;
  readonly subject?: IssueSubject | undefined;
  /** The rule set whose rule is broken: its key goes into the issue, its title into the message. */
  readonly ruleSet?: { readonly key: string; readonly title: string } | undefined;
  /** How the message names the subject, such as `Anitha (P0042)`. */
  readonly label?: string | undefined;
  /** Text from outside the package that the message quotes (a zod message, an exception's). */
  readonly detail?: string | undefined;
}

/**
 * Makes an issue: the severity comes from {@link issueCodes}, the message from the code's
 * template, so detection code states only the code, its params and where it is.
 *
 * @internal
 */
export function issue<C extends IssueCode>(code: C, params: IssueParams[C], at: IssueAt = {}): Issue {
  const context: MessageContext = { subject: at.subject, path: at.path, label: at.label, ruleSetTitle: at.ruleSet?.title, detail: at.detail };
  const template = en[code] as (params: IssueParams[C], context: MessageContext) => string;
  return {
    code,
    severity: issueCodes[code].severity,
    message: template(params, context),
    ...(at.path === undefined ? {} : { path: at.path }),
    ...(at.subject === undefined ? {} : { subject: at.subject }),
    ...(at.ruleSet === undefined ? {} : { ruleSet: at.ruleSet.key }),
    ...(params === undefined ? {} : { params: params as NonNullable<Issue["params"]> }),
  };
}
