import { type SchemaParams, schemaFields, schemaFindings, shownValue } from "../../dataset/schemaIssues.js";
import type { Issue } from "../../issues/Issue.js";
import { issue } from "../../issues/issueFactory.js";
import { RuleSet, ruleSetKey } from "./RuleSet.js";
import { ruleSets as builtIn } from "./ruleSets.js";

/**
 * The answer of {@link parseRuleSet}: the checked rule set (a frozen copy) when it has no
 * problem, or every problem found.
 *
 * @example
 * ```ts
 * import { parseRuleSet, type ParseRuleSetResult } from "@kudumbashree/domain";
 *
 * const result: ParseRuleSetResult = parseRuleSet(JSON.parse('{"id":"x"}'));
 * result.ok;
 * //=> false
 * ```
 *
 * @public
 */
export type ParseRuleSetResult =
  | { readonly ok: true; readonly ruleSet: RuleSet; readonly issues: readonly Issue[] }
  | { readonly ok: false; readonly issues: readonly Issue[] };

/**
 * One thing wrong with a would-be rule set: where (a JSON path), what kind of problem (zod's issue
 * code, one of this module's such as `built_in_key`, `unreadable` or `truncated`: it chooses the
 * error a function throws) and the params of its issue (`schema.invalid`'s; `detail` alone when
 * unreadable).
 *
 * @internal
 */
export interface RuleSetProblem {
  readonly path: readonly (string | number)[];
  readonly reason: string;
  readonly params: SchemaParams;
}

/** @internal */
export type InspectedRuleSet =
  | { readonly ok: true; readonly ruleSet: RuleSet }
  | { readonly ok: false; readonly problems: readonly RuleSetProblem[] };

/** At most this many problems are listed: a rule set is small, a hostile one need not be. */
const MAX_PROBLEMS = 100;

/**
 * Rule sets this module made (frozen copies of checked input) or accepted: they cannot change,
 * so they are not checked again.
 */
const checked = new WeakSet<object>();

/**
 * Whether a value is a rule set known to be valid without looking inside: a built-in one (the
 * frozen objects of {@link ruleSets}) or one that {@link parseRuleSet} or {@link deriveRuleSet}
 * returned.
 *
 * @internal
 */
export function isCheckedRuleSet(value: unknown): value is RuleSet {
  return typeof value === "object" && value !== null && (checked.has(value) || builtIn.includes(value as RuleSet));
}

/** Records a frozen rule set as checked and returns it. @internal */
export function markChecked(ruleSet: RuleSet): RuleSet {
  checked.add(ruleSet);
  return ruleSet;
}

/** Whether two JSON-like values hold the same content (key order aside). @internal */
export function sameContent(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every(
    (key) =>
      Object.hasOwn(b, key) && sameContent((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]),
  );
}

/** A problem as a sentence: its issue's message. @internal */
export function describeProblem(problem: RuleSetProblem): string {
  if (problem.reason === "unreadable") return `could not be read: ${problem.params.detail}`;
  return issue("schema.invalid", problem.params, { path: problem.path }).message;
}

/**
 * Checks a would-be rule set: its shape and bounds (the {@link RuleSet} schema), then against the
 * built-in rule sets. Never throws. A valid one comes back as a frozen copy, or as the built-in
 * rule set itself when it has a built-in key and the same content.
 *
 * @internal
 */
export function inspectRuleSet(input: unknown): InspectedRuleSet {
  if (isCheckedRuleSet(input)) return { ok: true, ruleSet: input };
  let ruleSet: RuleSet;
  try {
    const parsed = RuleSet.safeParse(input);
    if (!parsed.success) {
      const { found, omitted } = schemaFindings(parsed.error.issues, input, [], MAX_PROBLEMS, schemaFields(RuleSet));
      // A fraction where a whole number belongs is a value out of range (a RangeError), not of the wrong type.
      const problems = found.map(({ path, params, code }): RuleSetProblem => {
        const reason = code === "invalid_type" && params.expected === "integer" ? "not_whole" : code;
        return { path, reason, params };
      });
      if (omitted > 0) problems.push({ path: [], reason: "truncated", params: { reason: "truncated", omitted } });
      return { ok: false, problems };
    }
    ruleSet = parsed.data;
  } catch (error) {
    return {
      ok: false,
      problems: [{ path: [], reason: "unreadable", params: { reason: "unreadable", detail: errorText(error) } }],
    };
  }
  const key = ruleSetKey(ruleSet);
  const same = builtIn.find((known) => ruleSetKey(known) === key);
  if (same !== undefined) {
    if (sameContent(same, ruleSet)) return { ok: true, ruleSet: same };
    return refuse(["version"], "built_in_key", {
      reason: "custom",
      value: shownValue(ruleSet.version) as string,
      detail: `${key} is a built-in rule set; other rules need their own id or version`,
    });
  }
  if (ruleSet.derivedFrom !== undefined) {
    const base = builtIn.find((known) => ruleSetKey(known) === ruleSet.derivedFrom);
    // It must name a built-in rule set of its own kind: those are the values allowed.
    if (base?.groupKind !== ruleSet.groupKind)
      return refuse(["derivedFrom"], base === undefined ? "derived_from_unknown" : "derived_from_other_kind", {
        reason: "invalid_value",
        value: shownValue(ruleSet.derivedFrom) as string,
        allowed: builtIn.filter((known) => known.groupKind === ruleSet.groupKind).map(ruleSetKey),
      });
  }
  return { ok: true, ruleSet: markChecked(ruleSet) };
}

function refuse(path: readonly string[], reason: string, params: Omit<SchemaParams, "field">): InspectedRuleSet {
  return { ok: false, problems: [{ path, reason, params: { ...params, field: path[0] as string } }] };
}

function errorText(error: unknown): string {
  try {
    return error instanceof Error ? error.message : String(error);
  } catch {
    return "an exception";
  }
}

/**
 * Reads any value (typically `JSON.parse` of a file an officer wrote) as a {@link RuleSet}. It
 * never throws, whatever it is given.
 *
 * It checks the shape and bounds of the {@link RuleSet} schema (a strict object: unknown fields
 * and an own `__proto__` key are refused; whole numbers, ages 0 to 120, group sizes 1 to 10,000),
 * then two rules that need the built-in rule sets:
 * - a rule set with the key of a built-in one (`kerala.balasabha@3.0.0`) must be that rule set,
 *   with the same content; a variant needs its own id or version;
 * - `derivedFrom`, when present, must be the key of a built-in rule set of the same kind (a
 *   variant derived elsewhere, by {@link deriveRuleSet} on another machine, keeps it).
 *
 * Every problem is a `schema.invalid` issue whose `path` points into the input, with the params a
 * dataset's shape issues have (see {@link IssueParams}): `reason` (`missing`, `invalid_type`, ...),
 * the `field`, the `value` found, and what was `expected`, `allowed` or the `limit`. A fraction
 * where a whole number belongs is `invalid_type` (`expected: "integer"`); a `derivedFrom` that
 * names no built-in rule set of the same kind is `invalid_value`, `allowed` listing those that it
 * may name; a built-in key with other content is `custom`, its `detail` saying so. One field
 * gives one issue; an input whose properties throw when read gives `input.unreadable`.
 *
 * The rule set it returns is a deeply frozen copy (or the built-in rule set itself, for a copy of
 * one). {@link validate}, {@link summarize} and {@link ageingOut} recognise it and do not check it
 * a second time.
 *
 * @param input - Anything: a parsed JSON file, an object built by an app.
 * @returns `{ ok: true, ruleSet, issues: [] }` or `{ ok: false, issues }`.
 *
 * @example
 * ```ts
 * import { parseRuleSet } from "@kudumbashree/domain";
 *
 * const result = parseRuleSet({
 *   id: "tripura.balasabha",
 *   version: "1.0.0",
 *   groupKind: "balasabha",
 *   title: "Balasabha (Tripura, an illustration)",
 *   sources: [{ title: "Balasabha guideline (illustration)", publisher: "Tripura Rural Livelihood Mission" }],
 *   ageBand: "abc",
 *   groupSize: { min: 10, max: 2 ** 31 },
 * });
 * result.ok;
 * //=> false
 * result.issues.map((issue) => issue.path?.join("."));
 * //=> ["ageBand", "groupSize.max"]
 * result.issues[1]?.message;
 * //=> "groupSize.max: 2147483648 is too large; max must be at most 10,000."
 * result.issues[1]?.params;
 * //=> { reason: "too_big", field: "max", value: "2147483648", expected: "number", limit: 10000 }
 * ```
 *
 * @public
 */
export function parseRuleSet(input: unknown): ParseRuleSetResult {
  const inspected = inspectRuleSet(input);
  if (inspected.ok) return { ok: true, ruleSet: inspected.ruleSet, issues: [] };
  return {
    ok: false,
    issues: inspected.problems.map(({ path, reason, params }) =>
      reason === "unreadable"
        ? issue("input.unreadable", { detail: params.detail ?? "" })
        : issue("schema.invalid", params, path.length === 0 ? {} : { path }),
    ),
  };
}
