// npm run bench: state-scale workloads, each in its own process, each against a baseline measured
// in the same run. Prints a table (or JSON with --json). Never part of npm test.
// Usage: npm run bench [-- --json] [-- --quick]   (--quick: 10x smaller, for a smoke run)
import { execFileSync } from "node:child_process";
import { cpus, totalmem } from "node:os";
import { fileURLToPath } from "node:url";

const json = process.argv.includes("--json");
const quick = process.argv.includes("--quick");
const scale = quick ? 10 : 1;
const full = 4_500_000 / scale;

interface Result {
  workload: string;
  size: number;
  records: number;
  ms: number;
  baselineMs?: number;
  peakRssMb: number;
  summary?: string;
  baselineSummary?: string;
  members?: number;
  cliPeakRssMb?: number;
  duckdb?: string;
  agrees?: boolean;
}

function workload(name: string, size?: number): Result {
  // The streaming workload runs with a small heap, to show that its memory does not grow with members.
  const heap = name === "stream" ? "--max-old-space-size=256" : "--max-old-space-size=16384";
  const out = execFileSync(
    process.execPath,
    ["--import", "tsx", heap, fileURLToPath(new URL("./workload.ts", import.meta.url)), name, String(size ?? "")],
    {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "inherit"],
    },
  );
  return JSON.parse(out.trim().split("\n").pop() as string) as Result;
}

const rows: {
  workload: string;
  data: string;
  medianMs: number;
  recordsPerSecond: number;
  peakRssMb: number;
  baseline: string;
  ratio: number | null;
  goal: string;
  met: boolean | null;
}[] = [];
const add = (
  name: string,
  data: string,
  result: Result,
  baseline: string,
  goal: string,
  met: (ratio: number | null, result: Result) => boolean | null,
) => {
  const ratio = result.baselineMs === undefined ? null : result.ms / result.baselineMs;
  rows.push({
    workload: name,
    data,
    medianMs: Math.round(result.ms),
    recordsPerSecond: Math.round(result.records / (result.ms / 1000)),
    peakRssMb: result.peakRssMb,
    baseline,
    ratio: ratio === null ? null : Number(ratio.toFixed(2)),
    goal,
    met: met(ratio, result),
  });
};

const validate = workload("validate");
add(
  "validate",
  "kerala-auxiliary-2021: 3,00,531 members, 19,521 groups, 24 meetings each",
  validate,
  "Dataset.safeParse",
  "<= 2x",
  (ratio) => ratio !== null && ratio <= 2,
);

const memory = workload("summarize", full);
add(
  "summarize, in memory",
  `kerala-nhg: ${full.toLocaleString("en-IN")} members`,
  memory,
  "hand-written Map pass",
  "<= 1.5x",
  (ratio) => ratio !== null && ratio <= 1.5,
);

const stream = workload("stream", full);
add(
  "summarize, streaming",
  `kerala-nhg: ${full.toLocaleString("en-IN")} members, generated lazily`,
  stream,
  "-",
  "RSS < 300 MB, same result",
  (_, r) => r.peakRssMb < 300 && r.summary === memory.summary,
);

const small = workload("summarize", 10_000);
for (const size of [100_000, 1_000_000]) {
  const result = workload("summarize", size / (quick ? 10 : 1));
  // The baseline is the cost at 10,000 members scaled to this many records: the ratio is the cost per record.
  const baselineMs = (small.ms / small.records) * result.records;
  add(
    `scaling ${result.size.toLocaleString("en-IN")}`,
    `kerala-nhg: ${result.size.toLocaleString("en-IN")} members`,
    { ...result, baselineMs },
    "the same at 10,000, per record",
    "<= 1.3x per record",
    (ratio) => ratio !== null && ratio <= 1.3,
  );
}

const parallel = workload("parallel", full);
add(
  "parallel, 2 workers",
  `kerala-nhg: ${full.toLocaleString("en-IN")} members, split by district`,
  parallel,
  "1 worker",
  ">= 1.6x faster",
  (ratio) => ratio !== null && 1 / ratio >= 1.6 && parallel.summary === parallel.baselineSummary,
);

const csv = workload("csv", full);
add(
  "summarize, CSV on disk",
  `kerala-nhg: ${full.toLocaleString("en-IN")} members as CSV files, the CLI (a fresh process, reading the files)`,
  { ...csv, peakRssMb: csv.cliPeakRssMb ?? csv.peakRssMb },
  csv.duckdb === "not installed"
    ? "DuckDB (could not be installed)"
    : `DuckDB GROUP BY over the same CSVs (${csv.duckdb ?? ""}; same figures: ${csv.agrees === true ? "yes" : "no"})`,
  "within 3x (aim)",
  (ratio) => (ratio === null ? null : ratio <= 3 && csv.agrees === true),
);

const machine =
  `${cpus().length} x ${cpus()[0]?.model ?? "cpu"}, ` +
  `${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
if (json) {
  console.log(JSON.stringify({ machine, quick, rows }, null, 2));
} else {
  console.log(`machine: ${machine}${quick ? " (quick run: sizes / 10)" : ""}`);
  const header = ["workload", "data", "median ms", "records/s", "peak RSS MB", "baseline", "ratio", "goal", "met"];
  const table = rows.map((row) => [
    row.workload,
    row.data,
    String(row.medianMs),
    row.recordsPerSecond.toLocaleString("en-IN"),
    String(row.peakRssMb),
    row.baseline,
    row.ratio === null ? "-" : `${row.ratio}x`,
    row.goal,
    row.met === null ? "-" : row.met ? "yes" : "no",
  ]);
  const widths = header.map((title, i) => Math.max(title.length, ...table.map((cells) => (cells[i] as string).length)));
  for (const cells of [header, widths.map((w) => "-".repeat(w)), ...table])
    console.log(cells.map((cell, i) => cell.padEnd(widths[i] as number)).join("  "));
}
