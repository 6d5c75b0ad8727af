// The summary files of test/fixtures/hostile/, as the tests read them. Files written before
// villages and federations were counted lack those figures: they are added as a summary of the
// same records would have them with no village and no federation (villages 0, villagesWithGroup
// 0, federations {}, groupsFederated 0, federatedShare 0 with groups and null without), so each
// file still attacks what it was made to attack. `recordsFromInferred` and `setAside` are left as
// they are: a summary without them reads as `false` and `null`.
import { readFileSync } from "node:fs";

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === "object" && value !== null && !Array.isArray(value);

function upgradeFigures(figures: unknown): void {
  if (!isObject(figures) || "villages" in figures) return;
  const groups = figures["groups"];
  const entries = Object.entries(figures);
  for (const key of Object.keys(figures)) delete figures[key];
  for (const [key, value] of entries) {
    figures[key] = value;
    if (key === "wards") figures["villages"] = 0;
    if (key === "wardsWithGroup") figures["villagesWithGroup"] = 0;
    if (key === "attendanceSlots") {
      figures["federations"] = {};
      figures["groupsFederated"] = 0;
    }
    if (key === "attendanceRate") figures["federatedShare"] = typeof groups === "number" && groups > 0 ? 0 : null;
  }
}

/** Adds the figures a summary written before villages and federations lacks (a copy; other values untouched). */
export function upgradeSummary(value: unknown): unknown {
  if (!isObject(value)) return value;
  const rows = Array.isArray(value["rows"]) ? value["rows"] : [];
  for (const row of [...rows, value["total"]]) {
    upgradeFigures(row);
    if (isObject(row) && isObject(row["byKind"]))
      for (const figures of Object.values(row["byKind"])) upgradeFigures(figures);
  }
  return value;
}

/** A summary file of test/fixtures/hostile/, with the figures it may lack added. */
export function summaryFixture(name: string): unknown {
  const text = readFileSync(new URL(`../fixtures/hostile/${name}`, import.meta.url), "utf8");
  return upgradeSummary(JSON.parse(text));
}
