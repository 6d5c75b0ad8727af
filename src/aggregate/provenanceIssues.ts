// Internal, for parseSummary: what the shape of a summary's provenance cannot say. A summary of
// format version 2 has provenance and one of version 1 has none; its hashes are content hashes,
// exactly one for each rule set of `ruleSets`; its parts are well-formed part ids, sorted, each
// once; the empty summary covers no part, and any other at least one.
import { compareIds } from "../rules/definitions/compareIds.js";
import { partProblem } from "./summaryProvenance.js";
import type { AnySummary } from "./summaryRows.js";

/** A problem: where, the zod-like reason, and what is wrong. */
export type ProvenanceProblem = readonly [path: (string | number)[], reason: string, detail: string];

const HASH = /^sha256:[0-9a-f]{64}$/;

/** The problems of a summary's provenance (at most one per kind), in the order of its fields. */
export function provenanceIssues(summary: AnySummary): ProvenanceProblem[] {
  const { provenance, formatVersion } = summary;
  if (provenance === null)
    return formatVersion === 1 ? [] : [[["provenance"], "missing", "missing: a summary of format version 2 has one"]];
  const problems: ProvenanceProblem[] = [];
  if (formatVersion === 1)
    problems.push([["provenance"], "unexpected", "a summary of format version 1 has none (provenance came with 2)"]);
  const keys = summary.ruleSets ?? [];
  const known = new Set(keys);
  const hashes = provenance.ruleSets;
  const wrongHash = Object.keys(hashes).find((key) => !HASH.test(hashes[key] as string));
  if (wrongHash !== undefined)
    problems.push([
      ["provenance", "ruleSets", wrongHash],
      "invalid_format",
      `not a content hash: expected "sha256:" and 64 lowercase hex digits, got ${quoted(hashes[wrongHash] as string)}`,
    ]);
  const extra = Object.keys(hashes).find((key) => !known.has(key));
  if (extra !== undefined)
    problems.push([
      ["provenance", "ruleSets", extra],
      "unrecognized_keys",
      `not a rule set of the summary's ruleSets (${keys.length === 0 ? "none" : keys.join(", ")})`,
    ]);
  const missing = keys.find((key) => !Object.hasOwn(hashes, key));
  if (missing !== undefined)
    problems.push([["provenance", "ruleSets", missing], "missing", "missing: every rule set applied has its hash"]);
  const parts = provenance.parts;
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i] as string;
    const problem = partProblem(part);
    const order = i === 0 ? -1 : compareIds(parts[i - 1] as string, part);
    if (problem === undefined && order < 0) continue;
    problems.push(
      problem !== undefined
        ? [["provenance", "parts", i], "invalid_format", `a part id ${problem}, got ${quoted(part)}`]
        : order === 0
          ? [["provenance", "parts", i], "duplicate", `${quoted(part)} is listed twice`]
          : [
              ["provenance", "parts", i],
              "unsorted",
              `not sorted: ${quoted(part)} comes after ${quoted(parts[i - 1] as string)}`,
            ],
    );
    break;
  }
  // (A summary without a level that covers parts is not the empty one: structureIssues says so.)
  // Without a part, merging could not tell the summary sent twice.
  if (summary.level !== null && parts.length === 0)
    problems.push([["provenance", "parts"], "too_small", "empty: a summary with a level covers at least one part"]);
  return problems;
}

/** A value for a message: quoted, and cut after 60 characters. */
const quoted = (text: string) => JSON.stringify(text.length > 60 ? `${text.slice(0, 60)}...` : text);
