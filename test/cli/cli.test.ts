import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { type Io, run } from "../../src/cli/main.js";
import { writeCsvDataset } from "../../src/cli/csvDataset.js";
import { generateSample } from "../../src/testing/index.js";
import { exampleDataset } from "../helpers/example.js";

function cli(args: string[], stdin = ""): { code: number; stdout: string; stderr: string } {
  let stdout = "";
  let stderr = "";
  const io: Io = { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text), stdin: () => stdin, isTTY: false, today: () => "2021-11-30" };
  const code = run(args, io);
  return { code, stdout, stderr };
}

const tmp = () => mkdtempSync(join(tmpdir(), "kudumbashree-cli-"));
const exampleFile = fileURLToPath(new URL("../../src/data/example-dataset.json", import.meta.url));

describe("kudumbashree validate", () => {
  it("exits 0 for a dataset without errors, with a summary line", () => {
    const { code, stdout } = cli(["validate", exampleFile, "--as-of", "2021-11-30"]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/: ok, 0 errors and 0 warnings as of 2021-11-30 \(rule sets: kerala\.areaDevelopmentSociety@1\.0\.0/);
  });

  it("exits 1 when the data has errors, naming the CSV file, line and column to correct", () => {
    const folder = tmp();
    const dataset = exampleDataset();
    const aux = dataset.memberships.find((membership) => membership.groupId.startsWith("AUX")) as { personId: string };
    const position = dataset.people.findIndex((person) => person.id === aux.personId);
    (dataset.people[position] as { dateOfBirth?: string }).dateOfBirth = "1975-05-05";
    writeCsvDataset(dataset, folder);
    const { code, stdout } = cli(["validate", folder, "--as-of", "2021-11-30"]);
    expect(code).toBe(1);
    expect(stdout).toContain(`error   age.above_band               ${join(folder, "people.csv")}:${position + 2}:3: `);
    const json = JSON.parse(cli(["validate", folder, "--as-of", "2021-11-30", "--format", "json"]).stdout) as { ok: boolean; issues: { location?: unknown }[] };
    expect(json.ok).toBe(false);
    expect(json.issues[0]?.location).toEqual({ file: join(folder, "people.csv"), line: position + 2, column: 3 });
  });

  it("applies the rule sets named with --rules", () => {
    const { stdout } = cli(["validate", exampleFile, "--as-of", "2021-11-30", "--rules", "kerala.balasabha@1.0.0", "--format", "json"]);
    expect((JSON.parse(stdout) as { ruleSets: string[] }).ruleSets).toContain("kerala.balasabha@1.0.0");
    const unknown = cli(["validate", exampleFile, "--as-of", "2021-11-30", "--rules", "kerala.balasabha@9"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/no built-in rule set "kerala\.balasabha@9"/);
  });

  it("reads standard input with -", () => {
    expect(cli(["validate", "-", "--as-of", "2021-11-30"], readFileSync(exampleFile, "utf8")).code).toBe(0);
  });
});

describe("kudumbashree summarize", () => {
  it("prints a table, CSV or JSON, the same from JSON and from CSV", () => {
    const folder = tmp();
    writeCsvDataset(exampleDataset(), folder);
    for (const format of ["table", "csv", "json"]) {
      const fromJson = cli(["summarize", exampleFile, "--level", "localBody", "--as-of", "2021-11-30", "--format", format]);
      const fromCsv = cli(["summarize", folder, "--level", "localBody", "--as-of", "2021-11-30", "--format", format]);
      expect(fromJson.code).toBe(0);
      expect(fromCsv.stdout).toBe(fromJson.stdout);
    }
  });
  it("suppresses small counts and says which date it used", () => {
    const { stdout, stderr } = cli(["summarize", exampleFile, "--level", "ward", "--group-kind", "balasabha", "--suppress-below", "5"]);
    expect(stdout).toContain("<5");
    expect(stderr).toContain("as of 2021-11-30 (today, UTC)");
  });
});

describe("kudumbashree sample, rules, schema", () => {
  it("writes a sample that summarises to the published figures", () => {
    const file = join(tmp(), "tvm.json");
    expect(cli(["sample", "thiruvananthapuram-2021", "--seed", "1", "--out", file]).code).toBe(0);
    const { stdout } = cli(["summarize", file, "--level", "district", "--group-kind", "auxiliaryGroup", "--as-of", "2021-11-06", "--format", "csv"]);
    expect(stdout.split("\r\n")[1]).toMatch(/^KL-TVM,Thiruvananthapuram,auxiliaryGroup,1546,1546,1550,25823,/);
  });
  it("lists the rule sets and prints the schema", () => {
    expect(cli(["rules"]).stdout).toContain("kerala.balasabha@2.0.0  (balasabha, in force 2017-01-01 to ...)");
    expect(JSON.parse(cli(["schema"]).stdout)).toHaveProperty("properties.units");
  });
});

describe("bad input: a message with the place, exit 1 or 2, never a stack trace", () => {
  const cases: [string, (folder: string) => string[], number, RegExp][] = [
    ["a missing file", () => ["validate", "/nowhere/data.json", "--as-of", "2021-11-30"], 2, /cannot read \/nowhere\/data\.json: no such file or folder/],
    ["a malformed JSON file", (folder) => (writeFileSync(join(folder, "d.json"), '{"schemaVersion": 1,\n  "units": [,]}'), ["validate", join(folder, "d.json"), "--as-of", "2021-11-30"]), 1, /d\.json:2:13: not valid JSON/],
    ["a truncated JSON file", (folder) => (writeFileSync(join(folder, "d.json"), '{"schemaVersion": 1, "units": ['), ["validate", join(folder, "d.json"), "--as-of", "2021-11-30"]), 1, /d\.json:1:\d+: not valid JSON: .*truncated/],
    ["an empty file", (folder) => (writeFileSync(join(folder, "d.json"), ""), ["validate", join(folder, "d.json"), "--as-of", "2021-11-30"]), 1, /d\.json:1:1: the file is empty/],
    ["no --as-of", () => ["validate", exampleFile], 2, /--as-of must be a date written YYYY-MM-DD, got nothing/],
    ["an impossible --as-of", () => ["validate", exampleFile, "--as-of", "2021-02-29"], 2, /--as-of must be a date/],
    ["an unknown option", () => ["validate", exampleFile, "--as-off", "2021-11-30"], 2, /Unknown option '--as-off'/],
    ["an unknown command", () => ["check"], 2, /unknown command "check"/],
    ["an unknown level", () => ["summarize", exampleFile, "--level", "taluk", "--as-of", "2021-11-30"], 2, /--level must be one of country, state/],
    ["an unknown preset", () => ["sample", "goa-2020"], 2, /--preset must be one of/],
  ];
  it.each(cases)("%s", (_, args, code, message) => {
    const result = cli(args(tmp()));
    expect(result.code).toBe(code);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  const csvCases: [string, Record<string, string>, RegExp][] = [
    ["a BOM and CRLF line ends (accepted)", { "units.csv": "\uFEFFid,kind,name\r\nw1,ward,Ward 1\r\n" }, /ok, 0 errors/],
    ["a missing column", { "units.csv": "id,name\nw1,Ward 1\n" }, /units\.csv:1: units\.csv has no column kind/],
    ["an extra column", { "units.csv": "id,kind,name,colour\nw1,ward,Ward 1,blue\n" }, /units\.csv:2:4: .*unknown field "colour"/],
    ["a line with an extra field", { "units.csv": "id,kind,name\nw1,ward,Ward 1,x\n" }, /units\.csv:2: the line has a different number of fields/],
    ["a quoted newline (accepted)", { "units.csv": 'id,kind,name\nw1,ward,"Ward\n1"\n' }, /ok, 0 errors/],
    ["an unclosed quote", { "units.csv": 'id,kind,name\nw1,ward,"Ward 1\n' }, /units\.csv:\d+(:\d+)?: Quote Not Closed/],
    ["an unknown enum value", { "units.csv": "id,kind,name\nw1,taluk,Ward 1\n" }, /units\.csv:2:2: units\.0\.kind: Invalid option/],
    ["an empty file", { "units.csv": "" }, /units\.csv:1: units\.csv is empty/],
  ];
  it.each(csvCases)("CSV: %s", (_, files, message) => {
    const folder = tmp();
    const base = { "units.csv": "id,kind,name\n", "people.csv": "id,gender\n", "groups.csv": "id,kind,unitId\n", "memberships.csv": "groupId,personId,role\n" };
    for (const [name, text] of Object.entries({ ...base, ...files })) writeFileSync(join(folder, name), text);
    const result = cli(["validate", folder, "--as-of", "2021-11-30"]);
    expect(`${result.stdout}${result.stderr}`).toMatch(message);
    expect([0, 1]).toContain(result.code);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it("a missing table file exits 1 naming the file", () => {
    const result = cli(["validate", tmp(), "--as-of", "2021-11-30"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/units\.csv is missing from the folder/);
  });
});

describe("the built bin", () => {
  const bin = fileURLToPath(new URL("../../dist/cli.js", import.meta.url));
  it("runs as a program with the documented exit codes", () => {
    expect(execFileSync(process.execPath, [bin, "--version"], { encoding: "utf8" }).trim()).toMatch(/^\d+\.\d+\.\d+$/);
    expect(spawnSync(process.execPath, [bin, "validate", exampleFile, "--as-of", "2021-11-30"]).status).toBe(0);
    const bad = spawnSync(process.execPath, [bin, "validate", "/nowhere.json", "--as-of", "2021-11-30"], { encoding: "utf8" });
    const piped = spawnSync("bash", ["-c", `"${process.execPath}" "${bin}" rules | head -1`], { encoding: "utf8" });
    expect([piped.status, piped.stderr]).toEqual([0, ""]);
    expect([bad.status, bad.stderr.includes("    at ")]).toEqual([2, false]);
    expect(readFileSync(bin, "utf8").startsWith("#!/usr/bin/env node\n")).toBe(true);
  });
  it("samples a CSV folder for a district officer", () => {
    const folder = tmp();
    const out = spawnSync(process.execPath, [bin, "sample", "nro-balasabha-2020", "--format", "csv", "--out", folder], { encoding: "utf8" });
    expect(out.status).toBe(0);
    expect(readFileSync(join(folder, "groups.csv"), "utf8").split("\r\n")[0]).toBe("id,kind,name,unitId,formedOn,closedOn,special");
    expect(generateSample("nro-balasabha-2020").groups).toHaveLength(4195);
  });
});
