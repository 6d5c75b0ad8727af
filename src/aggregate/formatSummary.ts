import { noneSetAside, SET_ASIDE_COLLECTIONS, type SetAsideCounts } from "../dataset/SetAside.js";
import { FederationKind } from "../entities/Federation.js";
import { displayWidth, padTo } from "../internal/displayWidth.js";
import { packageErrorDetail, rangeError, typeError } from "../internal/errors.js";
import { csvText, escapeControls, escapeJsonControls } from "../internal/escapeText.js";
import { describeValue, requireOneOf, requireOptions } from "../internal/guards.js";
import { pure } from "../internal/pure.js";
import { requireLocale } from "../issues/formatIssue.js";
import { en } from "../locales/en.js";
import type { Locale, LocaleFormat, SummaryColumn } from "../locales/Locale.js";
import { localeFormat } from "../locales/localeFormat.js";
import { setAsideList } from "../locales/setAsideList.js";
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
 *
 * @public
 */
export interface FormatSummaryOptions {
  /** `table` for people (aligned text), `csv` for spreadsheets (RFC 4180, with a header), `json` for programs. */
  readonly format: "table" | "csv" | "json";
  /**
   * The language of a `table`: its headings, kinds, title and numbers (`en`, English formatted
   * for India, by default; others from `@kudumbashree/domain/locales/ml`, `/hi`, `/as`, `/bn`).
   * Ignored by `csv` and `json`, which are for programs: codes and plain numbers.
   *
   * @since 0.2.0
   */
  readonly locale?: Locale | undefined;
  /**
   * In a `table`, counts from a thousand up written short, as the locale says them
   * (`45 lakh` in Indian English, `12 crore`). Ignored by `csv` and `json`.
   *
   * @since 0.2.0
   */
  readonly compact?: boolean | undefined;
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

/** The figures of a line, in the order of the columns. */
const COLUMNS = [
  "wards",
  "wardsWithGroup",
  "groups",
  "members",
  "meanGroupSize",
  "minGroupSize",
  "maxGroupSize",
  "coverage",
  "capacityUse",
  "meetingsHeld",
  "meetingsExpected",
  "meetingCompliance",
  "attendanceRate",
  "villages",
  "villagesWithGroup",
  "groupsFederated",
  "federatedShare",
] as const satisfies readonly SummaryColumn[];

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
 * A `table` is for people, in a language: `locale` (English formatted for India by default, or a
 * locale from `@kudumbashree/domain/locales/ml`, `/hi`, `/as`, `/bn`) gives its headings, the
 * names of kinds and of the total row, its title and set-aside line, its date order and its
 * digits, grouped the Indian way by `Intl.NumberFormat` (`45,00,000`; `compact: true` writes
 * `45 lakh`). Columns are aligned by grapheme clusters, not UTF-16 units, so that Malayalam,
 * Hindi, Assamese and Bengali headings line up (an approximation: terminals differ on how wide
 * they draw Indic clusters). `csv` and `json` are for programs and ignore `locale` and `compact`:
 * codes, field names and plain numbers, the same in every language.
 *
 * @param summary - Any summary.
 * @param options - The format, and for a table its locale and whether counts are compact.
 * @returns The text, ending with a newline.
 * @throws TypeError when `summary` is not a summary (not an object, rows that are not an array,
 * a figure that is not a finite number or `null`, a name that is not text), `options` is not
 * an object, a table's `locale` is not a Locale or `compact` is not a boolean; RangeError when
 * `options.format` is not `table`, `csv` or `json`, or the locale's tag is not a language tag.
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
 * const many = { ...emptySummary(), total: { ...emptySummary().total, members: 4500000 } };
 * formatSummary(many, { format: "table" }).split("\n")[3]?.split(/ {2,}/).slice(0, 6);
 * //=> ["Total", "all", "0", "0", "0", "45,00,000"]
 * formatSummary(many, { format: "table", compact: true }).split("\n")[3]?.split(/ {2,}/)[5];
 * //=> "45\u202flakh"
 * ```
 *
 * @public
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
  const { compact } = options;
  if (compact !== undefined && typeof compact !== "boolean")
    throw typeError(`formatSummary's compact must be true or false, got ${describeValue(compact)}`);
  // The locale is for people: CSV and JSON ignore it.
  const locale = format === "table" ? requireLocale(options.locale ?? en, "formatSummary") : en;
  try {
    if (format === "json") {
      const text: unknown = JSON.stringify(summary, null, 2);
      if (typeof text !== "string") throw typeError("formatSummary cannot write this summary as JSON");
      return `${escapeJsonControls(text)}\n`;
    }
    return format === "csv" ? csv(summary) : table(summary, locale, compact === true);
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

/** How a table writes figures: counts, mean sizes and ratios, in the locale's digits. */
interface Figures {
  readonly count: (value: number) => string;
  readonly mean: (value: number) => string;
  readonly ratio: (value: number) => string;
}

function figuresOf(locale: Locale, compact: boolean): Figures {
  try {
    const count = compact
      ? new Intl.NumberFormat(locale.tag, { notation: "compact", compactDisplay: "long" })
      : new Intl.NumberFormat(locale.tag);
    const mean = new Intl.NumberFormat(locale.tag, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    const ratio = new Intl.NumberFormat(locale.tag, {
      style: "percent",
      minimumFractionDigits: 1,
      maximumFractionDigits: 1,
    });
    return {
      count: (value) => count.format(value),
      mean: (value) => mean.format(value),
      ratio: (value) => ratio.format(value),
    };
  } catch {
    throw rangeError(`formatSummary's locale.tag must be a BCP 47 language tag, got ${describeValue(locale.tag)}`);
  }
}

/** A cell: for a table (`figures` given) written for people, for CSV as a plain number. */
function cell(line: Line, field: string, k: number | null, figures: Figures | undefined): string {
  const value = figure(line, field);
  if (value === null) {
    // In a suppressed summary every missing count was blanked, except the smallest and largest
    // group of a line without groups, which have no value.
    const noGroups = (field === "minGroupSize" || field === "maxGroupSize") && figure(line, "groups") === 0;
    if (k !== null && !RATIOS.has(field) && !noGroups) return BLANKED;
    return figures !== undefined ? "-" : "";
  }
  if (figures === undefined) return String(value);
  if (field === "meanGroupSize") return figures.mean(value);
  if (RATIOS.has(field)) return figures.ratio(value);
  return figures.count(value);
}

function csv(summary: Summary | SuppressedSummary): string {
  const k = threshold(summary);
  const lines = linesOf(summary);
  const total: unknown = summary.total;
  const bandLabels = Object.keys(bandsOf(total as Record<string, unknown>, "summary.total"));
  const federations = federationKinds(lines).map((kind) => `federations.${kind}`);
  const fields = [...COLUMNS, ...federations, ...bandLabels.map((label) => `ageBands.${label}`)];
  const header = ["unitId", "unit", "kind", ...COLUMNS, ...federations, ...bandLabels.map((label) => `age ${label}`)];
  // Text cells are escaped and neutralised; figures are numbers (or `x`) and written as they are.
  const textCell = (value: string) => csvText(escapeControls(value));
  const body = lines.map((line) =>
    [
      ...[line.unitId, line.unit, line.kind].map(textCell),
      ...fields.map((field) => cell(line, field, k, undefined)),
    ].join(","),
  );
  return `${[header.map(textCell).join(","), ...body].join("\r\n")}\r\n`;
}

/** A term of the locale for a kind, or the kind as written when the locale has none (a forged one). */
function termOf(terms: Readonly<Record<string, string>>, kind: string): string {
  return Object.hasOwn(terms, kind) ? (terms[kind] as string) : kind;
}

function table(summary: Summary | SuppressedSummary, locale: Locale, compact: boolean): string {
  const format = localeFormat(locale, "formatSummary");
  const figures = figuresOf(locale, compact);
  const { labels, terms } = locale;
  const k = threshold(summary);
  const lines = linesOf(summary);
  const groupKind =
    summary.groupKind === null || summary.groupKind === undefined
      ? null
      : text(summary.groupKind, "summary.groupKind", "");
  const all = groupKind ?? "all";
  const kindName = (kind: string) =>
    groupKind === null && kind === "all" ? labels.summary.allKinds : termOf(terms.groupKinds, kind);
  const federations = federationKinds(lines);
  const fields = [...COLUMNS, ...federations.map((kind) => `federations.${kind}`)];
  const header = [
    labels.summary.columns.unit,
    labels.summary.columns.kind,
    ...COLUMNS.map((field) => labels.summary.columns[field]),
    ...federations.map((kind) => escapeControls(termOf(terms.federationKinds, kind))),
  ];
  // The total row is named in the locale's word ("Total", "ആകെ"); the other rows by their units' names.
  const unitName = (line: Line) => (line.path.startsWith("summary.total") ? terms.words.total : line.unit);
  const body = lines.map((line) => [
    escapeControls(line.kind === all ? unitName(line) : `  ${unitName(line)}`),
    escapeControls(kindName(line.kind)),
    ...fields.map((field) => cell(line, field, k, figures)),
  ]);
  // A loop, not Math.max(...cells): a state's wards by kind are more cells than a call takes arguments.
  // Widths are display widths: a Malayalam heading is fewer columns than UTF-16 units.
  const widths = header.map((title) => displayWidth(title));
  for (const cells of body)
    for (let i = 0; i < cells.length; i++) widths[i] = Math.max(widths[i] as number, displayWidth(cells[i] as string));
  const render = (cells: readonly string[]) =>
    cells
      .map((cellText, i) => padTo(cellText, widths[i] as number, i < 2 ? "end" : "start"))
      .join("  ")
      .trimEnd();
  const title = escapeControls(
    labels.summary.title(
      {
        groupKind: groupKind === null ? null : termOf(terms.groupKinds, groupKind),
        level: termOf(terms.unitKinds, text(summary.level, "summary.level", "-")),
        asOf: format.date(text(summary.asOf, "summary.asOf", "-")),
        suppressBelow: k,
      },
      format,
    ),
  );
  const rule = widths.map((width) => "-".repeat(width)).join("  ");
  const setAside = setAsideLine(summary, locale, format);
  return `${[title, ...setAside, render(header), rule, ...body.map(render)].join("\n")}\n`;
}

/** The line saying what was set aside (`set aside: 1 person, 1 membership`), when anything was. */
function setAsideLine(summary: Summary | SuppressedSummary, locale: Locale, format: LocaleFormat): string[] {
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
  const list = setAsideList(counts, locale, format);
  return list === "" ? [] : [escapeControls(locale.labels.summary.setAside(list))];
}
