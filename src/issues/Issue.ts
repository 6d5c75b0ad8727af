import type { IssueCode, Severity } from "./issueCodes.js";

/**
 * The kinds of record an issue can be about.
 *
 * @example
 * ```ts
 * import type { SubjectKind } from "@kudumbashree/domain";
 *
 * const kind: SubjectKind = "group";
 * ```
 *
 * @public
 */
export type SubjectKind = "dataset" | "unit" | "person" | "group" | "federation" | "membership" | "meeting";

/**
 * The record an issue is about: its kind and its id (a membership's id is written
 * `groupId/personId`).
 *
 * @example
 * ```ts
 * import type { IssueSubject } from "@kudumbashree/domain";
 *
 * const subject: IssueSubject = { kind: "group", id: "ag-0001" };
 * ```
 *
 * @public
 */
export interface IssueSubject {
  /** What kind of record it is. */
  readonly kind: SubjectKind;
  /** Its id. */
  readonly id: string;
}

/**
 * A value in an issue's `params`: the numbers and names behind its message.
 *
 * @example
 * ```ts
 * import type { IssueParam } from "@kudumbashree/domain";
 *
 * const band: IssueParam = [18, 40];
 * ```
 *
 * @public
 */
export type IssueParam = string | number | boolean | null | readonly (string | number)[];

/**
 * One problem found in a dataset. `code` is stable across releases (see [the issue codes](../../docs/issue-codes.md));
 * `message` is plain English for a person and may be reworded; `params` carries the numbers
 * behind the message for apps that build their own (typed per code in {@link IssueParams}), and
 * {@link formatIssue} says the message in another language from the code, params, subject, path,
 * label and rule-set title.
 *
 * @example
 * ```ts
 * import { parseDataset } from "@kudumbashree/domain";
 *
 * const result = parseDataset({
 *   schemaVersion: 1,
 *   units: [],
 *   people: [],
 *   groups: [],
 *   memberships: [{ groupId: "g1", personId: "p1", role: "member" }],
 * });
 * result.issues[0]?.code;
 * //=> "reference.unknown"
 * ```
 *
 * @public
 */
export interface Issue {
  /** A stable, machine-readable code such as `age.above_band`; see {@link issueCodes}. */
  readonly code: IssueCode;
  /** Whether it makes the data invalid (`error`) or only deserves a look (`warning`). */
  readonly severity: Severity;
  /** A plain-English sentence a district officer understands. */
  readonly message: string;
  /** Where in the input it is, as keys and array indexes (`["groups", 4, "unitId"]`). */
  readonly path?: readonly (string | number)[];
  /** The record it is about. */
  readonly subject?: IssueSubject;
  /** The key (`id@version`) of the rule set whose rule it breaks, for rule issues. */
  readonly ruleSet?: string;
  /**
   * The title of that rule set, as the message names it (`Kerala auxiliary group (2021)`), so
   * that {@link formatIssue} can say the message again in another language.
   *
   * @since 0.2.0
   */
  readonly ruleSetTitle?: string;
  /**
   * How the message names its subject, from the data: `Anitha (P0042)`. Absent when the record
   * has no name; the message then names it by its kind and id.
   *
   * @since 0.2.0
   */
  readonly label?: string;
  /** The numbers and names behind the message. */
  readonly params?: Readonly<Record<string, IssueParam>>;
}
