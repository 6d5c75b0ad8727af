// One benchmark workload, run in its own process so that its peak memory is its own. It runs the
// built dist (npm run bench builds first), as apps run it; so do the parallel workers.
// Usage: tsx bench/workload.ts <workload> [size]. Prints one JSON line.
import { execFileSync, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import {
  Dataset,
  emptySummary,
  mergeSummaries,
  parseDataset,
  type Summary,
  summarize,
  summarizeStream,
  validate,
} from "../dist/index.js";
import { generateSample, sampleStream } from "../dist/testing.js";

const [workload = "", sizeText = ""] = process.argv.slice(2);
const size = Number(sizeText) || 4_500_000;
const RUNS = Number(process.env["BENCH_RUNS"] ?? 5);

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;
// The figures, not the parts: a merge of two halves covers two parts where the whole covers one.
const hash = (summary: Summary) =>
  createHash("sha256")
    .update(JSON.stringify({ ...summary, provenance: { ...summary.provenance, parts: [] } }))
    .digest("hex")
    .slice(0, 16);
function time(fn: () => unknown): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}
async function timeAsync(fn: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}
const peakRssMb = () => Math.round(process.resourceUsage().maxRSS / 1024);
const records = (d: Dataset) =>
  d.units.length + d.people.length + d.groups.length + d.memberships.length + (d.meetings?.length ?? 0);

/** The hand-written baseline: memberships per ward in a Map, rolled up to districts. */
function handWritten(d: Dataset): Map<string, number> {
  const wardOfGroup = new Map<string, string>();
  for (const group of d.groups) wardOfGroup.set(group.id, group.unitId);
  const unitById = new Map(d.units.map((unit) => [unit.id, unit]));
  const perWard = new Map<string, number>();
  for (const membership of d.memberships) {
    if (membership.role === "resourcePerson") continue;
    const ward = wardOfGroup.get(membership.groupId) as string;
    perWard.set(ward, (perWard.get(ward) ?? 0) + 1);
  }
  const perDistrict = new Map<string, number>();
  for (const [ward, count] of perWard) {
    let unit = unitById.get(ward);
    while (unit !== undefined && unit.kind !== "district")
      unit = unit.parentId === undefined ? undefined : unitById.get(unit.parentId);
    if (unit !== undefined) perDistrict.set(unit.id, (perDistrict.get(unit.id) ?? 0) + count);
  }
  return perDistrict;
}

const nhgOptions = { level: "district" as const, asOf: "2024-03-31", recordsFrom: "2024-03-01" };

async function main(): Promise<Record<string, unknown>> {
  switch (workload) {
    case "validate": {
      const data = generateSample("kerala-auxiliary-2021", { seed: 1 });
      const base: number[] = [];
      const ours: number[] = [];
      for (let run = 0; run < RUNS; run++) {
        base.push(time(() => Dataset.safeParse(data)));
        ours.push(time(() => validate(data, { asOf: "2022-10-01" })));
      }
      return { records: records(data), ms: median(ours), baselineMs: median(base) };
    }
    case "summarize": {
      // The data as an app holds it after reading an export: parsed once (not timed), then
      // summarised; summarize recognises a parsed dataset and does not check it again.
      const raw = generateSample("kerala-nhg", { members: size, seed: 1, meetingWeeks: 4 });
      const parsed = parseDataset(raw);
      if (!parsed.ok) throw new Error("the sample does not parse");
      const data = parsed.data;
      const base: number[] = [];
      const ours: number[] = [];
      let result: Summary = emptySummary();
      for (let run = 0; run < RUNS; run++) {
        base.push(time(() => handWritten(data)));
        ours.push(time(() => (result = summarize(data, nhgOptions))));
      }
      // The same on the raw, unparsed value: summarize checks it first.
      const uncheckedMs = time(() => summarize(raw, nhgOptions));
      return {
        records: records(data),
        ms: median(ours),
        baselineMs: median(base),
        uncheckedMs,
        summary: hash(result),
        members: result.total.members,
      };
    }
    case "stream": {
      const { units, records: stream } = sampleStream("kerala-nhg", { members: size, seed: 1, meetingWeeks: 4 });
      let result: Summary = emptySummary();
      const ms = await timeAsync(async () => (result = await summarizeStream(units, stream, nhgOptions)));
      return { records: size, ms, summary: hash(result), members: result.total.members };
    }
    case "parallel": {
      const spawn = (part: number, parts: number) =>
        new Worker(new URL("./worker.mjs", import.meta.url), {
          env: { ...process.env, BENCH_PART: String(part), BENCH_PARTS: String(parts), BENCH_SIZE: String(size) },
          resourceLimits: { maxOldGenerationSizeMb: 8192 },
        });
      const round = async (parts: number) => {
        const workers = Array.from({ length: parts }, (_, part) => spawn(part, parts));
        await Promise.all(workers.map((worker) => new Promise((resolve) => worker.once("message", resolve))));
        const start = performance.now();
        for (const worker of workers) worker.postMessage("go");
        const partials = await Promise.all(
          workers.map(
            (worker) =>
              new Promise<Summary>((resolve) =>
                worker.once("message", (text: string) => resolve(JSON.parse(text) as Summary)),
              ),
          ),
        );
        const merged = partials.reduce(mergeSummaries, emptySummary());
        const ms = performance.now() - start;
        await Promise.all(workers.map((worker) => worker.terminate()));
        return { ms, summary: hash(merged) };
      };
      const one = await round(1);
      const two = await round(2);
      return { records: size, ms: two.ms, baselineMs: one.ms, summary: two.summary, baselineSummary: one.summary };
    }
    case "csv":
      return csvWorkload();
    default:
      throw new Error(`unknown workload ${workload}`);
  }
}

// The CSV exports of the kerala-nhg sample (written by the CLI), summarised by the CLI as district
// staff run it (a fresh process each run, reading the files), against DuckDB running the same
// GROUP BY (groups, members, members by age band per district) over the same files.
async function csvWorkload(): Promise<Record<string, unknown>> {
  const cli = fileURLToPath(new URL("../dist/cli.js", import.meta.url));
  const folder = mkdtempSync(join(tmpdir(), "kudumbashree-bench-csv-"));
  try {
    execFileSync(
      process.execPath,
      [
        "--max-old-space-size=16384",
        cli,
        "sample",
        "kerala-nhg",
        "--members",
        String(size),
        "--seed",
        "1",
        "--format",
        "csv",
        "--out",
        folder,
      ],
      { stdio: "ignore" },
    );
    const runs = Math.min(RUNS, 3);
    const ours: number[] = [];
    let oursRss = 0;
    let summary: Summary = emptySummary();
    // The child reports its own peak memory on exit.
    const reportRss =
      "data:text/javascript," +
      "process.on('exit',()=>process.stderr.write('\\nmaxRSS='+process.resourceUsage().maxRSS+'\\n'))";
    for (let run = 0; run < runs; run++) {
      const start = performance.now();
      const child = spawnSync(
        process.execPath,
        [
          "--max-old-space-size=16384",
          "--import",
          reportRss,
          cli,
          "summarize",
          folder,
          "--level",
          "district",
          "--as-of",
          nhgOptions.asOf,
          "--format",
          "json",
        ],
        { encoding: "utf8", maxBuffer: 1 << 28 },
      );
      ours.push(performance.now() - start);
      if (child.status !== 0) throw new Error(`the CLI failed: ${child.stderr}`);
      summary = JSON.parse(child.stdout) as Summary;
      oursRss = Math.max(oursRss, Math.round(Number(/maxRSS=(\d+)/.exec(child.stderr)?.[1] ?? 0) / 1024));
    }
    const duck = await duckdb(folder, runs);
    const agrees =
      duck === undefined
        ? undefined
        : summary.rows.every((row) => {
            const other = duck.rows.get(row.unitId as string);
            return (
              other !== undefined &&
              other.groups === row.groups &&
              other.members === row.members &&
              JSON.stringify(other.ageBands) === JSON.stringify(Object.values(row.ageBands))
            );
          }) && duck.rows.size === summary.rows.length;
    return {
      records: size,
      ms: median(ours),
      baselineMs: duck?.ms,
      cliPeakRssMb: oursRss,
      duckdb: duck === undefined ? "not installed" : `@duckdb/node-api ${duck.version}`,
      agrees,
      summary: hash(summary),
    };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

async function duckdb(
  folder: string,
  runs: number,
): Promise<
  | { ms: number; version: string; rows: Map<string, { groups: number; members: number; ageBands: number[] }> }
  | undefined
> {
  // Installed on demand into node_modules/.cache, never a dependency of the package.
  const version = "1.5.6-r.1";
  const prefix = fileURLToPath(new URL("../node_modules/.cache/kudumbashree-bench/duckdb/", import.meta.url));
  const entry = join(prefix, "node_modules/@duckdb/node-api/lib/index.js");
  if (!existsSync(entry)) {
    const npm = process.platform === "win32" ? "npm.cmd" : "npm";
    const install = spawnSync(
      npm,
      [
        "install",
        "--prefix",
        prefix,
        "--no-save",
        "--no-package-lock",
        "--no-audit",
        "--no-fund",
        `@duckdb/node-api@${version}`,
      ],
      { stdio: "ignore" },
    );
    if (install.status !== 0 || !existsSync(entry)) return undefined;
  }
  // The part of @duckdb/node-api used here (it is not installed when the package is type-checked).
  interface DuckDb {
    DuckDBInstance: {
      create(path: string): Promise<{
        connect(): Promise<{
          runAndReadAll(sql: string): Promise<{ getRowObjectsJson(): unknown[] }>;
          closeSync(): void;
        }>;
        closeSync(): void;
      }>;
    };
  }
  const { DuckDBInstance } = (await import(pathToFileURL(entry).href)) as DuckDb;
  const csv = (file: string) =>
    `read_csv('${join(folder, file).replace(/'/g, "''")}', header = true, all_varchar = true)`;
  const { asOf } = nhgOptions;
  const bounds = [5, 10, 15, 18, 26, 31, 36, 41, 60];
  const bandColumns = [
    ...bounds.map((bound, i) => `count(*) FILTER (WHERE age >= ${i === 0 ? 0 : bounds[i - 1]} AND age < ${bound})`),
    `count(*) FILTER (WHERE age >= ${bounds[bounds.length - 1]})`,
    "count(*) FILTER (WHERE age IS NULL)",
  ].map((expression, i) => `${expression} AS b${i}`);
  // Age in completed years on asOf, as the library counts it; a group's district through the unit tree.
  const sql = `
    WITH RECURSIVE
      units AS (SELECT id, kind, parentId FROM ${csv("units.csv")}),
      up(id, ancestor) AS (
        SELECT id, id FROM units
        UNION ALL
        SELECT up.id, units.parentId FROM up JOIN units ON units.id = up.ancestor WHERE units.parentId IS NOT NULL
      ),
      district_of AS (
        SELECT up.id, up.ancestor AS district FROM up JOIN units ON units.id = up.ancestor WHERE units.kind = 'district'
      ),
      active_groups AS (
        SELECT g.id, d.district FROM ${csv("groups.csv")} g JOIN district_of d ON d.id = g.unitId
        WHERE (formedOn IS NULL OR formedOn <= '${asOf}') AND (closedOn IS NULL OR closedOn > '${asOf}')
      ),
      members AS (
        SELECT groupId, personId FROM ${csv("memberships.csv")}
        WHERE role <> 'resourcePerson'
          AND ("from" IS NULL OR "from" <= '${asOf}') AND ("to" IS NULL OR "to" >= '${asOf}')
      ),
      people AS (SELECT id, dateOfBirth FROM ${csv("people.csv")}),
      aged AS (
        SELECT g.district,
          CASE WHEN p.dateOfBirth IS NULL THEN NULL
          ELSE ${asOf.slice(0, 4)} - CAST(substr(p.dateOfBirth, 1, 4) AS INTEGER)
            - CASE WHEN substr(p.dateOfBirth, 6) > '${asOf.slice(5)}' THEN 1 ELSE 0 END
          END AS age
        FROM members m JOIN active_groups g ON g.id = m.groupId LEFT JOIN people p ON p.id = m.personId
      ),
      per_member AS (SELECT district, count(*) AS members, ${bandColumns.join(", ")} FROM aged GROUP BY district),
      per_group AS (SELECT district, count(*) AS groups FROM active_groups GROUP BY district)
    SELECT per_group.district, groups, members, ${bandColumns.map((_, i) => `b${i}`).join(", ")}
    FROM per_group LEFT JOIN per_member USING (district) ORDER BY per_group.district`;
  const times: number[] = [];
  let rows = new Map<string, { groups: number; members: number; ageBands: number[] }>();
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    const instance = await DuckDBInstance.create(":memory:");
    const connection = await instance.connect();
    const result = (await connection.runAndReadAll(sql)).getRowObjectsJson() as Record<string, string | null>[];
    times.push(performance.now() - start);
    connection.closeSync();
    instance.closeSync();
    rows = new Map(
      result.map((row) => [
        row["district"] as string,
        {
          groups: Number(row["groups"]),
          members: Number(row["members"] ?? 0),
          ageBands: bandColumns.map((_, i) => Number(row[`b${i}`] ?? 0)),
        },
      ]),
    );
  }
  return { ms: median(times), version, rows };
}

const result = await main();
console.log(JSON.stringify({ workload, size, ...result, peakRssMb: peakRssMb() }));
