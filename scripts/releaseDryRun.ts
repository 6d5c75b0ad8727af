// The release, rehearsed on a scratch copy of the repository (npm run release:dry-run; run by
// .ci/run): the commands of docs/releasing.md up to `npm publish`, without touching this
// repository's version, changesets or changelog.
//
//   1. copy the files git tracks or would track (not dist, not node_modules: those are linked);
//   2. `changeset version`: the version must become the one the pinning advice names, CHANGELOG.md
//      must gain that version's section, and no changeset may be left;
//   3. the pinning advice must still be right (scripts/pinningAdvice.ts --check);
//   4. `npm pack --dry-run --json`, which runs prepack (build, publint, attw, the API report check)
//      on a copy that has no dist, and lists what would be published: dist, the changelog, the
//      guides, the JSON Schema, and nothing else.
import { execFileSync } from "node:child_process";
import {
  copyFileSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { releaseVersion } from "./pinningAdvice.js";

const npm = process.platform === "win32" ? "npm.cmd" : "npm";
const npx = process.platform === "win32" ? "npx.cmd" : "npx";

/** What the tarball must hold, and the only shapes of path it may hold. */
export const REQUIRED_FILES = [
  "package.json",
  "README.md",
  "LICENSE",
  "CHANGELOG.md",
  "dist/index.js",
  "dist/index.cjs",
  "dist/index.d.ts",
  "dist/index.d.cts",
  "dist/cli.js",
  "docs/versioning.md",
  "docs/releasing.md",
  "docs/schemas/dataset.schema.json",
];
export const ALLOWED_FILE = /^(dist\/[\w./-]+\.(js|cjs|d\.ts|d\.cts)|docs\/[\w-]+\.md|docs\/schemas\/[\w.-]+\.json)$/;
const TOP_LEVEL = new Set(["package.json", "README.md", "LICENSE", "CHANGELOG.md"]);

/** What is wrong with a tarball's file list (nothing: an empty list). */
export function tarballProblems(files: readonly string[]): string[] {
  const problems = REQUIRED_FILES.filter((file) => !files.includes(file)).map((file) => `missing: ${file}`);
  for (const file of files) if (!TOP_LEVEL.has(file) && !ALLOWED_FILE.test(file)) problems.push(`unexpected: ${file}`);
  return problems;
}

function run(command: string, args: string[], cwd: string): string {
  // Not the settings of an npm command this may run inside (npm test, npm pack --dry-run).
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^npm_config_/i.test(name)));
  try {
    return execFileSync(command, args, { cwd, env, encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] });
  } catch (error) {
    // What the command printed says why it failed (prepack's build and checks print to stdout).
    process.stdout.write((error as { stdout?: string }).stdout ?? "");
    throw error;
  }
}

/** Rehearses the release of the repository at `root`; returns what went wrong (nothing: an empty list). */
export function releaseDryRun(root: string, log: (line: string) => void = console.log): string[] {
  const scratch = mkdtempSync(join(tmpdir(), "kudumbashree-release-"));
  const problems: string[] = [];
  try {
    const files = run("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], root)
      .split("\0")
      .filter((file) => file !== "" && existsSync(join(root, file)) && lstatSync(join(root, file)).isFile());
    for (const file of files) {
      mkdirSync(dirname(join(scratch, file)), { recursive: true });
      copyFileSync(join(root, file), join(scratch, file));
    }
    symlinkSync(join(root, "node_modules"), join(scratch, "node_modules"), "dir");
    const before = releaseVersion(scratch);
    log(`release dry run: ${files.length} files copied to ${scratch}; ${before.current} -> ${before.next} expected`);

    run(npx, ["--no-install", "changeset", "version"], scratch);
    const after = releaseVersion(scratch);
    const changelog = existsSync(join(scratch, "CHANGELOG.md"))
      ? readFileSync(join(scratch, "CHANGELOG.md"), "utf8")
      : "";
    if (after.current !== before.next)
      problems.push(`changeset version made ${after.current}, the pinning advice says ${before.next}`);
    if (after.pending !== 0) problems.push(`changeset version left ${after.pending} changesets`);
    if (before.next !== before.current && !changelog.includes(`## ${before.next}\n`))
      problems.push(`CHANGELOG.md has no section "## ${before.next}"`);
    log(`release dry run: changeset version made ${after.current}, CHANGELOG.md ${changelog.length} characters`);

    try {
      run(npx, ["--no-install", "tsx", "scripts/pinningAdvice.ts", "--check"], scratch);
    } catch {
      problems.push("the pinning advice is out of date after changeset version");
    }

    // prepack runs here: build, check:package, api:check.
    // prepack's own output comes first on stdout; npm's JSON is the last thing, from a line "[" on.
    const output = `\n${run(npm, ["pack", "--dry-run", "--json"], scratch)}`;
    const [packed] = JSON.parse(output.slice(output.lastIndexOf("\n[\n"))) as {
      filename: string;
      size: number;
      files: { path: string }[];
    }[];
    if (packed === undefined) throw new Error("npm pack --dry-run --json listed no package");
    const listed = packed.files.map((file) => file.path).sort();
    problems.push(...tarballProblems(listed));
    log(`release dry run: npm pack would publish ${packed.filename}: ${listed.length} files, ${packed.size} bytes`);
  } catch (error) {
    problems.push(`failed: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  for (const problem of problems) log(`release dry run: ${problem}`);
  return problems;
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = resolve(fileURLToPath(import.meta.url), "../..");
  process.exitCode = releaseDryRun(root).length === 0 ? 0 : 1;
}
