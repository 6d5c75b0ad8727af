// The `kudumbashree` command: validate and summarise exports, write samples, list rules and the schema.
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { formatSummary } from "../aggregate/formatSummary.js";
import { summarize } from "../aggregate/summarize.js";
import type { Dataset } from "../entities/Dataset.js";
import { datasetJsonSchema } from "../entities/datasetJsonSchema.js";
import { GroupKind } from "../entities/Group.js";
import { UnitKind } from "../entities/Unit.js";
import { parseIsoDate } from "../internal/calendar.js";
import { packageErrorDetail } from "../internal/errors.js";
import { escapeControls, escapeJsonControls } from "../internal/escapeText.js";
import type { Issue } from "../issues/Issue.js";
import { getRuleSet } from "../rules/registry/getRuleSet.js";
import { ruleSetKey } from "../rules/registry/RuleSet.js";
import { ruleSets } from "../rules/registry/ruleSets.js";
import { validate } from "../rules/validate/validate.js";
import { generateSample, type SamplePreset, samplePresets } from "../testing/generateSample.js";
import { writeCsvDataset } from "./csvDataset.js";
import { checkOutputFile, makeFolder, writeTextFile } from "./fileSystem.js";
import { formatLocation, type Input, InputError, readInput } from "./readInput.js";

export const USAGE = `Usage: kudumbashree <command> [options]

Commands:
  validate <path> --as-of YYYY-MM-DD [--rules id@version ...] [--format table|json]
      Check a dataset against the rules in force on that day.
  summarize <path> --level <unit kind> [--group-kind <kind>] [--as-of YYYY-MM-DD]
                   [--format table|csv|json] [--suppress-below N]
      Groups and members per unit of that level, with a total.
  sample <preset> [--seed N] [--members N] [--format json|csv] [--out file-or-folder]
      Write a sample dataset (${samplePresets.join(", ")}).
  rules      List the built-in rule sets with their versions, dates and sources.
  schema     Print the JSON Schema of the dataset format.

<path> is a dataset JSON file, - for standard input, or a folder of CSV files
(units.csv, people.csv, groups.csv, memberships.csv, and optionally federations.csv, meetings.csv).

Exit codes: 0 no errors, 1 the data has errors, 2 the command could not run.`;

// Everything printed that comes from data, files or arguments goes through escapeControls (text)
// or escapeJsonControls (JSON): a name holding terminal escape sequences or bidi overrides is
// shown escaped, never acted on by the terminal.

/** What the command writes and reads, so tests can run it in process. */
export interface Io {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly stdin: () => string;
  readonly isTTY: boolean;
  readonly today: () => string;
}

class UsageError extends Error {}

export function run(argv: readonly string[], io: Io): number {
  const started = Date.now();
  const progress = (text: string) => {
    if (io.isTTY && Date.now() - started > 1000) io.stderr(`${escapeControls(text)}\n`);
  };
  try {
    const [command, ...rest] = argv;
    switch (command) {
      case "validate":
        return validateCommand(rest, io, progress);
      case "summarize":
      case "summarise":
        return summarizeCommand(rest, io, progress);
      case "sample":
        return sampleCommand(rest, io);
      case "rules":
        parse(rest, {}, 0);
        io.stdout(rulesText());
        return 0;
      case "schema":
        parse(rest, {}, 0);
        io.stdout(`${JSON.stringify(datasetJsonSchema(), null, 2)}\n`);
        return 0;
      case "--version":
      case "-v":
        io.stdout(`${version()}\n`);
        return 0;
      case undefined:
      case "help":
      case "--help":
      case "-h":
        io.stdout(`${USAGE}\n`);
        return command === undefined ? 2 : 0;
      default:
        throw new UsageError(`unknown command "${command}"`);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`kudumbashree: ${escapeControls(error.message)}\n\n${USAGE}\n`);
      return 2;
    }
    if (error instanceof InputError) {
      io.stderr(`kudumbashree: ${escapeControls(error.message)}\n`);
      return error.exitCode;
    }
    const detail = packageErrorDetail(error);
    if (detail !== undefined) {
      io.stderr(`kudumbashree: ${escapeControls(detail)}\n`);
      return 2;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`kudumbashree: unexpected failure: ${escapeControls(message)}\n`);
    return 2;
  } finally {
    if (io.isTTY && Date.now() - started > 1000) io.stderr(`done in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  }
}

type OptionSpec = Record<string, { type: "string" | "boolean"; multiple?: boolean }>;

function parse(args: readonly string[], options: OptionSpec, positionals: number) {
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message.replace(/\. To specify a positional argument.*$/s, ""));
  }
  if (parsed.positionals.length !== positionals) {
    throw new UsageError(
      positionals === 0
        ? `unexpected argument "${parsed.positionals[0] ?? ""}"`
        : `expected ${positionals} argument${positionals === 1 ? "" : "s"}, got ${parsed.positionals.length}`,
    );
  }
  return parsed as { values: Record<string, string | string[] | boolean | undefined>; positionals: string[] };
}

function dateOption(value: unknown, name: string): string {
  if (typeof value !== "string" || parseIsoDate(value) === undefined)
    throw new UsageError(
      `--${name} must be a date written YYYY-MM-DD, got ${value === undefined ? "nothing" : JSON.stringify(value)}`,
    );
  return value;
}

function choice<T extends string>(value: unknown, name: string, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if (typeof value !== "string" || !allowed.includes(value as T))
    throw new UsageError(`--${name} must be one of ${allowed.join(", ")}, got ${JSON.stringify(value)}`);
  return value as T;
}

function where(issue: Issue, input: Input): string {
  if (issue.path === undefined) return input.label;
  const location = input.locate(issue.path);
  return location === undefined ? `${input.label} ${issue.path.join(".")}` : formatLocation(location);
}

function issueLines(issues: readonly Issue[], input: Input): string {
  // The whole line escaped: a line break in a message cannot start a forged issue line.
  const line = (issue: Issue) =>
    `${issue.severity.padEnd(7)} ${issue.code.padEnd(28)} ${where(issue, input)}: ${issue.message}`;
  return issues.map((issue) => `${escapeControls(line(issue))}\n`).join("");
}

function validateCommand(args: readonly string[], io: Io, progress: (text: string) => void): number {
  const { values, positionals } = parse(
    args,
    { "as-of": { type: "string" }, rules: { type: "string", multiple: true }, format: { type: "string" } },
    1,
  );
  const asOf = dateOption(values["as-of"], "as-of");
  const format = choice(values["format"], "format", ["table", "json"] as const, "table");
  const chosen = ((values["rules"] as string[] | undefined) ?? []).map((key) => {
    try {
      return getRuleSet(key);
    } catch (error) {
      throw new UsageError(packageErrorDetail(error) ?? String(error));
    }
  });
  const input = readInput(positionals[0] as string, io.stdin);
  progress(`read ${input.label}; checking the rules...`);
  const report = validate(input.input, { asOf, ...(chosen.length > 0 ? { ruleSets: chosen } : {}) });
  if (format === "json") {
    const located = report.issues.map((issue) => {
      const location = issue.path === undefined ? undefined : input.locate(issue.path);
      return location === undefined ? issue : { ...issue, location };
    });
    io.stdout(`${escapeJsonControls(JSON.stringify({ ...report, issues: located }, null, 2))}\n`);
  } else {
    io.stdout(issueLines(report.issues, input));
    io.stdout(
      `${escapeControls(input.label)}: ${report.ok ? "ok" : "not ok"}, ` +
        `${report.counts.error} error${report.counts.error === 1 ? "" : "s"} and ` +
        `${report.counts.warning} warning${report.counts.warning === 1 ? "" : "s"} ` +
        `as of ${asOf} (rule sets: ${report.ruleSets.join(", ") || "none"})\n`,
    );
  }
  return report.ok ? 0 : 1;
}

function summarizeCommand(args: readonly string[], io: Io, progress: (text: string) => void): number {
  const { values, positionals } = parse(
    args,
    {
      level: { type: "string" },
      "group-kind": { type: "string" },
      "as-of": { type: "string" },
      format: { type: "string" },
      "suppress-below": { type: "string" },
    },
    1,
  );
  if (values["level"] === undefined) throw new UsageError(`--level is required (${UnitKind.options.join(", ")})`);
  const level = choice(values["level"], "level", UnitKind.options, "district");
  const groupKind =
    values["group-kind"] === undefined
      ? undefined
      : choice(values["group-kind"], "group-kind", GroupKind.options, "auxiliaryGroup");
  const format = choice(values["format"], "format", ["table", "csv", "json"] as const, "table");
  let asOf: string;
  if (values["as-of"] === undefined) {
    asOf = io.today();
    io.stderr(`kudumbashree: as of ${asOf} (today, UTC); pass --as-of to fix the date\n`);
  } else asOf = dateOption(values["as-of"], "as-of");
  const suppressText = values["suppress-below"];
  const suppressBelow = suppressText === undefined ? undefined : Number(suppressText);
  if (suppressBelow !== undefined && !(Number.isInteger(suppressBelow) && suppressBelow >= 1))
    throw new UsageError(`--suppress-below must be a whole number >= 1, got ${JSON.stringify(suppressText)}`);
  const input = readInput(positionals[0] as string, io.stdin);
  progress(`read ${input.label}; summarising...`);
  const summary = summarize(input.input as Dataset, { level, groupKind, asOf, suppressBelow });
  io.stdout(formatSummary(summary, { format }));
  const errors = summary.issues.filter((issue) => issue.severity === "error");
  if (summary.issues.length > 0) io.stderr(issueLines(summary.issues, input));
  if (errors.length > 0)
    io.stderr(
      `${escapeControls(input.label)}: ${errors.length} error${errors.length === 1 ? "" : "s"}; ` +
        "the records concerned were left out of the figures\n",
    );
  return errors.length > 0 ? 1 : 0;
}

function sampleCommand(args: readonly string[], io: Io): number {
  const { values, positionals } = parse(
    args,
    { seed: { type: "string" }, members: { type: "string" }, out: { type: "string" }, format: { type: "string" } },
    1,
  );
  const preset = choice(positionals[0], "preset", samplePresets, "thiruvananthapuram-2021") as SamplePreset;
  const seed = values["seed"] === undefined ? 1 : Number(values["seed"]);
  if (!Number.isInteger(seed))
    throw new UsageError(`--seed must be a whole number, got ${JSON.stringify(values["seed"])}`);
  const members = values["members"] === undefined ? undefined : Number(values["members"]);
  const format = choice(values["format"], "format", ["json", "csv"] as const, "json");
  const out = values["out"] as string | undefined;
  if (format === "csv" && out === undefined)
    throw new UsageError("--format csv writes a folder of files: give it with --out");
  // Where the sample goes is checked before it is made: a large one takes a while.
  if (out !== undefined) {
    if (format === "csv") makeFolder(out);
    else checkOutputFile(out);
  }
  const dataset = generateSample(preset, { seed, members });
  if (format === "csv" && out !== undefined) {
    const files = writeCsvDataset(dataset, out);
    io.stderr(`wrote ${escapeControls(files.join(", "))}\n`);
    return 0;
  }
  const text = `${JSON.stringify(dataset)}\n`;
  if (out === undefined) io.stdout(text);
  else {
    writeTextFile(out, text);
    io.stderr(
      `wrote ${escapeControls(out)} (${dataset.groups.length} groups, ${dataset.memberships.length} memberships)\n`,
    );
  }
  return 0;
}

function rulesText(): string {
  // Each line escaped on its own, so that no text in a rule set can start a line of its own.
  const line = (text: string) => `${escapeControls(text)}\n`;
  return ruleSets
    .map((ruleSet) => {
      const dates = `${ruleSet.effectiveFrom ?? "..."} to ${ruleSet.effectiveTo ?? "..."}`;
      const sources = ruleSet.sources
        .map((source) => line(`    source: ${source.publisher}, ${source.date}: ${source.title} <${source.url}>`))
        .join("");
      const heading = line(`${ruleSetKey(ruleSet)}  (${ruleSet.groupKind}, in force ${dates})`);
      return `${heading}${line(`    ${ruleSet.title}`)}${sources}`;
    })
    .join("\n");
}

function version(): string {
  try {
    return (JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version: string })
      .version;
  } catch {
    return (JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string })
      .version;
  }
}

export const processIo: Io = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  stdin: () => readFileSync(0, "utf8"),
  isTTY: process.stderr.isTTY === true,
  today: () => new Date().toISOString().slice(0, 10),
};
