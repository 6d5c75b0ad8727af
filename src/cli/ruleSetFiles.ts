// The rule sets named with --rules: built-in keys, or JSON files holding a rule set or an array of
// them, each read with parseRuleSet. A file that cannot be used is exit code 2 with one line
// naming it and the problem.
import { statSync } from "node:fs";
import { parseRuleSet } from "../rules/registry/parseRuleSet.js";
import { type RuleSet, ruleSetKey } from "../rules/registry/RuleSet.js";
import { resolveRuleSets } from "../rules/registry/resolveRuleSets.js";
import { ruleSetHash } from "../rules/registry/ruleSetHash.js";
import { ruleSets as builtIn } from "../rules/registry/ruleSets.js";
import { didYouMean, UsageError } from "./commandLine.js";
import { InputError, readTextFile } from "./fileSystem.js";
import { parseJson } from "./readInput.js";

/** A rule set to use, and the file it was read from (none for a built-in key). */
export interface ChosenRuleSet {
  readonly ruleSet: RuleSet;
  readonly key: string;
  readonly hash: string;
  readonly file?: string;
}

/** At most this many problems of a rule set are named in the one line. */
const SHOWN_PROBLEMS = 3;

/** Whether a value names a rule set by key (`id@version`) rather than a file. */
function looksLikeKey(value: string): boolean {
  return /^[A-Za-z][\w.-]*@[\w.-]+$/.test(value) && !/\.json$/i.test(value);
}

function exists(path: string): boolean {
  try {
    statSync(path);
    return true;
  } catch {
    return false;
  }
}

function chosen(ruleSet: RuleSet, file?: string): ChosenRuleSet {
  return { ruleSet, key: ruleSetKey(ruleSet), hash: ruleSetHash(ruleSet), ...(file === undefined ? {} : { file }) };
}

/** The rule sets of one file: a rule set or a non-empty array of them. */
export function readRuleSetFile(file: string): ChosenRuleSet[] {
  const { input } = parseJson(readTextFile(file), file, "a rule set", 2);
  const items = Array.isArray(input) ? (input as unknown[]) : [input];
  if (items.length === 0) throw new InputError(`${file}: the array holds no rule set`, 2);
  return items.map((item, position) => {
    const parsed = parseRuleSet(item);
    if (parsed.ok) return chosen(parsed.ruleSet, file);
    const which = Array.isArray(input)
      ? `rule set ${position + 1} of ${items.length} is not valid`
      : "not a valid rule set";
    // Messages are sentences; joined on one line, they lose their full stops.
    const problems = parsed.issues.slice(0, SHOWN_PROBLEMS).map((issue) => issue.message.replace(/\.$/, ""));
    const more = parsed.issues.length - problems.length;
    throw new InputError(
      `${file}: ${which}: ${problems.join("; ")}` +
        (more > 0 ? ` (and ${more} more problem${more === 1 ? "" : "s"})` : ""),
      2,
    );
  });
}

/**
 * The rule sets the --rules values name, in order, each once. A value is a built-in key, or else
 * a file; a key that names no built-in rule set (and no file) is a usage error.
 */
export function loadRuleSets(values: readonly string[], command: string): ChosenRuleSet[] {
  const loaded: ChosenRuleSet[] = [];
  for (const value of values) {
    const known = builtIn.find((ruleSet) => ruleSetKey(ruleSet) === value);
    let found: ChosenRuleSet[];
    if (known !== undefined) found = [chosen(known)];
    else if (looksLikeKey(value) && !exists(value)) {
      const keys = builtIn.map((ruleSet) => ruleSetKey(ruleSet));
      throw new UsageError(
        `--rules ${value}: no built-in rule set "${value}" and no such file${didYouMean(value, keys)} ` +
          `(the keys are ${keys.join(", ")})`,
        command,
      );
    } else found = readRuleSetFile(value);
    for (const next of found) {
      const same = loaded.find((earlier) => earlier.key === next.key);
      if (same === undefined) loaded.push(next);
      else if (same.hash !== next.hash)
        throw new InputError(
          `${next.file ?? next.key}: the rule set ${next.key} is also in ${same.file ?? "the built-in rule sets"}, ` +
            "with other rules; give one of them another version",
          2,
        );
    }
  }
  return loaded;
}

/** A rule set that was used, with where it came from. */
export interface UsedRuleSet {
  readonly key: string;
  readonly hash?: string;
  readonly file?: string;
  readonly derivedFrom?: string;
}

/** The rule sets of these keys: the chosen ones, else the built-in ones. */
export function usedRuleSets(keys: readonly string[], given: readonly ChosenRuleSet[]): UsedRuleSet[] {
  return keys.map((key) => {
    const found = given.find((one) => one.key === key);
    const ruleSet = found?.ruleSet ?? builtIn.find((one) => ruleSetKey(one) === key);
    if (ruleSet === undefined) return { key };
    return {
      key,
      hash: found?.hash ?? ruleSetHash(ruleSet),
      ...(found?.file === undefined ? {} : { file: found.file }),
      ...(ruleSet.derivedFrom === undefined ? {} : { derivedFrom: ruleSet.derivedFrom }),
    };
  });
}

/** `rules: KEY (FILE, derived from BASE) sha256:...`, one line per rule set used. */
export function usedRuleSetLines(used: readonly UsedRuleSet[]): string[] {
  return used.map((one) => {
    const from = [
      one.file ?? "built-in",
      ...(one.derivedFrom === undefined ? [] : [`derived from ${one.derivedFrom}`]),
    ];
    return `rules: ${one.key} (${from.join(", ")})${one.hash === undefined ? "" : ` ${one.hash}`}`;
  });
}

/**
 * Why each rule set given with --rules was not used, for a note: it is not in force on the day,
 * another given one of its kind is, or nothing in the data is of its kind.
 */
export function unusedRuleSetNotes(given: readonly ChosenRuleSet[], usedKeys: readonly string[], asOf: string) {
  const unused = given.filter((one) => !usedKeys.includes(one.key));
  if (unused.length === 0) return [];
  // The rule set of each kind as validate, summarize and ageingOut choose it.
  const resolved = resolveRuleSets(
    asOf,
    given.map((one) => one.ruleSet),
  );
  return unused.map((one) => {
    const kind = one.ruleSet.groupKind;
    const inForce = resolved.get(kind);
    const from = one.ruleSet.effectiveFrom ?? "...";
    const to = one.ruleSet.effectiveTo ?? "...";
    let why: string;
    if (inForce === undefined)
      why = `it is not in force on ${asOf} (in force ${from} to ${to}), so no rule set was applied to ${kind}`;
    else if (inForce !== one.ruleSet) why = `${ruleSetKey(inForce)} is the ${kind} rule set in force on ${asOf}`;
    else why = `the data has no ${kind} it applies to`;
    return `--rules ${one.file ?? one.key}: ${one.key} was not used: ${why}`;
  });
}
