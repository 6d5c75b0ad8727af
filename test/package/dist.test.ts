import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import * as source from "../../src/index.js";

// npm test builds before it runs vitest; run `npm run build` first when running vitest alone.
const distUrl = new URL("../../dist/", import.meta.url);
const require = createRequire(import.meta.url);

describe("the built package", () => {
  it("has been built (npm run build)", () => {
    for (const file of ["index.js", "index.cjs", "index.d.ts", "index.d.cts"]) expect(existsSync(new URL(file, distUrl)), file).toBe(true);
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
});
