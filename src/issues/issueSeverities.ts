import type { Severity } from "./issueCodes.js";

/**
 * The severity of every issue code: all the issue factory needs, in a module of its own so that
 * a bundle that only reports issues does not carry the descriptions of `issueCodes`.
 *
 * @internal
 */
export const issueSeverities = {
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
} as const satisfies Record<string, Severity>;
