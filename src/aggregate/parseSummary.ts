import type { z } from "zod";
import { type SchemaParams, schemaFields, schemaFindings, shownValue } from "../dataset/schemaIssues.js";
import type { Issue } from "../issues/Issue.js";
import { issue } from "../issues/issueFactory.js";
import { ageBandLabels } from "./ageBands.js";
import { provenanceIssues } from "./provenanceIssues.js";
import type { Summary, SummaryCounts, SummaryRatios, SuppressedSummary } from "./Summary.js";
import { SummarySchema } from "./SummarySchema.js";
import { summaryIntegrityIssues } from "./summaryIntegrity.js";
import { type AnySummary, RATIO_DEFINITIONS, SUM_FIELDS } from "./summaryRows.js";

/**
 * The answer of {@link parseSummary}: the summary when it is valid, or every problem found (the
 * first thousand, then how many more). The summary is a {@link Summary} when its `suppressBelow`
 * is `null` (no count is `null` then) and a {@link SuppressedSummary} otherwise.
 *
 * @example
 * ```ts
 * import { emptySummary, parseSummary, type ParseSummaryResult } from "@kudumbashree/domain";
 *
 * const result: ParseSummaryResult = parseSummary(JSON.parse(JSON.stringify(emptySummary())));
 * result.ok;
 * //=> true
 * ```
 *
 * @public
 */
export type ParseSummaryResult =
  | { readonly ok: true; readonly summary: Summary | SuppressedSummary; readonly issues: readonly Issue[] }
  | { readonly ok: false; readonly issues: readonly Issue[] };

/** At most this many problems are listed, so a huge broken summary gives a readable answer. */
const MAX_ISSUES = 1000;

type Figures = SummaryCounts<number | null> & SummaryRatios & { readonly suppressed?: readonly string[] };
type Row = Figures & { readonly byKind?: Readonly<Partial<Record<string, Figures>>> };

/**
 * Reads any value (typically `JSON.parse` of a summary another app sent) as a {@link Summary}:
 * checks its shape (format, version, known levels, kinds of group and issue codes, no unknown
 * key) and that its figures add up as {@link summarize} makes them: whole counts >= 0, no part
 * larger than its whole, the smallest group no larger than the largest, ratios equal to what
 * their counts give, every row the sum of its kinds of group, the total the sum of its rows and
 * of the groups under no unit of the level. Each broken figure is a `summary.inconsistent`
 * issue naming the row, kind and field; a shape problem is `schema.invalid`. In a suppressed
 * summary only the values that are not blanked are compared. It never throws, whatever it is
 * given. A summary written before `setAside` and `recordsFromInferred` existed reads with
 * `setAside: null` (not known) and `recordsFromInferred: false`.
 *
 * Its `provenance` is checked too: content hashes that are `sha256:` and 64 hex digits, one for
 * each rule set of `ruleSets`, and part ids that are well-formed, sorted and listed once (at most
 * 100,000). A summary of format version 1, written before summaries carried provenance, reads
 * with `provenance: null`: its figures can be shown, but {@link mergeSummaries} refuses it,
 * since what it covers and which rules it applied are not known.
 *
 * The summary it returns is a copy: later changes to the input do not reach it.
 * {@link mergeSummaries} runs the same checks on both its arguments.
 *
 * @param input - Anything: a parsed JSON file, an object built by an app.
 * @returns `{ ok: true, summary, issues: [] }` or `{ ok: false, issues }`.
 *
 * @example
 * ```ts
 * import { emptySummary, parseSummary } from "@kudumbashree/domain";
 *
 * const forged = JSON.parse(JSON.stringify(emptySummary()));
 * forged.total.groups = "1";
 * const result = parseSummary(forged);
 * result.ok;
 * //=> false
 * result.issues.map((issue) => [issue.code, issue.path?.join(".")]);
 * //=> [["schema.invalid", "total.groups"]]
 * ```
 *
 * @public
 */
export function parseSummary(input: unknown): ParseSummaryResult {
  try {
    return inspectSummary(input);
  } catch (error) {
    return { ok: false, issues: [issue("input.unreadable", { detail: describeError(error) })] };
  }
}

/** What an exception says, without trusting it (its message or `toString` may throw too). */
function describeError(error: unknown): string {
  try {
    return error instanceof Error ? String(error.message) : String(error);
  } catch {
    return "reading it threw an exception";
  }
}

const refused = (issues: Issue[], omitted = 0): ParseSummaryResult => {
  if (omitted > 0) issues.push(issue("schema.invalid", { reason: "truncated", omitted }));
  return { ok: false, issues };
};

/** A shape issue found here, not by zod: `detail` says what is wrong, in English (a `custom` reason). */
function shapeIssue(
  path: (string | number)[],
  reason: string,
  detail?: string,
  more: Partial<SchemaParams> = {},
): Issue {
  const field = [...path].reverse().find((key): key is string => typeof key === "string");
  return issue(
    "schema.invalid",
    { reason, ...(field === undefined ? {} : { field }), ...more, ...(detail === undefined ? {} : { detail }) },
    { path },
  );
}

function inspectSummary(input: unknown): ParseSummaryResult {
  if (typeof input !== "object" || input === null || Array.isArray(input)) {
    const value = shownValue(input);
    return refused([shapeIssue([], "invalid_type", undefined, { expected: "object", ...(value ? { value } : {}) })]);
  }
  const format: unknown = (input as { format?: unknown }).format;
  if (format !== "kudumbashree.summary") {
    const value = shownValue(format);
    const more = { allowed: ["kudumbashree.summary"], ...(value === undefined ? {} : { value }) };
    return refused([shapeIssue(["format"], value === undefined ? "missing" : "invalid_value", undefined, more)]);
  }
  const parsed = SummarySchema.safeParse(input);
  if (!parsed.success) return schemaIssues(input, parsed.error.issues);
  const { format: _, formatVersion, recordsFromInferred, setAside, provenance, ...rest } = parsed.data;
  const summary = {
    format,
    formatVersion,
    provenance: provenance ?? null,
    ...rest,
    recordsFromInferred: recordsFromInferred ?? false,
    setAside: setAside ?? null,
  } as unknown as AnySummary;
  const labels = summary.ageBands === null ? [] : ageBandLabels(summary.ageBands);
  const structure = [
    ...structureIssues(summary, labels),
    ...provenanceIssues(summary).map(([path, reason, detail]) => shapeIssue(path, reason, detail)),
  ];
  if (structure.length > 0) return refused(structure.slice(0, MAX_ISSUES), structure.length - MAX_ISSUES);
  const integrity = summaryIntegrityIssues(summary, labels, MAX_ISSUES);
  if (integrity.issues.length > 0) return refused(integrity.issues, integrity.omitted);
  return { ok: true, summary, issues: [] };
}

/**
 * The issues of a summary whose shape is wrong: one per field, in the order zod found them, then
 * the breakdowns by kind keyed by something that is not a kind of group.
 */
function schemaIssues(input: unknown, zodIssues: readonly z.core.$ZodIssue[]): ParseSummaryResult {
  const shape: z.core.$ZodIssue[] = [];
  const unknownKinds: Issue[] = [];
  let omitted = 0;
  for (const zodIssue of zodIssues) {
    const more = zodIssue.code === "custom" ? zodIssue.params?.["omitted"] : undefined;
    if (typeof more === "number") omitted += more;
    else if (zodIssue.code === "unrecognized_keys" && zodIssue.path[zodIssue.path.length - 1] === "byKind") {
      // A breakdown by kind keyed by something that is not a kind of group (`__proto__`, say).
      const path = zodIssue.path.map((key) => (typeof key === "symbol" ? String(key) : key));
      const unitId = unitIdAt(input, path);
      for (const kind of zodIssue.keys)
        unknownKinds.push(
          issue(
            "summary.inconsistent",
            { unitId, kind, field: "byKind", rule: "unknown_kind" },
            { path: [...path, kind] },
          ),
        );
    } else shape.push(zodIssue);
  }
  const found = schemaFindings(shape, input, [], MAX_ISSUES, schemaFields(SummarySchema));
  const issues = found.found.map(({ path, params }) => issue("schema.invalid", params, { path }));
  const kept = unknownKinds.slice(0, MAX_ISSUES - issues.length);
  return refused([...issues, ...kept], omitted + found.omitted + unknownKinds.length - kept.length);
}

/** The unit id of the row at `path` (`["rows", 3, ...]`) as the input has it, for a message. */
function unitIdAt(input: unknown, path: readonly (string | number)[]): string | null {
  if (path[0] !== "rows" || typeof path[1] !== "number") return null;
  const rows: unknown = (input as { rows?: unknown }).rows;
  const row: unknown = Array.isArray(rows) ? rows[path[1]] : undefined;
  const unitId: unknown = typeof row === "object" && row !== null ? (row as { unitId?: unknown }).unitId : undefined;
  return typeof unitId === "string" ? unitId : null;
}

/**
 * What the shape alone cannot say: a summary without a level is the empty one; one with a level
 * has a date, rule sets and age bands; rows have a breakdown by kind exactly when the summary is
 * of every kind of group; age bands are those of the summary; only a suppressed summary lists
 * suppressed fields.
 */
function structureIssues(summary: AnySummary, labels: readonly string[]): Issue[] {
  if (summary.level === null) {
    const filled = notEmpty(summary);
    if (filled === undefined) return [];
    return [
      shapeIssue(
        ["level"],
        "custom",
        `null, which only an empty summary (as emptySummary() makes it) may have, but ${filled}`,
      ),
    ];
  }
  const issues: Issue[] = [];
  if (summary.recordsFromInferred && summary.recordsFrom === null)
    issues.push(shapeIssue(["recordsFromInferred"], "custom", "true, but there is no recordsFrom"));
  for (const field of ["asOf", "ruleSets", "ageBands"] as const) {
    if (summary[field] === null)
      issues.push(shapeIssue([field], "custom", "null, which only an empty summary (no level) may have"));
  }
  const perKind = summary.groupKind === null;
  const known = new Set(labels);
  const rows: [Row, (string | number)[]][] = summary.rows.map((row, i) => [row, ["rows", i]]);
  rows.push([summary.total, ["total"]]);
  for (const [row, path] of rows) {
    if (perKind && row.byKind === undefined)
      issues.push(shapeIssue([...path, "byKind"], "custom", "missing: a summary of every kind of group has one"));
    if (!perKind && row.byKind !== undefined)
      issues.push(
        shapeIssue([...path, "byKind"], "custom", `a summary of one kind of group (${summary.groupKind}) has none`),
      );
    const parts: [Figures, (string | number)[]][] = [[row, path]];
    for (const [kind, figures] of Object.entries(row.byKind ?? {}))
      if (figures !== undefined) parts.push([figures, [...path, "byKind", kind]]);
    for (const [figures, at] of parts) {
      if (summary.suppressBelow === null && figures.suppressed !== undefined)
        issues.push(shapeIssue([...at, "suppressed"], "custom", "only a suppressed summary lists suppressed fields"));
      const bands = bandIssue(figures.ageBands, known, labels);
      if (bands !== undefined) {
        const { label, reason, ...more } = bands;
        issues.push(shapeIssue([...at, "ageBands", label], reason, undefined, more));
      }
    }
  }
  return issues;
}

/**
 * The first age band of a row that is not one of the summary's (with its figure, and the bands
 * the summary has), or the first missing.
 */
function bandIssue(
  bands: Readonly<Record<string, number | null>>,
  known: ReadonlySet<string>,
  labels: readonly string[],
): { label: string; reason: string; allowed?: readonly string[]; value?: string } | undefined {
  for (const label of Object.keys(bands))
    if (!known.has(label))
      return { label, reason: "unrecognized_keys", allowed: labels, value: shownValue(bands[label]) ?? "" };
  for (const label of labels) if (!Object.hasOwn(bands, label)) return { label, reason: "missing" };
  return undefined;
}

/** What a summary without a level has that emptySummary() does not, or `undefined`. */
function notEmpty(summary: AnySummary): string | undefined {
  for (const field of ["groupKind", "asOf", "recordsFrom", "ruleSets", "ageBands"] as const)
    if (summary[field] !== null) return `its ${field} is not null`;
  if (summary.recordsFromInferred) return "its recordsFromInferred is true";
  if (summary.setAside === null || Object.values(summary.setAside).some((count) => count !== 0))
    return "its setAside is not all zeros";
  if (summary.rows.length > 0) return "it has rows";
  if ((summary.provenance?.parts.length ?? 0) > 0) return "it covers parts";
  if (summary.unplaced !== 0) return "it has unplaced groups";
  const total: Row = summary.total;
  const figures =
    SUM_FIELDS.some((field) => total[field] !== 0) ||
    total.minGroupSize !== null ||
    total.maxGroupSize !== null ||
    RATIO_DEFINITIONS.some(([field]) => total[field] !== null) ||
    Object.keys(total.federations).length > 0 ||
    Object.keys(total.ageBands).length > 0 ||
    total.byKind !== undefined ||
    total.suppressed !== undefined;
  return figures ? "its total has figures" : undefined;
}
