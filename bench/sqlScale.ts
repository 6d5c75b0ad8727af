// The national scale of `summarize --engine duckdb`: a generated export of N memberships summarised
// by the command in a fresh process, its wall time and peak memory (RSS, DuckDB's native memory
// included) measured, and a linear projection to 10 crore memberships. Never part of npm test.
//
// Usage: npx tsx bench/sqlScale.ts [--members 1000000,10000000] [--meeting-weeks 4] [--keep]
//
// The base export (at most 10 lakh members, `kerala-nhg`) is generated in process and written as
// CSV. A larger one is made from it by DuckDB: the base's rows copied K times, every id (and every
// reference and list item) given the suffix `~k` in copy k, under the one shared country, then
// written with COPY ... TO CSV. K copies of one state's tree are K states of the same shape, which
// is what a national export is for the engine: the same joins and groups, K times the rows.
// At the base size the in-process engine (`--engine node`) runs too, as the baseline, and both
// answers must be the same bytes.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { cpus, tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { DuckDBInstance } from "@duckdb/node-api";
import { TABLES, writeCsvDataset } from "../src/cli/csvDataset.js";
import { generateSample } from "../src/testing/index.js";

const CRORE = 10_000_000;
const LAKH = 100_000;
const BASE_MAX = 10 * LAKH;

const argument = (name: string) => {
  const at = process.argv.indexOf(name);
  return at < 0 ? undefined : process.argv[at + 1];
};
const sizes = (argument("--members") ?? `${BASE_MAX},${CRORE}`).split(",").map(Number);
const meetingWeeks = Number(argument("--meeting-weeks") ?? 4);
const keep = process.argv.includes("--keep");
const asOf = "2024-03-31";
const root = fileURLToPath(new URL("../", import.meta.url));
const work = mkdtempSync(join(tmpdir(), "kudumbashree-sqlscale-"));

interface Run {
  readonly engine: "duckdb" | "node";
  readonly wallMs: number;
  readonly peakRssMb: number;
  readonly exitCode: number | null;
  readonly stdout: string;
}

/** The command in a fresh process, under /usr/bin/time -v for its peak RSS. */
function summarise(folder: string, engine: "duckdb" | "node"): Run {
  const args = ["summarize", folder, "--level", "district", "--as-of", asOf, "--format", "json", "--quiet"];
  const started = process.hrtime.bigint();
  const child = spawnSync(
    "/usr/bin/time",
    [
      "-v",
      process.execPath,
      "--max-old-space-size=16384",
      "--import",
      "tsx",
      join(root, "src/cli/bin.ts"),
      ...args,
      "--engine",
      engine,
    ],
    { cwd: root, encoding: "utf8", maxBuffer: 1 << 30 },
  );
  const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(child.stderr)?.[1];
  if (child.status !== 0) process.stderr.write(child.stderr.slice(-2000));
  return {
    engine,
    wallMs: Math.round(wallMs),
    peakRssMb: Math.round(Number(rss ?? 0) / 1024),
    exitCode: child.status,
    stdout: child.stdout,
  };
}

function folderBytes(folder: string): number {
  return readdirSync(folder).reduce((sum, file) => sum + statSync(join(folder, file)).size, 0);
}

/** Rows in each file, counted by DuckDB. */
async function rowCounts(folder: string): Promise<Record<string, number>> {
  const instance = await DuckDBInstance.create(":memory:");
  const db = await instance.connect();
  const counts: Record<string, number> = {};
  for (const table of TABLES) {
    const reader = await db.runAndReadAll(
      "SELECT CAST(COUNT(*) AS DOUBLE) AS n FROM read_csv(CAST($1 AS VARCHAR), header = true, all_varchar = true)",
      [join(folder, table.file)],
    );
    counts[table.collection] = Number(reader.getRowObjectsJS()[0]?.["n"] ?? 0);
  }
  db.closeSync();
  instance.closeSync();
  return counts;
}

/** A copy of `base` K times as large: every id given the suffix ~k in copy k, the top units shared. */
async function replicate(base: string, copies: number, out: string): Promise<void> {
  mkdirSync(out, { recursive: true });
  const instance = await DuckDBInstance.create(":memory:", { threads: String(cpus().length) });
  const db = await instance.connect();
  await db.run(
    `CREATE TABLE roots AS SELECT id FROM read_csv(CAST($1 AS VARCHAR), header = true, all_varchar = true)
    WHERE parentId IS NULL`,
    [join(base, "units.csv")],
  );
  const id = (column: string) => `CASE WHEN k = 0 OR ${column} IS NULL THEN ${column} ELSE ${column} || '~' || k END`;
  const items = (column: string) =>
    `CASE WHEN k = 0 OR ${column} IS NULL THEN ${column} ELSE ` +
    `array_to_string(list_transform(string_split(${column}, ';'), x -> x || '~' || k), ';') END`;
  const shapes: Record<string, { columns: string; where?: string }> = {
    units: {
      columns:
        `${id("id")} AS id, kind, name, CASE WHEN parentId IN (SELECT id FROM roots) THEN parentId ` +
        `ELSE ${id("parentId")} END AS parentId, localBodyType, lgdCode`,
      where: "k = 0 OR id NOT IN (SELECT id FROM roots)",
    },
    people: { columns: `${id("id")} AS id, name, dateOfBirth, gender, ${id("householdId")} AS householdId` },
    groups: {
      columns: `${id("id")} AS id, kind, name, ${id("unitId")} AS unitId, formedOn, closedOn, special, specialCategory`,
    },
    federations: {
      columns: `${id("id")} AS id, kind, ${id("unitId")} AS unitId, name, formedOn, ${items("memberIds")} AS memberIds`,
    },
    memberships: { columns: `${id("groupId")} AS groupId, ${id("personId")} AS personId, role, "from", "to"` },
    meetings: {
      columns: `${id("id")} AS id, ${id("groupId")} AS groupId, date, ${items("attendeeIds")} AS attendeeIds, topics`,
    },
  };
  for (const table of TABLES) {
    const shape = shapes[table.collection] as { columns: string; where?: string };
    const target = join(out, table.file).replaceAll("'", "''");
    const started = Date.now();
    await db.run(
      `COPY (SELECT ${shape.columns} FROM read_csv(CAST($1 AS VARCHAR), header = true, all_varchar = true), ` +
        `range(${copies}) copies(k)${shape.where === undefined ? "" : ` WHERE ${shape.where}`}) ` +
        `TO '${target}' (FORMAT csv, HEADER true)`,
      [join(base, table.file)],
    );
    process.stderr.write(`  ${table.file}: ${Date.now() - started} ms\n`);
  }
  db.closeSync();
  instance.closeSync();
}

const results: Record<string, unknown>[] = [];
try {
  const baseMembers = Math.min(BASE_MAX, Math.min(...sizes));
  const base = join(work, `base-${baseMembers}`);
  let started = Date.now();
  writeCsvDataset(generateSample("kerala-nhg", { members: baseMembers, meetingWeeks }), base);
  process.stderr.write(`generated ${baseMembers} members in ${Date.now() - started} ms\n`);
  let baseMembersCounted: number | undefined;
  for (const members of sizes) {
    const copies = Math.max(1, Math.round(members / baseMembers));
    let folder = base;
    let generationMs = 0;
    if (copies > 1) {
      folder = join(work, `x${copies}`);
      started = Date.now();
      process.stderr.write(`writing ${copies} copies of the base...\n`);
      await replicate(base, copies, folder);
      generationMs = Date.now() - started;
    }
    const rows = await rowCounts(folder);
    const bytes = folderBytes(folder);
    const duckdb = summarise(folder, "duckdb");
    const summary = JSON.parse(duckdb.stdout || "{}") as { total?: { members?: number }; rows?: unknown[] };
    const counted = summary.total?.members ?? 0;
    if (copies === 1) baseMembersCounted = counted;
    const result: Record<string, unknown> = {
      memberships: rows["memberships"],
      people: rows["people"],
      groups: rows["groups"],
      meetings: rows["meetings"],
      units: rows["units"],
      csvBytes: bytes,
      csvGb: Number((bytes / 1e9).toFixed(2)),
      copiesOfBase: copies,
      generationMs,
      duckdb: {
        exitCode: duckdb.exitCode,
        wallMs: duckdb.wallMs,
        peakRssMb: duckdb.peakRssMb,
        membershipsPerSecond: Math.round((rows["memberships"] ?? 0) / (duckdb.wallMs / 1000)),
        rowsPerSecond: Math.round(Object.values(rows).reduce((sum, n) => sum + n, 0) / (duckdb.wallMs / 1000)),
        districtRows: summary.rows?.length ?? 0,
        membersCounted: counted,
        // K copies must count K times the base's members: the replication and the engine agree.
        membersAsExpected: baseMembersCounted === undefined ? null : counted === baseMembersCounted * copies,
      },
    };
    if (copies === 1) {
      const node = summarise(folder, "node");
      result["node"] = {
        exitCode: node.exitCode,
        wallMs: node.wallMs,
        peakRssMb: node.peakRssMb,
        sameOutput: node.stdout === duckdb.stdout,
        duckdbTimeRatio: Number((duckdb.wallMs / node.wallMs).toFixed(2)),
      };
    }
    results.push(result);
    process.stderr.write(`${JSON.stringify(result)}\n`);
    if (folder !== base && !keep) rmSync(folder, { recursive: true, force: true });
  }
  // Linear projection from the largest size measured: time and disk grow with the rows (the joins
  // and aggregations are hash-based, one pass each); memory does not, since DuckDB stays within
  // its limit (60% of RAM) and spills the rest to the temporary folder.
  const largest = results.at(-1) as { memberships: number; csvBytes: number; duckdb: { wallMs: number } };
  const factor = (10 * CRORE) / largest.memberships;
  const projection = {
    memberships: 10 * CRORE,
    from: `${largest.memberships} memberships measured, times ${factor.toFixed(2)}`,
    wallMinutes: Number(((largest.duckdb.wallMs * factor) / 60_000).toFixed(1)),
    csvGb: Number(((largest.csvBytes * factor) / 1e9).toFixed(1)),
    peakRss: "bounded by DuckDB's memory_limit (60% of RAM) plus Node (about 0.2 GB): not projected linearly",
  };
  const machine = { cores: cpus().length, cpu: cpus()[0]?.model, ramGb: Math.round(totalmem() / 2 ** 30) };
  const report = { asOf, level: "district", meetingWeeks, machine, results, projection };
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
} finally {
  if (!keep) rmSync(work, { recursive: true, force: true });
  else process.stderr.write(`kept ${work}\n`);
}
