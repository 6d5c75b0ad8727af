// A worker of the parallel workload: makes its part of the kerala-nhg sample (the districts with
// index part, part + parts, ...), says it is ready, and summarises it when told to go.
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { parentPort } from "node:worker_threads";
import { summarize } from "../dist/index.js";
import { generateSample } from "../dist/testing.js";

// The whole sample is made, split, and let go before the timed part: a worker holds only its
// own half, as a real merge job would, and starts from a collected heap.
function ownPart(part, parts) {
  const whole = generateSample("kerala-nhg", { members: Number(process.env["BENCH_SIZE"]), seed: 1, meetingWeeks: 4 });
  const districts = whole.units.filter((unit) => unit.kind === "district").map((unit) => unit.id);
  const mine = new Set(districts.filter((_, i) => i % parts === part));
  const inside = new Set();
  for (const unit of whole.units) if (mine.has(unit.id) || (unit.parentId !== undefined && inside.has(unit.parentId))) inside.add(unit.id);
  const groups = whole.groups.filter((group) => inside.has(group.unitId));
  const groupIds = new Set(groups.map((group) => group.id));
  const memberships = whole.memberships.filter((membership) => groupIds.has(membership.groupId));
  const personIds = new Set(memberships.map((membership) => membership.personId));
  return {
    schemaVersion: 1,
    units: whole.units.filter((unit) => inside.has(unit.id) || unit.kind === "state" || unit.kind === "country"),
    people: whole.people.filter((person) => personIds.has(person.id)),
    groups,
    memberships,
    meetings: (whole.meetings ?? []).filter((meeting) => groupIds.has(meeting.groupId)),
  };
}
const data = ownPart(Number(process.env["BENCH_PART"]), Number(process.env["BENCH_PARTS"]));
setFlagsFromString("--expose-gc");
runInNewContext("gc")();
parentPort?.postMessage("ready");
parentPort?.once("message", () => {
  parentPort?.postMessage(JSON.stringify(summarize(data, { level: "district", asOf: "2024-03-31", recordsFrom: "2024-03-01" })));
});
