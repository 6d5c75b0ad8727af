import { pure } from "../internal/pure.js";
import { issueSeverities } from "./issueSeverities.js";

/**
 * How serious an {@link Issue} is: an `error` makes a dataset or report not `ok`; a `warning`
 * is worth a look but does not.
 *
 * @example
 * ```ts
 * import type { Severity } from "@kudumbashree/domain";
 *
 * const severity: Severity = "warning";
 * ```
 *
 * @public
 */
export type Severity = "error" | "warning";

/** When each code is reported: the `when` of {@link issueCodes}. */
const descriptions = {
  "input.unreadable": "The input could not be read at all (for example an object whose properties throw when read).",
  "schema.invalid":
    "A record does not have the shape of the interchange format: a missing or misspelt field, a wrong type, " +
    "an unknown value, a date that does not exist.",
  "id.duplicate": "Two units, people, groups, federations or meetings share an id.",
  "reference.unknown":
    "A unit parent, group, federation, membership or meeting names an id that is not in the dataset.",
  "reference.wrong_kind":
    "A reference names a record of the wrong kind: a federation member that is a unit or a person, " +
    "a membership or meeting whose group is a federation or a unit, a group whose ward or village is a group.",
  "unit.cycle": "Following the parents of a unit leads back to the unit.",
  "unit.kind_order": "A unit's parent is not above it in the tree (a ward under a ward, a state under a district).",
  "group.unit_kind": "A group sits in a unit that is not a ward or a village.",
  "group.dates_reversed": "A group's closedOn is before its formedOn.",
  "membership.dates_reversed": "A membership's `to` is before its `from`.",
  "age.below_band": "An active member's age on the as-of date is below the rule set's age band.",
  "age.above_band": "An active member's age on the as-of date is above the rule set's age band.",
  "age.unknown": "The rule set has an age band and an active member has no date of birth.",
  "gender.not_allowed": "The group's rule set does not admit the member's gender.",
  "group.below_min_size":
    "A group has fewer active members (resource persons not counted) than its rule set's minimum.",
  "group.above_max_size": "A group has more active members (resource persons not counted) than its rule set's maximum.",
  "household.duplicate":
    "Two active members of one group come from one household where the rule set admits one per household.",
  "membership.multiple_groups": "A person is an active member of two groups of the same kind at once.",
  "meeting.cadence_missed":
    "A group held fewer meetings than its rule set asks in one or more full calendar months (or ISO weeks) it " +
    "was active before the as-of date: one issue per group, with the periods judged and missed.",
  "meeting.cadence_unknown":
    "A group's rule set asks for regular meetings, but the group has neither a formation date nor any meeting, " +
    "so its cadence cannot be checked.",
  "ward.no_group": "A ward has no active group of a kind whose rule set asks for one in every ward.",
  "ward.extra_group_not_needed":
    "A ward has more groups of a kind than its members need, where the rule set allows another group only " +
    "when the first is full.",
  "leadership.missing": "A group lacks the office bearers its rule set asks for.",
  "leadership.girl_required": "None of a Balasabha's leader and deputy leader is a girl.",
  "federation.too_few_groups":
    "A federation (an ADS, a VO, a CLF) has fewer active members than its rule set asks for.",
  "federation.duplicate_in_ward": "A ward has more than one federation of a kind that is formed once per ward.",
  "date.implausible":
    "A date cannot be real for this domain: a meeting, formation or membership date before 1950, or a date of " +
    "birth before 1900 or after the as-of date. The date is left out of the cadence and age figures.",
  "membership.duplicate":
    "A person has more than one membership row in one group for the same days; she is counted once.",
  "id.lookalike":
    "Two ids differ only by Unicode normalisation, case, zero-width characters or surrounding spaces, so they are " +
    "easily taken for one another.",
  "summary.inconsistent":
    "A summary handed in does not add up: a count that is not a whole number >= 0, a part larger than its whole, " +
    "a ratio its counts do not give, a total that is not the sum of its rows.",
  "reference.set_aside":
    "A record names a record that was set aside because it failed its schema (a membership of a rejected person, " +
    "a meeting of a rejected group), so it is set aside too; fix the record it names.",
  "village.no_group": "A village has no active group of a kind whose rule set asks for one in every village.",
  "federation.member_too_young":
    "A member group or federation was formed more recently than its federation's rule set allows a member to be " +
    "(a VO takes SHGs, a CLF takes VOs, only after some months).",
  "meeting.attendee_not_member":
    "A meeting lists an attendee who has no membership of the meeting's group; she is not counted as attendance.",
  "input.columns_ignored": "An input file has columns the format does not know; they were ignored (once per file).",
  "household.multiple_groups":
    "Women of one household are active members of two different groups of a kind whose rule set admits one " +
    "membership per household across the network (Kudumbashree NHGs).",
  "federation.member_in_two":
    "A group or federation is a member of two federations of one kind that admits it once (an NHG in two ADSs).",
  "age.out_of_band_at_joining": "A member was outside the rule set's age band on the day she joined the group.",
  "age.aged_out":
    "A member who joined within the age band has since passed its upper bound; no source says she must leave, so " +
    "it is a to-do, not an error (see ageingOut).",
  "ward.coverage_gap":
    "A ward has no active group of a kind whose rule set aims at one in every ward (a target, not a condition of " +
    "validity).",
} satisfies Record<keyof typeof issueSeverities, string>;

/**
 * Every issue code this package can report, with its severity and when it is reported. Codes are
 * a public promise: a code is never renamed or given another meaning within a major version.
 * Each code's `params` are typed in {@link IssueParams}; its English message is made from them.
 *
 * @example
 * ```ts
 * import { issueCodes } from "@kudumbashree/domain";
 *
 * issueCodes["age.above_band"].severity;
 * //=> "error"
 * ```
 *
 * @public
 */
export const issueCodes: {
  readonly [C in keyof typeof issueSeverities]: {
    readonly severity: (typeof issueSeverities)[C];
    readonly when: string;
  };
} = pure(() => {
  const table: Record<string, { readonly severity: Severity; readonly when: string }> = {};
  for (const code of Object.keys(issueSeverities) as (keyof typeof issueSeverities)[]) {
    table[code] = Object.freeze({ severity: issueSeverities[code], when: descriptions[code] });
  }
  return Object.freeze(table) as typeof issueCodes;
});

/**
 * One of the stable codes in {@link issueCodes}.
 *
 * @example
 * ```ts
 * import type { IssueCode } from "@kudumbashree/domain";
 *
 * const code: IssueCode = "ward.no_group";
 * ```
 *
 * @public
 */
export type IssueCode = keyof typeof issueSeverities;
