// `kudumbashree merge` and `summarize --part` (issue 17, point 3): an NRO officer combines the
// states' summary files without code; every file that cannot be used and every refusal of the
// library is one line naming the file, with exit code 2.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  type CombinedSummary,
  combineSummaries,
  deriveRuleSet,
  formatSummary,
  getRuleSet,
  mergeSummaries,
  parseSummary,
  type Summary,
  summarize,
  suppressSummary,
} from "../../src/index.js";
import { summaryFixture } from "../aggregate/summaryFixture.js";
import { cli } from "../helpers/cli.js";
import { stateDataset as state } from "../helpers/stateDataset.js";

const asOf = "2024-03-31";
const folder = mkdtempSync(join(tmpdir(), "kudumbashree-merge-"));
const path = (name: string) => join(folder, name);
const write = (name: string, value: unknown) => {
  writeFileSync(path(name), typeof value === "string" ? value : JSON.stringify(value));
  return path(name);
};

/** A state's rules: `nro.balasabha@1.0.0` as the NRO's example, or its own id. */
const rules = (id: string, max: number) =>
  deriveRuleSet(getRuleSet("kerala.balasabha@3.0.0"), {
    id,
    version: "1.0.0",
    sources: [{ title: "Balasabha guideline (illustration)", publisher: id }],
    groupSize: { min: 10, max },
  });

let files = 0;

/** A state's summary file (a new one each time), made with the command line as a state office would. */
function summaryFile(id: string, children: number, extra: string[] = []): string {
  const name = `${id}-${++files}`;
  const data = write(`${name}.dataset.json`, state(id, children));
  const made = cli([
    "summarize",
    data,
    "--level",
    "state",
    "--group-kind",
    "balasabha",
    "--as-of",
    asOf,
    "--format",
    "json",
    ...extra,
  ]);
  expect(made.code, made.stderr).toBe(0);
  return write(`${name}.json`, made.stdout);
}

const read = (file: string) => {
  const result = parseSummary(JSON.parse(cli(["merge", file, "--format", "json"]).stdout));
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.summary as Summary;
};

describe("summarize --part and --rules", () => {
  it("records the part and the hashes of the rule sets in the summary", () => {
    const rulesFile = write("tripura-rules.json", rules("tripura.balasabha", 30));
    const file = summaryFile("TR", 12, ["--part", "tripura/2024-03-31", "--rules", rulesFile]);
    const summary = read(file);
    expect(summary.provenance?.parts).toEqual(["tripura/2024-03-31"]);
    // The hash the rules: line and the rules command print for the file.
    const hash = /sha256:[0-9a-f]{64}/.exec(cli(["rules", rulesFile]).stdout)?.[0];
    expect(summary.provenance?.ruleSets).toEqual({ "tripura.balasabha@1.0.0": hash });
    // Without --part, an id derived from the data.
    expect(read(summaryFile("AS", 15)).provenance?.parts[0]).toMatch(/^AS\/2024-03-31\/[0-9a-f]{16}$/);
  });

  it("refuses a part that is not a well-formed id, as a usage error", () => {
    const data = write("TR.dataset.json", state("TR", 12));
    const result = cli(["summarize", data, "--level", "state", "--as-of", asOf, "--part", " tripura"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      "kudumbashree: --part must be text of 1 to 200 characters without control characters, broken Unicode or " +
        'spaces at either end, got " tripura"',
    );
  });
});

describe("kudumbashree merge", () => {
  const tripura = summaryFile("TR", 12, ["--part", "tripura/2024-03-31"]);
  const assam = summaryFile("AS", 15, ["--part", "assam/2024-03-31"]);

  it("merges the files as mergeSummaries does, as JSON, CSV or a table", () => {
    const expected = mergeSummaries(read(tripura), read(assam));
    const json = cli(["merge", tripura, assam, "--format", "json"]);
    expect(json.code, json.stderr).toBe(0);
    expect(JSON.parse(json.stdout)).toEqual(JSON.parse(JSON.stringify(expected)));
    expect(json.stderr).toContain("parts: assam/2024-03-31, tripura/2024-03-31\n");
    const csv = cli(["merge", tripura, assam, "--format", "csv"]);
    expect(csv.stdout).toBe(formatSummary(expected, { format: "csv" }));
    const table = cli(["merge", tripura, assam]);
    expect(table.code).toBe(0);
    expect(table.stdout.split("\n").slice(0, 4)).toEqual([
      `from ${tripura}: tripura/2024-03-31 (made by @kudumbashree/domain ${expected.provenance?.library.version})`,
      `from ${assam}: assam/2024-03-31 (made by @kudumbashree/domain ${expected.provenance?.library.version})`,
      "parts: assam/2024-03-31, tripura/2024-03-31",
      `rules: kerala.balasabha@3.0.0 ${expected.provenance?.ruleSets["kerala.balasabha@3.0.0"]}`,
    ]);
    expect(table.stdout).toContain(formatSummary(expected, { format: "table" }));
    // A merged file merges on, and --suppress-below blanks the merged counts.
    const merged = write("merged.json", json.stdout);
    const more = summaryFile("MN", 11, ["--part", "manipur/2024-03-31"]);
    expect(read(write("all.json", cli(["merge", merged, more, "--format", "json"]).stdout)).total.members).toBe(38);
    const suppressed = cli(["merge", tripura, assam, "--format", "json", "--suppress-below", "13"]);
    expect(JSON.parse(suppressed.stdout)).toEqual(JSON.parse(JSON.stringify(suppressSummary(expected, 13))));
  });

  it("refuses a part twice, naming the file and the part (exit 2)", () => {
    const result = cli(["merge", tripura, assam, tripura]);
    expect([result.code, result.stdout]).toEqual([2, ""]);
    expect(result.stderr).toBe(
      `kudumbashree: ${tripura} cannot be merged with ${tripura}, ${assam}: part "tripura/2024-03-31" is in both ` +
        "summaries; the same export merged twice would count every figure twice (merge each part once; two " +
        "different exports need different part ids, which summarize's part option gives)\n",
    );
  });

  it("refuses one rule-set key with two contents, and combines them with --combine", () => {
    const nroThirty = write("nro-30.json", rules("nro.balasabha", 30));
    const nroSixty = write("nro-60.json", rules("nro.balasabha", 60));
    const tr = summaryFile("TR", 12, ["--part", "tripura/2024-03-31", "--rules", nroThirty]);
    const jh = summaryFile("JH", 14, ["--part", "jharkhand/2024-03-31", "--rules", nroSixty]);
    const refused = cli(["merge", tr, jh]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(
      new RegExp(
        `^kudumbashree: ${jh} cannot be merged with ${tr}: "tripura/2024-03-31" and "jharkhand/2024-03-31" both ` +
          "applied nro\\.balasabha@1\\.0\\.0 with different contents \\(hash sha256:[0-9a-f]{12}\\.\\.\\. vs " +
          "sha256:[0-9a-f]{12}\\.\\.\\.\\); derive each with its own id \\(deriveRuleSet\\) or keep their figures " +
          "that depend on the rules apart with combineSummaries\n$",
      ),
    );
    const expected = combineSummaries([read(tr), read(jh)]);
    const json = cli(["merge", tr, jh, "--combine", "--format", "json"]);
    expect(json.code, json.stderr).toBe(0);
    expect(JSON.parse(json.stdout)).toEqual(JSON.parse(JSON.stringify(expected)));
    const table = cli(["merge", tr, jh, "--combine"]);
    expect(table.code).toBe(0);
    const lines = table.stdout.split("\n");
    expect(lines.filter((line) => line.startsWith("rule sets: ") || line.startsWith("parts: "))).toEqual([
      "parts: jharkhand/2024-03-31, tripura/2024-03-31",
      "rule sets: nro.balasabha@1.0.0",
      expect.stringMatching(/^parts: (jharkhand|tripura)\/2024-03-31$/),
      "rule sets: nro.balasabha@1.0.0",
      expect.stringMatching(/^parts: (jharkhand|tripura)\/2024-03-31$/),
    ]);
    expect(table.stdout).toContain(
      formatSummary(expected as unknown as Summary, { format: "table" })
        .split("\n")
        .slice(1)
        .join("\n"),
    );
    for (const group of expected.byRuleSets) expect(table.stdout).toContain(formatSummary(group, { format: "table" }));
  });

  it("writes a combined table as one CSV, with a ruleSets column and the same columns throughout", () => {
    const tr = summaryFile("TR", 12, ["--part", "tripura/2024-03-31", "--rules", write("t.json", rules("t.b", 30))]);
    const jh = summaryFile("JH", 14, ["--part", "jharkhand/2024-03-31", "--rules", write("j.json", rules("j.b", 60))]);
    const csv = cli(["merge", tr, jh, "--combine", "--format", "csv"]);
    expect(csv.code, csv.stderr).toBe(0);
    const lines = csv.stdout.trimEnd().split("\r\n");
    const width = lines[0]?.split(",").length;
    expect(lines[0]?.startsWith("ruleSets,unitId,unit,kind,wards,")).toBe(true);
    expect(lines.map((line) => line.split(",").length)).toEqual(lines.map(() => width));
    expect(lines.slice(1).map((line) => line.split(",").slice(0, 4).join(","))).toEqual([
      "all,JH,JH,balasabha",
      "all,TR,TR,balasabha",
      "all,,Total,balasabha",
      "j.b@1.0.0,JH,JH,balasabha",
      "j.b@1.0.0,,Total,balasabha",
      "t.b@1.0.0,TR,TR,balasabha",
      "t.b@1.0.0,,Total,balasabha",
    ]);
    // Capacity use (column capacityUse) is blank in the totals and 14/60, 12/30 per rule set.
    const column = lines[0]?.split(",").indexOf("capacityUse") as number;
    expect(lines.slice(1).map((line) => line.split(",")[column])).toEqual([
      "",
      "",
      "",
      "0.23333333333333334",
      "0.23333333333333334",
      "0.4",
      "0.4",
    ]);
    const combined = JSON.parse(cli(["merge", tr, jh, "--combine", "--format", "json"]).stdout) as CombinedSummary;
    expect(combined.byRuleSets).toHaveLength(2);
  });

  it("refuses each file that cannot be used, with one line naming it (exit 2)", () => {
    const valid = summaryFixture("summary-valid.json") as Summary;
    const cases: [string, string][] = [
      [write("broken.json", '{"format": "kudumbashree.summary",'), `${path("broken.json")}:1:35: not valid JSON`],
      [write("empty.json", ""), `${path("empty.json")}:1:1: the file is empty; it should hold a summary in JSON`],
      [
        write("forged.json", { ...valid, total: { ...valid.total, groups: "3" } }),
        `${path("forged.json")}: not a valid summary: total.groups`,
      ],
      [
        write("v1.json", summaryFixture("summary-v1.json")),
        `${path("v1.json")}: written before summaries carried provenance (format version 1)`,
      ],
      [
        write("suppressed.json", suppressSummary(read(tripura), 5)),
        `${path("suppressed.json")}: a suppressed summary cannot be merged`,
      ],
      [
        write("combined.json", combineSummaries([read(tripura)])),
        `${path("combined.json")}: a combined table (merge --combine) cannot be merged again`,
      ],
      [path("missing.json"), `cannot read ${path("missing.json")}`],
    ];
    for (const [file, message] of cases) {
      const result = cli(["merge", tripura, file]);
      expect([result.code, result.stdout], file).toEqual([2, ""]);
      expect(result.stderr.startsWith(`kudumbashree: ${message}`), result.stderr).toBe(true);
      expect(result.stderr.split("\n")).toHaveLength(2);
    }
    // Another date: the library's refusal, with the file that could not be merged.
    const later = write(
      "later.json",
      summarize(state("KL", 15), { level: "state", groupKind: "balasabha", asOf: "2024-04-30" }),
    );
    expect(cli(["merge", tripura, later]).stderr).toBe(
      `kudumbashree: ${later} cannot be merged with ${tripura}: cannot merge summaries made with different asOf ` +
        '("2024-03-31" and "2024-04-30")\n',
    );
  });

  it("reads standard input once, says what it takes, and exits 1 when the summaries carry errors", () => {
    const stdin = cli(["merge", tripura, "-", "--format", "json"], JSON.stringify(read(assam)));
    expect(stdin.code, stdin.stderr).toBe(0);
    expect(stdin.stderr).toContain("from <stdin>: assam/2024-03-31");
    expect(cli(["merge", "-", "-"]).code).toBe(2);
    expect(cli(["merge", tripura, assam, "--combine", "--suppress-below", "5"]).stderr).toContain(
      "--suppress-below does not go with --combine",
    );
    expect(cli(["merge"]).code).toBe(2);
    const help = cli(["merge", "--help"]);
    expect([help.code, help.stdout.split("\n")[0]]).toEqual([
      0,
      "kudumbashree merge: Merge summaries of disjoint parts (districts, partner states) written by summarize " +
        "--format json.",
    ]);
    expect(help.stdout).toContain("--combine");
    // A state whose data had an error: its figures leave the records concerned out.
    const bad = state("BR", 12);
    bad.memberships.push({ groupId: "ghost", personId: "BR-c0", role: "member" });
    const broken = write(
      "broken-state.json",
      summarize(bad, { level: "state", groupKind: "balasabha", asOf, part: "br" }),
    );
    const result = cli(["merge", tripura, broken]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      "kudumbashree: the summaries carry 1 issue (1 error); --format json lists them; the records they concern " +
        "were left out of the figures\n",
    );
  });
});
