import { parseIsoDate } from "../../internal/calendar.js";
import { deepFreeze } from "../../internal/deepFreeze.js";
import { rangeError } from "../../internal/errors.js";
import { type Citation, type RuleSet, ruleSetKey } from "./RuleSet.js";

/**
 * What {@link deriveRuleSet} changes: a new `id` and `version`, the variant's own `sources`, and
 * any rule to replace. A rule given as `undefined` is removed.
 *
 * @example
 * ```ts
 * import type { RuleSetChanges } from "@kudumbashree/domain";
 *
 * const tripura: RuleSetChanges = {
 *   id: "tripura.balasabha",
 *   version: "1.0.0",
 *   sources: [
 *     {
 *       title: "Balasabha guideline",
 *       publisher: "Tripura Rural Livelihood Mission",
 *       date: "2020",
 *       url: "https://trlm.tripura.gov.in/",
 *     },
 *   ],
 *   groupSize: { min: 10, max: 30 },
 * };
 * ```
 */
export type RuleSetChanges = {
  /** The variant's id, such as `tripura.balasabha`. */
  readonly id: string;
  /** The variant's version. */
  readonly version: string;
  /** Where the variant's rules come from. */
  readonly sources: readonly Citation[];
  /** A title; the base title with the new id when left out. */
  readonly title?: string | undefined;
} & {
  readonly [K in Exclude<keyof RuleSet, "id" | "version" | "groupKind" | "title" | "sources" | "derivedFrom">]?:
    | RuleSet[K]
    | undefined;
};

/**
 * Makes a variant of a rule set, such as a partner state's Balasabha rules, with its own id,
 * version and sources. The base is not touched; the result is frozen and records the base's key
 * in `derivedFrom`.
 *
 * @param base - The rule set to start from.
 * @param changes - The new id, version and sources, and the rules to replace (`undefined` removes one).
 * @returns A new frozen rule set for the same kind of group.
 * @throws RangeError when the result would be inconsistent: an empty id or version, the base's
 *   own key, a minimum above a maximum, a negative or fractional count, a date that is not real.
 *
 * @example
 * ```ts
 * import { deriveRuleSet, keralaBalasabhaCurrent } from "@kudumbashree/domain";
 *
 * // Tripura's Balasabhas average 12.2 children, below Kerala's minimum of 15.
 * const tripura = deriveRuleSet(keralaBalasabhaCurrent, {
 *   id: "tripura.balasabha",
 *   version: "1.0.0",
 *   sources: [
 *     {
 *       title: "Balasabha in NRO partner states",
 *       publisher: "Kudumbashree NRO",
 *       date: "2020-08-14",
 *       url: "https://www.kudumbashree.org/",
 *     },
 *   ],
 *   groupSize: { min: 10, max: 30 },
 * });
 * tripura.groupSize;
 * //=> { min: 10, max: 30 }
 * tripura.derivedFrom;
 * //=> "kerala.balasabha@3.0.0"
 * keralaBalasabhaCurrent.groupSize;
 * //=> { min: 15, max: 30 }
 * ```
 */
export function deriveRuleSet(base: RuleSet, changes: RuleSetChanges): RuleSet {
  const merged: Record<string, unknown> = {
    ...base,
    title: `${base.title} (${changes.id})`,
    derivedFrom: ruleSetKey(base),
  };
  delete merged["unconfirmed"];
  for (const [key, value] of Object.entries(changes)) {
    if (value === undefined) delete merged[key];
    else merged[key] = structuredClone(value);
  }
  const derived = merged as unknown as RuleSet;
  assertConsistent(derived);
  if (ruleSetKey(derived) === ruleSetKey(base))
    fail(`a derived rule set needs its own id or version, not "${ruleSetKey(base)}"`);
  return deepFreeze(derived);
}

function fail(message: string): never {
  throw rangeError(message);
}

function assertConsistent(ruleSet: RuleSet): void {
  if (typeof ruleSet.id !== "string" || ruleSet.id.length === 0) fail("a rule set needs a non-empty id");
  if (typeof ruleSet.version !== "string" || ruleSet.version.length === 0) fail("a rule set needs a non-empty version");
  if (!Array.isArray(ruleSet.sources) || ruleSet.sources.length === 0)
    fail(`rule set ${ruleSetKey(ruleSet)} needs at least one source`);
  for (const name of ["effectiveFrom", "effectiveTo"] as const) {
    const value = ruleSet[name];
    if (value !== undefined && parseIsoDate(value) === undefined)
      fail(`${name} of ${ruleSetKey(ruleSet)} is not a YYYY-MM-DD date: ${value}`);
  }
  if (
    ruleSet.effectiveFrom !== undefined &&
    ruleSet.effectiveTo !== undefined &&
    ruleSet.effectiveTo < ruleSet.effectiveFrom
  ) {
    fail(`${ruleSetKey(ruleSet)} ends (${ruleSet.effectiveTo}) before it starts (${ruleSet.effectiveFrom})`);
  }
  const limits: [string, { readonly min?: number; readonly max?: number } | undefined][] = [
    ["ageBand", ruleSet.ageBand],
    ["groupSize", ruleSet.groupSize],
    ["specialGroupSize", ruleSet.specialGroupSize],
  ];
  for (const [name, range] of limits) {
    if (range === undefined) continue;
    for (const end of [range.min, range.max]) {
      if (end !== undefined && !(Number.isInteger(end) && end >= 0))
        fail(`${name} of ${ruleSetKey(ruleSet)} must hold whole numbers >= 0, got ${String(end)}`);
    }
    if (range.min !== undefined && range.max !== undefined && range.min > range.max) {
      fail(`${name} of ${ruleSetKey(ruleSet)} has min ${range.min} above max ${range.max}`);
    }
  }
  if (ruleSet.meetings !== undefined && !(Number.isInteger(ruleSet.meetings.count) && ruleSet.meetings.count >= 1)) {
    fail(`meetings.count of ${ruleSetKey(ruleSet)} must be a whole number >= 1`);
  }
  for (const { role, count } of ruleSet.leadership?.roles ?? []) {
    if (!(Number.isInteger(count) && count >= 1))
      fail(`leadership count for ${role} in ${ruleSetKey(ruleSet)} must be a whole number >= 1`);
  }
  if (
    ruleSet.federation !== undefined &&
    !(Number.isInteger(ruleSet.federation.minMembers) && ruleSet.federation.minMembers >= 0)
  ) {
    fail(`federation.minMembers of ${ruleSetKey(ruleSet)} must be a whole number >= 0`);
  }
}
