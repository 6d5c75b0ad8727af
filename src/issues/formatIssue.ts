import { typeError } from "../internal/errors.js";
import { describeValue } from "../internal/guards.js";
import { en } from "../locales/en.js";
import type { Locale } from "../locales/Locale.js";
import { localeFormat } from "../locales/localeFormat.js";
import type { Issue, IssueSubject } from "./Issue.js";
import type { MessageContext } from "./messages/MessageContext.js";

type Template = (params: unknown, context: MessageContext, format: ReturnType<typeof localeFormat>) => unknown;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * Throws unless `locale` looks like a Locale: an object with a tag and a messages object.
 *
 * @internal
 */
export function requireLocale(locale: unknown, fn: string): Locale {
  let looksLikeOne: boolean;
  try {
    looksLikeOne = isObject(locale) && typeof locale["tag"] === "string" && isObject(locale["messages"]);
  } catch {
    looksLikeOne = false; // a getter that throws
  }
  if (!looksLikeOne)
    throw typeError(
      `${fn}'s locale must be a Locale such as en or ml (from @kudumbashree/domain/locales/ml), ` +
        `got ${describeValue(locale)}`,
    );
  return locale as unknown as Locale;
}

/** What a message is made from besides its params, read from the issue (anything malformed left out). */
function contextOf(issue: Record<string, unknown>): MessageContext {
  const { subject, path, label, ruleSet, ruleSetTitle } = issue;
  const validSubject =
    isObject(subject) && typeof subject["kind"] === "string" && typeof subject["id"] === "string"
      ? (subject as unknown as IssueSubject)
      : undefined;
  const validPath =
    Array.isArray(path) && path.every((key) => typeof key === "string" || typeof key === "number")
      ? (path as (string | number)[])
      : undefined;
  return {
    subject: validSubject,
    path: validPath,
    label: typeof label === "string" ? label : undefined,
    ruleSet:
      typeof ruleSetTitle === "string"
        ? { key: typeof ruleSet === "string" ? ruleSet : "", title: ruleSetTitle }
        : undefined,
  };
}

/**
 * Says an issue's message in a locale: the code's template in `locale` (English, formatted for
 * India, by default), filled with the issue's `params`, `subject`, `path`, `label` and
 * `ruleSetTitle`. In English it gives the issue's own `message`. Numbers are grouped and dates
 * ordered as the locale writes them (English keeps dates as the data writes them, `YYYY-MM-DD`).
 *
 * An issue this version cannot say again (a code it does not know, from a newer version, or
 * params its template cannot read) gives its own `message`, in English. Like `message`, the text
 * quotes the data as it is: escape it for a terminal (the command line does).
 *
 * @param issue - An issue from `validate`, `parseDataset`, a summary, or JSON that holds one.
 * @param locale - The locale: `en` (the default), or one imported from `@kudumbashree/domain/locales/ml`,
 * `/hi`, `/as` or `/bn`.
 * @returns The message.
 * @throws TypeError when `issue` is not an object that either a template can read or has a
 * `message`, or `locale` is not a Locale; RangeError when the locale's tag is not a language tag.
 *
 * @example
 * ```ts
 * import { formatIssue, validate } from "@kudumbashree/domain";
 *
 * const report = validate(
 *   {
 *     schemaVersion: 1,
 *     units: [{ id: "w1", kind: "ward", name: "Ward 1" }],
 *     people: [{ id: "p1", name: "Anitha", gender: "female", dateOfBirth: "1979-05-02" }],
 *     groups: [{ id: "g1", kind: "auxiliaryGroup", unitId: "w1" }],
 *     memberships: [{ groupId: "g1", personId: "p1", role: "member" }],
 *   },
 *   { asOf: "2021-10-30" },
 * );
 * const issue = report.issues.find((found) => found.code === "age.above_band");
 * formatIssue(issue!) === issue?.message;
 * //=> true
 * issue?.label;
 * //=> "Anitha (p1)"
 * formatIssue({ code: "code.from_a_newer_version", severity: "warning", message: "Said in English." } as never);
 * //=> "Said in English."
 * ```
 *
 * @since 0.2.0
 * @public
 */
export function formatIssue(issue: Issue, locale: Locale = en): string {
  const checked = requireLocale(locale, "formatIssue");
  if (!isObject(issue)) throw typeError(`formatIssue needs an issue object, got ${describeValue(issue)}`);
  const format = localeFormat(checked, "formatIssue");
  try {
    const code: unknown = issue.code;
    const params: unknown = issue.params;
    const messages = checked.messages as unknown as Record<string, unknown>;
    const template = typeof code === "string" && Object.hasOwn(messages, code) ? messages[code] : undefined;
    if (typeof template === "function" && (params === undefined || isObject(params))) {
      const text = (template as Template)(params, contextOf(issue as unknown as Record<string, unknown>), format);
      if (typeof text === "string") return text;
    }
  } catch {
    // A forged issue (getters that throw, params of another shape): its own message, if it has one.
  }
  let fallback: unknown;
  try {
    fallback = issue.message;
  } catch {
    fallback = undefined;
  }
  if (typeof fallback === "string") return fallback;
  throw typeError(`formatIssue cannot say this issue: it has no code this version knows and no message`);
}
