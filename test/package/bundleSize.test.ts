// Byte budgets for what an app's bundle pulls in from the built package (npm test builds first).

import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";

const dist = fileURLToPath(new URL("../../dist/index.js", import.meta.url));

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
  });
  // The files that put code into the bundle (esbuild reads more, and shakes them out).
  const output = Object.values(result.metafile.outputs)[0];
  const inputs = Object.entries(output?.inputs ?? {}).flatMap(([file, { bytesInOutput }]) =>
    bytesInOutput > 0 ? [file] : [],
  );
  return { text: result.outputFiles[0]?.text ?? "", inputs };
}

async function bundle(code: string, external: string[] = []): Promise<string> {
  return (await bundleWithInputs(code, external)).text;
}

const gzipped = (text: string) => gzipSync(text, { level: 9 }).length;

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
  // groups, age at joining, categories): 29.0 KB measured, see docs/performance.md.
  it("importing validate and summarize costs at most 30 KB gzipped beyond zod itself", async () => {
    const { text: code, inputs } = await bundleWithInputs(
      `import { validate, summarize } from ${JSON.stringify(dist)}; console.log(validate, summarize);`,
      ["zod"],
    );
    expect(gzipped(code)).toBeLessThanOrEqual(30 * 1024);
    expect(code).not.toMatch(/generateSample/);
    // Week numbers, ages and month steps are integer arithmetic: no date library at all.
    expect(inputs.filter((input) => input.includes("date-fns"))).toEqual([]);
  });

  it("importing a schema alone does not pull in the rules or the roll-ups", async () => {
    const code = await bundle(`import { Person } from ${JSON.stringify(dist)}; console.log(Person);`, ["zod"]);
    expect(code).not.toMatch(/kerala\.auxiliaryGroup|summarize|mergeSummaries/);
    expect(gzipped(code)).toBeLessThanOrEqual(2048);
  });
});
