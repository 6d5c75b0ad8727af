import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import * as source from "../../src/index.js";
import * as testingSource from "../../src/testing/index.js";

// npm test builds before it runs vitest; run `npm run build` first when running vitest alone.
const distUrl = new URL("../../dist/", import.meta.url);
const require = createRequire(import.meta.url);

describe("the built package", () => {
  it("has been built (npm run build)", () => {
    for (const file of [
      "index.js",
      "index.cjs",
      "index.d.ts",
      "index.d.cts",
      "testing.js",
      "testing.cjs",
      "testing.d.ts",
      "testing.d.cts",
      "arbitraries.js",
      "arbitraries.cjs",
      "arbitraries.d.ts",
      "arbitraries.d.cts",
    ])
      expect(existsSync(new URL(file, distUrl)), file).toBe(true);
  });

  it("imports as ESM with the same exports as the source", async () => {
    const esm = (await import(new URL("index.js", distUrl).href)) as Record<string, unknown>;
    expect(Object.keys(esm).sort()).toEqual(Object.keys(source).sort());
    const parse = esm["parseDataset"] as typeof source.parseDataset;
    expect(parse({ schemaVersion: 1, units: [], people: [], groups: [], memberships: [] }).ok).toBe(true);
  });

  it("requires as CommonJS with the same exports as the source", () => {
    const cjs = require(new URL("index.cjs", distUrl).pathname) as Record<string, unknown>;
    expect(Object.keys(cjs).sort()).toEqual(Object.keys(source).sort());
    const parse = cjs["parseDataset"] as typeof source.parseDataset;
    expect(parse({ schemaVersion: 2 }).ok).toBe(false);
  });

  it("serves the testing subpath in both formats, and the main entry does not include it", async () => {
    const esm = (await import(new URL("testing.js", distUrl).href)) as Record<string, unknown>;
    const cjs = require(new URL("testing.cjs", distUrl).pathname) as Record<string, unknown>;
    expect(Object.keys(esm).sort()).toEqual(Object.keys(testingSource).sort());
    expect(Object.keys(cjs).sort()).toEqual(Object.keys(testingSource).sort());
    const { readFileSync } = await import("node:fs");
    expect(readFileSync(new URL("index.js", distUrl), "utf8")).not.toContain("generateSample");
  });
});
