// The columnar CSV path of `summarize` against DuckDB, in one process on the same folder: the
// columnar summary first (its peak RSS is read before DuckDB starts), then DuckDB's GROUP BY over
// the same files, meetings.csv included when it has meetings (bench/duckdbBaseline.ts, as
// bench/workload.ts runs it). Prints one line of JSON: {ms, duckdbMs, ratio, peakRssMb, records,
// recordsPerSecond, phases, gcMs, tokenisingMs, agrees}, and the CPU time of each (DuckDB's on all
// its threads); tokenisingMs is a separate pass that only splits the files into fields. Never part
// of npm test.
// Usage: tsx bench/columnar.ts <csv-folder> [--as-of 2024-03-31] [--level district]

import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { PerformanceObserver } from "node:perf_hooks";
import type { Summary } from "../src/aggregate/Summary.js";
import { readCsvBytes } from "../src/cli/columnar/readCsvBytes.js";
import { type ColumnarMeasure, summarizeCsvColumns } from "../src/cli/columnar/summarizeCsvColumns.js";
import { TABLES } from "../src/cli/csvDataset.js";
import { summarizeObjects } from "../src/cli/datasetCommands.js";
import { SILENT_METER } from "../src/cli/io.js";
import { duckdbBaseline, sameFigures } from "./duckdbBaseline.js";

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const at = args.indexOf(`--${name}`);
  return at < 0 ? fallback : (args[at + 1] ?? fallback);
};
const folder = args.find((arg, i) => !arg.startsWith("--") && !args[i - 1]?.startsWith("--"));
if (folder === undefined) throw new Error("bench/columnar: give a folder of CSV files");
const asOf = option("as-of", "2024-03-31");
const level = option("level", "district") as "district";

let gcMs = 0;
const observer = new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) gcMs += entry.duration;
});
observer.observe({ entryTypes: ["gc"] });

let measured: ColumnarMeasure | undefined;
// CPU time beside wall time: on a busy machine wall time measures the neighbours too.
const cpuMs = (usage: NodeJS.CpuUsage) => (usage.user + usage.system) / 1000;
const cpuStart = process.cpuUsage();
const started = performance.now();
const answer = summarizeCsvColumns(
  { path: folder, options: { level, asOf }, strict: false, stdin: () => "", progress: () => {}, meter: SILENT_METER },
  { summarizeObjects, announce: (line) => process.stderr.write(`${line}\n`) },
  (found) => {
    measured = found;
  },
);
const ms = performance.now() - started;
const columnarCpuMs = cpuMs(process.cpuUsage(cpuStart));
await new Promise((resolve) => setTimeout(resolve, 0)); // let the GC observer report
observer.disconnect();
const peakRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
const summary = answer.summary as Summary;

// Tokenising alone: every file split into records and fields, nothing checked or kept.
const tokenStarted = performance.now();
for (const table of TABLES) {
  const path = join(folder, table.file);
  if (existsSync(path)) readCsvBytes(path, () => {});
}
const tokenisingMs = performance.now() - tokenStarted;

const duck = await duckdbBaseline(folder, asOf, 1);
const duckdbMs = duck.ms;
const duckdbCpuMs = duck.cpuMs;

// The same figures: groups, members and age bands of each district; with meetings, the meeting,
// attendance and federation figures too.
const agrees = sameFigures(summary.rows, duck.rows);
const records = measured?.records ?? 0;
const round = (value: number) => Math.round(value);
console.log(
  JSON.stringify({
    folder,
    ms: round(ms),
    duckdbMs: round(duckdbMs),
    ratio: Number((ms / duckdbMs).toFixed(2)),
    cpuMs: round(columnarCpuMs),
    duckdbCpuMs: round(duckdbCpuMs),
    threads: availableParallelism(),
    peakRssMb,
    records,
    recordsPerSecond: round(records / (ms / 1000)),
    phases: Object.fromEntries(Object.entries(measured?.phases ?? {}).map(([name, value]) => [name, round(value)])),
    gcMs: round(gcMs),
    tokenisingMs: round(tokenisingMs),
    peopleMb: round((measured?.peopleBytes ?? 0) / 2 ** 20),
    wholeRead: measured?.wholeRead ?? false,
    agrees,
  }),
);
