import type { IssueSubject } from "../Issue.js";
import type { IssueParams } from "../IssueParams.js";
import type { IssueCode } from "../issueCodes.js";

/**
 * Where an issue is and what it is about, as the issue factory takes it and a message template
 * reads it besides the params: the path and subject, how to name that record, the rule set broken,
 * and text from outside the package that the message quotes (a schema library's message, an
 * exception's).
 *
 * @internal
 */
export interface MessageContext {
  readonly subject?: IssueSubject | undefined;
  readonly path?: readonly (string | number)[] | undefined;
  /** How the message names its subject, such as `Anitha (P0042)`. */
  readonly label?: string | undefined;
  /** The rule set whose rule is broken: its key goes into the issue, its title into the message. */
  readonly ruleSet?: { readonly key: string; readonly title: string } | undefined;
  /** Text from outside the package that the message quotes (a zod message, an exception's). */
  readonly detail?: string | undefined;
}

/**
 * One language's messages: a template per issue code, made from the code's params and the
 * context. A catalogue that misses a code does not compile.
 *
 * @internal
 */
export type IssueMessages = {
  readonly [C in IssueCode]: (params: IssueParams[C], context: MessageContext) => string;
};
