// npm run bench: state-scale workloads, each in its own process, each against a baseline measured
// in the same run. Prints a table (or JSON with --json). Never part of npm test.
// Usage: npm run bench [-- --json] [-- --quick] [-- --write-docs]
//   --quick: 10x smaller, for a smoke run; --write-docs: also rewrite the measured table in docs/performance.md.
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { fileURLToPath } from "node:url";

const json = process.argv.includes("--json");
const writeDocs = process.argv.includes("--write-docs");
// --only validate,memory,csv runs those groups of workloads; with --write-docs, only their rows of
// the table are rewritten (a re-measure of one group after a change to the bench).
const onlyAt = process.argv.indexOf("--only");
const only = onlyAt < 0 ? undefined : (process.argv[onlyAt + 1] ?? "").split(",");
const wanted = (group: "validate" | "memory" | "csv") => only === undefined || only.includes(group);
const quick = process.argv.includes("--quick");
const scale = quick ? 10 : 1;
const full = 4_500_000 / scale;

interface Result {
  workload: string;
  size: number;
  records: number;
  ms: number;
  baselineMs?: number | undefined;
  peakRssMb: number;
  summary?: string;
  baselineSummary?: string;
  members?: number;
  cliPeakRssMb?: number;
  duckdb?: string;
  duckdbMeetings?: boolean;
  agrees?: boolean;
  bytes?: number;
  phases?: Phases;
  sampleMs?: number;
  samplePeakRssMb?: number;
}

function workload(name: string, size?: number, weeks = 0): Result {
  // The streaming workload runs with a small heap, to show that its memory does not grow with members.
  const heap = name === "stream" ? "--max-old-space-size=256" : "--max-old-space-size=16384";
  const out = execFileSync(
    process.execPath,
    [
      "--import",
      "tsx",
      "--expose-gc",
      heap,
      fileURLToPath(new URL("./workload.ts", import.meta.url)),
      name,
      String(size ?? ""),
      String(weeks),
    ],
    {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "inherit"],
    },
  );
  return JSON.parse(out.trim().split("\n").pop() as string) as Result;
}

/** What bench/columnar.ts reports of one run of the columnar path (times in ms). */
interface Phases {
  ms: number;
  cpuMs: number;
  duckdbMs: number;
  duckdbCpuMs: number;
  records: number;
  recordsPerSecond: number;
  phases: Record<string, number>;
  gcMs: number;
  tokenisingMs: number;
  peopleMb: number;
}
const phaseRows: { members: string; phases: Phases }[] = [];

/**
 * The columns of the phase table, in plain words, in the order the columnar read goes
 * (src/cli/columnar/readColumns.ts, ColumnarPhases). The header is made from this list, not from
 * the rows of one run, so that a run without the CSV workloads (`--only memory`) still writes a
 * header with every phase named; a phase the source adds later gets a column under its own name.
 */
const PHASE_LABELS: Readonly<Record<string, string>> = {
  units: "units read and checked",
  people: "people read and checked",
  groups: "groups read and checked",
  federations: "federations read and checked",
  structure: "unit tree, references and records set aside",
  memberships: "memberships read and counted",
  meetingsScan: "meetings, first pass (ids, where each group's meetings are)",
  meetings: "meetings, second pass (attendance, cadence)",
  rollUp: "district rows rolled up",
};
/** The first cell of the phase table's header: the export each row measured. */
const PHASE_TABLE_FIRST = "export (members)";

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

if (wanted("validate")) {
  const validate = workload("validate");
  add(
    "validate",
    "kerala-auxiliary-2021: 3,00,531 members, 19,521 groups, 24 meetings each",
    validate,
    "Dataset.safeParse",
    "<= 2x",
    (ratio) => ratio !== null && ratio <= 2,
  );
}

if (wanted("memory")) {
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
}

// The command line on CSV exports as district staff run it: 10 lakh and 45 lakh members (Kerala's
// NHG members; the most kerala-nhg makes), then the largest run here: 45 lakh members with a year
// of weekly meetings with attendance, and their ADS and CDS federations.
const mb = (bytes: number) => `${Math.round(bytes / 1e6).toLocaleString("en-IN")} MB`;
for (const [members, weeks] of !wanted("csv")
  ? []
  : ([
      [1_000_000 / scale, 0],
      [full, 0],
      [full, 52],
    ] as const)) {
  const csv = workload("csv", members, weeks);
  const said = `${members.toLocaleString("en-IN")}${weeks > 0 ? ` + ${weeks} weeks of meetings` : ""}`;
  if (csv.phases !== undefined) phaseRows.push({ members: said, phases: csv.phases });
  const shape = weeks > 0 ? `, ${weeks} weekly meetings of every NHG with attendance, ADS and CDS federations` : "";
  add(
    `summarize, CSV on disk, ${said}`,
    `kerala-nhg: ${members.toLocaleString("en-IN")} members${shape} as CSV (${mb(csv.bytes ?? 0)}), ` +
      "the CLI in a fresh process, no heap option",
    { ...csv, peakRssMb: csv.cliPeakRssMb ?? csv.peakRssMb },
    csv.duckdbMeetings === true
      ? "DuckDB GROUP BY over the same CSVs, meetings.csv and its attendee lists included " +
          `(${csv.duckdb ?? ""}; same figures, meeting, attendance and federation figures included: ` +
          `${csv.agrees === true ? "yes" : "no"})`
      : `DuckDB GROUP BY over the same CSVs (${csv.duckdb ?? ""}; same figures: ${csv.agrees === true ? "yes" : "no"})`,
    "within 3x, RSS < 500 MB",
    (ratio, result) => (ratio === null ? null : ratio <= 3 && csv.agrees === true && result.peakRssMb < 500),
  );
  add(
    `sample, CSV, ${said}`,
    `\`kudumbashree sample kerala-nhg --members ${members}` +
      `${weeks > 0 ? ` --meeting-weeks ${weeks} --federations` : ""} --format csv\`, no heap option`,
    { ...csv, ms: csv.sampleMs ?? 0, baselineMs: undefined, peakRssMb: csv.samplePeakRssMb ?? 0 },
    "-",
    "RSS < 500 MB",
    (_, result) => result.peakRssMb < 500,
  );
}

const machine =
  `${cpus().length} x ${cpus()[0]?.model?.trim() ?? "cpu"}, ` +
  `${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${process.platform}`;
const cell = (text: string) => text.replace(/\|/g, "\\|");
const grouped = (value: number) => value.toLocaleString("en-IN");
if (json) {
  console.log(JSON.stringify({ machine, quick, rows }, null, 2));
} else {
  console.log(`machine: ${machine}${quick ? " (quick run: sizes / 10)" : ""}`);
  const header = ["workload", "data", "median ms", "records/s", "peak RSS MB", "baseline", "ratio", "goal", "met"];
  const table = rows.map((row) => [
    row.workload,
    row.data,
    String(row.medianMs),
    grouped(row.recordsPerSecond),
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

// The measured table of docs/performance.md is this run's output, never typed by hand: it sits
// between two markers, and only a full run (not --quick) may rewrite it.
if (writeDocs) {
  if (quick) throw new Error("bench: --write-docs needs a full run, not --quick");
  const file = fileURLToPath(new URL("../docs/performance.md", import.meta.url));
  const [begin, end] = ["<!-- bench:begin -->", "<!-- bench:end -->"];
  const text = readFileSync(file, "utf8");
  const [from, to] = [text.indexOf(begin), text.indexOf(end)];
  if (from < 0 || to < from) throw new Error(`bench: ${file} has no ${begin} ... ${end} section`);
  const seconds = (ms: number) => `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} s`;
  const mainRows = rows.map(
    (row) =>
      `| ${cell(row.workload)} | ${cell(row.data)} | ${seconds(row.medianMs)} | ${grouped(row.recordsPerSecond)} | ` +
      `${grouped(row.peakRssMb)} MB | ${cell(row.baseline)} | ${row.ratio === null ? "-" : `${row.ratio}x`} | ` +
      `${cell(row.goal)} | ${row.met === null ? "-" : row.met ? "yes" : "no"} |`,
  );
  const lines = [
    `Machine: ${machine}; ${new Date().toISOString().slice(0, 10)}, \`npm run bench -- --write-docs\` on the built`,
    `\`dist\`, median of ${process.env["BENCH_RUNS"] ?? 5} runs (3 for the CSV workloads).`,
    "",
    "| workload | data | median | records/s | peak RSS | baseline (same run) | ratio | goal | met |",
    "| --- | --- | ---: | ---: | ---: | --- | ---: | --- | --- |",
    ...mainRows,
  ];
  // Where the time of the columnar CSV path goes, from one more run in process (bench/columnar.ts):
  // a cell for every column of the header, each phase named in words.
  const names = [
    ...new Set([...Object.keys(PHASE_LABELS), ...phaseRows.flatMap((row) => Object.keys(row.phases.phases))]),
  ];
  const phaseHeader = [
    PHASE_TABLE_FIRST,
    ...names.map((name) => PHASE_LABELS[name] ?? name),
    "garbage collection (within the total)",
    "splitting the files into fields alone (a separate pass)",
    "total wall time (CPU time)",
    "DuckDB baseline wall time (CPU time, all its threads)",
  ];
  const phaseTable = [
    `| ${phaseHeader.map(cell).join(" | ")} |`,
    `| ${phaseHeader.map(() => "---:").join(" | ")} |`,
    ...phaseRows
      .map(({ members, phases: p }) =>
        [
          cell(members),
          ...names.map((name) => grouped(p.phases[name] ?? 0)),
          grouped(p.gcMs),
          grouped(p.tokenisingMs),
          `${grouped(p.ms)} (${grouped(p.cpuMs)})`,
          `${grouped(p.duckdbMs)} (${grouped(p.duckdbCpuMs)})`,
        ].join(" | "),
      )
      .map((inner) => `| ${inner} |`),
  ];
  lines.push(
    "",
    "Where the time of `summarize` on a CSV folder goes (one run in process, `bench/columnar.ts`; ms):",
    "",
    ...phaseTable,
  );
  let section = lines.join("\n");
  if (only !== undefined) {
    // Only the rows measured in this run replace the row of the same workload (or export, in the
    // phase table); the rest stay. The phase table's header goes with its rows: it is replaced only
    // when the CSV workloads ran, so that header and rows always come from the same list of phases.
    const measured = phaseRows.length > 0 ? [...mainRows, ...phaseTable] : mainRows;
    const key = (line: string) => line.split(" | ")[0] as string;
    const fresh = new Map(measured.map((line) => [key(line), line]));
    const kept = text
      .slice(from + begin.length, to)
      .trim()
      .split("\n");
    section = kept.map((line) => (line.startsWith("| ") ? (fresh.get(key(line)) ?? line) : line)).join("\n");
    // Groups re-measured by earlier runs with --only are named too, once each.
    section = section.replace(
      /^(`dist`, median of .* for the CSV workloads\)\.)(?: Rows of (.*) re-measured with `--only`\.)?$/m,
      (_, head, before) => {
        const groups = [...new Set([...(before === undefined ? [] : String(before).split(", ")), ...only])];
        return `${head} Rows of ${groups.join(", ")} re-measured with \`--only\`.`;
      },
    );
  }
  writeFileSync(file, `${text.slice(0, from + begin.length)}\n${section}\n${text.slice(to)}`);
  console.log(`bench: wrote the measured table into ${file}`);
}
