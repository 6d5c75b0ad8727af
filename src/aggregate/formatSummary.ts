import { noneSetAside, SET_ASIDE_COLLECTIONS, type SetAsideCounts, setAsideText } from "../dataset/SetAside.js";
import { FederationKind } from "../entities/Federation.js";
import { packageErrorDetail, typeError } from "../internal/errors.js";
import { csvText, escapeControls, escapeJsonControls } from "../internal/escapeText.js";
import { describeValue, requireOneOf, requireOptions } from "../internal/guards.js";
import { pure } from "../internal/pure.js";
import type { Summary, SuppressedSummary } from "./Summary.js";
import { RATIO_DEFINITIONS } from "./summaryRows.js";

/**
 * Options of {@link formatSummary}.
 *
 * @example
 * ```ts
 * import type { FormatSummaryOptions } from "@kudumbashree/domain";
 *
 * const options: FormatSummaryOptions = { format: "csv" };
 * ```
 */
export interface FormatSummaryOptions {
  /** `table` for people (aligned text), `csv` for spreadsheets (RFC 4180, with a header), `json` for programs. */
  readonly format: "table" | "csv" | "json";
}

const FORMATS = ["table", "csv", "json"] as const;

type Line = {
  readonly unit: string;
  readonly unitId: string;
  readonly kind: string;
  /** The counts and ratios of the line, as read from the summary (checked when used). */
  readonly counts: Readonly<Record<string, unknown>>;
  readonly ageBands: Readonly<Record<string, unknown>>;
  /** Where the line's figures are in the summary, for error messages (`summary.rows[3]`). */
  readonly path: string;
};

const COLUMNS = [
  ["wards", "wards"],
  ["wardsWithGroup", "with group"],
  ["groups", "groups"],
  ["members", "members"],
  ["meanGroupSize", "mean size"],
  ["minGroupSize", "min"],
  ["maxGroupSize", "max"],
  ["coverage", "coverage"],
  ["capacityUse", "capacity use"],
  ["meetingsHeld", "meetings held"],
  ["meetingsExpected", "expected"],
  ["meetingCompliance", "compliance"],
  ["attendanceRate", "attendance"],
  ["villages", "villages"],
  ["villagesWithGroup", "villages with group"],
  ["groupsFederated", "federated"],
  ["federatedShare", "federated share"],
] as const;

const RATIOS = pure(() => new Set<string>(RATIO_DEFINITIONS.map(([ratio]) => ratio)));

/**
 * Writes a summary for a report or the command line: an aligned text `table`, `csv` (one line
 * per unit and, without a group kind, per unit and kind; a column per kind of federation found
 * (`federations.<kind>`) and age bands as columns) or `json`. The same summary always gives the
 * same bytes. A table says under its title what was set aside, when anything was
 * (`set aside: 1 person, 1 membership`). In a suppressed summary every blanked count shows as
 * `x`, the mark statistics offices use: it says only that the value is not published (a count
 * blanked to protect another may be `k` or more, so `<k` would be false); a ratio that is blanked
 * or has no denominator shows as `-` in a table and empty in CSV.
 *
 * Text from the data (unit names and ids, kinds) cannot attack whoever reads the output: control
 * characters and Unicode bidi controls are shown as escapes (`\u001b`) in `table` and `csv`, and
 * as `\uXXXX` in `json` (the same JSON values); a CSV text cell that a spreadsheet would take
 * for a formula (starting with `=`, `+`, `-`, `@`, tab or carriage return) gets a leading `'`.
 * Numbers are written as numbers. The figures are not checked: run `parseSummary` on a summary
 * you were handed.
 *
 * @param summary - Any summary.
 * @param options - The format.
 * @returns The text, ending with a newline.
 * @throws TypeError when `summary` is not a summary (not an object, rows that are not an array,
 * a figure that is not a finite number or `null`, a name that is not text) or `options` is not
 * an object; RangeError when `options.format` is not `table`, `csv` or `json`.
 *
 * @example
 * ```ts
 * import { emptySummary, formatSummary } from "@kudumbashree/domain";
 *
 * formatSummary(emptySummary(), { format: "csv" }).split("\r\n")[0]?.split(",").slice(0, 7);
 * //=> ["unitId", "unit", "kind", "wards", "wardsWithGroup", "groups", "members"]
 * const setAside = { ...emptySummary().setAside, people: 1, memberships: 1 };
 * formatSummary({ ...emptySummary(), setAside } as never, { format: "table" }).split("\n")[1];
 * //=> "set aside: 1 person, 1 membership"
 * const forged = { ...emptySummary(), rows: [{ ...emptySummary().total, unitId: "w1", name: "=1+1" }] };
 * formatSummary(forged, { format: "csv" }).split("\r\n")[1]?.slice(0, 14);
 * //=> "w1,\"'=1+1\",all"
 * ```
 */
export function formatSummary(summary: Summary | SuppressedSummary, options: FormatSummaryOptions): string {
  if (typeof summary !== "object" || summary === null || Array.isArray(summary))
    throw typeError(`formatSummary needs a summary object, got ${describeValue(summary)}`);
  requireOptions(options, "formatSummary");
  if (typeof options.format !== "string")
    throw typeError(
      `formatSummary's format must be one of ${FORMATS.join(", ")}, got ${describeValue(options.format)}`,
    );
  const format = requireOneOf(options.format, "format", FORMATS);
  try {
    if (format === "json") {
      const text: unknown = JSON.stringify(summary, null, 2);
      if (typeof text !== "string") throw typeError("formatSummary cannot write this summary as JSON");
      return `${escapeJsonControls(text)}\n`;
    }
    return format === "csv" ? csv(summary) : table(summary);
  } catch (error) {
    // A summary whose getters throw or whose JSON cannot be written (a cycle, a BigInt).
    if (packageErrorDetail(error) !== undefined) throw error;
    throw typeError(
      `formatSummary cannot read this summary: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function text(value: unknown, path: string, orNull: string): string {
  if (typeof value === "string") return value;
  if (value === null || value === undefined) return orNull;
  throw typeError(`${path} must be text or null, got ${describeValue(value)}`);
}

function threshold(summary: Summary | SuppressedSummary): number | null {
  const k: unknown = summary.suppressBelow;
  if (k === null || k === undefined) return null;
  if (typeof k === "number" && Number.isInteger(k) && k >= 1) return k;
  throw typeError(`summary.suppressBelow must be null or a whole number >= 1, got ${describeValue(k)}`);
}

/** The lines of a summary: each row and the total, each followed by its kinds. */
function linesOf(summary: Summary | SuppressedSummary): Line[] {
  const rows: unknown = summary.rows;
  if (!Array.isArray(rows)) throw typeError(`summary.rows must be an array, got ${describeValue(rows)}`);
  const all = summary.groupKind ?? "all";
  const lines: Line[] = [];
  const add = (row: unknown, path: string) => {
    if (!isObject(row)) throw typeError(`${path} must be a row object, got ${describeValue(row)}`);
    const unit = text(row["name"], `${path}.name`, "");
    const unitId = text(row["unitId"], `${path}.unitId`, "");
    lines.push({ unit, unitId, kind: all, counts: row, ageBands: bandsOf(row, path), path });
    const byKind = row["byKind"];
    if (byKind === undefined || byKind === null) return;
    if (!isObject(byKind)) throw typeError(`${path}.byKind must be an object, got ${describeValue(byKind)}`);
    for (const [kind, counts] of Object.entries(byKind)) {
      const at = `${path}.byKind[${JSON.stringify(kind)}]`;
      if (!isObject(counts)) throw typeError(`${at} must be an object, got ${describeValue(counts)}`);
      lines.push({ unit, unitId, kind, counts, ageBands: bandsOf(counts, at), path: at });
    }
  };
  for (let i = 0; i < rows.length; i++) add(rows[i], `summary.rows[${i}]`);
  add(summary.total, "summary.total");
  return lines;
}

function bandsOf(counts: Readonly<Record<string, unknown>>, path: string): Readonly<Record<string, unknown>> {
  const bands = counts["ageBands"];
  if (bands === undefined || bands === null) return {};
  if (!isObject(bands)) throw typeError(`${path}.ageBands must be an object, got ${describeValue(bands)}`);
  return bands;
}

/** A line's federations by kind (none when it has no such field). */
function federationsOf(line: Line): Readonly<Record<string, unknown>> {
  const federations = line.counts["federations"];
  if (federations === undefined || federations === null) return {};
  if (!isObject(federations))
    throw typeError(`${line.path}.federations must be an object, got ${describeValue(federations)}`);
  return federations;
}

/** The kinds of federation of any line: the known ones in their order, then any other (a forged summary's). */
function federationKinds(lines: readonly Line[]): string[] {
  const found = new Set<string>();
  for (const line of lines) for (const kind of Object.keys(federationsOf(line))) found.add(kind);
  const known: readonly string[] = FederationKind.options;
  const rank = (kind: string) => (known.includes(kind) ? known.indexOf(kind) : known.length);
  return [...found].sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
}

/** A figure of a line: a finite number, or `null` when it is blanked or has no value. */
function figure(line: Line, field: string): number | null {
  const band = field.startsWith("ageBands.") ? field.slice(9) : undefined;
  const federation = field.startsWith("federations.") ? field.slice(12) : undefined;
  const from = band !== undefined ? line.ageBands : federation !== undefined ? federationsOf(line) : line.counts;
  const key = band ?? federation ?? field;
  const value = Object.hasOwn(from, key) ? from[key] : federation !== undefined ? 0 : undefined;
  if (value === null || value === undefined) return null;
  if (typeof value === "number" && Number.isFinite(value)) return value;
  const shown = typeof value === "number" ? String(value) : describeValue(value);
  throw typeError(`${line.path}.${field} must be a finite number or null, got ${shown}`);
}

/** How a blanked count is shown: one neutral mark for every blank, primary or protective. */
const BLANKED = "x";

function cell(line: Line, field: string, k: number | null, forTable: boolean): string {
  const value = figure(line, field);
  if (value === null) {
    // In a suppressed summary every missing count was blanked, except the smallest and largest
    // group of a line without groups, which have no value.
    const noGroups = (field === "minGroupSize" || field === "maxGroupSize") && figure(line, "groups") === 0;
    if (k !== null && !RATIOS.has(field) && !noGroups) return BLANKED;
    return forTable ? "-" : "";
  }
  if (!forTable) return String(value);
  if (field === "meanGroupSize") return value.toFixed(2);
  if (RATIOS.has(field)) return `${(value * 100).toFixed(1)}%`;
  return value.toLocaleString("en-IN");
}

function csv(summary: Summary | SuppressedSummary): string {
  const k = threshold(summary);
  const lines = linesOf(summary);
  const total: unknown = summary.total;
  const bandLabels = Object.keys(bandsOf(total as Record<string, unknown>, "summary.total"));
  const federations = federationKinds(lines).map((kind) => `federations.${kind}`);
  const fields = [
    ...COLUMNS.map(([field]) => field),
    ...federations,
    ...bandLabels.map((label) => `ageBands.${label}`),
  ];
  const header = [
    "unitId",
    "unit",
    "kind",
    ...COLUMNS.map(([field]) => field),
    ...federations,
    ...bandLabels.map((label) => `age ${label}`),
  ];
  // Text cells are escaped and neutralised; figures are numbers (or `x`) and written as they are.
  const textCell = (value: string) => csvText(escapeControls(value));
  const body = lines.map((line) =>
    [...[line.unitId, line.unit, line.kind].map(textCell), ...fields.map((field) => cell(line, field, k, false))].join(
      ",",
    ),
  );
  return `${[header.map(textCell).join(","), ...body].join("\r\n")}\r\n`;
}

function table(summary: Summary | SuppressedSummary): string {
  const k = threshold(summary);
  const lines = linesOf(summary);
  const all = text(summary.groupKind, "summary.groupKind", "all");
  const federations = federationKinds(lines);
  const fields = [...COLUMNS.map(([field]) => field), ...federations.map((kind) => `federations.${kind}`)];
  const header = ["unit", "kind", ...COLUMNS.map(([, title]) => title), ...federations.map(escapeControls)];
  const body = lines.map((line) => [
    escapeControls(line.kind === all ? line.unit : `  ${line.unit}`),
    escapeControls(line.kind),
    ...fields.map((field) => cell(line, field, k, true)),
  ]);
  // A loop, not Math.max(...cells): a state's wards by kind are more cells than a call takes arguments.
  const widths = header.map((title) => title.length);
  for (const cells of body)
    for (let i = 0; i < cells.length; i++) widths[i] = Math.max(widths[i] as number, (cells[i] as string).length);
  const render = (cells: readonly string[]) =>
    cells
      .map((text, i) => (i < 2 ? text.padEnd(widths[i] as number) : text.padStart(widths[i] as number)))
      .join("  ")
      .trimEnd();
  const title = escapeControls(
    `${text(summary.groupKind, "summary.groupKind", "all groups")} by ${text(summary.level, "summary.level", "-")} ` +
      `as of ${text(summary.asOf, "summary.asOf", "-")}` +
      `${k === null ? "" : ` (counts below ${k} suppressed)`}`,
  );
  const rule = widths.map((width) => "-".repeat(width)).join("  ");
  return `${[title, ...setAsideLine(summary), render(header), rule, ...body.map(render)].join("\n")}\n`;
}

/** The line saying what was set aside (`set aside: 1 person, 1 membership`), when anything was. */
function setAsideLine(summary: Summary | SuppressedSummary): string[] {
  const setAside: unknown = summary.setAside;
  if (setAside === null || setAside === undefined) return [];
  if (!isObject(setAside))
    throw typeError(`summary.setAside must be an object or null, got ${describeValue(setAside)}`);
  const counts = noneSetAside() as Record<keyof SetAsideCounts, number>;
  for (const collection of SET_ASIDE_COLLECTIONS) {
    const count = setAside[collection];
    if (count === undefined) continue;
    if (typeof count !== "number" || !Number.isSafeInteger(count) || count < 0)
      throw typeError(`summary.setAside.${collection} must be a whole number >= 0, got ${describeValue(count)}`);
    counts[collection] = count;
  }
  const text = setAsideText(counts);
  return text === "" ? [] : [`set aside: ${text}`];
}
