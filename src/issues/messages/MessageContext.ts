import type { LocaleFormat } from "../../locales/Locale.js";
import type { IssueSubject } from "../Issue.js";
import type { IssueParams } from "../IssueParams.js";
import type { IssueCode } from "../issueCodes.js";

/**
 * Where an issue is and what it is about, as the issue factory takes it and a message template
 * reads it besides the params: the path and subject, how to name that record, the rule set broken,
 * and text from outside the package that the message quotes (a schema library's message, an
 * exception's). A locale's templates ({@link IssueMessages}) read it; `formatIssue` rebuilds it
 * from an issue's `subject`, `path`, `label` and `ruleSet`/`ruleSetTitle`.
 *
 * @example
 * ```ts
 * import type { MessageContext } from "@kudumbashree/domain";
 *
 * const context: MessageContext = { subject: { kind: "person", id: "p7" }, label: "Anitha (p7)" };
 * ```
 *
 * @since 0.2.0
 * @public
 */
export interface MessageContext {
  readonly subject?: IssueSubject | undefined;
  readonly path?: readonly (string | number)[] | undefined;
  /** How the message names its subject, such as `Anitha (P0042)`. */
  readonly label?: string | undefined;
  /** The rule set whose rule is broken: its key goes into the issue, its title into the message. */
  readonly ruleSet?: { readonly key: string; readonly title: string } | undefined;
  /**
   * Text from outside the package that the message quotes (a zod message, an exception's). The
   * issue factory moves it into the params (`params.detail`), where templates read it: an issue
   * holds everything its message says.
   */
  readonly detail?: string | undefined;
}

/**
 * One language's messages: a template per issue code, made from the code's params, the
 * context and the locale's number, date and list formats. A catalogue that misses a code does
 * not compile.
 *
 * @example
 * ```ts
 * import { en, type IssueMessages } from "@kudumbashree/domain";
 *
 * const messages: IssueMessages = en.messages;
 * ```
 *
 * @since 0.2.0
 * @public
 */
export type IssueMessages = {
  readonly [C in IssueCode]: (params: IssueParams[C], context: MessageContext, format: LocaleFormat) => string;
};
