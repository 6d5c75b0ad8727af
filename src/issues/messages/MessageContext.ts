import type { IssueSubject } from "../Issue.js";
import type { IssueCode } from "../issueCodes.js";
import type { IssueParams } from "../IssueParams.js";

/**
 * What a message template may use besides the issue's params: where the issue is and whom it is
 * about, how to name that record, the title of the rule set broken, and text from outside the
 * package that the message quotes (a schema library's message, an exception's).
 *
 * @internal
 */
export interface MessageContext {
  readonly subject?: IssueSubject | undefined;
  readonly path?: readonly (string | number)[] | undefined;
  /** How the message names its subject, such as `Anitha (P0042)`. */
  readonly label?: string | undefined;
  readonly ruleSetTitle?: string | undefined;
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
