// npm run demo: the library's main job on the bundled example dataset.
import { readFileSync } from "node:fs";
import { parseDataset, validate } from "../index.js";

const file = new URL("../data/example-dataset.json", import.meta.url);
const result = parseDataset(JSON.parse(readFileSync(file, "utf8")));
if (!result.ok) {
  for (const issue of result.issues) console.error(`${issue.severity} ${issue.code}: ${issue.message}`);
  process.exit(1);
}
const { data } = result;
function count<T>(items: readonly T[], key: (item: T) => string): string {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return [...counts].map(([name, n]) => `${n} ${name}`).join(", ");
}
console.log(`Example dataset (schema version ${data.schemaVersion})`);
console.log(`  units:       ${count(data.units, (unit) => unit.kind)}`);
console.log(`  people:      ${data.people.length}`);
console.log(`  groups:      ${count(data.groups, (group) => group.kind)}`);
console.log(`  federations: ${count(data.federations ?? [], (federation) => federation.kind)}`);
console.log(`  memberships: ${data.memberships.length}`);
console.log(`  meetings:    ${data.meetings?.length ?? 0}`);
console.log(`  issues:      ${result.issues.length}`);

const asOf = "2021-11-30";
const report = validate(data, { asOf });
console.log(`\nValidation as of ${asOf} with ${report.ruleSets.join(", ")}`);
console.log(`  ${report.ok ? "ok" : "not ok"}: ${report.counts.error} errors, ${report.counts.warning} warnings`);
for (const issue of report.issues) console.log(`  ${issue.severity} ${issue.code}: ${issue.message}`);
