// One benchmark workload, run in its own process so that its peak memory is its own. It runs the
// built dist (npm run bench builds first), as apps run it; so do the parallel workers.
// Usage: tsx bench/workload.ts <workload> [size]. Prints one JSON line.
import { createHash } from "node:crypto";
import { Worker } from "node:worker_threads";
import { Dataset, emptySummary, mergeSummaries, parseDataset, type Summary, summarize, summarizeStream, validate } from "../dist/index.js";
import { generateSample, sampleStream } from "../dist/testing.js";

const [workload = "", sizeText = ""] = process.argv.slice(2);
const size = Number(sizeText) || 4_500_000;
const RUNS = Number(process.env["BENCH_RUNS"] ?? 5);

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;
const hash = (summary: Summary) => createHash("sha256").update(JSON.stringify(summary)).digest("hex").slice(0, 16);
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
const records = (d: Dataset) => d.units.length + d.people.length + d.groups.length + d.memberships.length + (d.meetings?.length ?? 0);

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
    while (unit !== undefined && unit.kind !== "district") unit = unit.parentId === undefined ? undefined : unitById.get(unit.parentId);
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
      return { records: records(data), ms: median(ours), baselineMs: median(base), uncheckedMs, summary: hash(result), members: result.total.members };
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
        const partials = await Promise.all(workers.map((worker) => new Promise<Summary>((resolve) => worker.once("message", (text: string) => resolve(JSON.parse(text) as Summary)))));
        const merged = partials.reduce(mergeSummaries, emptySummary());
        const ms = performance.now() - start;
        await Promise.all(workers.map((worker) => worker.terminate()));
        return { ms, summary: hash(merged) };
      };
      const one = await round(1);
      const two = await round(2);
      return { records: size, ms: two.ms, baselineMs: one.ms, summary: two.summary, baselineSummary: one.summary };
    }
    default:
      throw new Error(`unknown workload ${workload}`);
  }
}

const result = await main();
console.log(JSON.stringify({ workload, size, ...result, peakRssMb: peakRssMb() }));
