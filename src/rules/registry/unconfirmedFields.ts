import { z } from "zod";
import { pure } from "../../internal/pure.js";

/**
 * The schema of an {@link UnconfirmedField}: the name of a rule-set field (a federation rule's
 * parts as `federation.minMembers`, `federation.minMemberAgeMonths`, `federation.onePerWard`)
 * that a rule set's `unconfirmedFields` may list.
 *
 * @example
 * ```ts
 * import { UnconfirmedField } from "@kudumbashree/domain";
 *
 * UnconfirmedField.safeParse("meetings").success;
 * //=> true
 * UnconfirmedField.safeParse("federation.minMemberAgeMonths").success;
 * //=> true
 * UnconfirmedField.safeParse("title").success;
 * //=> false
 * ```
 *
 * @public
 */
export const UnconfirmedField = pure(() =>
  z.enum([
    "effectiveFrom",
    "effectiveTo",
    "ageBand",
    "groupSize",
    "specialGroupSize",
    "gender",
    "specialCategories",
    "oneMemberPerHousehold",
    "meetings",
    "wardCoverage",
    "wardCoverageTarget",
    "villageCoverage",
    "extraGroupOnlyWhenFull",
    "leadership",
    "federation",
    "federation.minMembers",
    "federation.minMemberAgeMonths",
    "federation.onePerWard",
  ]),
);

/**
 * A field of a rule set that no source confirms: its dates (`effectiveFrom`, `effectiveTo`), a
 * rule (`meetings`), or a part of the federation rule (`federation.minMemberAgeMonths`). A rule
 * set lists such fields in `unconfirmedFields`; see {@link enforcedUnconfirmedFields} for what a
 * listed field may be. See the {@link UnconfirmedField} schema.
 *
 * @example
 * ```ts
 * import type { UnconfirmedField } from "@kudumbashree/domain";
 *
 * const cadence: UnconfirmedField = "meetings";
 * ```
 *
 * @public
 */
export type UnconfirmedField = z.infer<typeof UnconfirmedField>;

/**
 * The fields a rule set may carry although it lists them as unconfirmed, because they never give
 * an error: the dates only choose between versions of a rule set, and these rules give warnings
 * only (`ward.extra_group_not_needed`, `ward.coverage_gap`, `federation.duplicate_in_ward`).
 */
const NEVER_AN_ERROR: ReadonlySet<UnconfirmedField> = pure(
  () =>
    new Set<UnconfirmedField>([
      "effectiveFrom",
      "effectiveTo",
      "extraGroupOnlyWhenFull",
      "wardCoverageTarget",
      "federation.onePerWard",
    ]),
);

/** The value of a field or of a `federation.` part, read from plain data. */
function fieldValue(ruleSet: Readonly<Record<string, unknown>>, field: string): unknown {
  const [head = "", part] = field.split(".");
  const value = ruleSet[head];
  if (part === undefined) return value;
  return typeof value === "object" && value !== null ? (value as Record<string, unknown>)[part] : undefined;
}

/**
 * The fields a rule set lists in `unconfirmedFields` and yet would enforce as an error: listed,
 * present (not `undefined`, nor `false` for a yes-or-no rule) and not one of the fields that never
 * give an error (`effectiveFrom`, `effectiveTo`, `extraGroupOnlyWhenFull`, `wardCoverageTarget`,
 * `federation.onePerWard`). The `RuleSet` schema refuses a rule set for which this is not empty:
 * an unconfirmed rule is left out of the rule set (its reported value written in the notes), or
 * is one that gives warnings only.
 *
 * @param ruleSet - A rule set, or any object with the fields of one.
 * @returns The offending fields, in the order listed; empty for a rule set that keeps the promise.
 *
 * @example
 * ```ts
 * import { enforcedUnconfirmedFields, getRuleSet } from "@kudumbashree/domain";
 *
 * enforcedUnconfirmedFields(getRuleSet("nrlm.selfHelpGroup@2.0.0"));
 * //=> []
 * enforcedUnconfirmedFields({ meetings: { count: 1, per: "week" }, unconfirmedFields: ["meetings"] });
 * //=> ["meetings"]
 * ```
 *
 * @public
 */
export function enforcedUnconfirmedFields(ruleSet: {
  readonly unconfirmedFields?: readonly UnconfirmedField[] | undefined;
}): UnconfirmedField[] {
  const record = ruleSet as Readonly<Record<string, unknown>>;
  return (ruleSet.unconfirmedFields ?? []).filter((field) => {
    if (NEVER_AN_ERROR.has(field)) return false;
    const value = fieldValue(record, field);
    return value !== undefined && value !== false;
  });
}
