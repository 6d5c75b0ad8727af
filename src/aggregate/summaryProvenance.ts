// Internal: the provenance of a summary (see SummaryProvenance in Summary.ts): the hashes of the
// rule sets it applied, the id of the part it covers when the caller gives none, and the rules
// part ids follow. Kept small: summarize carries it into every bundle that summarises.
import { pure } from "../internal/pure.js";
import { compareIds } from "../rules/definitions/compareIds.js";
import type { RuleSet } from "../rules/registry/RuleSet.js";
import { canonicalJson, sha256Hex } from "../rules/registry/ruleSetHash.js";

/** The most parts a summary may cover (a fold over every gram panchayat of a state stays below it). */
export const MAX_PARTS = 100_000;
/** The longest part id, in UTF-16 code units. */
export const MAX_PART_LENGTH = 200;

/** Hashes by rule set: the rule sets a summary applies are checked, frozen copies, so their content is fixed. */
const hashes = pure(() => new WeakMap<RuleSet, string>());

/** The content hash of a checked rule set: what ruleSetHash gives, without checking it again. */
export function contentHash(ruleSet: RuleSet): string {
  let hash = hashes.get(ruleSet);
  if (hash === undefined)
    hashes.set(ruleSet, (hash = `sha256:${sha256Hex(new TextEncoder().encode(canonicalJson(ruleSet)))}`));
  return hash;
}

/**
 * What is wrong with a part id, or `undefined` when it is one: text of 1 to 200 UTF-16 code units,
 * without control characters (below U+0020), broken Unicode (a lone surrogate) or spaces at
 * either end, so that two ids that look alike in a message are the same id.
 */
export function partProblem(value: unknown): string | undefined {
  if (
    typeof value === "string" &&
    value.length > 0 &&
    value.length <= MAX_PART_LENGTH &&
    value.trim() === value &&
    ![...value].some((char) => char < " ")
  ) {
    try {
      encodeURIComponent(value); // throws on a lone surrogate
      return undefined;
    } catch {}
  }
  return (
    `must be text of 1 to ${MAX_PART_LENGTH} characters without control characters, broken Unicode or spaces ` +
    "at either end"
  );
}

/** A finaliser (MurmurHash3's): every bit of the input moves about half the bits of the output. */
function mix(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/**
 * The id of the part a summary covers when the caller gives none: its first top unit (a unit
 * without a parent; `+N` when there are N more), `asOf`, and a 64-bit fingerprint of the ids of
 * all its units and of the groups it counts, such as `KL/2024-03-31/3f9a0c12d4e5b6a7`. The
 * fingerprint adds up one hash per id, so it does not depend on the order the records came in
 * (summarize and summarizeStream agree): two exports of other units or groups get other ids, and
 * the same export summarised twice gets the same one.
 */
export function derivedPart(
  rootIds: readonly string[],
  asOf: string,
  unitIds: Iterable<string>,
  groupIds: Iterable<string>,
): string {
  const sums = [0, 0];
  [unitIds, groupIds].forEach((ids, tag) => {
    for (const id of ids) {
      let a = 0x811c9dc5 ^ tag;
      let b = 0x9e3779b9 ^ tag;
      for (let i = 0; i < id.length; i++) {
        const c = id.charCodeAt(i);
        a = Math.imul(a ^ c, 0x01000193);
        b = Math.imul(b ^ c, 0x5bd1e995);
        b ^= b >>> 15;
      }
      sums[0] = ((sums[0] as number) + mix(a)) | 0;
      sums[1] = ((sums[1] as number) + mix(b ^ id.length)) | 0;
    }
  });
  const fingerprint = sums.map((sum) => mix(sum).toString(16).padStart(8, "0")).join("");
  // The first top unit's id (found in one pass: a flat export may have many), readable and short:
  // control characters escaped, then cut at 40 code points (so never inside a surrogate pair).
  let first: string | undefined;
  for (const id of rootIds) if (first === undefined || compareIds(id, first) < 0) first = id;
  const escaped = JSON.stringify(first ?? "-").slice(1, -1);
  const root = Array.from(escaped).slice(0, 40).join("").trim() || "-";
  return `${root}${rootIds.length > 1 ? `+${rootIds.length - 1}` : ""}/${asOf}/${fingerprint}`;
}

/**
 * The parts of two summaries together (both sorted, each once), and the first part in both, if
 * any: merging would count it twice.
 */
export function unionParts(a: readonly string[], b: readonly string[]): { parts: string[]; shared?: string } {
  const parts: string[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const left = a[i];
    const right = b[j];
    const order = left === undefined ? 1 : right === undefined ? -1 : compareIds(left, right);
    if (order === 0) return { parts, shared: left as string };
    parts.push((order < 0 ? a[i++] : b[j++]) as string);
  }
  return { parts };
}
