// One benchmark workload, run in its own process so that its peak memory is its own. It runs the
// built dist (npm run bench builds first), as apps run it; so do the parallel workers.
// Usage: tsx bench/workload.ts <workload> [size]. Prints one JSON line.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { closeSync, mkdtempSync, openSync, readdirSync, readFileSync, readSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
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
import { duckdbBaseline, sameFigures } from "./duckdbBaseline.js";

// The CSV workload takes a third argument: the weeks of meetings its export holds (with attendance,
// and then Kerala's ADS and CDS federations too); 0 or left out for members only.
const [workload = "", sizeText = "", weeksText = "0"] = process.argv.slice(2);
const meetingWeeks = Number(weeksText) || 0;
const size = Number(sizeText) || 4_500_000;
const RUNS = Number(process.env["BENCH_RUNS"] ?? 5);

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;
// The figures, not the parts: a merge of two halves covers two parts where the whole covers one.
const hash = (summary: Summary) =>
  createHash("sha256")
    .update(JSON.stringify({ ...summary, provenance: { ...summary.provenance, parts: [] } }))
    .digest("hex")
    .slice(0, 16);
// Each timed call starts from a collected heap, on both sides (run.ts passes --expose-gc): otherwise a
// full mark-compact of the whole parsed dataset, owed to earlier allocation, lands inside whichever
// call happens to trip it, and the median measures the collector rather than the code.
const collect = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
function time(fn: () => unknown): number {
  collect();
  const start = performance.now();
  fn();
  return performance.now() - start;
}
async function timeAsync(fn: () => Promise<unknown>): Promise<number> {
  collect();
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

// The in-memory, streaming and parallel workloads keep the shape their baselines were set on:
// meetings without attendance (the sample records attendance since 0.2.0; the CSV workloads keep it).
function withoutAttendees<T extends { attendeeIds?: unknown; attendanceRecorded?: unknown }>(meeting: T) {
  const { attendeeIds: _ids, attendanceRecorded: _recorded, ...rest } = meeting;
  return rest;
}
function withoutAttendance(dataset: Dataset): Dataset {
  return { ...dataset, meetings: dataset.meetings?.map(withoutAttendees) };
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
      const raw = withoutAttendance(generateSample("kerala-nhg", { members: size, seed: 1, meetingWeeks: 4 }));
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
        calls: { ours, base }, // every timed call, for --json readers
        uncheckedMs,
        summary: hash(result),
        members: result.total.members,
      };
    }
    case "stream": {
      const { units, records: sampled } = sampleStream("kerala-nhg", { members: size, seed: 1, meetingWeeks: 4 });
      async function* stream() {
        for await (const record of sampled)
          yield record.type === "meeting" ? { ...record, meeting: withoutAttendees(record.meeting) } : record;
      }
      let result: Summary = emptySummary();
      const ms = await timeAsync(async () => (result = await summarizeStream(units, stream(), nhgOptions)));
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
// staff run it (a fresh process each run, reading the files), against DuckDB running a GROUP BY
// over the same files (groups, members, members by age band per district; with meetings, the
// meeting, attendance and federation figures too: bench/duckdbBaseline.ts).
async function csvWorkload(): Promise<Record<string, unknown>> {
  const cli = fileURLToPath(new URL("../dist/cli.js", import.meta.url));
  const folder = mkdtempSync(join(tmpdir(), "kudumbashree-bench-csv-"));
  // The child reports its own peak memory on exit.
  const reportRss =
    "data:text/javascript," +
    "process.on('exit',()=>process.stderr.write('\\nmaxRSS='+process.resourceUsage().maxRSS+'\\n'))";
  const rssOf = (stderr: string) => Math.round(Number(/maxRSS=(\d+)/.exec(stderr)?.[1] ?? 0) / 1024);
  try {
    // The sample is written as a user would write it: the CLI with no heap option, in bounded memory.
    const sampleStart = performance.now();
    const sample = spawnSync(
      process.execPath,
      [
        "--import",
        reportRss,
        cli,
        "sample",
        "kerala-nhg",
        "--members",
        String(size),
        "--seed",
        "1",
        ...(meetingWeeks > 0 ? ["--meeting-weeks", String(meetingWeeks), "--federations"] : []),
        "--format",
        "csv",
        "--out",
        folder,
      ],
      { encoding: "utf8" },
    );
    const sampleMs = performance.now() - sampleStart;
    if (sample.status !== 0) throw new Error(`the sample command failed: ${sample.stderr}`);
    const files = readdirSync(folder).map((file) => join(folder, file));
    const bytes = files.reduce((sum, file) => sum + statSync(file).size, 0);
    const lines = files.reduce((sum, file) => sum + dataLines(file), 0);
    // A year of meetings is read once: each run takes minutes.
    const runs = meetingWeeks > 0 ? 1 : Math.min(RUNS, 3);
    const ours: number[] = [];
    let oursRss = 0;
    let summary: Summary = emptySummary();
    for (let run = 0; run < runs; run++) {
      const start = performance.now();
      const child = spawnSync(
        process.execPath,
        [
          // No heap option: the command must fit Node's default heap, as on a district officer's laptop.
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
      oursRss = Math.max(oursRss, rssOf(child.stderr));
    }
    const duck = await duckdbBaseline(folder, nhgOptions.asOf, runs);
    // Where the time goes: the columnar path once more, in process, phase by phase (bench/columnar.ts).
    const columnar = spawnSync(
      process.execPath,
      ["--import", "tsx", fileURLToPath(new URL("./columnar.ts", import.meta.url)), folder, "--as-of", nhgOptions.asOf],
      { encoding: "utf8" },
    );
    if (columnar.status !== 0) throw new Error(`bench/columnar.ts failed: ${columnar.stderr}`);
    const phases = JSON.parse(columnar.stdout.trim().split("\n").pop() as string) as Record<string, unknown>;
    // Groups, members and age bands per district; with meetings, the meeting and federation figures too.
    const agrees = sameFigures(summary.rows, duck.rows);
    return {
      records: lines,
      ms: median(ours),
      baselineMs: duck.ms,
      cliPeakRssMb: oursRss,
      bytes,
      sampleMs,
      samplePeakRssMb: rssOf(sample.stderr),
      duckdb: `@duckdb/node-api ${duckdbVersion()}`,
      duckdbMeetings: duck.meetings,
      agrees,
      phases,
      summary: hash(summary),
    };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** The version of @duckdb/node-api installed (a devDependency of the package). */
function duckdbVersion(): string {
  const manifest = fileURLToPath(new URL("../node_modules/@duckdb/node-api/package.json", import.meta.url));
  return (JSON.parse(readFileSync(manifest, "utf8")) as { version: string }).version;
}

/** Lines after the header (no quoted line breaks in generated samples), counted in 1 MB reads. */
function dataLines(file: string): number {
  const buffer = Buffer.alloc(1 << 20);
  const fd = openSync(file, "r");
  let lines = 0;
  try {
    for (let read = readSync(fd, buffer); read > 0; read = readSync(fd, buffer))
      for (let at = buffer.indexOf(10); at >= 0 && at < read; at = buffer.indexOf(10, at + 1)) lines++;
  } finally {
    closeSync(fd);
  }
  return Math.max(0, lines - 1);
}

const result = await main();
console.log(JSON.stringify({ workload, size, ...result, peakRssMb: peakRssMb() }));
