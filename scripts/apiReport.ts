// The public API, guarded: one API Extractor report per entry point of package.json "exports",
// checked in as etc/<name>.api.md. Reads the built declarations, so run `npm run build` first.
//
//   npm run api:check   (tsx scripts/apiReport.ts)           fails when the built API differs
//   npm run api:update  (tsx scripts/apiReport.ts --update)  rewrites the reports
//
// Entry points are read from "exports" on every run, so a new subpath gets its report without a
// change here; a report whose entry point is gone fails the check (and --update deletes it).
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import {
  CompilerState,
  Extractor,
  ExtractorConfig,
  ExtractorLogLevel,
  type ExtractorMessage,
} from "@microsoft/api-extractor";

const REPORT_FOLDER = "etc";
/** API Extractor's console notes that this script says in its own words, or that say nothing new. */
const QUIET = new Set([
  "console-preamble",
  "console-compiler-version-notice",
  "console-using-custom-tsdoc-config",
  "console-api-report-not-copied",
  "console-api-report-copied",
  "console-api-report-created",
  "console-api-report-unchanged",
]);

export interface EntryPoint {
  /** The subpath of "exports": `.`, `./testing`. */
  readonly subpath: string;
  /** The absolute path of its ESM declaration file in dist. */
  readonly types: string;
  /** The report's name: etc/<report>.api.md. */
  readonly report: string;
}

/** The report name of a subpath: `.` is `domain`, `./testing/arbitraries` is `domain-testing-arbitraries`. */
export function reportName(packageName: string, subpath: string): string {
  const unscoped = packageName.replace(/^@[^/]+\//, "");
  const rest = subpath.replace(/^\.\/?/, "").replaceAll("/", "-");
  return rest === "" ? unscoped : `${unscoped}-${rest}`;
}

/** The declaration file an "exports" target gives TypeScript under `import` (or its only one). */
function typesOf(target: unknown): string | undefined {
  if (typeof target === "string") return target.endsWith(".d.ts") ? target : undefined;
  if (target === null || typeof target !== "object") return undefined;
  const conditions = target as Record<string, unknown>;
  if (typeof conditions["types"] === "string") return conditions["types"];
  for (const key of ["import", "default", "require"]) {
    const found = typesOf(conditions[key]);
    if (found !== undefined) return found;
  }
  return undefined;
}

/**
 * Every entry point a consumer can import, with the declaration file TypeScript reads for it (the
 * ESM one; the CommonJS `.d.cts` is the same text, which attw checks) and the name of its report.
 * A subpath pattern (`./locales/*`) stands for each built declaration file it matches.
 */
export function entryPoints(root: string): EntryPoint[] {
  const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as {
    name: string;
    exports?: Record<string, unknown>;
  };
  const entries: EntryPoint[] = [];
  for (const [subpath, target] of Object.entries(pkg.exports ?? {})) {
    if (subpath === "./package.json") continue;
    const types = typesOf(target);
    if (types === undefined) throw new Error(`apiReport: the export "${subpath}" names no .d.ts file`);
    if (!subpath.includes("*")) {
      entries.push({ subpath, types: join(root, types), report: reportName(pkg.name, subpath) });
      continue;
    }
    const [before = "", after = ""] = types.split("*");
    const folder = join(root, dirname(`${before}x`));
    const prefix = before.slice(before.lastIndexOf("/") + 1);
    for (const file of existsSync(folder) ? readdirSync(folder).sort() : []) {
      if (!file.startsWith(prefix) || !file.endsWith(after) || file.length <= prefix.length + after.length) continue;
      const concrete = subpath.replace("*", file.slice(prefix.length, file.length - after.length));
      entries.push({ subpath: concrete, types: join(folder, file), report: reportName(pkg.name, concrete) });
    }
  }
  return entries;
}

/** The reports in etc/ that belong to no entry point (an export removed, or renamed). */
export function staleReports(root: string, entries: readonly EntryPoint[]): string[] {
  const expected = new Set(entries.map((entry) => `${entry.report}.api.md`));
  const folder = join(root, REPORT_FOLDER);
  return (existsSync(folder) ? readdirSync(folder) : [])
    .filter((file) => file.endsWith(".api.md") && !expected.has(file))
    .sort()
    .map((file) => `${REPORT_FOLDER}/${file}`);
}

export interface ApiReportOptions {
  /** Rewrite the reports instead of comparing with them. */
  readonly update: boolean;
  readonly log?: ((line: string) => void) | undefined;
}

/**
 * Runs API Extractor on every entry point of the package at `root` (with package.json,
 * api-extractor.json, tsdoc.json, dist and etc).
 *
 * @returns Whether every entry point matched its report (or, with `update`, was analysed without
 *   errors), and the reports that changed or belong to no entry point.
 */
export function apiReport(root: string, { update, log = console.log }: ApiReportOptions) {
  const entries = entryPoints(root);
  const configPath = join(root, "api-extractor.json");
  const base = ExtractorConfig.loadFile(configPath);
  mkdirSync(join(root, REPORT_FOLDER), { recursive: true });
  // The fresh reports go to a folder of this run's own, so two runs at once never share one.
  const tempFolder = mkdtempSync(join(tmpdir(), "kudumbashree-api-"));
  let ok = true;
  const changed: string[] = [];
  // One TypeScript program for all the entry points, made with the first one's settings.
  let compilerState: CompilerState | undefined;
  try {
    for (const entry of entries) {
      if (!existsSync(entry.types)) {
        log(`apiReport: ${relative(root, entry.types)} is missing: run \`npm run build\` first`);
        ok = false;
        continue;
      }
      const messages = base.messages?.extractorMessageReporting ?? {};
      const config = ExtractorConfig.prepare({
        configObject: {
          ...base,
          messages: {
            ...base.messages,
            extractorMessageReporting:
              entry.subpath === "."
                ? { ...messages, "ae-forgotten-export": { logLevel: ExtractorLogLevel.Error } }
                : messages,
          },
          mainEntryPointFilePath: entry.types,
          compiler: {
            ...base.compiler,
            overrideTsconfig: { ...base.compiler?.overrideTsconfig, files: [entry.types] },
          },
          apiReport: { ...base.apiReport, enabled: true, reportFileName: entry.report, reportTempFolder: tempFolder },
        },
        configObjectFullPath: configPath,
        packageJsonFullPath: join(root, "package.json"),
      });
      compilerState ??= CompilerState.create(config, {
        additionalEntryPoints: entries.map((other) => other.types).filter((types) => existsSync(types)),
      });
      const result = Extractor.invoke(config, {
        compilerState,
        localBuild: update,
        showVerboseMessages: false,
        printApiReportDiff: !update,
        messageCallback: (message: ExtractorMessage) => {
          // API Extractor's notes about the report itself are replaced by the lines below and the
          // diff is printed as it is; what stays counted is what it says of the declarations.
          const diff = message.messageId === "console-api-report-diff";
          if (!diff && !QUIET.has(message.messageId)) return;
          if (diff) log(message.text);
          message.logLevel = ExtractorLogLevel.None;
          message.handled = true;
        },
      });
      const file = `${REPORT_FOLDER}/${entry.report}.api.md`;
      if (result.errorCount > 0 || result.warningCount > 0) {
        log(`apiReport: "${entry.subpath}": ${result.errorCount} errors, ${result.warningCount} warnings (above)`);
        ok = false;
      }
      if (!result.apiReportChanged) log(`apiReport: "${entry.subpath}" matches ${file}`);
      else {
        changed.push(file);
        if (update) log(`apiReport: ${file} written for "${entry.subpath}"`);
        else {
          ok = false;
          log(`apiReport: the built API of "${entry.subpath}" differs from ${file} (the diff is above)`);
        }
      }
    }
  } finally {
    rmSync(tempFolder, { recursive: true, force: true });
  }
  const stale = staleReports(root, entries);
  for (const file of stale) {
    if (update) {
      rmSync(join(root, file));
      log(`apiReport: ${file} deleted: no entry point of package.json "exports" has that name`);
    } else {
      ok = false;
      log(`apiReport: ${file} belongs to no entry point of package.json "exports"`);
    }
  }
  if (!ok && !update)
    log(
      "apiReport: if the change is meant, run `npm run api:refresh` (release tags, build, reports), commit " +
        "etc/*.api.md and add a changeset: a removed or changed line is a breaking change (docs/versioning.md).",
    );
  return { ok, changed, stale };
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { ok } = apiReport(resolve(dirname(fileURLToPath(import.meta.url)), ".."), {
    update: process.argv.includes("--update"),
  });
  process.exitCode = ok ? 0 : 1;
}
