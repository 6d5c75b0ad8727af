// Byte budgets for what an app's bundle pulls in from the built package (npm test builds first).

import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { build, type Plugin } from "esbuild";
import { describe, expect, it } from "vitest";
import { issueSeverities } from "../../src/issues/issueSeverities.js";

const dist = fileURLToPath(new URL("../../dist/index.js", import.meta.url));
const distLocale = (code: string) => fileURLToPath(new URL(`../../dist/locales/${code}.js`, import.meta.url));
/** Text in the scripts of the other catalogues: Malayalam, Devanagari (Hindi), Bengali-Assamese. */
const INDIC = /[\u0900-\u097f\u0980-\u09ff\u0d00-\u0d7f]/;

/** The minified bundle, and the files it was made of. */
async function bundleWithInputs(code: string, external: string[] = []): Promise<{ text: string; inputs: string[] }> {
  const result = await build({
    stdin: { contents: code, resolveDir: process.cwd(), loader: "js" },
    bundle: true,
    minify: true,
    format: "esm",
    platform: "neutral",
    mainFields: ["module", "main"],
    external,
    write: false,
    logLevel: "silent",
    metafile: true,
    // Text as it is, not as \u escapes, so that a test can look for a language's words.
    charset: "utf8",
  });
  // The files that put code into the bundle (esbuild reads more, and shakes them out).
  const output = Object.values(result.metafile.outputs)[0];
  const inputs = Object.entries(output?.inputs ?? {}).flatMap(([file, { bytesInOutput }]) =>
    bytesInOutput > 0 ? [file] : [],
  );
  return { text: result.outputFiles[0]?.text ?? "", inputs };
}

const source = fileURLToPath(new URL("../../src/index.ts", import.meta.url));

/** The minified bundle of `code` (TypeScript) that imports the source, zod left out. */
async function fromSource(code: string, plugins: Plugin[]): Promise<string> {
  const result = await build({
    stdin: { contents: code, resolveDir: process.cwd(), loader: "ts" },
    bundle: true,
    minify: true,
    format: "esm",
    platform: "neutral",
    external: ["zod"],
    write: false,
    logLevel: "silent",
    define: { __KUDUMBASHREE_VERSION__: JSON.stringify("0.0.0") },
    plugins,
  });
  return result.outputFiles[0]?.text ?? "";
}

async function bundle(code: string, external: string[] = []): Promise<string> {
  return (await bundleWithInputs(code, external)).text;
}

const gzipped = (text: string) => gzipSync(text, { level: 9 }).length;

/** What validate and summarize may cost, gzipped, beyond zod (see the comment of their test). */
const BUDGET = 34 * 1024;

describe("bundle budgets", () => {
  it("importing only ageOn costs at most 1 KB gzipped, with no zod and no rule data", async () => {
    const code = await bundle(
      `import { ageOn } from ${JSON.stringify(dist)}; console.log(ageOn("2003-11-06", "2021-11-06"));`,
    );
    expect(gzipped(code)).toBeLessThanOrEqual(1024);
    expect(code).not.toMatch(/ZodError|kudumbashree\.org|strictObject/);
  });

  // 15 KB until 0.2: then the English message catalogue (every issue's template, about 2 KB), the
  // checks of rule sets handed to validate (the RuleSet schema, about 1.8 KB), suppression that
  // cannot be undone (summarize's suppressBelow, about 2.6 KB) and the untrusted-input checks (ids,
  // implausible dates, duplicate rows, about 1.3 KB) came in: 21.6 KB measured. 23 KB until the
  // release for partner states (bad records set aside, villages, federations, households across
  // groups, age at joining, categories): 29.0 KB measured, see docs/performance.md. Issue 16 (messages
  // in five languages) keeps the other languages and the locale machinery out: the English
  // templates now say every param and their schema messages name value, column and allowed
  // values, 3.0 KB (measured below). 30 KB until then; the release for pinned apps and people
  // added one issue per bad cell with its value, column and allowed values (about 1.7 KB) and a
  // provenance in every summary (rule-set content hashes, parts and their fingerprint, about
  // 2.3 KB): 33.5 KB measured, see docs/performance.md.
  it("importing validate and summarize costs at most 34 KB gzipped beyond zod itself", async () => {
    const { text: code, inputs } = await bundleWithInputs(
      `import { validate, summarize } from ${JSON.stringify(dist)}; console.log(validate, summarize);`,
      ["zod"],
    );
    expect(gzipped(code)).toBeLessThanOrEqual(BUDGET);
    expect(code).not.toMatch(/generateSample/);
    // English messages only, and no locale machinery: the issue factory writes English with a
    // built-in format; the LocaleFormat builder, Intl.Segmenter and the labels come with
    // formatIssue and formatSummary.
    expect(code).not.toMatch(INDIC);
    expect(code).not.toMatch(/Segmenter|useGrouping|records from|Exit codes/);
    // Week numbers, ages and month steps are integer arithmetic: no date library at all.
    expect(inputs.filter((input) => input.includes("date-fns"))).toEqual([]);
  });

  it("importing a schema alone does not pull in the rules or the roll-ups", async () => {
    const code = await bundle(`import { Person } from ${JSON.stringify(dist)}; console.log(Person);`, ["zod"]);
    expect(code).not.toMatch(/kerala\.auxiliaryGroup|summarize|mergeSummaries/);
    expect(gzipped(code)).toBeLessThanOrEqual(2048);
  });

  it("the English catalogue adds at most 3 KB gzipped to validate and summarize", async () => {
    // The same bundle built from the source, once as it is and once with every English template
    // replaced by one returning "": the difference is what the catalogue costs.
    const codes = Object.keys(issueSeverities);
    const stub: Plugin = {
      name: "stub-english",
      setup(on) {
        on.onLoad({ filter: /src[\\/]locales[\\/]en\.ts$/ }, () => ({
          loader: "ts",
          contents:
            `export const enMessages = {${codes.map((code) => `${JSON.stringify(code)}: () => ""`).join(",")}};` +
            "export const enFormat = { number: String, date: (date) => date, list: (items) => items.join() };" +
            "export const en = {};",
        }));
      },
    };
    const code = `import { validate, summarize } from ${JSON.stringify(source)}; console.log(validate, summarize);`;
    const [full, stubbed] = await Promise.all([fromSource(code, []), fromSource(code, [stub])]);
    expect(stubbed).not.toContain("shape problems are not listed");
    const cost = gzipped(full) - gzipped(stubbed);
    expect(cost).toBeGreaterThan(1024);
    expect(cost).toBeLessThanOrEqual(3 * 1024);
  });

  it("each other language is paid for only when imported", async () => {
    const base = `import { validate, summarize, formatIssue, formatSummary } from ${JSON.stringify(dist)};`;
    const without = await bundle(`${base} console.log(validate, summarize, formatIssue, formatSummary);`, ["zod"]);
    expect(without).not.toMatch(INDIC);
    const ml = await bundle(
      `${base} import { ml } from ${JSON.stringify(distLocale("ml"))}; ` +
        "console.log(validate, summarize, formatIssue, formatSummary, ml);",
      ["zod"],
    );
    expect(ml).toContain("അയൽക്കൂട്ടം");
    expect(ml).not.toMatch(/[\u0900-\u09ff]/);
    // The bundle grows by the Malayalam catalogue, and the catalogue alone is only a catalogue.
    const alone = await bundle(`import { ml } from ${JSON.stringify(distLocale("ml"))}; console.log(ml);`);
    expect(alone).not.toMatch(/ZodError|strictObject|@kudumbashree\/domain: /);
    expect(gzipped(ml) - gzipped(without)).toBeGreaterThan(gzipped(alone) / 2);
    expect(gzipped(ml) - gzipped(without)).toBeLessThanOrEqual(gzipped(alone));
    for (const code of ["ml", "hi", "as", "bn"])
      expect(readFileSync(distLocale(code), "utf8")).not.toMatch(/ZodError|strictObject/);
  });
});
