import type { IssueSubject } from "../../issues/Issue.js";

/**
 * What the single checks (`checkAgeBand`, `checkGroupSize`, ...) attach to the issues they
 * return, so that a form or a report can say whom an issue is about.
 *
 * @example
 * ```ts
 * import { checkGender, keralaAuxiliaryGroup, type CheckOptions } from "@kudumbashree/domain";
 *
 * const options: CheckOptions = { subject: { kind: "person", id: "p7" }, label: "Arun (p7)" };
 * checkGender("male", keralaAuxiliaryGroup, options)[0]?.subject;
 * //=> { kind: "person", id: "p7" }
 * ```
 *
 * @public
 */
export interface CheckOptions {
  /** The record the issues are about. */
  readonly subject?: IssueSubject | undefined;
  /** Where in the input the record is. */
  readonly path?: readonly (string | number)[] | undefined;
  /** How messages name the record, such as `Anitha (P0042)`. */
  readonly label?: string | undefined;
}
