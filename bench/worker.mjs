// A worker of the parallel workload: makes its part of the kerala-nhg sample (the districts with
// index part, part + parts, ...), says it is ready, and summarises it when told to go.
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { parentPort } from "node:worker_threads";
import { summarize } from "../dist/index.js";
import { generateSample } from "../dist/testing.js";
import { districtPart } from "./districtPart.mjs";

// The whole sample is made, split, and let go before the timed part: a worker holds only its
// own half, as a real merge job would, and starts from a collected heap.
function ownPart(part, parts) {
  // Meetings without attendance, as bench/workload.ts's withoutAttendance keeps them.
  const sampled = generateSample("kerala-nhg", {
    members: Number(process.env["BENCH_SIZE"]),
    seed: 1,
    meetingWeeks: 4,
  });
  const meetings = sampled.meetings?.map(({ attendeeIds: _ids, attendanceRecorded: _recorded, ...rest }) => rest);
  const whole = { ...sampled, meetings };
  const districts = whole.units.filter((unit) => unit.kind === "district").map((unit) => unit.id);
  return districtPart(whole, new Set(districts.filter((_, i) => i % parts === part)));
}
const data = ownPart(Number(process.env["BENCH_PART"]), Number(process.env["BENCH_PARTS"]));
setFlagsFromString("--expose-gc");
runInNewContext("gc")();
parentPort?.postMessage("ready");
parentPort?.once("message", () => {
  parentPort?.postMessage(
    JSON.stringify(summarize(data, { level: "district", asOf: "2024-03-31", recordsFrom: "2024-03-01" })),
  );
});
