// The command line in every language: --lang and LANG pick the locale of issues, tables, counts and
// help; JSON and CSV stay the same in every language.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { type Dataset, en, formatIssue, type Locale, validate } from "../../src/index.js";
import { cli } from "../helpers/cli.js";
import { tinyDataset } from "../helpers/example.js";
import { locales } from "./locales.js";

const ml = locales.get("ml") as Locale;
const hi = locales.get("hi") as Locale;
const bn = locales.get("bn") as Locale;

/** The tiny dataset with a man of 60 in the auxiliary group: an age and a gender issue. */
function withIssues(): { file: string; data: Dataset } {
  const tiny = tinyDataset();
  const data: Dataset = {
    ...tiny,
    people: [...tiny.people, { id: "p3", name: "Raghavan", dateOfBirth: "1960-01-01", gender: "male" }],
    memberships: [...tiny.memberships, { groupId: "g1", personId: "p3", role: "member", from: "2021-10-02" }],
  };
  const file = join(mkdtempSync(join(tmpdir(), "kudumbashree-lang-")), "data.json");
  writeFileSync(file, JSON.stringify(data));
  return { file, data };
}

describe("kudumbashree --lang", () => {
  const { file, data } = withIssues();
  const validateArgs = ["validate", file, "--as-of", "2021-11-30"];

  it("says issues, the count line and the records-from line in the language chosen, codes kept", () => {
    const english = cli(validateArgs);
    const malayalam = cli([...validateArgs, "--lang", "ml"]);
    expect(malayalam.code).toBe(english.code);
    expect(malayalam.code).toBe(1);
    const report = validate(data, { asOf: "2021-11-30" });
    expect(report.issues.map((issue) => issue.code)).toEqual(["age.out_of_band_at_joining", "gender.not_allowed"]);
    for (const issue of report.issues) {
      const line = (text: string) => text.split("\n").find((one) => one.includes(` ${issue.code} `));
      expect(line(english.stdout)).toMatch(new RegExp(`^error +${issue.code} +${file} \\S+: `));
      expect(line(english.stdout)?.endsWith(`: ${issue.message}`)).toBe(true);
      expect(line(malayalam.stdout)?.startsWith(`${ml.terms.severities.error} `)).toBe(true);
      expect(line(malayalam.stdout)?.endsWith(`: ${formatIssue(issue, ml)}`)).toBe(true);
      expect(formatIssue(issue, ml)).not.toBe(issue.message);
    }
    const said = (locale: Locale) =>
      locale.labels.cli.validateResult(
        {
          file,
          ok: false,
          errors: 2,
          warnings: 0,
          asOf: locale === en ? "2021-11-30" : "30-11-2021",
          ruleSets: ["kerala.auxiliaryGroup@2.0.0"],
        },
        { number: String, date: (date) => date, list: (items) => items.join(", ") },
      );
    expect(english.stdout.trimEnd().split("\n").at(-1)).toBe(said(en));
    expect(malayalam.stdout.trimEnd().split("\n").at(-1)).toBe(said(ml));
    expect(malayalam.stdout).toContain(ml.labels.cli.recordsFrom("09-10-2021", "inferred"));
  });

  it("writes the same JSON in every language", () => {
    const english = cli([...validateArgs, "--format", "json"]);
    for (const lang of ["ml", "hi", "as", "bn"])
      expect(cli([...validateArgs, "--format", "json", "--lang", lang]).stdout).toBe(english.stdout);
  });

  it("takes LC_ALL, LC_MESSAGES or LANG when --lang is absent, --lang first, English for any other", () => {
    const english = cli(validateArgs).stdout;
    const malayalam = cli([...validateArgs, "--lang", "ml"]).stdout;
    const hindi = cli([...validateArgs, "--lang", "hi"]).stdout;
    const withEnv = (env: Record<string, string>, args = validateArgs) => cli(args, "", "2021-11-30", env).stdout;
    expect(withEnv({ LANG: "ml_IN.UTF-8" })).toBe(malayalam);
    expect(withEnv({ LANG: "ml" })).toBe(malayalam);
    expect(withEnv({ LANG: "ml_IN.UTF-8", LC_ALL: "hi_IN.UTF-8" })).toBe(hindi);
    expect(withEnv({ LANG: "ml_IN.UTF-8", LC_MESSAGES: "hi_IN" })).toBe(hindi);
    expect(withEnv({ LANG: "ml_IN.UTF-8", LC_ALL: "" })).toBe(malayalam);
    expect(withEnv({ LANG: "hi_IN.UTF-8" }, [...validateArgs, "--lang", "ml"])).toBe(malayalam);
    expect(withEnv({ LANG: "hi_IN.UTF-8" }, [...validateArgs, "--lang=en"])).toBe(english);
    for (const other of ["C", "POSIX", "C.UTF-8", "en_US.UTF-8", "ta_IN.UTF-8", "__proto__", "constructor"])
      expect(withEnv({ LANG: other }), other).toBe(english);
    expect(english).not.toBe(malayalam);
  });

  it("takes --lang before the command too", () => {
    expect(cli(["--lang", "ml", ...validateArgs]).stdout).toBe(cli([...validateArgs, "--lang", "ml"]).stdout);
    expect(cli(["--lang=hi", "--help"]).stdout).toContain(`${hi.labels.help.usage}: kudumbashree <command>`);
  });

  it("refuses a language it does not speak as a usage error, with a suggestion", () => {
    const result = cli([...validateArgs, "--lang", "mll"]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toBe(
      'kudumbashree: --lang must be one of en, ml, hi, as, bn, got "mll"; did you mean ml?\n' +
        "Run kudumbashree validate --help for its options and examples.\n",
    );
    expect(cli(["--lang", "ta"]).stderr).toMatch(/^kudumbashree: --lang must be one of en, ml, hi, as, bn, got "ta"\n/);
    expect(cli([...validateArgs, "--lang"]).code).toBe(2);
  });

  it("shows help in the language chosen, English where a text is not translated", () => {
    const help = cli(["validate", "--help", "--lang", "ml"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain(`${ml.labels.help.usage}: kudumbashree validate <path>`);
    expect(help.stdout).toContain(`${ml.labels.help.options}:`);
    expect(help.stdout).toContain(ml.labels.help.exitCodes);
    const summary = ml.labels.help.byCommand["validate"]?.summary as string;
    expect(help.stdout.split("\n")[0]).toBe(`kudumbashree validate: ${summary}`);
    expect(help.stdout).toMatch(/--lang en\|ml\|hi\|as\|bn/);
    const english = cli(["validate", "--help"]).stdout;
    expect(english).toContain("Usage: kudumbashree validate <path>");
    expect(english).toMatch(/--lang en\|ml\|hi\|as\|bn +the language of issue messages, tables and help/);
    expect(cli(["help", "summarize", "--lang", "bn"]).stdout).toContain(`${bn.labels.help.examples}:`);
  });

  it("writes summary tables in the language chosen, CSV and JSON the same in every language", () => {
    const args = ["summarize", file, "--level", "district", "--as-of", "2021-11-30"];
    const table = cli([...args, "--lang", "ml"]);
    expect(table.code).toBe(0);
    const lines = table.stdout.split("\n");
    const title = lines.find((line) => line.includes(ml.terms.unitKinds.district));
    expect(title).toBeDefined();
    expect(title).toContain("30-11-2021");
    expect(table.stdout).toContain(ml.labels.summary.columns.members);
    expect(table.stdout).toContain(ml.terms.words.total);
    for (const format of ["csv", "json"]) {
      const english = cli([...args, "--format", format]);
      expect(cli([...args, "--format", format, "--lang", "ml"]).stdout, format).toBe(english.stdout);
    }
  });

  it("writes the ageing-out table and its count in the language chosen", () => {
    const args = ["ageing-out", file, "--as-of", "2021-11-30", "--within-months", "180", "--lang", "bn"];
    const result = cli(args);
    expect(result.code).toBe(0);
    const header = result.stdout.split("\n").find((line) => line.includes(bn.labels.cli.ageingOutColumns.leavesOn));
    expect(header).toContain(bn.labels.cli.ageingOutColumns.born);
    expect(result.stdout).toContain("১২-০৬-২০৩৬"); // Anitha, born 1995-06-12, leaves the band of 18 to 40 at 41
    expect(result.stdout.trimEnd().split("\n").at(-1)).toContain("৩০-১১-২০২১");
  });
});
