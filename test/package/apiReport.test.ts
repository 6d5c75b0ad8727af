// The API report (etc/*.api.md, scripts/apiReport.ts): one per entry point of package.json
// "exports", and a check that fails when the built API loses an export. Reads dist: npm test builds
// it first (run `npm run build` before running this file alone).
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { apiReport, entryPoints, reportName, staleReports } from "../../scripts/apiReport.js";

const root = fileURLToPath(new URL("../../", import.meta.url));
const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as {
  name: string;
  exports: Record<string, unknown>;
};

/** A copy of the package's API inputs (its main entry only), to break without touching the repository. */
const made: string[] = [];
afterEach(() => {
  for (const folder of made.splice(0)) rmSync(folder, { recursive: true, force: true });
});

function copyOfMainEntry(): string {
  const copy = mkdtempSync(join(tmpdir(), "kudumbashree-api-report-"));
  made.push(copy);
  for (const file of ["api-extractor.json", "tsdoc.json", "etc/domain.api.md"])
    cpSync(join(root, file), join(copy, file), { recursive: true });
  // The declarations, with those of the folders they import (dist/locales).
  cpSync(join(root, "dist"), join(copy, "dist"), {
    recursive: true,
    filter: (source) => !/\.(js|cjs|d\.cts)$/.test(source),
  });
  writeFileSync(
    join(copy, "package.json"),
    JSON.stringify({ name: pkg.name, version: "0.0.0", type: "module", exports: { ".": pkg.exports["."] } }),
  );
  symlinkSync(join(root, "node_modules"), join(copy, "node_modules"), "dir");
  return copy;
}

describe("the API report", () => {
  it("names each report after its subpath", () => {
    expect(
      [".", "./testing", "./testing/arbitraries", "./locales/en"].map((path) => reportName(pkg.name, path)),
    ).toEqual(["domain", "domain-testing", "domain-testing-arbitraries", "domain-locales-en"]);
  });

  it("covers every entry point of package.json exports, each with its report checked in", () => {
    const entries = entryPoints(root);
    expect(entries.map((entry) => entry.subpath).sort()).toEqual(
      Object.keys(pkg.exports)
        .filter((subpath) => subpath !== "./package.json")
        .sort(),
    );
    for (const entry of entries)
      expect(existsSync(join(root, "etc", `${entry.report}.api.md`)), `etc/${entry.report}.api.md`).toBe(true);
    expect(readdirSync(join(root, "etc")).sort()).toEqual(entries.map((entry) => `${entry.report}.api.md`).sort());
  });

  it("fails when the built API loses an export, and shows which", () => {
    const copy = copyOfMainEntry();
    const lines: string[] = [];
    const index = join(copy, "dist", "index.d.ts");
    const text = readFileSync(index, "utf8");
    const removed = text.replace(/^(export \{.*?)\bageOn, /m, "$1");
    expect(removed).not.toBe(text);
    writeFileSync(index, removed);
    const result = apiReport(copy, { update: false, log: (line) => lines.push(line) });
    expect(result).toEqual({ ok: false, changed: ["etc/domain.api.md"], stale: [] });
    const log = lines.join("\n");
    // The diff removes ageOn's declaration and nothing else: the rest of the copy matches the report.
    const diff = log.split("\n").filter((line) => /^[-+](?![-+]{2} )/.test(line));
    expect(diff.filter((line) => line.startsWith("-export "))).toEqual([
      expect.stringMatching(/^-export function ageOn\(/),
    ]);
    expect(diff.filter((line) => line.startsWith("+"))).toEqual([]);
    expect(log).toContain("npm run api:refresh");
  }, 300_000);

  it("finds the reports that belong to no entry point", () => {
    const copy = copyOfMainEntry();
    cpSync(join(copy, "etc", "domain.api.md"), join(copy, "etc", "domain-gone.api.md"));
    expect(staleReports(copy, entryPoints(copy))).toEqual(["etc/domain-gone.api.md"]);
    expect(staleReports(root, entryPoints(root))).toEqual([]);
  });
});
