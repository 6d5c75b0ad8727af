// npm run demo: the library's main job on bundled sample data.
import { readFileSync } from "node:fs";
import {
  compareWithPublished,
  formatSummary,
  parseDataset,
  provenBelowMinimum,
  publishedFigures,
  summarize,
  validate,
} from "../src/index.js";
import { generateSample } from "../src/testing/index.js";

const started = performance.now();

// 1. The small example dataset bundled with the package: what it holds, and whether it keeps the rules.
const example = JSON.parse(
  readFileSync(new URL("../src/data/example-dataset.json", import.meta.url), "utf8"),
) as unknown;
const parsed = parseDataset(example);
if (!parsed.ok) {
  for (const issue of parsed.issues) console.error(`${issue.severity} ${issue.code}: ${issue.message}`);
  process.exit(1);
}
const { data } = parsed;
const count = <T>(items: readonly T[], key: (item: T) => string) => {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return [...counts].map(([name, n]) => `${n} ${name}`).join(", ");
};
console.log("Example dataset (src/data/example-dataset.json)");
console.log(`  units: ${count(data.units, (unit) => unit.kind)}`);
console.log(
  `  groups: ${count(data.groups, (group) => group.kind)}; ${data.people.length} people, ` +
    `${data.memberships.length} memberships, ${data.meetings?.length ?? 0} meetings`,
);
const exampleReport = validate(data, { asOf: "2021-11-30" });
console.log(
  `  validate as of 2021-11-30: ${exampleReport.counts.error} errors, ${exampleReport.counts.warning} warnings ` +
    `(${exampleReport.ruleSets.join(", ")})\n`,
);

// 2. Thiruvananthapuram's auxiliary groups, Nov 2021, beside the published figures.
const tvm = generateSample("thiruvananthapuram-2021", { seed: 1 });
const tvmReport = validate(tvm, { asOf: "2021-11-06" });
console.log(
  `Thiruvananthapuram sample: ${tvm.groups.length} groups, ${tvm.memberships.length} memberships; ` +
    `validate: ${tvmReport.counts.error} errors, ${tvmReport.counts.warning} warnings`,
);
const tvmSummary = summarize(tvm, { level: "district", groupKind: "auxiliaryGroup", asOf: "2021-11-06" });
console.log(formatSummary(tvmSummary, { format: "table" }));
const tvmFigure = publishedFigures.thiruvananthapuramAuxiliaryGroups2021;
const tvmDifferences = compareWithPublished(tvmSummary, tvmFigure);
console.log(
  `Published (${tvmFigure.source.publisher}, ${tvmFigure.source.date}): 1,546 wards, 1,550 groups, 25,823 members -> ` +
    `${tvmDifferences.length === 0 ? "reproduced exactly" : JSON.stringify(tvmDifferences)}\n`,
);

// 3. The NRO's Balasabhas in four partner states, Aug 2020.
const nro = generateSample("nro-balasabha-2020", { seed: 1 });
const nroSummary = summarize(nro, { level: "state", groupKind: "balasabha", asOf: "2020-08-14" });
console.log(formatSummary(nroSummary, { format: "table" }));
const nroFigure = publishedFigures.nroBalasabhas2020;
const nroDifferences = compareWithPublished(nroSummary, nroFigure);
console.log(
  `Published (${nroFigure.source.publisher}, ${nroFigure.source.date}): 4,195 Balasabhas, 60,369 children -> ` +
    `${nroDifferences.length === 0 ? "reproduced exactly" : JSON.stringify(nroDifferences)}`,
);
const nroReport = validate(nro, { asOf: "2020-08-14" });
const sampleBelow = nroReport.issues.filter((issue) => issue.code === "group.below_min_size").length;
const proven = provenBelowMinimum(nroFigure, 15);
console.log(
  "Against Kerala's minimum of 15 children a Balasabha (partner states adapt the rules; see docs/rules.md):\n" +
    "  published: groups and children per state, nothing per Balasabha;\n" +
    `  proved from those totals: at least ${proven.total} Balasabhas have fewer than 15 children ` +
    `(${proven.rows
      .filter((row) => row.atLeast > 0)
      .map((row) => `${row.name} ${row.atLeast}`)
      .join(", ")});\n` +
    `  in this invented sample: ${sampleBelow} below 15, a property of the sample's made-up group sizes, ` +
    "not a finding.",
);
console.log(`\nDone in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
if (tvmDifferences.length > 0 || nroDifferences.length > 0 || !exampleReport.ok || !tvmReport.ok) process.exit(1);
