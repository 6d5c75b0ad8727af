/**
 * The `params` each issue code carries: the numbers and names behind its message, for apps that
 * build their own messages or act on issues. A code whose entry is `undefined` carries none.
 * Params are part of a code's promise: a release may add a param, never remove or retype one.
 *
 * @example
 * ```ts
 * import { validate, type IssueParams } from "@kudumbashree/domain";
 *
 * const report = validate(
 *   {
 *     schemaVersion: 1,
 *     units: [{ id: "w1", kind: "ward", name: "Ward 1" }],
 *     people: [{ id: "p1", gender: "female", dateOfBirth: "1979-05-02" }],
 *     groups: [{ id: "g1", kind: "auxiliaryGroup", unitId: "w1" }],
 *     memberships: [{ groupId: "g1", personId: "p1", role: "member" }],
 *   },
 *   { asOf: "2021-10-30" },
 * );
 * const issue = report.issues.find((found) => found.code === "age.above_band");
 * const params = issue?.params as IssueParams["age.above_band"] | undefined;
 * params?.age;
 * //=> 42
 * ```
 *
 * @public
 */
export interface IssueParams {
  /** `detail`: what went wrong, as the failing code said it (an exception's message, not translated). */
  readonly "input.unreadable": { readonly detail: string };
  /**
   * `reason` says what is wrong with one cell or field:
   * `missing` (a required field is absent or empty), `invalid_type` (`expected` names the type),
   * `invalid_format` (`expected` names the format, such as `YYYY-MM-DD`), `invalid_value` (`allowed`
   * lists the values allowed, for enums and discriminators such as `kind`), `too_small` and
   * `too_big` (`limit` is the bound), `unrecognized_keys` (`field` is the unknown field), `custom`
   * (`detail` says why, in English), or `truncated` (then `omitted` says how many were not listed).
   * `field` is the field or CSV column at fault; `value` the offending value as written, truncated
   * to 40 characters and escaped (absent when the field is missing); for `invalid_type` and
   * `unrecognized_keys` it is written as JSON writes it (a string in quotes, a number bare), so a
   * message shows it as it is, without quotes of its own. For `unrecognized_keys`, `allowed` lists
   * the fields the record has. `file` and `line` (1-based, as a spreadsheet numbers lines,
   * counting the header as line 1) locate a CSV cell.
   */
  readonly "schema.invalid": {
    readonly reason: string;
    readonly omitted?: number;
    readonly field?: string;
    readonly value?: string;
    readonly expected?: string;
    readonly allowed?: readonly string[];
    readonly limit?: number;
    readonly detail?: string;
    readonly file?: string;
    readonly line?: number;
  };
  readonly "id.duplicate": undefined;
  /** The id that names nothing. */
  readonly "reference.unknown": { readonly id: string };
  /** The id, and the kind of record it names instead. */
  readonly "reference.wrong_kind": { readonly id: string; readonly foundKind: string };
  /** The units of the loop, starting at the one reported. */
  readonly "unit.cycle": { readonly cycle: readonly string[] };
  readonly "unit.kind_order": {
    readonly kind: string;
    readonly parentKind: string;
    readonly name: string;
    readonly parentName: string;
  };
  readonly "group.unit_kind": { readonly unitKind: string; readonly unitId: string };
  readonly "group.dates_reversed": { readonly formedOn: string; readonly closedOn: string };
  readonly "membership.dates_reversed": { readonly from: string; readonly to: string };
  readonly "age.below_band": {
    readonly age: number;
    readonly min: number | null;
    readonly max: number | null;
    readonly dateOfBirth: string;
    readonly asOf: string;
  };
  readonly "age.above_band": {
    readonly age: number;
    readonly min: number | null;
    readonly max: number | null;
    readonly dateOfBirth: string;
    readonly asOf: string;
  };
  readonly "age.unknown": { readonly min: number | null; readonly max: number | null };
  readonly "gender.not_allowed": { readonly gender: string; readonly allowed: readonly string[] };
  readonly "group.below_min_size": {
    readonly size: number;
    readonly min: number | null;
    readonly max: number | null;
    readonly special: boolean;
  };
  readonly "group.above_max_size": {
    readonly size: number;
    readonly min: number | null;
    readonly max: number | null;
    readonly special: boolean;
  };
  readonly "household.duplicate": { readonly householdId: string; readonly personIds: readonly string[] };
  /** The person, the two groups (the one seen first, then this one), their kind and the day. */
  readonly "membership.multiple_groups": {
    readonly personId: string;
    readonly groupIds: readonly string[];
    readonly kind: string;
    readonly asOf: string;
  };
  /**
   * A group short of meetings: the full periods judged, how many were short, the first and last
   * of those (`2021-12` for a month, `2022-W02` for an ISO week), and the meetings asked a period.
   */
  readonly "meeting.cadence_missed": {
    readonly periodsJudged: number;
    readonly periodsMissed: number;
    readonly firstMissed: string;
    readonly lastMissed: string;
    readonly required: number;
  };
  readonly "meeting.cadence_unknown": undefined;
  readonly "ward.no_group": { readonly kind: string; readonly asOf: string };
  readonly "ward.extra_group_not_needed": {
    readonly kind: string;
    readonly groups: number;
    readonly members: number;
    readonly needed: number;
    readonly max: number;
  };
  readonly "leadership.missing": { readonly role: string; readonly required: number; readonly found: number };
  readonly "leadership.girl_required": { readonly roles: readonly string[] };
  readonly "federation.too_few_groups": {
    readonly memberGroups: number;
    readonly min: number;
    readonly memberKind: string;
  };
  readonly "federation.duplicate_in_ward": { readonly unitId: string; readonly count: number };
  /** The field (`meetings.date`, `people.dateOfBirth`, ...), its date, and the range it must be in (null: no end). */
  readonly "date.implausible": {
    readonly field: string;
    readonly date: string;
    readonly earliest: string;
    readonly latest: string | null;
  };
  /** The person, the group, and how many of her rows in the group overlap. */
  readonly "membership.duplicate": { readonly personId: string; readonly groupId: string; readonly rows: number };
  /** The later id, the earlier id it looks like, and their collection (`people`, `groups`, ...). */
  readonly "id.lookalike": { readonly id: string; readonly other: string; readonly collection: string };
  /** Where (`unitId` null on the total, `kind` a byKind key or null), which field, and which rule it breaks. */
  readonly "summary.inconsistent": {
    readonly unitId: string | null;
    readonly kind: string | null;
    readonly field: string;
    readonly rule: string;
  };
  /** The id named, and why the record it names was set aside (its first problem's code). */
  readonly "reference.set_aside": { readonly id: string; readonly because: string };
  readonly "village.no_group": { readonly kind: string; readonly asOf: string };
  /**
   * The member, the day it was formed, its age in whole months on the as-of date, and the
   * minimum age in months the federation's rule set asks of a member.
   */
  readonly "federation.member_too_young": {
    readonly memberId: string;
    readonly formedOn: string;
    readonly ageMonths: number;
    readonly minAgeMonths: number;
  };
  /** The attendee and the meeting's group. */
  readonly "meeting.attendee_not_member": { readonly personId: string; readonly groupId: string };
  /** The file (as the caller named it) and the columns ignored, in file order. */
  readonly "input.columns_ignored": { readonly file: string; readonly columns: readonly string[] };
  /** The household, the member reported and her group, and the member and group met first. */
  readonly "household.multiple_groups": {
    readonly householdId: string;
    readonly personId: string;
    readonly groupId: string;
    readonly otherPersonId: string;
    readonly otherGroupId: string;
  };
  /** The member, and the federation of the same kind that listed it first. */
  readonly "federation.member_in_two": { readonly memberId: string; readonly otherFederationId: string };
  /** Her age on the day she joined, the band, her date of birth and the day she joined. */
  readonly "age.out_of_band_at_joining": {
    readonly age: number;
    readonly min: number | null;
    readonly max: number | null;
    readonly dateOfBirth: string;
    readonly joinedOn: string;
  };
  /** Her age on the as-of date, the band's upper bound, her date of birth and the first day past it. */
  readonly "age.aged_out": {
    readonly age: number;
    readonly max: number;
    readonly dateOfBirth: string;
    readonly agedOutOn: string;
  };
  readonly "ward.coverage_gap": { readonly kind: string; readonly asOf: string };
}
