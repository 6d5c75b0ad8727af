// The version a built summary's provenance names is package.json's, compiled in by the build
// (tsup's define), in the ESM and CommonJS builds and the command line alike: nothing is read at
// run time. npm test builds first; run `npm run build` before running this file alone.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import type * as source from "../../src/index.js";

const distUrl = new URL("../../dist/", import.meta.url);
const { version } = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as {
  version: string;
};
const options = { level: "state", asOf: "2024-03-31" } as const;

describe("the built package's provenance", () => {
  it("names package.json's version in ESM and CommonJS, and the command line says the same", async () => {
    const esm = (await import(new URL("index.js", distUrl).href)) as typeof source;
    const cjs = createRequire(import.meta.url)(new URL("index.cjs", distUrl).pathname) as typeof source;
    for (const built of [esm, cjs]) {
      expect(built.summarize({}, options).provenance?.library).toEqual({ name: "@kudumbashree/domain", version });
      expect(built.emptySummary().provenance?.library.version).toBe(version);
    }
    const cli = new URL("cli.js", distUrl).pathname;
    expect(execFileSync(process.execPath, [cli, "--version"], { encoding: "utf8" })).toBe(`${version}\n`);
    // No placeholder is left in what is shipped.
    for (const file of ["index.js", "index.cjs", "cli.js"])
      expect(readFileSync(new URL(file, distUrl), "utf8"), file).not.toContain("__KUDUMBASHREE_VERSION__");
  });
});
