// Writes docs/messages.md (npm run docs:messages) from the catalogues in src/locales: the glossary
// of each language's terms, and every issue code's message in every language, rendered from the
// examples of src/locales/messageExamples.ts. A test fails when the page is stale.
import { readdirSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { type IssueCode, issueCodes, type Locale, type LocaleFormat, type LocaleTerms } from "../src/index.js";
import type { MessageContext } from "../src/issues/messages/MessageContext.js";
import { localeFormat } from "../src/locales/localeFormat.js";
import { messageExamples } from "../src/locales/messageExamples.js";

const here = dirname(fileURLToPath(import.meta.url));
export const messagesDocPath = resolve(here, "../docs/messages.md");

/** The order of the issue that asked for them; any other language after them. */
const ORDER = ["en", "ml", "hi", "as", "bn"];
const rank = (code: string) => (ORDER.includes(code) ? ORDER.indexOf(code) : ORDER.length);

/** The catalogues in ORDER, then by code: every `xx.ts` of src/locales, exporting its Locale as `xx`. */
export async function loadLocales(): Promise<Locale[]> {
  const codes = readdirSync(resolve(here, "../src/locales"))
    .filter((file) => /^[a-z]{2,3}\.ts$/.test(file))
    .map((file) => file.slice(0, -3))
    .sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : 1));
  return Promise.all(
    codes.map(async (code) => ((await import(`../src/locales/${code}.ts`)) as Record<string, Locale>)[code] as Locale),
  );
}

type Template = (params: unknown, context: MessageContext, format: LocaleFormat) => string;

/** Text for a Markdown table cell: pipes escaped, line breaks as spaces. */
const cell = (text: string) => text.replace(/\\/g, "\\\\").replace(/\|/g, "\\|").replace(/\r?\n/g, " ");

const GLOSSARY: readonly (readonly [keyof LocaleTerms, string])[] = [
  ["groupKinds", "Kinds of group"],
  ["federationKinds", "Kinds of federation"],
  ["unitKinds", "Kinds of unit"],
  ["roles", "Roles"],
  ["genders", "Genders"],
  ["specialCategories", "Categories of special group"],
  ["severities", "Severities"],
  ["words", "Other words"],
];

function glossary(locales: readonly Locale[]): string[] {
  const lines: string[] = [];
  for (const [table, title] of GLOSSARY) {
    lines.push(`### ${title}`, "");
    lines.push(`| code | ${locales.map((locale) => `${locale.name} (\`${locale.tag}\`)`).join(" | ")} |`);
    lines.push(`| --- |${locales.map(() => " --- |").join("")}`);
    const keys = Object.keys(locales[0]?.terms[table] ?? {});
    for (const key of keys)
      lines.push(
        `| \`${key}\` | ${locales
          .map((locale) => cell((locale.terms[table] as Readonly<Record<string, string>>)[key] ?? ""))
          .join(" | ")} |`,
      );
    lines.push("");
  }
  return lines;
}

function messages(locales: readonly Locale[]): string[] {
  const lines: string[] = [];
  const formats = locales.map((locale) => localeFormat(locale, "writeMessagesDoc"));
  for (const code of Object.keys(issueCodes) as IssueCode[]) {
    const { severity, when } = issueCodes[code];
    lines.push(`### \`${code}\``, "", `${severity}: ${when}`, "");
    messageExamples[code].forEach((example, i) => {
      const params = example.params === undefined ? "no params" : `params \`${JSON.stringify(example.params)}\``;
      const context = [
        example.context.label === undefined ? undefined : `label \`${example.context.label}\``,
        example.context.path === undefined ? undefined : `path \`${example.context.path.join(".")}\``,
      ].filter((part) => part !== undefined);
      lines.push(`Example ${i + 1}: ${[params, ...context].join(", ")}.`, "");
      lines.push("| language | message |", "| --- | --- |");
      locales.forEach((locale, l) => {
        const template = (locale.messages as unknown as Record<string, Template>)[code] as Template;
        const text = template(example.params, example.context, formats[l] as LocaleFormat);
        lines.push(`| ${locale.name} | ${cell(text)} |`);
      });
      lines.push("");
    });
  }
  return lines;
}

/** The page: how to use the catalogues, the glossary, and every code's messages. */
export function renderMessagesDoc(locales: readonly Locale[]): string {
  const names = locales.map((locale) => `${locale.name} (\`${locale.tag}\`)`).join(", ");
  const subpaths = locales
    .filter((locale) => locale.tag !== "en-IN")
    .map((locale) => `\`@kudumbashree/domain/locales/${locale.tag.slice(0, -3)}\``)
    .join(", ");
  return [
    "---",
    "title: Messages in every language",
    "---",
    "",
    "# Messages in every language",
    "",
    "<!-- Written by scripts/writeMessagesDoc.ts (npm run docs:messages) from src/locales; do not edit. -->",
    "",
    `Every issue code has a message in each language the package speaks: ${names}. An issue's`,
    "`message` is always English; `formatIssue(issue, locale)` says it in another language from",
    "the issue's `code`, `params`, `subject`, `path`, `label` and `ruleSetTitle`, and",
    '`formatSummary(summary, { format: "table", locale })` writes a summary table with the',
    "locale's headings, terms and numbers. On the command line, `--lang` (or `LC_ALL`/`LANG`, such",
    "as `ml_IN.UTF-8`) picks the language; see [the command line](cli.md#languages).",
    "",
    "```ts",
    'import { formatIssue, validate } from "@kudumbashree/domain";',
    'import { ml } from "@kudumbashree/domain/locales/ml";',
    "",
    'const report = validate(dataset, { asOf: "2024-03-31" });',
    "for (const issue of report.issues) console.log(formatIssue(issue, ml));",
    "```",
    "",
    `English (\`en\`) comes with the main entry; each other language is its own entry point (${subpaths}),`,
    "so an app pays only for the languages it imports.",
    "",
    "How the messages write things:",
    "",
    "- **Numbers** are grouped as Indians read them, by `Intl.NumberFormat` with the locale's tag:",
    "  `45,00,000`, in the locale's own digits (Bengali and Assamese write `৪৫,০০,০০০`).",
    "  `formatSummary`'s `compact: true` writes counts short as the locale says them (`45 lakh` in",
    "  Indian English, `45 लाख` in Hindi; Unicode's data for Malayalam and Assamese counts in",
    "  millions, `4.5 ദശലക്ഷം`).",
    "- **Dates**: English keeps them as the data writes them (`2024-03-31`), so that an officer can",
    "  search the file for the cell a message quotes; the other languages write them day first",
    "  (`31-03-2024`), in their digits.",
    "- **Terms** follow the glossary below: one word per concept in each language, the same in",
    "  every message, table and help text. A kind the glossary does not know (from a newer file) is",
    "  shown as written.",
    "- **Codes, ids and field names** stay as the data and the docs write them (`age.above_band`,",
    "  `P0042`, `dateOfBirth`), so that they can be searched for. Text quoted from elsewhere (an",
    "  exception's message, a custom check's `detail`) is quoted as it is, in English.",
    "- A message for a code a catalogue does not know (an issue written by a newer version) is the",
    "  issue's own English `message`.",
    "- CSV and JSON output (`formatSummary` with `csv` or `json`, `--format json` on the command line)",
    "  is for programs: codes and plain numbers, the same in every language.",
    "",
    "A test renders every example below in every language with its values replaced by sentinels and",
    "fails unless each message says every param of its code, and the label and rule set it is given;",
    "a new code fails the tests until every language has a message for it.",
    "",
    "## Glossary",
    "",
    ...glossary(locales),
    "## Messages",
    "",
    "Each code's severity and meaning (see [the issue codes](issue-codes.md)), then its message in",
    "every language for an example.",
    "",
    ...messages(locales),
  ]
    .join("\n")
    .replace(/\n+$/, "\n");
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  writeFileSync(messagesDocPath, renderMessagesDoc(await loadLocales()));
  console.log(`wrote ${messagesDocPath}`);
}
