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
 */
export type ParseRuleSetResult =
  | { readonly ok: true; readonly ruleSet: RuleSet; readonly issues: readonly Issue[] }
  | { readonly ok: false; readonly issues: readonly Issue[] };

/**
 * One thing wrong with a would-be rule set: where (a JSON path), a short token (zod's issue code
 * or one of this module's) and what, in English.
 *
 * @internal
 */
export interface RuleSetProblem {
  readonly path: readonly (string | number)[];
  readonly reason: string;
  readonly detail: string;
  /** For `truncated`: how many more problems were not listed. */
  readonly omitted?: number;
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

/** `path: detail`, or the detail alone for a problem with the whole value. @internal */
export function describeProblem(problem: RuleSetProblem): string {
  if (problem.reason === "unreadable") return `could not be read: ${problem.detail}`;
  return problem.path.length > 0 ? `${problem.path.join(".")}: ${problem.detail}` : problem.detail;
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
      const problems = parsed.error.issues.slice(0, MAX_PROBLEMS).map((zodIssue): RuleSetProblem => {
        const path = zodIssue.path.map((key) => (typeof key === "symbol" ? String(key) : key));
        // A fraction where a whole number belongs is a value out of range, not of the wrong type.
        if (zodIssue.code === "invalid_type" && zodIssue.expected === "int")
          return { path, reason: "not_whole", detail: zodIssue.message };
        if (zodIssue.code !== "unrecognized_keys") return { path, reason: zodIssue.code, detail: zodIssue.message };
        // The path names the unknown field, as parseDataset's do.
        const [key] = zodIssue.keys;
        const names = zodIssue.keys.map((name) => `"${name}"`).join(", ");
        return {
          path: key === undefined ? path : [...path, key],
          reason: zodIssue.code,
          detail: `unknown field${zodIssue.keys.length > 1 ? "s" : ""} ${names}`,
        };
      });
      if (parsed.error.issues.length > MAX_PROBLEMS) {
        const omitted = parsed.error.issues.length - MAX_PROBLEMS;
        problems.push({ path: [], reason: "truncated", detail: `${omitted} more problems`, omitted });
      }
      return { ok: false, problems };
    }
    ruleSet = parsed.data;
  } catch (error) {
    return { ok: false, problems: [{ path: [], reason: "unreadable", detail: errorText(error) }] };
  }
  const key = ruleSetKey(ruleSet);
  const same = builtIn.find((known) => ruleSetKey(known) === key);
  if (same !== undefined) {
    if (sameContent(same, ruleSet)) return { ok: true, ruleSet: same };
    return refuse(
      ["version"],
      "built_in_key",
      `${key} is a built-in rule set; other rules need their own id or version`,
    );
  }
  if (ruleSet.derivedFrom !== undefined) {
    const base = builtIn.find((known) => ruleSetKey(known) === ruleSet.derivedFrom);
    if (base === undefined)
      return refuse(["derivedFrom"], "derived_from_unknown", `names no built-in rule set: ${ruleSet.derivedFrom}`);
    if (base.groupKind !== ruleSet.groupKind) {
      return refuse(
        ["derivedFrom"],
        "derived_from_other_kind",
        `${ruleSet.derivedFrom} governs ${base.groupKind}, not ${ruleSet.groupKind}`,
      );
    }
  }
  return { ok: true, ruleSet: markChecked(ruleSet) };
}

function refuse(path: readonly string[], reason: string, detail: string): InspectedRuleSet {
  return { ok: false, problems: [{ path, reason, detail }] };
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
 * Every problem is a `schema.invalid` issue whose `path` points into the input and whose
 * `params.reason` is zod's issue code (`invalid_type`, `too_big`, `unrecognized_keys`, ...) or one
 * of `not_whole` (a fraction where a whole number belongs), `built_in_key`, `derived_from_unknown`,
 * `derived_from_other_kind`; an input whose properties throw when read gives `input.unreadable`.
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
 * //=> "groupSize.max: Too big: expected number to be <=10000"
 * ```
 */
export function parseRuleSet(input: unknown): ParseRuleSetResult {
  const inspected = inspectRuleSet(input);
  if (inspected.ok) return { ok: true, ruleSet: inspected.ruleSet, issues: [] };
  return {
    ok: false,
    issues: inspected.problems.map(({ path, reason, detail, omitted }) => {
      if (reason === "unreadable") return issue("input.unreadable", undefined, { detail });
      if (omitted !== undefined) return issue("schema.invalid", { reason, omitted });
      return issue("schema.invalid", { reason }, { path, detail });
    }),
  };
}
