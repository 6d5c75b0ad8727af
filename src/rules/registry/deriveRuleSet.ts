import { rangeError, typeError } from "../../internal/errors.js";
import { describeValue } from "../../internal/guards.js";
import { pure } from "../../internal/pure.js";
import { describeProblem, type InspectedRuleSet, inspectRuleSet } from "./parseRuleSet.js";
import { type Citation, RuleSet, ruleSetKey } from "./RuleSet.js";
import { ruleSets as builtIn } from "./ruleSets.js";

/**
 * What {@link deriveRuleSet} changes: a new `id` and `version`, the variant's own `sources`, and
 * any rule to replace. A rule given as `undefined` is removed.
 *
 * @example
 * ```ts
 * import type { RuleSetChanges } from "@kudumbashree/domain";
 *
 * // An illustration: not a published Tripura guideline (a real variant cites the state's document).
 * const tripura: RuleSetChanges = {
 *   id: "tripura.balasabha",
 *   version: "1.0.0",
 *   sources: [{ title: "Balasabha guideline (illustration)", publisher: "Tripura Rural Livelihood Mission" }],
 *   groupSize: { min: 10, max: 30 },
 * };
 * ```
 *
 * @public
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

/** The keys `changes` may have: every field of a rule set but its kind and where it comes from. */
const CHANGEABLE: ReadonlySet<string> = pure(
  () => new Set(Object.keys(RuleSet.unwrap().shape).filter((key) => key !== "groupKind" && key !== "derivedFrom")),
);

/** Zod's issue codes for a value of the wrong type or shape: a TypeError; anything else a RangeError. */
const TYPE_REASONS: ReadonlySet<string> = pure(
  () => new Set(["invalid_type", "unrecognized_keys", "invalid_union", "unreadable"]),
);

/**
 * Makes a variant of a rule set, such as a partner state's Balasabha rules, with its own id,
 * version and sources. The base is not touched; the result is checked with {@link parseRuleSet},
 * frozen, and records in `derivedFrom` the built-in rule set it descends from: the base's key when
 * the base is built-in, else the base's own `derivedFrom` (a variant of a variant keeps the
 * built-in origin; a variant of a hand-written rule set without one has none).
 *
 * The base's `unconfirmed` notes and `unconfirmedFields` are not carried over, since they are
 * about the base's sources; `changes` gives the variant's own where it has any (a state that
 * confirms a cadence the national rule set leaves out adds `meetings`, with its own source).
 *
 * `changes` may name only `id`, `version`, `title`, `sources` and the rules; `id`, `version` and
 * `sources` are required. An unknown key (a misspelt rule, a `__proto__` key from `JSON.parse`) is
 * refused rather than ignored, so a change cannot go unnoticed or hide a rule.
 *
 * @param base - The rule set to start from: a built-in one, or any that passes {@link parseRuleSet}.
 * @param changes - The new id, version and sources, and the rules to replace (`undefined` removes one).
 * @returns A new frozen rule set for the same kind of group.
 * @throws TypeError when `base` is not a valid rule set, `changes` is not an object, names an
 *   unknown key or lacks `id`, `version` or `sources`, or a change has the wrong type (a string
 *   for a number, say).
 * @throws RangeError when the result would be inconsistent or out of bounds: an id that is not a
 *   dotted name, the base's own key or another built-in one, a minimum above a maximum, a size
 *   above 10,000, a fractional count, a date that is not real (the first problem found is named).
 *
 * @example
 * ```ts
 * import { deriveRuleSet, keralaBalasabhaCurrent } from "@kudumbashree/domain";
 *
 * // Tripura's Balasabhas average 12.2 children (1,529 in 125), below Kerala's minimum of 15. An
 * // illustration: the source reports these figures, not a Tripura rule.
 * const tripura = deriveRuleSet(keralaBalasabhaCurrent, {
 *   id: "tripura.balasabha",
 *   version: "1.0.0",
 *   sources: [
 *     {
 *       title: "Four states replicates Kudumbashree Balasabha model through NRO",
 *       publisher: "Local Self Government Department, Government of Kerala",
 *       date: "2020-08-14",
 *       url: "http://lsgkerala.gov.in/en/node/2447",
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
 *
 * @public
 */
export function deriveRuleSet(base: RuleSet, changes: RuleSetChanges): RuleSet {
  const checkedBase = inspectRuleSet(base);
  if (!checkedBase.ok)
    throw typeError(`the base of deriveRuleSet is not a valid rule set: ${firstProblem(checkedBase)}`);
  const from = checkedBase.ruleSet;
  const changed = readChanges(changes);
  const merged: Record<string, unknown> = { ...from };
  // The base's notes and unconfirmed fields are about the base's sources; the variant gives its own.
  delete merged["unconfirmed"];
  delete merged["unconfirmedFields"];
  delete merged["derivedFrom"];
  const origin = builtIn.includes(from) ? ruleSetKey(from) : from.derivedFrom;
  if (origin !== undefined) merged["derivedFrom"] = origin;
  if (typeof changed.get("id") === "string") merged["title"] = `${from.title} (${String(changed.get("id"))})`;
  for (const [key, value] of changed) {
    if (value !== undefined) merged[key] = value;
    else if (key !== "title") delete merged[key];
  }
  if (merged["id"] === from.id && merged["version"] === from.version)
    throw rangeError(`a derived rule set needs its own id or version, not "${ruleSetKey(from)}"`);
  const derived = inspectRuleSet(merged);
  if (!derived.ok) {
    const text = `deriveRuleSet would make an invalid rule set: ${firstProblem(derived)}`;
    throw TYPE_REASONS.has(derived.problems[0]?.reason ?? "") ? typeError(text) : rangeError(text);
  }
  return derived.ruleSet;
}

function firstProblem(inspected: InspectedRuleSet): string {
  return inspected.ok || inspected.problems[0] === undefined ? "" : describeProblem(inspected.problems[0]);
}

/** The changes as a map of own keys to values, read once; throws a TypeError on a wrong key. */
function readChanges(changes: unknown): Map<string, unknown> {
  if (typeof changes !== "object" || changes === null || Array.isArray(changes))
    throw typeError(`deriveRuleSet needs a changes object, got ${describeValue(changes)}`);
  const read = new Map<string, unknown>();
  let keys: (string | symbol)[];
  try {
    keys = Reflect.ownKeys(changes);
  } catch {
    throw typeError("deriveRuleSet could not read its changes");
  }
  for (const key of keys) {
    if (typeof key !== "string" || !CHANGEABLE.has(key)) {
      throw typeError(
        `deriveRuleSet cannot change ${describeValue(String(key))}; ` +
          "it changes id, version, title, sources and the rules, not groupKind or derivedFrom",
      );
    }
    try {
      read.set(key, (changes as Record<string, unknown>)[key]);
    } catch {
      throw typeError(`deriveRuleSet could not read changes.${key}`);
    }
  }
  for (const key of ["id", "version", "sources"]) {
    if (read.get(key) === undefined) throw typeError(`deriveRuleSet needs changes.${key}`);
  }
  return read;
}
