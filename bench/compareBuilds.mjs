// The in-memory and streaming workloads of bench/workload.ts, pointed at any built dist folder, so
// that two builds (this one and an older commit's, unpacked with `git archive <commit> | tar -x`,
// node_modules linked in and built with `npx tsup`) can be timed on the same data in turn. Besides
// wall time it reports CPU time and the garbage collections inside each timed call: on a shared
// machine wall time measures the neighbours too, and at 45 lakh members one full mark-compact of
// the 3 GB heap inside a call costs more than the call itself. Never part of npm test.
//
// Usage: node --max-old-space-size=16384 bench/compareBuilds.mjs <dist> memory <members> [data-dist] [runs]
//        node --max-old-space-size=256 bench/compareBuilds.mjs <dist> stream <members> [data-dist]
// `data-dist` (the build whose testing entry makes the sample; <dist> by default) keeps the data
// the same when the builds' samples differ. Prints one JSON line.
import { PerformanceObserver } from "node:perf_hooks";
import { pathToFileURL } from "node:url";

const [dist, workload, membersText, dataDist = dist, runsText = "5"] = process.argv.slice(2);
if (dist === undefined || (workload !== "memory" && workload !== "stream") || !(Number(membersText) > 0))
  throw new Error("usage: compareBuilds.mjs <dist> memory|stream <members> [data-dist] [runs]");
const library = await import(pathToFileURL(`${dist}/index.js`).href);
const testing = await import(pathToFileURL(`${dataDist}/testing.js`).href);
const members = Number(membersText);
const runs = Number(runsText);
const options = { level: "district", asOf: "2024-03-31", recordsFrom: "2024-03-01" };
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const peakRssMb = () => Math.round(process.resourceUsage().maxRSS / 1024);
// Meetings without attendance, as bench/workload.ts's withoutAttendance keeps them.
const withoutAttendees = ({ attendeeIds: _ids, attendanceRecorded: _recorded, ...rest }) => rest;

// Every collection with its start and kind (4 is a full mark-compact), to be matched to the calls.
const collections = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries())
    collections.push({ at: entry.startTime, ms: entry.duration, kind: entry.detail?.kind });
}).observe({ entryTypes: ["gc"] });

/** Runs fn, timed: wall and CPU milliseconds, and the span for the collections inside it. */
function timed(fn) {
  const cpu = process.cpuUsage();
  const start = performance.now();
  fn();
  const end = performance.now();
  const used = process.cpuUsage(cpu);
  return { start, end, ms: end - start, cpuMs: (used.user + used.system) / 1000 };
}

/** The hand-written baseline of bench/workload.ts: memberships per ward in a Map, rolled up to districts. */
function handWritten(d) {
  const wardOfGroup = new Map();
  for (const group of d.groups) wardOfGroup.set(group.id, group.unitId);
  const unitById = new Map(d.units.map((unit) => [unit.id, unit]));
  const perWard = new Map();
  for (const membership of d.memberships) {
    if (membership.role === "resourcePerson") continue;
    const ward = wardOfGroup.get(membership.groupId);
    perWard.set(ward, (perWard.get(ward) ?? 0) + 1);
  }
  const perDistrict = new Map();
  for (const [ward, count] of perWard) {
    let unit = unitById.get(ward);
    while (unit !== undefined && unit.kind !== "district")
      unit = unit.parentId === undefined ? undefined : unitById.get(unit.parentId);
    if (unit !== undefined) perDistrict.set(unit.id, (perDistrict.get(unit.id) ?? 0) + count);
  }
  return perDistrict;
}

/** Wall, CPU, GC and full mark-compacts of each timed call, once the observer has reported. */
async function report(calls) {
  await new Promise((resolve) => setTimeout(resolve, 10));
  return calls.map(({ start, end, ms, cpuMs }) => {
    const inside = collections.filter(({ at }) => at >= start && at < end);
    return {
      ms: Math.round(ms),
      cpuMs: Math.round(cpuMs),
      gcMs: Math.round(inside.reduce((sum, { ms: gc }) => sum + gc, 0)),
      markCompacts: inside.filter(({ kind }) => kind === 4).length,
    };
  });
}

if (workload === "memory") {
  const sampled = testing.generateSample("kerala-nhg", { members, seed: 1, meetingWeeks: 4 });
  const parsed = library.parseDataset({ ...sampled, meetings: sampled.meetings?.map(withoutAttendees) });
  if (!parsed.ok) throw new Error(`the sample of ${dataDist} does not parse with ${dist}`);
  const data = parsed.data;
  const base = [];
  const ours = [];
  let summary;
  for (let run = 0; run < runs; run++) {
    base.push(timed(() => handWritten(data)));
    ours.push(timed(() => (summary = library.summarize(data, options))));
  }
  const [baseCalls, ourCalls] = [await report(base), await report(ours)];
  const ms = median(ourCalls.map((call) => call.ms));
  const baselineMs = median(baseCalls.map((call) => call.ms));
  console.log(
    JSON.stringify({
      dist,
      workload,
      members,
      ms,
      baselineMs,
      ratio: Number((ms / baselineMs).toFixed(2)),
      cpuRatio: Number((median(ourCalls.map((c) => c.cpuMs)) / median(baseCalls.map((c) => c.cpuMs))).toFixed(2)),
      ours: ourCalls,
      baseline: baseCalls,
      counted: summary.total.members,
      peakRssMb: peakRssMb(),
    }),
  );
} else {
  const { units, records } = testing.sampleStream("kerala-nhg", { members, seed: 1, meetingWeeks: 4 });
  async function* stream() {
    for await (const record of records)
      yield record.type === "meeting" ? { ...record, meeting: withoutAttendees(record.meeting) } : record;
  }
  const cpu = process.cpuUsage();
  const start = performance.now();
  const summary = await library.summarizeStream(units, stream(), options);
  const ms = performance.now() - start;
  const used = process.cpuUsage(cpu);
  // The observer reports on the event loop, which the stream's microtasks do not reach until it ends.
  await new Promise((resolve) => setTimeout(resolve, 10));
  const gcMs = collections.reduce((sum, { ms: gc }) => sum + gc, 0);
  console.log(
    JSON.stringify({
      dist,
      workload,
      members,
      ms: Math.round(ms),
      cpuMs: Math.round((used.user + used.system) / 1000),
      gcMs: Math.round(gcMs),
      markCompacts: collections.filter(({ kind }) => kind === 4).length,
      counted: summary.total.members,
      peakRssMb: peakRssMb(),
      heapUsedMb: Math.round(process.memoryUsage().heapUsed / 2 ** 20),
    }),
  );
}
