// The commands, their options and their help; reading the arguments of one, with a suggestion for
// a misspelt command or option.
import { parseArgs } from "node:util";
import { parseIsoDate } from "../internal/calendar.js";
import { displayWidth, padTo } from "../internal/displayWidth.js";
import { en } from "../locales/en.js";
import type { Locale } from "../locales/Locale.js";
import { samplePresets } from "../testing/generateSample.js";

/** A wrong command line: the message, and the command whose help to point at. */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly command?: string,
  ) {
    super(message);
  }
}

interface OptionHelp {
  readonly type: "string" | "boolean";
  readonly multiple?: boolean;
  /** What the value looks like, for the help: `YYYY-MM-DD`, `N`. */
  readonly value?: string;
  readonly text: string;
}

export interface CommandSpec {
  readonly name: string;
  readonly aliases?: readonly string[];
  /** One line: what it does. */
  readonly summary: string;
  /** The arguments after the command's name, as the help shows them. */
  readonly synopsis: string;
  readonly positionals: { readonly min: number; readonly max: number };
  readonly options: Readonly<Record<string, OptionHelp>>;
  /** `[what it does, the command]`. */
  readonly examples: readonly (readonly [string, string])[];
  readonly notes?: readonly string[];
}

const PATH_NOTE = en.labels.help.pathNote;
const RULES_NOTE =
  "--rules takes a built-in key (see kudumbashree rules) or a JSON file holding a rule set or an array of them, " +
  "such as one written by kudumbashree rules <key> --format json and then edited. Every rule set used is " +
  "printed with its content hash (sha256:...).";

const rules: OptionHelp = {
  type: "string",
  multiple: true,
  value: "KEY|FILE.json",
  text: "rule sets to use instead of the built-in ones (repeatable): a key such as kerala.balasabha@3.0.0 or a file",
};
const strict: OptionHelp = {
  type: "boolean",
  text: "refuse CSV columns the format does not know (by default they are ignored, with one warning per file)",
};
const quiet: OptionHelp = {
  type: "boolean",
  text: "no progress bar or progress lines on standard error (notes, warnings and issues are still printed)",
};
const recordsFrom: OptionHelp = {
  type: "string",
  value: "YYYY-MM-DD",
  text: "the first day the meeting records cover; without it, the date of the earliest meeting",
};

export const COMMANDS: readonly CommandSpec[] = [
  {
    name: "validate",
    summary: "Check a dataset against the rules in force on a day.",
    synopsis: "<path> --as-of YYYY-MM-DD [--rules KEY|FILE.json ...] [options]",
    positionals: { min: 1, max: 1 },
    options: {
      "as-of": { type: "string", value: "YYYY-MM-DD", text: "the day the data describes (required)" },
      rules,
      "records-from": recordsFrom,
      format: { type: "string", value: "table|json", text: "issue lines for people (table, the default) or JSON" },
      quiet,
      strict,
    },
    examples: [
      ["Check a folder of CSV files at the end of November 2021:", "kudumbashree validate tvm-csv --as-of 2021-11-30"],
      [
        "Check it against a partner state's rules, written in a file:",
        "kudumbashree validate assam-csv --as-of 2021-11-30 --rules assam-balasabha.json",
      ],
      [
        "Judge meeting cadence only from April, when the records start:",
        "kudumbashree validate tvm-csv --as-of 2021-11-30 --records-from 2021-04-01 --format json",
      ],
    ],
    notes: [PATH_NOTE, RULES_NOTE],
  },
  {
    name: "summarize",
    aliases: ["summarise"],
    summary: "Groups and members per unit of a level, with a total.",
    synopsis: "<path> --level <unit kind> [--group-kind <kind>] [--as-of YYYY-MM-DD] [options]",
    positionals: { min: 1, max: 1 },
    options: {
      level: {
        type: "string",
        value: "KIND",
        text: "one row per unit of this kind: ward, village, localBody, block, district, state, country (required)",
      },
      "group-kind": {
        type: "string",
        value: "KIND",
        text: "only this kind of group: neighbourhoodGroup, auxiliaryGroup, balasabha, selfHelpGroup",
      },
      "as-of": { type: "string", value: "YYYY-MM-DD", text: "the day the figures describe; today (UTC) when left out" },
      rules,
      "records-from": recordsFrom,
      format: { type: "string", value: "table|csv|json", text: "a table (the default), CSV for spreadsheets or JSON" },
      "suppress-below": { type: "string", value: "N", text: "blank counts from 1 to N-1 (and what would reveal them)" },
      engine: {
        type: "string",
        value: "node|duckdb",
        text:
          "node (the default) reads and checks the data in this process; duckdb reads a CSV folder with DuckDB " +
          "(npm install @duckdb/node-api) and computes the same figures in SQL, for exports too large for memory",
      },
      quiet,
      part: {
        type: "string",
        value: "ID",
        text:
          "the id of the part of the whole this data is, such as kerala/2024-03-31, recorded in the summary: merge " +
          "refuses a part twice; without it, an id is derived from the data",
      },
      strict,
    },
    examples: [
      [
        "The district table of auxiliary groups, as published on 6 November 2021:",
        "kudumbashree summarize tvm-csv --level district --group-kind auxiliaryGroup --as-of 2021-11-06",
      ],
      [
        "Wards as CSV for a spreadsheet, small counts blanked:",
        "kudumbashree summarize tvm-csv --level ward --as-of 2021-11-30 --format csv --suppress-below 5 > wards.csv",
      ],
    ],
    notes: [PATH_NOTE, RULES_NOTE],
  },
  {
    name: "merge",
    summary: "Merge summaries of disjoint parts (districts, partner states) written by summarize --format json.",
    synopsis: "<summary.json> ... [--format table|csv|json] [--combine] [--suppress-below N]",
    positionals: { min: 1, max: Number.MAX_SAFE_INTEGER },
    options: {
      format: {
        type: "string",
        value: "table|csv|json",
        text: "a table (the default), CSV for spreadsheets or JSON (a summary to merge again)",
      },
      combine: {
        type: "boolean",
        text:
          "combine summaries made with different rule sets: totals of the figures that do not depend on the rules " +
          "(groups, members, ages, coverage), and capacity, meetings and attendance per rule set",
      },
      "suppress-below": { type: "string", value: "N", text: "blank counts from 1 to N-1 in the merged summary" },
    },
    examples: [
      [
        "Merge the districts' summaries into the state's, as JSON to send on:",
        "kudumbashree merge barpeta.json nalbari.json --format json > assam.json",
      ],
      [
        "A national table of states whose Balasabha rules differ:",
        "kudumbashree merge tripura.json jharkhand.json --combine",
      ],
    ],
    notes: [
      "Each file is read with the library's parseSummary: a file that is not a valid summary, is suppressed or " +
        "was written before summaries carried provenance ends the command with exit code 2 and one line naming it.",
      "Summaries that cover a part in common, or that applied one rule-set key with different contents, are " +
        "refused (exit code 2) with what to do: summarise with --part to name each part, derive each state's " +
        "rules with their own id, or combine them with --combine. Exit code 1 when the summaries carry errors.",
    ],
  },
  {
    name: "ageing-out",
    aliases: ["aging-out"],
    summary: "Members who will pass the top of their group's age band within some months.",
    synopsis: "<path> --as-of YYYY-MM-DD [--within-months N] [options]",
    positionals: { min: 1, max: 1 },
    options: {
      "as-of": { type: "string", value: "YYYY-MM-DD", text: "the day to look ahead from (required)" },
      "within-months": { type: "string", value: "N", text: "how many calendar months ahead to look (default 12)" },
      rules,
      format: { type: "string", value: "table|csv|json", text: "a table (the default), CSV for spreadsheets or JSON" },
      strict,
    },
    examples: [
      [
        "Young women who leave their auxiliary group in the next three months:",
        "kudumbashree ageing-out tvm-csv --as-of 2021-11-30 --within-months 3",
      ],
      [
        "Children who leave their Balasabha within a year, under a partner state's rules, as CSV:",
        "kudumbashree ageing-out assam-csv --as-of 2021-11-30 --rules assam-balasabha.json --format csv > leaving.csv",
      ],
    ],
    notes: [
      "Members already outside the band are not listed (validate reports them), nor members without a date of birth.",
      PATH_NOTE,
      RULES_NOTE,
    ],
  },
  {
    name: "rules",
    summary: "Show the limits of the built-in rule sets, of one, or of a rule-set file.",
    synopsis: "[KEY|FILE.json] [--format table|json]",
    positionals: { min: 0, max: 1 },
    options: {
      format: {
        type: "string",
        value: "table|json",
        text: "readable text (table, the default) or JSON to copy into a rule-set file of your own",
      },
    },
    examples: [
      ["Every built-in rule set with its limits, dates and sources:", "kudumbashree rules"],
      [
        "Start a partner state's rules from Kerala's Balasabha rules:",
        "kudumbashree rules kerala.balasabha@3.0.0 --format json > assam-balasabha.json",
      ],
      ["Check an edited file and see its hash:", "kudumbashree rules assam-balasabha.json"],
    ],
    notes: [
      "A rule-set file needs its own id and version (a built-in key with other rules is refused), its own " +
        'sources, and may record its origin with "derivedFrom": "kerala.balasabha@3.0.0".',
    ],
  },
  {
    name: "sample",
    summary: "Write a sample dataset.",
    synopsis: "<preset> [--seed N] [--members N] [--format json|csv] [--out file-or-folder] [options]",
    positionals: { min: 1, max: 1 },
    options: {
      seed: { type: "string", value: "N", text: "the seed: one seed, one dataset (default 1)" },
      members: { type: "string", value: "N", text: "about how many members (for kerala-nhg)" },
      "meeting-weeks": {
        type: "string",
        value: "N",
        text:
          "for kerala-nhg: a meeting of every NHG in each of the N weeks (0 to 520) before 31 March 2024, " +
          "with its attendance (default 0: no meetings)",
      },
      federations: {
        type: "boolean",
        text:
          "for kerala-nhg: an ADS in each ward federating its NHGs and a CDS in each grama panchayat " +
          "federating its ADSs (by default none)",
      },
      format: {
        type: "string",
        value: "json|csv",
        text: "one JSON file (the default, made whole in memory) or a folder of CSV files (written row by row)",
      },
      out: { type: "string", value: "PATH", text: "where to write it; JSON goes to standard output without it" },
    },
    examples: [
      [
        "Thiruvananthapuram's auxiliary groups in November 2021, as a CSV folder:",
        "kudumbashree sample thiruvananthapuram-2021 --format csv --out tvm-csv",
      ],
    ],
    notes: [
      `The presets are ${samplePresets.join(", ")}.`,
      "For a large sample, use --format csv: it is written row by row as it is made, in bounded memory " +
        "(kerala-nhg with 45,00,000 members takes under 250 MB), while JSON is one text made whole in memory:",
      "kudumbashree sample kerala-nhg --members 4500000 --meeting-weeks 4 --format csv --out kerala-csv",
    ],
  },
  {
    name: "schema",
    summary: "Print the JSON Schema of the dataset format.",
    synopsis: "",
    positionals: { min: 0, max: 0 },
    options: {},
    examples: [["Save it for an app in another language:", "kudumbashree schema > dataset.schema.json"]],
  },
  {
    name: "help",
    summary: "Show the help of a command.",
    synopsis: "[command]",
    positionals: { min: 0, max: 1 },
    options: {},
    examples: [["The options and examples of validate:", "kudumbashree help validate"]],
  },
];

/** Words cut to lines of at most `width` characters, each after `indent`. */
function wrap(text: string, indent: string, width = 100): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(" ")) {
    if (line !== "" && indent.length + displayWidth(line) + 1 + displayWidth(word) > width) {
      lines.push(indent + line);
      line = word;
    } else line = line === "" ? word : `${line} ${word}`;
  }
  if (line !== "") lines.push(indent + line);
  return lines;
}

/** The option every command takes: the language of messages, tables and help. */
const LANG_OPTION: OptionHelp = {
  type: "string",
  value: "en|ml|hi|as|bn",
  text:
    "the language of issue messages, tables and help: English (the default), Malayalam, Hindi, Assamese or " +
    "Bengali; without it, LC_ALL or LANG (such as ml_IN.UTF-8) chooses. JSON and CSV output stay untranslated",
};

/** A command's summary in a locale (English where the locale has none). */
const summaryIn = (spec: CommandSpec, locale: Locale) =>
  locale.labels.help.byCommand[spec.name]?.summary ?? spec.summary;

/** The list of commands, in a locale. */
export function usageText(locale: Locale = en): string {
  const help = locale.labels.help;
  return [
    `${help.usage}: kudumbashree <command> [options]`,
    "",
    `${help.commands}:`,
    ...COMMANDS.flatMap((spec) => [`  ${spec.name} ${spec.synopsis}`.trimEnd(), `      ${summaryIn(spec, locale)}`]),
    "",
    ...wrap(help.commandHelpHint, ""),
    "",
    ...wrap(help.pathNote, ""),
    "",
    help.exitCodes,
  ].join("\n");
}

export const USAGE = usageText(en);

/** The command of a name or alias. */
export function findCommand(name: string): CommandSpec | undefined {
  return COMMANDS.find((spec) => spec.name === name || spec.aliases?.includes(name) === true);
}

/**
 * The help of one command, in a locale: what it does, its usage, options, examples and notes. A
 * text the locale does not have is shown in English; so are lists of examples or notes whose
 * length is not the English one (written for another version of the command).
 */
export function commandHelp(spec: CommandSpec, locale: Locale = en): string {
  const help = locale.labels.help;
  const own = help.byCommand[spec.name] ?? {};
  const optionText = (name: string, english: string) =>
    own.options !== undefined && Object.hasOwn(own.options, name) ? (own.options[name] as string) : english;
  const sameLength = <T>(list: readonly T[] | undefined, english: readonly unknown[]) =>
    list !== undefined && list.length === english.length ? list : undefined;
  const examples = sameLength(own.examples, spec.examples);
  const notes = sameLength(own.notes, spec.notes ?? []) ?? spec.notes ?? [];
  const options = [
    ...Object.entries({ ...spec.options, lang: LANG_OPTION }).map(([name, option]) => [
      `--${name}${option.value === undefined ? "" : ` ${option.value}`}`,
      optionText(name, option.text),
    ]),
    ["-h, --help", help.showHelp],
  ];
  const width = Math.max(...options.map(([flag]) => displayWidth(flag as string))) + 2;
  const lines = [
    `kudumbashree ${spec.name}: ${summaryIn(spec, locale)}`,
    "",
    `${help.usage}: kudumbashree ${spec.name} ${spec.synopsis}`.trimEnd(),
    "",
    `${help.options}:`,
    ...options.flatMap(([flag, text]) => {
      const [first = "", ...rest] = wrap(text as string, "", 100 - width - 2);
      return [
        `  ${padTo(flag as string, width, "end")}${first}`,
        ...rest.map((line) => `  ${" ".repeat(width)}${line}`),
      ];
    }),
    "",
    `${help.examples}:`,
    ...spec.examples.flatMap(([what, command], i) => [`  # ${examples?.[i] ?? what}`, `  ${command}`]),
    ...notes.flatMap((note) => ["", ...wrap(note, "")]),
    "",
    help.exitCodes,
  ];
  return `${lines.join("\n")}\n`;
}

/**
 * The optimal-string-alignment distance: insertions, deletions, substitutions and swaps of two
 * neighbouring characters, each counting 1.
 */
export function editDistance(a: string, b: string): number {
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    const row: number[] = [i];
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) {
        row.push(j);
        continue;
      }
      const above = rows[i - 1] as number[];
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min((above[j] as number) + 1, (row[j - 1] as number) + 1, (above[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, ((rows[i - 2] as number[])[j - 2] as number) + 1);
      row.push(best);
    }
    rows.push(row);
  }
  return (rows[a.length] as number[])[b.length] as number;
}

/**
 * The candidate closest to `word`, when it is close: one edit away for words of up to five
 * characters, two for longer ones (never a whole word replaced). Ties go to the first candidate.
 */
export function nearest(word: string, candidates: readonly string[]): string | undefined {
  const limit = word.length <= 5 ? 1 : 2;
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of candidates) {
    const distance = editDistance(word.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance && distance <= limit && distance < Math.min(word.length, candidate.length)) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/** `; did you mean X?` for the closest candidate, or nothing. */
export function didYouMean(word: string, candidates: readonly string[], show = (found: string) => found): string {
  const found = nearest(word, candidates);
  return found === undefined ? "" : `; did you mean ${show(found)}?`;
}

export interface Parsed {
  readonly values: Readonly<Record<string, string | string[] | boolean | undefined>>;
  readonly positionals: readonly string[];
  /** `--help` or `-h` was given: show the help, whatever else is there. */
  readonly help: boolean;
}

/** Reads the arguments of a command: an unknown option is named with the nearest known one. */
export function parseCommand(spec: CommandSpec, args: readonly string[]): Parsed {
  const options = {
    ...Object.fromEntries(
      Object.entries(spec.options).map(([name, option]) => [
        name,
        { type: option.type, ...(option.multiple === true ? { multiple: true } : {}) },
      ]),
    ),
    lang: { type: "string" },
    help: { type: "boolean", short: "h" },
  } as const satisfies Record<string, { type: "string" | "boolean"; multiple?: boolean; short?: string }>;
  const loose = parseArgs({ args: [...args], options, allowPositionals: true, strict: false, tokens: true });
  const known = Object.keys(options);
  for (const token of loose.tokens) {
    if (token.kind !== "option" || Object.hasOwn(options, token.name)) continue;
    throw new UsageError(
      `unknown option ${token.rawName}${didYouMean(token.name, known, (name) => `--${name}`)}`,
      spec.name,
    );
  }
  if (loose.values["help"] === true) return { values: {}, positionals: [], help: true };
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(
      (error as Error).message.replace(/\. To specify a positional argument.*$/s, "").replace(/\.$/, ""),
      spec.name,
    );
  }
  const count = parsed.positionals.length;
  const { min, max } = spec.positionals;
  if (count > max)
    throw new UsageError(
      max === 0
        ? `unexpected argument "${parsed.positionals[0] ?? ""}"`
        : `expected ${max === min ? "" : "at most "}${max} argument${max === 1 ? "" : "s"}, got ${count}`,
      spec.name,
    );
  if (count < min)
    throw new UsageError(`expected ${min} argument${min === 1 ? "" : "s"} (${spec.synopsis.split(" ")[0]})`, spec.name);
  return {
    values: parsed.values as Parsed["values"],
    positionals: parsed.positionals,
    help: false,
  };
}

export function dateOption(value: unknown, name: string, command: string): string {
  if (typeof value !== "string" || parseIsoDate(value) === undefined)
    throw new UsageError(
      `--${name} must be a date written YYYY-MM-DD, got ${value === undefined ? "nothing" : JSON.stringify(value)}`,
      command,
    );
  return value;
}

export function choice<T extends string>(
  value: unknown,
  name: string,
  allowed: readonly T[],
  fallback: T,
  command: string,
): T {
  if (value === undefined) return fallback;
  if (typeof value !== "string" || !allowed.includes(value as T))
    throw new UsageError(
      `--${name} must be one of ${allowed.join(", ")}, got ${JSON.stringify(value)}` +
        (typeof value === "string" ? didYouMean(value, allowed) : ""),
      command,
    );
  return value as T;
}

export function wholeNumberOption(value: unknown, name: string, min: number, max: number, command: string) {
  const number = typeof value === "string" && /^\s*\d+\s*$/.test(value) ? Number(value) : Number.NaN;
  if (!(Number.isSafeInteger(number) && number >= min && number <= max))
    throw new UsageError(
      `--${name} must be a whole number from ${min} to ${max.toLocaleString("en-IN")}, got ${JSON.stringify(value)}`,
      command,
    );
  return number;
}
