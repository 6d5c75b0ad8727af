// The commands that read a dataset: validate, summarize and ageing-out.

import { formatSummary } from "../aggregate/formatSummary.js";
import { summarize } from "../aggregate/summarize.js";
import { partProblem } from "../aggregate/summaryProvenance.js";
import { parseDataset } from "../dataset/parseDataset.js";
import type { Dataset } from "../entities/Dataset.js";
import { GroupKind } from "../entities/Group.js";
import { UnitKind } from "../entities/Unit.js";
import { addMonths, formatIsoDate, parseIsoDate } from "../internal/calendar.js";
import { displayWidth, padTo } from "../internal/displayWidth.js";
import { csvText, escapeControls, escapeJsonControls } from "../internal/escapeText.js";
import { formatIssue } from "../issues/formatIssue.js";
import type { Issue } from "../issues/Issue.js";
import type { Locale } from "../locales/Locale.js";
import { localeFormat } from "../locales/localeFormat.js";
import { setAsideList } from "../locales/setAsideList.js";
import { ageingOut } from "../rules/queries/ageingOut.js";
import { ruleSetKey } from "../rules/registry/RuleSet.js";
import { resolveRuleSets } from "../rules/registry/resolveRuleSets.js";
import { isCsvFolder, summarizeCsvColumns } from "./columnar/summarizeCsvColumns.js";
import { validateInput } from "./columnar/validateCsvColumns.js";
import {
  type CommandSpec,
  choice,
  commandHelp,
  dateOption,
  findCommand,
  type Parsed,
  parseCommand,
  UsageError,
  wholeNumberOption,
} from "./commandLine.js";
import type { Io, Progress } from "./io.js";
import { progressMeter } from "./progressMeter.js";
import { formatLocation, type Input, readInput } from "./readInput.js";
import {
  type ChosenRuleSet,
  loadRuleSets,
  unusedRuleSetNotes,
  usedRuleSetLines,
  usedRuleSets,
} from "./ruleSetFiles.js";
import { summarizeWithDuckDb } from "./sqlEngine.js";
import type { SummarizeAnswer, SummarizeRequest } from "./summarizeEngines.js";

// Everything printed that comes from data, files or arguments goes through escapeControls (text)
// or escapeJsonControls (JSON): a name holding terminal escape sequences or bidi overrides is
// shown escaped, never acted on by the terminal.

/** Where issues are: the file or folder, and the place of each. */
type Placed = Pick<Input, "label" | "locateIssue">;

function where(issue: Issue, input: Placed): string {
  const location = input.locateIssue(issue);
  if (location !== undefined) return formatLocation(location);
  return issue.path === undefined ? input.label : `${input.label} ${issue.path.join(".")}`;
}

function issueLines(issues: readonly Issue[], input: Placed, locale: Locale): string {
  // The severity in the locale's words, the code as it is (it is what the docs list).
  const severities = locale.terms.severities;
  const width = Math.max(displayWidth(severities.error), displayWidth(severities.warning));
  const severity = (issue: Issue) => padTo(severities[issue.severity] ?? String(issue.severity), width, "end");
  // The whole line escaped: a line break in a message cannot start a forged issue line.
  const line = (issue: Issue) =>
    `${severity(issue)} ${issue.code.padEnd(28)} ${where(issue, input)}: ${formatIssue(issue, locale)}`;
  return issues.map((issue) => `${escapeControls(line(issue))}\n`).join("");
}

/** The issues with the file, line and column each is about, for JSON output. */
function locatedIssues(issues: readonly Issue[], input: Input): unknown[] {
  return issues.map((issue) => {
    const location = input.locateIssue(issue);
    return location === undefined ? issue : { ...issue, location };
  });
}

/** The command's spec, and its arguments read; undefined when its help was asked for (and printed). */
function start(name: string, args: readonly string[], io: Io, locale: Locale): [CommandSpec, Parsed] | undefined {
  const spec = findCommand(name) as CommandSpec;
  const parsed = parseCommand(spec, args);
  if (!parsed.help) return [spec, parsed];
  io.stdout(commandHelp(spec, locale));
  return undefined;
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? (value as string[]) : typeof value === "string" ? [value] : [];
}

/** The rule sets of --rules, and the option to pass them on with. */
function givenRuleSets(values: Parsed["values"], command: string) {
  const given = loadRuleSets(strings(values["rules"]), command);
  return { given, option: given.length === 0 ? undefined : given.map((one) => one.ruleSet) };
}

function noteUnused(io: Io, given: readonly ChosenRuleSet[], used: readonly string[], asOf: string): void {
  for (const note of unusedRuleSetNotes(given, used, asOf)) io.stderr(`kudumbashree: ${escapeControls(note)}\n`);
}

/**
 * Which day meeting records were taken to start on, for table output: the one given, or the one
 * the library inferred (read defensively: reports and summaries say so from this version on).
 */
function recordsFromLine(result: object, given: string | undefined, locale: Locale): string[] {
  const { date } = localeFormat(locale, "kudumbashree");
  if (given !== undefined) return [locale.labels.cli.recordsFrom(date(given), "option")];
  if (!("recordsFromInferred" in result)) return [];
  const { recordsFrom, recordsFromInferred } = result as { recordsFrom?: unknown; recordsFromInferred?: unknown };
  if (typeof recordsFrom !== "string") return []; // no meeting records: nothing to say
  return [locale.labels.cli.recordsFrom(date(recordsFrom), recordsFromInferred === true ? "inferred" : "stated")];
}

const textLines = (lines: readonly string[]) => lines.map((line) => `${escapeControls(line)}\n`).join("");

function optionalDate(value: unknown, name: string, command: string): string | undefined {
  return value === undefined ? undefined : dateOption(value, name, command);
}

export function validateCommand(args: readonly string[], io: Io, progress: Progress, locale: Locale): number {
  const started = start("validate", args, io, locale);
  if (started === undefined) return 0;
  const [spec, { values, positionals }] = started;
  const asOf = dateOption(values["as-of"], "as-of", spec.name);
  const recordsFrom = optionalDate(values["records-from"], "records-from", spec.name);
  const format = choice(values["format"], "format", ["table", "json"] as const, "table", spec.name);
  const { given, option } = givenRuleSets(values, spec.name);
  // The bar is cleared before anything else is printed, and when the reading fails.
  const meter = progressMeter(io, { quiet: values["quiet"] === true });
  // A CSV folder is checked a column at a time, in memory that grows with its people, not its rows.
  const { input, report } = validateInput({
    path: positionals[0] as string,
    stdin: io.stdin,
    asOf,
    recordsFrom,
    ruleSets: option,
    strict: values["strict"] === true,
    meter,
    progress,
    announce: (line) => io.stderr(`kudumbashree: ${escapeControls(line)}\n`),
  });
  // The reading's own issues (columns ignored or refused) come first and count with the others.
  const readErrors = input.readIssues.filter((issue) => issue.severity === "error").length;
  const issues = [...input.readIssues, ...report.issues.map(input.explain)];
  const counts = {
    error: report.counts.error + readErrors,
    warning: report.counts.warning + input.readIssues.length - readErrors,
  };
  const ok = report.ok && readErrors === 0;
  const used = usedRuleSets(report.ruleSets, given);
  noteUnused(io, given, report.ruleSets, asOf);
  if (format === "json") {
    const json = { ...report, ok, counts, issues: locatedIssues(issues, input), ruleSetHashes: used };
    io.stdout(`${escapeJsonControls(JSON.stringify(json, null, 2))}\n`);
  } else {
    const said = localeFormat(locale, "kudumbashree");
    io.stdout(textLines([...usedRuleSetLines(used), ...recordsFromLine(report, recordsFrom, locale)]));
    io.stdout(issueLines(issues, input, locale));
    const setAside = report.setAside === null ? "" : setAsideList(report.setAside, locale, said);
    if (setAside !== "") io.stdout(textLines([locale.labels.cli.validateSetAside(setAside)]));
    const result = { file: input.label, ok, errors: counts.error, warnings: counts.warning, asOf: said.date(asOf) };
    io.stdout(textLines([locale.labels.cli.validateResult({ ...result, ruleSets: report.ruleSets }, said)]));
  }
  return ok ? 0 : 1;
}

export function summarizeCommand(
  args: readonly string[],
  io: Io,
  progress: Progress,
  locale: Locale,
): number | Promise<number> {
  const started = start("summarize", args, io, locale);
  const said = localeFormat(locale, "kudumbashree");
  if (started === undefined) return 0;
  const [spec, { values, positionals }] = started;
  if (values["level"] === undefined)
    throw new UsageError(`--level is required (${UnitKind.options.join(", ")})`, spec.name);
  const level = choice(values["level"], "level", UnitKind.options, "district", spec.name);
  const groupKind =
    values["group-kind"] === undefined
      ? undefined
      : choice(values["group-kind"], "group-kind", GroupKind.options, "auxiliaryGroup", spec.name);
  const format = choice(values["format"], "format", ["table", "csv", "json"] as const, "table", spec.name);
  const engine = choice(values["engine"], "engine", ["node", "duckdb"] as const, "node", spec.name);
  let asOf: string;
  if (values["as-of"] === undefined) {
    asOf = io.today();
    io.stderr(`kudumbashree: ${escapeControls(locale.labels.cli.asOfToday(said.date(asOf)))}\n`);
  } else asOf = dateOption(values["as-of"], "as-of", spec.name);
  const recordsFrom = optionalDate(values["records-from"], "records-from", spec.name);
  const suppressBelow =
    values["suppress-below"] === undefined
      ? undefined
      : wholeNumberOption(values["suppress-below"], "suppress-below", 1, 1_000_000, spec.name);
  const { given, option } = givenRuleSets(values, spec.name);
  const part = values["part"] as string | undefined;
  const partIssue = part === undefined ? undefined : partProblem(part);
  if (partIssue !== undefined) throw new UsageError(`--part ${partIssue}, got ${JSON.stringify(part)}`, spec.name);
  const request: SummarizeRequest = {
    path: positionals[0] as string,
    options: { level, groupKind, asOf, suppressBelow, recordsFrom, ruleSets: option, part },
    strict: values["strict"] === true,
    stdin: io.stdin,
    progress,
    meter: progressMeter(io, { quiet: values["quiet"] === true }),
  };
  const print = (answer: SummarizeAnswer) => printSummary(answer, { io, locale, format, given, asOf, recordsFrom });
  if (engine === "duckdb") return summarizeWithDuckDb(request).then(print);
  // A CSV folder is read a column at a time, in memory that grows with its people, not its rows.
  if (isCsvFolder(request.path)) {
    const announce = (line: string) => io.stderr(`kudumbashree: ${escapeControls(line)}\n`);
    return print(summarizeCsvColumns(request, { summarizeObjects, announce }));
  }
  return print(summarizeObjects(request));
}

/** The summary of a dataset read whole into objects, checked with the zod schemas. */
export function summarizeObjects(request: SummarizeRequest): SummarizeAnswer {
  let input: Input;
  try {
    input = readInput(request.path, request.stdin, { strict: request.strict, meter: request.meter });
  } finally {
    request.meter.stop(); // the bar is cleared before anything else is printed
  }
  request.progress(`read ${input.label}; summarising...`);
  const computed = summarize(input.input as Dataset, request.options);
  const summary = {
    ...computed,
    issues: [...input.readIssues, ...computed.issues.map(input.explain)],
  } as typeof computed;
  return {
    summary,
    label: input.label,
    refused: input.readIssues.filter((issue) => issue.severity === "error").length,
    errors: computed.issues.filter((issue) => issue.severity === "error").length,
    locateIssue: input.locateIssue,
  };
}

interface PrintOptions {
  readonly io: Io;
  readonly locale: Locale;
  readonly format: "table" | "csv" | "json";
  readonly given: readonly ChosenRuleSet[];
  readonly asOf: string;
  readonly recordsFrom: string | undefined;
}

/** Prints an engine's summary: the same lines whatever engine made it. */
function printSummary(answer: SummarizeAnswer, options: PrintOptions): number {
  const { io, locale, format, given, asOf, recordsFrom } = options;
  const said = localeFormat(locale, "kudumbashree");
  const { summary, label } = answer;
  const keys = summary.ruleSets ?? [];
  noteUnused(io, given, keys, asOf);
  const header = textLines([
    ...usedRuleSetLines(usedRuleSets(keys, given)),
    ...recordsFromLine(summary, recordsFrom, locale),
  ]);
  // A table for people starts with what it was made with; CSV and JSON stay as programs read them.
  if (format === "table") io.stdout(header);
  else io.stderr(header);
  // A suppressed summary (blanked counts are null) is formatted the same way.
  io.stdout(formatSummary(summary as Parameters<typeof formatSummary>[0], { format, locale }));
  if (summary.issues.length > 0) io.stderr(issueLines(summary.issues, answer, locale));
  if (answer.errors > 0) io.stderr(textLines([locale.labels.cli.summarizeErrors(label, answer.errors, said)]));
  if (answer.refused > 0) io.stderr(textLines([locale.labels.cli.strictRefused(label)]));
  return answer.errors + answer.refused > 0 ? 1 : 0;
}

/** Cells aligned in columns under a header and a rule; the columns named in `right` aligned right. */
function alignedTable(header: readonly string[], rows: readonly string[][], right: ReadonlySet<number>): string {
  const all = [header, ...rows].map((cells) => cells.map(escapeControls));
  const widths = header.map((_, k) => Math.max(...all.map((cells) => displayWidth(cells[k] as string))));
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, k) => padTo(cell, widths[k] as number, right.has(k) ? "start" : "end"))
      .join("  ")
      .trimEnd();
  const [top = [], ...rest] = all;
  return [line(top), widths.map((width) => "-".repeat(width)).join("  "), ...rest.map(line)]
    .map((text) => `${text}\n`)
    .join("");
}

export function ageingOutCommand(args: readonly string[], io: Io, progress: Progress, locale: Locale): number {
  const started = start("ageing-out", args, io, locale);
  const said = localeFormat(locale, "kudumbashree");
  if (started === undefined) return 0;
  const [spec, { values, positionals }] = started;
  const asOf = dateOption(values["as-of"], "as-of", spec.name);
  const withinMonths =
    values["within-months"] === undefined
      ? 12
      : wholeNumberOption(values["within-months"], "within-months", 0, 1200, spec.name);
  const format = choice(values["format"], "format", ["table", "csv", "json"] as const, "table", spec.name);
  const { given, option } = givenRuleSets(values, spec.name);
  const input = readInput(positionals[0] as string, io.stdin, { strict: values["strict"] === true });
  progress(`read ${input.label}; looking ahead...`);
  const parsed = parseDataset(input.input);
  const issues = [...input.readIssues, ...parsed.issues.map(input.explain)];
  const errors = issues.filter((issue) => issue.severity === "error").length;
  if (issues.length > 0) io.stderr(issueLines(issues, input, locale));
  if (!parsed.ok) {
    io.stderr(textLines([locale.labels.cli.ageingOutStopped(input.label, errors, said)]));
    return 1;
  }
  const data = parsed.data;
  const rows = ageingOut(data, { asOf, withinMonths, ruleSets: option });
  const until = formatIsoDate(
    addMonths(parseIsoDate(asOf) as NonNullable<ReturnType<typeof parseIsoDate>>, withinMonths),
  );
  // The rule sets consulted: for each kind of group in the data, the one in force with an age limit.
  const resolved = resolveRuleSets(asOf, option);
  const kinds = new Set(data.groups.map((group) => group.kind));
  const keys = [...kinds]
    .flatMap((kind) => {
      const ruleSet = resolved.get(kind);
      return ruleSet?.ageBand?.max === undefined ? [] : [ruleSetKey(ruleSet)];
    })
    .sort();
  const used = usedRuleSets(keys, given);
  noteUnused(io, given, keys, asOf);
  const names = new Map(data.people.flatMap((person) => (person.name === undefined ? [] : [[person.id, person.name]])));
  const header = textLines(usedRuleSetLines(used));
  if (format === "json") {
    const members = rows.map((row) => {
      const name = names.get(row.personId);
      return name === undefined ? row : { ...row, name };
    });
    const json = { asOf, withinMonths, until, ruleSets: keys, ruleSetHashes: used, members };
    io.stderr(header);
    io.stdout(`${escapeJsonControls(JSON.stringify(json, null, 2))}\n`);
  } else if (format === "csv") {
    const columns = ["personId", "name", "groupId", "groupKind", "ruleSet", "dateOfBirth", "leavesOn", "ageOnLeaving"];
    const text = (value: string) => csvText(escapeControls(value));
    const lines = rows.map((row) =>
      [
        text(row.personId),
        text(names.get(row.personId) ?? ""),
        text(row.groupId),
        row.groupKind,
        text(row.ruleSet),
        row.dateOfBirth,
        row.leavesOn,
        String(row.ageOnLeaving),
      ].join(","),
    );
    io.stderr(header);
    io.stdout(`${[columns.join(","), ...lines].join("\r\n")}\r\n`);
  } else {
    io.stdout(header);
    if (rows.length > 0) {
      const columns = locale.labels.cli.ageingOutColumns;
      io.stdout(
        alignedTable(
          [
            columns.leavesOn,
            columns.age,
            columns.person,
            columns.name,
            columns.group,
            columns.kind,
            columns.born,
            columns.ruleSet,
          ],
          rows.map((row) => [
            said.date(row.leavesOn),
            said.number(row.ageOnLeaving),
            row.personId,
            names.get(row.personId) ?? "",
            row.groupId,
            locale.terms.groupKinds[row.groupKind],
            said.date(row.dateOfBirth),
            row.ruleSet,
          ]),
          new Set([1]),
        ),
      );
    }
    const result = { file: input.label, members: rows.length, asOf: said.date(asOf), until: said.date(until) };
    io.stdout(textLines([locale.labels.cli.ageingOutResult(result, said)]));
  }
  return errors > 0 ? 1 : 0;
}
