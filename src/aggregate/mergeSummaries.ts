import { SET_ASIDE_COLLECTIONS, type SetAsideCounts } from "../dataset/SetAside.js";
import type { GroupKind } from "../entities/Group.js";
import { rangeError, typeError } from "../internal/errors.js";
import { describeValue } from "../internal/guards.js";
import { LIBRARY } from "../internal/packageVersion.js";
import { sortIssues } from "../issues/sortIssues.js";
import { compareIds } from "../rules/definitions/compareIds.js";
import { ageBandLabels } from "./ageBands.js";
import { parseSummary } from "./parseSummary.js";
import type { Summary, SummaryRow, SuppressedSummary } from "./Summary.js";
import { unionParts } from "./summaryProvenance.js";
import { addInto, type Counts, countsOf, publishRow, type RowCounts, SUM_FIELDS } from "./summaryRows.js";

/**
 * Combines the summaries of disjoint parts (each district's, each partner state's) into the
 * summary of the whole, without seeing a member record: counts add up, smallest and largest
 * group sizes take the min and max, and every ratio is derived again from the merged counts,
 * never averaged twice. Merging is associative and commutative, with {@link emptySummary} as its
 * identity. The parts must not share wards: a ward's groups belong to one part.
 *
 * Summaries sent by other apps are not trusted: both arguments are first checked as
 * {@link parseSummary} checks them (shape, and figures that add up), and the result is made from
 * those checked copies. Issues are put together, and `omittedIssues` added up; so are the
 * `setAside` counts (`null` when either part's is). `recordsFromInferred` is true when either
 * part inferred the date (both parts must have the same `recordsFrom`).
 *
 * Each summary's `provenance` says what it covers and what it was made with, and merging checks
 * it: the merged summary covers the parts of both, records the rule sets' hashes, and names this
 * library as the one that merged it. Two summaries that cover a part in common are refused (the
 * same export merged twice would count every figure twice), and so are two that applied one
 * rule-set key with different contents (two states that each derived `nro.balasabha@1.0.0` with
 * their own limits): derive each with its own id, or keep their rule-dependent figures apart with
 * {@link combineSummaries}, which also combines summaries made with different rule sets. A
 * summary of format version 1 (no provenance) is refused: summarise its data again.
 *
 * @param a - A summary.
 * @param b - Another of other parts, made with the same level, group kind, date, records start,
 *   rule sets (the same contents) and age bands.
 * @returns The merged summary.
 * @throws TypeError when an argument is not a valid summary; the message names the argument
 *   (first or second) and the first problem, with its row and field (`rows.3.members: ...`).
 * @throws RangeError, its message starting `mergeSummaries:`, when the summaries were made
 *   differently (another level, date, rule sets, ...), applied one rule-set key with different
 *   contents, cover a part in common, are suppressed or of format version 1, name one unit
 *   differently, or add up to counts too large to be exact (above 2^53 - 1).
 *
 * @example
 * ```ts
 * import { mergeSummaries, summarize } from "@kudumbashree/domain";
 *
 * const part = (district: string, members: number) =>
 *   summarize(
 *     {
 *       schemaVersion: 1,
 *       units: [
 *         { id: "KL", kind: "state", name: "Kerala" },
 *         { id: district, kind: "district", name: district, parentId: "KL" },
 *         { id: `${district}-w1`, kind: "ward", name: "Ward 1", parentId: district },
 *       ],
 *       people: Array.from({ length: members }, (_, i) => ({
 *         id: `${district}-p${i}`,
 *         gender: "female" as const,
 *         dateOfBirth: "2000-01-01",
 *       })),
 *       groups: [{ id: `${district}-g1`, kind: "auxiliaryGroup", unitId: `${district}-w1` }],
 *       memberships: Array.from({ length: members }, (_, i) => ({
 *         groupId: `${district}-g1`,
 *         personId: `${district}-p${i}`,
 *         role: "member" as const,
 *       })),
 *     },
 *     { level: "state", groupKind: "auxiliaryGroup", asOf: "2021-11-18" },
 *   );
 * const kerala = mergeSummaries(part("TVM", 10), part("KLM", 20));
 * [kerala.rows[0]?.groups, kerala.rows[0]?.members, kerala.rows[0]?.meanGroupSize, kerala.rows[0]?.minGroupSize];
 * //=> [2, 30, 15, 10]
 * kerala.rows[0]?.wards;
 * //=> 2
 * // Each district's part is named by its data (its top unit, the date and a fingerprint).
 * kerala.provenance?.parts.map((part) => part.slice(0, 14));
 * //=> ["KL/2021-11-18/", "KL/2021-11-18/"]
 * // The same district's summary merged again would count it twice: refused.
 * let refusal = "";
 * try {
 *   mergeSummaries(kerala, part("TVM", 10));
 * } catch (error) {
 *   refusal = (error as Error).message;
 * }
 * refusal.includes("is in both summaries; the same export merged twice would count every figure twice");
 * //=> true
 * ```
 *
 * @public
 */
export function mergeSummaries(a: Summary, b: Summary): Summary {
  const first = checked(a, "the first argument");
  const second = checked(b, "the second argument");
  return merged(mergeable(first, "the first argument"), mergeable(second, "the second argument"), false);
}

/** A checked summary that may be merged: not suppressed, and with provenance. @internal */
export function mergeable(summary: Summary | SuppressedSummary, which: string, fn = "mergeSummaries"): Summary {
  if (summary.suppressBelow !== null)
    throw rangeError(`${fn}: suppressed summaries cannot be merged; merge the parts, then suppress the result`);
  if (summary.provenance === null)
    throw rangeError(
      `${fn}: ${which} was written before summaries carried provenance (format version 1), so which ` +
        "parts it covers and which rules it applied are not known: merging it could count a part twice or " +
        "mix rules unnoticed; summarise its data again with this version",
    );
  return summary as Summary;
}

/** `"kerala/2024-03-31"`, or `"a" (and 2 more parts)`: the parts of a summary, for a message. */
function partsOf(summary: Summary): string {
  const parts = summary.provenance?.parts ?? [];
  const [first] = parts;
  if (first === undefined) return "a summary of no part";
  return `${JSON.stringify(first)}${parts.length > 1 ? ` (and ${parts.length - 1} more parts)` : ""}`;
}

/** A hash cut short for a message: `sha256:` and its first 12 hex digits. */
const shortHash = (hash: string | undefined) => `${(hash ?? "").slice(0, 19)}...`;

/**
 * Two valid, mergeable summaries merged. `acrossRuleSets` (for combineSummaries) adds up summaries
 * made with different rule sets, whose figures that depend on the rules the caller then blanks;
 * the result's rule sets are then the first's. @internal
 */
export function merged(first: Summary, second: Summary, acrossRuleSets: boolean, fn = "mergeSummaries"): Summary {
  if (first.level === null) return second.level === null ? withIssues(first, second) : withIssues(second, first);
  if (second.level === null) return withIssues(first, second);
  for (const field of ["level", "groupKind", "asOf", "recordsFrom", "ageBands"] as const) {
    const left = JSON.stringify(first[field]);
    const right = JSON.stringify(second[field]);
    if (left !== right)
      throw rangeError(`${fn}: cannot merge summaries made with different ${field} (${left} and ${right})`);
  }
  const hashes = first.provenance?.ruleSets ?? {};
  const otherHashes = second.provenance?.ruleSets ?? {};
  if (!acrossRuleSets) {
    for (const key of Object.keys(hashes).sort()) {
      if (!Object.hasOwn(otherHashes, key) || hashes[key] === otherHashes[key]) continue;
      throw rangeError(
        `${fn}: ${partsOf(first)} and ${partsOf(second)} both applied ${key} with different contents ` +
          `(hash ${shortHash(hashes[key])} vs ${shortHash(otherHashes[key])}); derive each with its own id ` +
          "(deriveRuleSet) or keep their figures that depend on the rules apart with combineSummaries",
      );
    }
    const left = JSON.stringify(first.ruleSets);
    const right = JSON.stringify(second.ruleSets);
    if (left !== right)
      throw rangeError(
        `${fn}: cannot merge summaries made with different ruleSets (${left} and ${right}); combineSummaries ` +
          "totals the figures that do not depend on the rules and keeps the others per rule set",
      );
  }
  const { parts, shared } = unionParts(first.provenance?.parts ?? [], second.provenance?.parts ?? []);
  if (shared !== undefined)
    throw rangeError(
      `${fn}: part ${JSON.stringify(shared)} is in both summaries; the same export merged twice would count ` +
        "every figure twice (merge each part once; two different exports need different part ids, which " +
        "summarize's part option gives)",
    );
  const labels = ageBandLabels(first.ageBands ?? []);
  const rows = new Map<string, RowCounts>();
  for (const row of [...first.rows, ...second.rows]) {
    const id = row.unitId as string;
    const existing = rows.get(id);
    if (existing === undefined) {
      rows.set(id, toRowCounts(row, labels));
      continue;
    }
    if (existing.name !== row.name)
      throw rangeError(
        `${fn}: cannot merge summaries that name unit "${id}" differently ("${existing.name}" and "${row.name}")`,
      );
    addRow(existing, row, labels);
  }
  const total = toRowCounts(first.total, labels);
  addRow(total, second.total, labels);
  // The total is at least every row, breakdown and age band: when its counts are exact, all are.
  const unplaced = (first.unplaced as number) + (second.unplaced as number);
  for (const value of [...SUM_FIELDS.map((field) => total.all[field]), ...total.all.federations, unplaced]) {
    if (value > Number.MAX_SAFE_INTEGER)
      throw rangeError(`${fn}: the merged counts are too large to be exact (${value} is above 2^53 - 1)`);
  }
  return {
    ...withIssues(first, second),
    provenance: { library: { ...LIBRARY }, ruleSets: { ...hashes }, parts },
    recordsFromInferred: first.recordsFromInferred || second.recordsFromInferred,
    rows: [...rows.keys()].sort(compareIds).map((id) => publishRow(rows.get(id) as RowCounts, labels)),
    total: publishRow(total, labels),
    unplaced,
    setAside: addSetAside(first.setAside, second.setAside, fn),
  };
}

/** Records set aside in both parts, added up: not known when either part's is not. */
function addSetAside(a: SetAsideCounts | null, b: SetAsideCounts | null, fn: string): SetAsideCounts | null {
  if (a === null || b === null) return null;
  const sum = { ...a };
  for (const collection of SET_ASIDE_COLLECTIONS) {
    sum[collection] = a[collection] + b[collection];
    if (sum[collection] > Number.MAX_SAFE_INTEGER)
      throw rangeError(`${fn}: the merged counts are too large to be exact (${sum[collection]} is above 2^53 - 1)`);
  }
  return sum;
}

/**
 * The argument as parseSummary copies it, or the package's TypeError naming it (`which`: "the
 * first argument", "summaries[2]") and its first problem. @internal
 */
export function checked(value: unknown, which: string, fn = "mergeSummaries"): Summary | SuppressedSummary {
  if (typeof value !== "object" || value === null || Array.isArray(value))
    throw typeError(
      `${fn}: ${which} is not a summary: expected an object, got ` +
        `${Array.isArray(value) ? "an array" : describeValue(value)}`,
    );
  const parsed = parseSummary(value);
  if (parsed.ok) return parsed.summary;
  const [problem] = parsed.issues;
  const more = parsed.issues.length - 1;
  throw typeError(
    `${fn}: ${which} is not a valid summary: ${problem?.message ?? "unknown problem"}` +
      (more > 0 ? ` (and ${more} more problem${more > 1 ? "s" : ""})` : ""),
  );
}

/** `summary` with the issues of both, and their omitted issues added up when either has some. */
function withIssues(summary: Summary, other: Summary): Summary {
  const { omittedIssues: _, ...rest } = summary;
  const omitted =
    summary.omittedIssues === undefined && other.omittedIssues === undefined
      ? undefined
      : (summary.omittedIssues ?? 0) + (other.omittedIssues ?? 0);
  return {
    ...rest,
    issues: other.issues.length === 0 ? summary.issues : sortIssues([...summary.issues, ...other.issues]),
    ...(omitted === undefined ? {} : { omittedIssues: omitted }),
  };
}

function toRowCounts(row: SummaryRow, labels: readonly string[]): RowCounts {
  const byKind = row.byKind === undefined ? undefined : new Map<GroupKind, Counts>();
  for (const [kind, counts] of Object.entries(row.byKind ?? {}))
    byKind?.set(kind as GroupKind, countsOf(counts, labels));
  return { unitId: row.unitId, name: row.name, all: countsOf(row, labels), byKind };
}

function addRow(into: RowCounts, row: SummaryRow, labels: readonly string[]): void {
  addInto(into.all, countsOf(row, labels));
  for (const [kind, counts] of Object.entries(row.byKind ?? {})) {
    const existing = into.byKind?.get(kind as GroupKind);
    if (existing === undefined) into.byKind?.set(kind as GroupKind, countsOf(counts, labels));
    else addInto(existing, countsOf(counts, labels));
  }
}
