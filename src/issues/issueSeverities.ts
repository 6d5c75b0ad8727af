import { pure } from "../internal/pure.js";
import type { Severity } from "./issueCodes.js";

/**
 * The severity of every issue code, as in {@link issueCodes} but without the descriptions: a
 * smaller table for an app that only needs to sort or filter issues (and what the package's own
 * issue factory reads, so that reporting issues does not bundle the descriptions).
 *
 * @example
 * ```ts
 * import { issueSeverities } from "@kudumbashree/domain";
 *
 * issueSeverities["ward.extra_group_not_needed"];
 * //=> "warning"
 * ```
 *
 * @public
 */
export const issueSeverities = pure(() =>
  Object.freeze({
    "input.unreadable": "error",
    "schema.invalid": "error",
    "id.duplicate": "error",
    "reference.unknown": "error",
    "reference.wrong_kind": "error",
    "unit.cycle": "error",
    "unit.kind_order": "error",
    "group.unit_kind": "error",
    "group.dates_reversed": "error",
    "membership.dates_reversed": "error",
    "age.below_band": "error",
    "age.above_band": "error",
    "age.unknown": "warning",
    "gender.not_allowed": "error",
    "group.below_min_size": "error",
    "group.above_max_size": "error",
    "household.duplicate": "error",
    "membership.multiple_groups": "error",
    "meeting.cadence_missed": "error",
    "meeting.cadence_unknown": "warning",
    "ward.no_group": "error",
    "ward.extra_group_not_needed": "warning",
    "leadership.missing": "error",
    "leadership.girl_required": "error",
    "federation.too_few_groups": "error",
    "federation.duplicate_in_ward": "warning",
    "date.implausible": "error",
    "membership.duplicate": "error",
    "id.lookalike": "warning",
    "summary.inconsistent": "error",
    "reference.set_aside": "warning",
    "village.no_group": "error",
    "federation.member_too_young": "error",
    "meeting.attendee_not_member": "warning",
    "input.columns_ignored": "warning",
    "household.multiple_groups": "error",
    "federation.member_in_two": "error",
    "age.out_of_band_at_joining": "error",
    "age.aged_out": "warning",
    "ward.coverage_gap": "warning",
  } as const satisfies Record<string, Severity>),
);
