// `merge`: summaries of disjoint parts (districts, partner states), each a JSON file another office
// sent, read with parseSummary and merged with mergeSummaries; with --combine, summaries made with
// different rule sets combined with combineSummaries. A file that cannot be used, or summaries that
// cannot be merged (a part twice, one rule-set key with two contents, another date), end the command
// with exit code 2 and one line naming the file and what to do.
import type { CombinedSummary } from "../aggregate/CombinedSummary.js";
import { combineSummaries } from "../aggregate/combineSummaries.js";
import { formatSummary } from "../aggregate/formatSummary.js";
import { mergeSummaries } from "../aggregate/mergeSummaries.js";
import { parseSummary } from "../aggregate/parseSummary.js";
import type { Summary, SuppressedSummary } from "../aggregate/Summary.js";
import { suppressSummary } from "../aggregate/suppressSummary.js";
import { packageErrorDetail } from "../internal/errors.js";
import { csvText, escapeControls, escapeJsonControls } from "../internal/escapeText.js";
import type { Locale } from "../locales/Locale.js";
import {
  type CommandSpec,
  choice,
  commandHelp,
  findCommand,
  parseCommand,
  UsageError,
  wholeNumberOption,
} from "./commandLine.js";
import { fileError, InputError, readTextFile } from "./fileSystem.js";
import type { Io } from "./io.js";
import { parseJson } from "./readInput.js";

/** At most this many problems of a file are named in its one line. */
const SHOWN_PROBLEMS = 3;
/** At most this many parts are named in the `parts:` line. */
const SHOWN_PARTS = 10;

/** A summary file read and checked: mergeable (not suppressed, with provenance). */
interface SummaryFile {
  readonly file: string;
  readonly summary: Summary;
}

/** The package's error message without its prefix and the function's name, for a line of the command. */
function detailOf(error: unknown): string | undefined {
  return packageErrorDetail(error)?.replace(/^(mergeSummaries|combineSummaries): /, "");
}

/** One summary file: read, parsed as JSON, checked with parseSummary, and mergeable. */
function readSummaryFile(file: string, io: Io): SummaryFile {
  let text: string;
  if (file === "-") {
    try {
      text = io.stdin();
    } catch (error) {
      throw fileError("read", "standard input", error);
    }
  } else text = readTextFile(file);
  const label = file === "-" ? "<stdin>" : file;
  const { input } = parseJson(text, label, "a summary", 2);
  const format = typeof input === "object" && input !== null ? (input as { format?: unknown }).format : undefined;
  if (format === "kudumbashree.combinedSummary")
    throw new InputError(
      `${label}: a combined table (merge --combine) cannot be merged again; combine the summaries it was made from`,
      2,
    );
  const parsed = parseSummary(input);
  if (!parsed.ok) {
    const problems = parsed.issues.slice(0, SHOWN_PROBLEMS).map((issue) => issue.message);
    const more = parsed.issues.length - problems.length;
    throw new InputError(
      `${label}: not a valid summary: ${problems.join("; ")}` +
        (more > 0 ? ` (and ${more} more problem${more === 1 ? "" : "s"})` : ""),
      2,
    );
  }
  const summary = parsed.summary;
  if (summary.suppressBelow !== null)
    throw new InputError(
      `${label}: a suppressed summary cannot be merged (its small counts are blanked); merge the unsuppressed ` +
        "summaries and suppress the result with --suppress-below",
      2,
    );
  if (summary.provenance === null)
    throw new InputError(
      `${label}: written before summaries carried provenance (format version 1), so which parts it covers and ` +
        "which rules it applied are not known; summarise its data again with this version",
      2,
    );
  return { file: label, summary: summary as Summary };
}

/** `a, b, c and 7 more`: some parts, for a line. */
function partList(parts: readonly string[]): string {
  const shown = parts.slice(0, SHOWN_PARTS).join(", ");
  return parts.length > SHOWN_PARTS ? `${shown} and ${parts.length - SHOWN_PARTS} more` : shown || "none";
}

/** What the command says it read, one line per file: its parts and the library that made it. */
function fileLines(files: readonly SummaryFile[]): string[] {
  return files.map(({ file, summary }) => {
    const { parts = [], library } = summary.provenance ?? {};
    return `from ${file}: ${partList(parts)} (made by ${library?.name ?? "?"} ${library?.version ?? "?"})`;
  });
}

/** `rules: KEY sha256:...`, one line per rule set a summary applied. */
function ruleLines(summary: Summary): string[] {
  return Object.entries(summary.provenance?.ruleSets ?? {}).map(([key, hash]) => `rules: ${key} ${hash}`);
}

const textLines = (lines: readonly string[]) => lines.map((line) => `${escapeControls(line)}\n`).join("");

/** The summaries merged in the order given; a refusal names the file that could not be merged. */
function mergeFiles(files: readonly SummaryFile[]): Summary {
  let merged = (files[0] as SummaryFile).summary;
  for (let i = 1; i < files.length; i++) {
    const { file, summary } = files[i] as SummaryFile;
    try {
      merged = mergeSummaries(merged, summary);
    } catch (error) {
      const detail = detailOf(error);
      if (detail === undefined) throw error;
      const before = files.slice(0, i).map((one) => one.file);
      throw new InputError(`${file} cannot be merged with ${partList(before)}: ${detail}`, 2);
    }
  }
  return merged;
}

/** The summaries combined; a refusal names the first file that could not be combined with those before it. */
function combineFiles(files: readonly SummaryFile[]): CombinedSummary {
  const summaries = files.map((one) => one.summary);
  try {
    return combineSummaries(summaries);
  } catch (error) {
    const detail = detailOf(error);
    if (detail === undefined) throw error;
    // Found again with the files one by one, so the line can name the file (only when refused).
    for (let i = 1; i < files.length; i++) {
      try {
        combineSummaries(summaries.slice(0, i + 1));
      } catch (again) {
        const before = files.slice(0, i).map((one) => one.file);
        throw new InputError(
          `${(files[i] as SummaryFile).file} cannot be combined with ${partList(before)}: ${detailOf(again) ?? detail}`,
          2,
        );
      }
    }
    throw new InputError(`the summaries cannot be combined: ${detail}`, 2);
  }
}

/**
 * The tables of a combined summary as one CSV: a `ruleSets` column first (`all` for the figures
 * that do not depend on the rules, else the keys of the rule sets), and the same columns in every
 * table: each gets every kind of federation any of them has (a kind left out counts 0, so a 0
 * says the same).
 */
function combinedCsv(combined: CombinedSummary, locale: Locale): string {
  const tables: [string, Summary][] = [
    ["all", combined as unknown as Summary],
    ...combined.byRuleSets.map((group): [string, Summary] => [(group.ruleSets ?? []).join(" "), group]),
  ];
  const kinds = new Set<string>();
  for (const [, table] of tables) for (const kind of Object.keys(table.total.federations)) kinds.add(kind);
  const lines: string[] = [];
  tables.forEach(([label, table], i) => {
    const federations = { ...Object.fromEntries([...kinds].map((kind) => [kind, 0])), ...table.total.federations };
    const aligned = { ...table, total: { ...table.total, federations } } as Summary;
    const [header = "", ...body] = formatSummary(aligned, { format: "csv", locale }).split("\r\n");
    if (i === 0) lines.push(`ruleSets,${header}`);
    const cell = csvText(escapeControls(label));
    for (const line of body) if (line !== "") lines.push(`${cell},${line}`);
  });
  return `${lines.join("\r\n")}\r\n`;
}

/** A combined summary as a table per rule set, after the table of what does not depend on the rules. */
function combinedTable(combined: CombinedSummary, locale: Locale): string {
  const parts = [
    "figures of every part that do not depend on the rules (capacity, meetings and attendance: per rule set below)",
    formatSummary(combined as unknown as Summary, { format: "table", locale }),
  ];
  for (const group of combined.byRuleSets) {
    parts.push(
      "",
      textLines([
        `rule sets: ${(group.ruleSets ?? []).join(", ") || "none"}`,
        `parts: ${partList(group.provenance?.parts ?? [])}`,
      ]).trimEnd(),
      formatSummary(group, { format: "table", locale }),
    );
  }
  return `${parts.join("\n").trimEnd()}\n`;
}

export function mergeCommand(args: readonly string[], io: Io, locale: Locale): number {
  const spec = findCommand("merge") as CommandSpec;
  const { values, positionals, help } = parseCommand(spec, args);
  if (help) {
    io.stdout(commandHelp(spec, locale));
    return 0;
  }
  const format = choice(values["format"], "format", ["table", "csv", "json"] as const, "table", spec.name);
  const combine = values["combine"] === true;
  const suppressBelow =
    values["suppress-below"] === undefined
      ? undefined
      : wholeNumberOption(values["suppress-below"], "suppress-below", 1, 1_000_000, spec.name);
  if (combine && suppressBelow !== undefined)
    throw new UsageError(
      "--suppress-below does not go with --combine: merge the parts of each rule set and suppress those",
      spec.name,
    );
  if (positionals.filter((file) => file === "-").length > 1)
    throw new UsageError("standard input (-) can be read once", spec.name);
  const files = positionals.map((file) => readSummaryFile(file, io));
  // What was read comes first in a table; CSV and JSON stay as programs read them.
  const say = (lines: readonly string[]) => (format === "table" ? io.stdout : io.stderr)(textLines(lines));
  let issues: Summary["issues"];
  if (combine) {
    const combined = combineFiles(files);
    say([...fileLines(files), `parts: ${partList(combined.provenance.parts)}`]);
    if (format === "json") io.stdout(`${escapeJsonControls(JSON.stringify(combined, null, 2))}\n`);
    else io.stdout(format === "csv" ? combinedCsv(combined, locale) : combinedTable(combined, locale));
    issues = combined.byRuleSets.flatMap((group) => group.issues);
  } else {
    const merged = mergeFiles(files);
    say([...fileLines(files), `parts: ${partList(merged.provenance?.parts ?? [])}`, ...ruleLines(merged)]);
    const shown: Summary | SuppressedSummary =
      suppressBelow === undefined ? merged : suppressSummary(merged, suppressBelow);
    io.stdout(formatSummary(shown, { format, locale }));
    issues = merged.issues;
  }
  const errors = issues.filter((issue) => issue.severity === "error").length;
  if (issues.length > 0)
    io.stderr(
      `kudumbashree: the summaries carry ${issues.length} issue${issues.length === 1 ? "" : "s"} ` +
        `(${errors} error${errors === 1 ? "" : "s"}); --format json lists them` +
        (errors > 0 ? "; the records they concern were left out of the figures" : "") +
        "\n",
    );
  return errors > 0 ? 1 : 0;
}
