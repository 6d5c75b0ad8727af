// The `kudumbashree` command: validate and summarise exports, merge summaries, list members ageing out, write
// samples, show rule sets and the schema.
import { readFileSync } from "node:fs";
import { datasetJsonSchema } from "../entities/datasetJsonSchema.js";
import { packageErrorDetail } from "../internal/errors.js";
import { escapeControls } from "../internal/escapeText.js";
import { LIBRARY } from "../internal/packageVersion.js";
import { en } from "../locales/en.js";
import type { Locale } from "../locales/Locale.js";
import { ruleSets } from "../rules/registry/ruleSets.js";
import { generateSample, MAX_MEETING_WEEKS, type SamplePreset, samplePresets } from "../testing/generateSample.js";
import { langArgument, localeFromEnvironment, localeOfLang } from "./cliLocale.js";
import {
  COMMANDS,
  choice,
  commandHelp,
  didYouMean,
  findCommand,
  parseCommand,
  UsageError,
  usageText,
  wholeNumberOption,
} from "./commandLine.js";
import { ageingOutCommand, summarizeCommand, validateCommand } from "./datasetCommands.js";
import { checkOutputFile, makeFolder, writeTextFile } from "./fileSystem.js";
import type { Io } from "./io.js";
import { mergeCommand } from "./mergeCommand.js";
import { InputError } from "./readInput.js";
import { type ChosenRuleSet, loadRuleSets } from "./ruleSetFiles.js";
import { ruleSetJson, ruleSetText } from "./ruleSetText.js";
import { writeSampleCsv } from "./sampleWriter.js";

export { USAGE } from "./commandLine.js";
export type { Io } from "./io.js";

// Everything printed that comes from data, files or arguments goes through escapeControls (text)
// or escapeJsonControls (JSON): a name holding terminal escape sequences or bidi overrides is
// shown escaped, never acted on by the terminal.

/** Every name a command answers to, for suggestions. */
const NAMES = COMMANDS.flatMap((spec) => [spec.name, ...(spec.aliases ?? [])]);

function unknownCommand(command: string): UsageError {
  return new UsageError(`unknown command "${command}"${didYouMean(command, NAMES)}`);
}

/**
 * Runs a command; the exit code, or a promise of it for a command that waits on an engine
 * (`summarize --engine duckdb`). Never throws: a failure is a line on standard error.
 */
export function run(argv: readonly string[], io: Io): number | Promise<number> {
  const started = Date.now();
  // Progress lines only on a terminal, after the first second, and never with --quiet.
  const quiet = quietArgument(argv);
  const talking = () => io.isTTY && !quiet && Date.now() - started > 1000;
  const progress = (text: string) => {
    if (talking()) io.stderr(`${escapeControls(text)}\n`);
  };
  let locale: Locale = en;
  const finish = (code: number) => {
    if (talking()) io.stderr(`done in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
    return code;
  };
  const fail = (error: unknown) => finish(failure(error, io, locale));
  try {
    const chosen = langArgument(argv);
    const [command, ...rest] = chosen.argv;
    locale =
      chosen.lang === undefined
        ? localeFromEnvironment(io.env ?? {})
        : localeOfLang(chosen.lang, command === undefined ? undefined : findCommand(command)?.name);
    const code = dispatch(command, rest, io, progress, locale);
    return typeof code === "number" ? finish(code) : code.then(finish, fail);
  } catch (error) {
    return fail(error);
  }
}

/**
 * Whether `--quiet` is among the options (before a `--`). Only validate and summarize take it; the
 * other commands refuse it when they read their arguments.
 */
function quietArgument(argv: readonly string[]): boolean {
  const end = argv.indexOf("--");
  return (end < 0 ? argv : argv.slice(0, end)).includes("--quiet");
}

function dispatch(
  command: string | undefined,
  rest: readonly string[],
  io: Io,
  progress: (text: string) => void,
  locale: Locale,
): number | Promise<number> {
  switch (command) {
    case "validate":
      return validateCommand(rest, io, progress, locale);
    case "summarize":
    case "summarise":
      return summarizeCommand(rest, io, progress, locale);
    case "merge":
      return mergeCommand(rest, io, locale);
    case "ageing-out":
    case "aging-out":
      return ageingOutCommand(rest, io, progress, locale);
    case "sample":
      return sampleCommand(rest, io, locale);
    case "rules":
      return rulesCommand(rest, io, locale);
    case "schema":
      return simpleCommand("schema", rest, io, locale, () => `${JSON.stringify(datasetJsonSchema(), null, 2)}\n`);
    case "help":
      return helpCommand(rest, io, locale);
    case "--version":
    case "-v":
      io.stdout(`${LIBRARY.version}\n`);
      return 0;
    case undefined:
    case "--help":
    case "-h":
      io.stdout(`${usageText(locale)}\n`);
      return command === undefined ? 2 : 0;
    default:
      throw unknownCommand(command);
  }
}

/** The exit code and the line on standard error for what a command threw. */
function failure(error: unknown, io: Io, locale: Locale): number {
  if (error instanceof UsageError) {
    const hint =
      error.command === undefined ? `\n${usageText(locale)}\n` : `${locale.labels.help.runHelp(error.command)}\n`;
    io.stderr(`kudumbashree: ${escapeControls(error.message)}\n${hint}`);
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
}

/** `help` alone: the list of commands; `help <command>`: that command's help. */
function helpCommand(args: readonly string[], io: Io, locale: Locale): number {
  const self = findCommand("help") as NonNullable<ReturnType<typeof findCommand>>;
  const parsed = parseCommand(self, args);
  const [name] = parsed.positionals;
  if (parsed.help || name === undefined) {
    io.stdout(parsed.help ? commandHelp(self, locale) : `${usageText(locale)}\n`);
    return 0;
  }
  const spec = findCommand(name);
  if (spec === undefined) throw unknownCommand(name);
  io.stdout(commandHelp(spec, locale));
  return 0;
}

/** A command without options but --help, printing `text()`. */
function simpleCommand(name: string, args: readonly string[], io: Io, locale: Locale, text: () => string): number {
  const spec = findCommand(name) as NonNullable<ReturnType<typeof findCommand>>;
  const parsed = parseCommand(spec, args);
  io.stdout(parsed.help ? commandHelp(spec, locale) : text());
  return 0;
}

/**
 * `rules`: every built-in rule set with its limits; `rules <key or file>`: that one (or the rule
 * sets of the file); `--format json` as a file to copy and edit.
 */
function rulesCommand(args: readonly string[], io: Io, locale: Locale): number {
  const spec = findCommand("rules") as NonNullable<ReturnType<typeof findCommand>>;
  const { values, positionals, help } = parseCommand(spec, args);
  if (help) {
    io.stdout(commandHelp(spec, locale));
    return 0;
  }
  const format = choice(values["format"], "format", ["table", "json"] as const, "table", spec.name);
  const [which] = positionals;
  const shown: readonly Pick<ChosenRuleSet, "ruleSet" | "file">[] =
    which === undefined ? ruleSets.map((ruleSet) => ({ ruleSet })) : loadRuleSets([which], spec.name);
  if (format === "json") io.stdout(ruleSetJson(shown.map((one) => one.ruleSet)));
  else io.stdout(shown.map((one) => ruleSetText(one.ruleSet, one.file)).join("\n"));
  return 0;
}

function sampleCommand(args: readonly string[], io: Io, locale: Locale): number {
  const spec = findCommand("sample") as NonNullable<ReturnType<typeof findCommand>>;
  const { values, positionals, help } = parseCommand(spec, args);
  if (help) {
    io.stdout(commandHelp(spec, locale));
    return 0;
  }
  const preset = choice(positionals[0], "preset", samplePresets, "thiruvananthapuram-2021", spec.name) as SamplePreset;
  const seed = values["seed"] === undefined ? 1 : Number(values["seed"]);
  if (!Number.isInteger(seed))
    throw new UsageError(`--seed must be a whole number, got ${JSON.stringify(values["seed"])}`, spec.name);
  const members = values["members"] === undefined ? undefined : Number(values["members"]);
  const meetingWeeks =
    values["meeting-weeks"] === undefined
      ? undefined
      : wholeNumberOption(values["meeting-weeks"], "meeting-weeks", 0, MAX_MEETING_WEEKS, spec.name);
  if (meetingWeeks !== undefined && preset !== "kerala-nhg")
    throw new UsageError(`--meeting-weeks is for kerala-nhg: ${preset} has the meetings of its own records`, spec.name);
  const federations = values["federations"] === true;
  if (federations && preset !== "kerala-nhg") {
    const has = preset === "nro-assam" ? "has federations of its own" : "has none";
    throw new UsageError(`--federations is for kerala-nhg: ${preset} ${has}`, spec.name);
  }
  const format = choice(values["format"], "format", ["json", "csv"] as const, "json", spec.name);
  const out = values["out"] as string | undefined;
  if (format === "csv" && out === undefined)
    throw new UsageError("--format csv writes a folder of files: give it with --out", spec.name);
  // Where the sample goes is checked before it is made: a large one takes a while.
  if (out !== undefined) {
    if (format === "csv") makeFolder(out);
    else checkOutputFile(out);
  }
  const options = { seed, members, meetingWeeks, ...(federations ? { federations } : {}) };
  if (format === "csv" && out !== undefined) {
    // Row by row as the sample is made: a state's worth in bounded memory.
    const files = writeSampleCsv(preset, options, out);
    io.stderr(`wrote ${escapeControls(files.map((file) => file.path).join(", "))}\n`);
    return 0;
  }
  // JSON is one text, made whole in memory: for samples of lakhs of members, use CSV.
  const dataset = generateSample(preset, options);
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

export const processIo: Io = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  stdin: () => readFileSync(0, "utf8"),
  isTTY: process.stderr.isTTY === true,
  today: () => new Date().toISOString().slice(0, 10),
  env: process.env,
};
