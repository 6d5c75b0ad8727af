// The command line for partner states (issue 14): their own rules from a file (--rules FILE.json)
// with the hash of every rule set used, ageing-out, --records-from, help and suggestions, and CSV
// exports with local columns and yes/no cells written every which way.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { COMMANDS } from "../../src/cli/commandLine.js";
import { writeCsvDataset } from "../../src/cli/csvDataset.js";
import {
  ageingOut,
  type Dataset,
  deriveRuleSet,
  getRuleSet,
  keralaAuxiliaryGroup,
  keralaAuxiliaryGroupV2,
  keralaBalasabhaCurrent,
  nrlmSelfHelpGroup,
  parseSummary,
  type RuleSet,
  ruleSetHash,
  type Summary,
  summarize,
  validate,
} from "../../src/index.js";
import { cli } from "../helpers/cli.js";
import { exampleDataset } from "../helpers/example.js";

const tmp = () => mkdtempSync(join(tmpdir(), "kudumbashree-partner-"));
const asOf = "2021-11-30";

const sources = [
  {
    title: "Balasabha in NRO partner states",
    publisher: "Kudumbashree NRO",
    date: "2020-08-14",
    url: "https://www.kudumbashree.org/",
  },
];
/** Assam's Balasabhas: from 10 children (Kerala asks for 15). */
const assamBalasabha = deriveRuleSet(keralaBalasabhaCurrent, {
  id: "assam.balasabha",
  version: "1.0.0",
  sources,
  groupSize: { min: 10, max: 30 },
});
/** Assam's auxiliary groups: women up to 45 (Kerala: 40). */
const assamAuxiliaryGroup = deriveRuleSet(keralaAuxiliaryGroup, {
  id: "assam.auxiliaryGroup",
  version: "1.0.0",
  sources,
  ageBand: { min: 18, max: 45 },
});

function writeJson(value: unknown, name = "rules.json"): string {
  const file = join(tmp(), name);
  writeFileSync(file, JSON.stringify(value, null, 2));
  return file;
}

/** A ward with one Balasabha of 12 children (2 leaders, both girls) meeting monthly. */
function smallBalasabha(): Dataset {
  const children = Array.from({ length: 12 }, (_, i) => ({
    id: `C${String(i + 1).padStart(2, "0")}`,
    name: `Child ${i + 1}`,
    dateOfBirth: `2010-0${(i % 9) + 1}-15`,
    gender: "female" as const,
  }));
  return {
    schemaVersion: 1,
    units: [{ id: "w1", kind: "ward", name: "Ward 1" }],
    people: children,
    groups: [{ id: "BS1", kind: "balasabha", name: "Balasabha 1", unitId: "w1", formedOn: "2021-01-10" }],
    memberships: children.map((child, i) => ({
      groupId: "BS1",
      personId: child.id,
      role: i === 0 ? ("leader" as const) : i === 1 ? ("deputyLeader" as const) : ("member" as const),
    })),
    meetings: ["01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11"].map((month) => ({
      id: `M${month}`,
      groupId: "BS1",
      date: `2021-${month}-10`,
    })),
  };
}

interface Report {
  ok: boolean;
  ruleSets: string[];
  issues: { code: string; severity: string; message: string; path?: (string | number)[]; params?: unknown }[];
  counts: { error: number; warning: number };
  ruleSetHashes: { key: string; hash: string; file?: string; derivedFrom?: string }[];
}

describe("--rules FILE.json: a partner state's own rules, without code", () => {
  it("validates against a derived rule set read from a file, and prints its key, origin and hash", () => {
    const data = writeJson(smallBalasabha(), "data.json");
    const kerala = cli(["validate", data, "--as-of", asOf, "--format", "json"]);
    expect(kerala.code).toBe(1);
    expect((JSON.parse(kerala.stdout) as Report).issues.map((issue) => issue.code)).toContain("group.below_min_size");

    const file = writeJson(assamBalasabha, "assam-balasabha.json");
    const table = cli(["validate", data, "--as-of", asOf, "--rules", file]);
    expect([table.code, table.stderr]).toEqual([0, ""]);
    const hash = ruleSetHash(assamBalasabha);
    expect(hash).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(table.stdout.split("\n")[0]).toBe(
      `rules: assam.balasabha@1.0.0 (${file}, derived from kerala.balasabha@3.0.0) ${hash}`,
    );
    expect(table.stdout).toMatch(
      /: ok, 0 errors and 0 warnings as of 2021-11-30 \(rule sets: assam\.balasabha@1\.0\.0\)\n$/,
    );

    const json = JSON.parse(cli(["validate", data, "--as-of", asOf, "--rules", file, "--format", "json"]).stdout);
    expect(json).toMatchObject({ ok: true, ruleSets: ["assam.balasabha@1.0.0"] });
    expect((json as Report).ruleSetHashes).toEqual([
      { key: "assam.balasabha@1.0.0", hash, file, derivedFrom: "kerala.balasabha@3.0.0" },
    ]);
    // Built-in rule sets are listed with their hash too.
    const builtIn = JSON.parse(kerala.stdout) as Report;
    expect(builtIn.ruleSetHashes).toEqual([
      { key: "kerala.balasabha@3.0.0", hash: ruleSetHash(getRuleSet("kerala.balasabha@3.0.0")) },
    ]);
  });

  it("reads a file holding an array of rule sets, for validate, summarize and ageing-out alike", () => {
    const file = writeJson([assamBalasabha, assamAuxiliaryGroup], "assam.json");
    const data = writeJson(exampleDataset(), "data.json");
    const ruleSets: RuleSet[] = [assamBalasabha, assamAuxiliaryGroup];
    const expectedLines = [
      `rules: assam.auxiliaryGroup@1.0.0 (${file}, derived from kerala.auxiliaryGroup@1.0.0) ` +
        ruleSetHash(assamAuxiliaryGroup),
      `rules: assam.balasabha@1.0.0 (${file}, derived from kerala.balasabha@3.0.0) ${ruleSetHash(assamBalasabha)}`,
    ];

    const validated = cli(["validate", data, "--as-of", asOf, "--rules", file, "--format", "json"]);
    const report = JSON.parse(validated.stdout) as Report;
    const library = validate(exampleDataset(), { asOf, ruleSets });
    expect(report.ruleSets).toEqual(library.ruleSets);
    expect(report.ruleSets).toEqual(expect.arrayContaining(["assam.auxiliaryGroup@1.0.0", "assam.balasabha@1.0.0"]));
    expect(report.issues.map((issue) => issue.code)).toEqual(library.issues.map((issue) => issue.code));
    expect(report.ruleSetHashes.map((one) => one.key)).toEqual(library.ruleSets);
    const table = cli(["validate", data, "--as-of", asOf, "--rules", file]);
    expect(table.stdout.split("\n")).toEqual(expect.arrayContaining(expectedLines));

    // summarize: the table starts with the rule sets; CSV and JSON keep them on standard error.
    const options = ["--level", "district", "--as-of", asOf, "--rules", file];
    const summaryTable = cli(["summarize", data, ...options]);
    expect(summaryTable.code).toBe(0);
    expect(summaryTable.stdout.split("\n")).toEqual(expect.arrayContaining(expectedLines));
    const summaryJson = cli(["summarize", data, ...options, "--format", "json"]);
    const summary = JSON.parse(summaryJson.stdout) as Summary;
    expect(summary).toEqual(
      JSON.parse(JSON.stringify(summarize(exampleDataset(), { level: "district", asOf, ruleSets }))),
    );
    expect(summaryJson.stderr.split("\n")).toEqual(expect.arrayContaining(expectedLines));

    // ageing-out: the women who pass 45 rather than 40.
    const ageing = cli([
      "ageing-out",
      data,
      "--as-of",
      asOf,
      "--within-months",
      "120",
      "--rules",
      file,
      "--format",
      "json",
    ]);
    expect(ageing.code).toBe(0);
    const rows = ageingOut(exampleDataset(), { asOf, withinMonths: 120, ruleSets });
    expect(rows.some((row) => row.ruleSet === "assam.auxiliaryGroup@1.0.0" && row.ageOnLeaving === 46)).toBe(true);
    const listed = (JSON.parse(ageing.stdout) as { members: { personId: string; leavesOn: string }[] }).members;
    expect(listed.map((row) => [row.personId, row.leavesOn])).toEqual(rows.map((row) => [row.personId, row.leavesOn]));
  });

  it("takes built-in keys and files together; a copy of a built-in rule set is that rule set", () => {
    const copy = writeJson(JSON.parse(cli(["rules", "kerala.balasabha@3.0.0", "--format", "json"]).stdout));
    const data = writeJson(exampleDataset(), "data.json");
    const result = cli(["validate", data, "--as-of", asOf, "--rules", copy, "--rules", "kerala.auxiliaryGroup@1.0.0"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      `rules: kerala.balasabha@3.0.0 (${copy}) ${ruleSetHash(getRuleSet("kerala.balasabha@3.0.0"))}\n`,
    );
    expect(result.stdout).toContain(
      `rules: kerala.auxiliaryGroup@1.0.0 (built-in) ${ruleSetHash(getRuleSet("kerala.auxiliaryGroup@1.0.0"))}\n`,
    );
  });

  it("notes a rule set that was given but not used", () => {
    const data = writeJson(smallBalasabha(), "data.json");
    const shg = deriveRuleSet(nrlmSelfHelpGroup, { id: "assam.selfHelpGroup", version: "1.0.0", sources });
    const file = writeJson(shg);
    const result = cli(["validate", data, "--as-of", asOf, "--rules", file]);
    expect(result.code).toBe(1); // Kerala's Balasabha rules still apply: 12 children are too few
    expect(result.stderr).toBe(
      `kudumbashree: --rules ${file}: assam.selfHelpGroup@1.0.0 was not used: ` +
        "the data has no selfHelpGroup it applies to\n",
    );
    expect(result.stdout).not.toContain("assam.selfHelpGroup");
  });
});

describe("a rule-set file that cannot be used: exit 2, one line naming the file and the problem", () => {
  const invalid = { ...assamBalasabha, groupSize: { min: 40, max: 30 } };
  const cases: [string, () => string, RegExp][] = [
    ["not JSON", () => textFile('{"id": "assam.balasabha",\n  "version": }'), /:2:14: not valid JSON: unexpected "}"/],
    ["empty", () => textFile(""), /:1:1: the file is empty; it should hold a rule set in JSON$/],
    ["an invalid rule set", () => writeJson(invalid), /: not a valid rule set: groupSize: min 40 above max 30$/],
    [
      "two problems",
      () => writeJson({ ...assamBalasabha, version: "v1", groupSize: { min: 40, max: 30 } }),
      /: not a valid rule set: version: "v1" is not written like 1\.0\.0; groupSize: min 40 above max 30$/,
    ],
    [
      "a built-in key with other rules",
      () => writeJson({ ...getRuleSet("kerala.balasabha@3.0.0"), groupSize: { min: 10, max: 30 } }),
      /: not a valid rule set: version: kerala\.balasabha@3\.0\.0 is a built-in rule set; other rules need/,
    ],
    [
      "an array with an invalid element",
      () => writeJson([assamBalasabha, { ...assamAuxiliaryGroup, ageBand: "18-45" }]),
      /: rule set 2 of 2 is not valid: ageBand: /,
    ],
    ["an empty array", () => writeJson([]), /: the array holds no rule set$/],
    [
      "a file that is not there",
      () => join(tmp(), "assam.json"),
      /: cannot read \S+assam\.json: no such file or folder$/,
    ],
  ];
  function textFile(text: string): string {
    const file = join(tmp(), "rules.json");
    writeFileSync(file, text);
    return file;
  }
  it.each(cases)("%s", (_, make, message) => {
    const file = make();
    const data = writeJson(smallBalasabha(), "data.json");
    for (const command of [
      ["validate", data, "--as-of", asOf],
      ["summarize", data, "--level", "ward", "--as-of", asOf],
      ["ageing-out", data, "--as-of", asOf],
      ["rules"],
    ]) {
      const result = cli([...command, ...(command[0] === "rules" ? [file] : ["--rules", file])]);
      expect(result.code).toBe(2);
      expect(result.stdout).toBe("");
      expect(result.stderr.trimEnd().split("\n")).toHaveLength(1);
      expect(result.stderr.startsWith(`kudumbashree: `)).toBe(true);
      expect(result.stderr).toContain(file);
      expect(result.stderr.trimEnd()).toMatch(message);
      expect(result.stderr).not.toMatch(/\n\s+at /);
    }
  });

  it("a key that names no built-in rule set suggests the nearest", () => {
    const result = cli(["validate", "data.json", "--as-of", asOf, "--rules", "kerala.balasabha@3.0"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      new RegExp(
        '^kudumbashree: --rules kerala\\.balasabha@3\\.0: no built-in rule set "kerala\\.balasabha@3\\.0" ' +
          "and no such file; did you mean kerala\\.balasabha@3\\.0\\.0\\? \\(the keys are ",
      ),
    );
  });
});

describe("rules: the limits of every rule set, and JSON to start a file from", () => {
  it("lists every built-in rule set with its limits, notes, sources and hash", () => {
    const { code, stdout } = cli(["rules"]);
    expect(code).toBe(0);
    const text = cli(["rules", "kerala.balasabha@3.0.0"]).stdout;
    expect(stdout).toContain(text);
    expect(text.split("\n")).toEqual([
      "kerala.balasabha@3.0.0  (balasabha, in force 2017-01-01 to ...)",
      "    Kudumbashree Balasabha (Kerala, current: ages 5 to 18)",
      "    ages            5 to 18 years",
      "    group size      15 to 30 members",
      "    special groups  as other groups",
      "    gender          any",
      "    households      no rule",
      "    meetings        at least 1 a month",
      "    ward coverage   no rule",
      "    villages        no rule",
      "    extra groups    no rule",
      "    leaders         1 leader, 1 deputyLeader; a girl among leader, deputyLeader",
      "    unconfirmed     effectiveFrom (no source confirms them)",
      expect.stringMatching(/^ {4}not confirmed {3}The date on which the 5 to 18 band replaced 6 to 18/),
      expect.stringMatching(/^ {4}source {10}Kudumbashree State Mission, 2017: /),
      expect.stringMatching(/^ {4}source {10}/),
      `    hash            ${ruleSetHash(keralaBalasabhaCurrent)}`,
      "",
    ]);
    const nhg = cli(["rules", "kerala.neighbourhoodGroup@1.0.0"]).stdout;
    expect(nhg).toMatch(/\n {4}special groups {2}at most 20 members\n/);
    expect(nhg).toMatch(/\n {4}households {6}at most one member per household\n/);
    expect(nhg).toMatch(/\n {4}gender {10}female\n/);
    expect(cli(["rules", "kerala.areaDevelopmentSociety@1.0.0"]).stdout).toMatch(
      /\n {4}federation {6}members: neighbourhoodGroup, at least \d+, one per ward/,
    );
  });

  it("prints one as JSON (two spaces) that reads back as the same rule set", () => {
    const { code, stdout } = cli(["rules", "kerala.balasabha@3.0.0", "--format", "json"]);
    expect(code).toBe(0);
    expect(stdout).toBe(`${JSON.stringify(JSON.parse(stdout), null, 2)}\n`);
    expect(JSON.parse(stdout)).toEqual(JSON.parse(JSON.stringify(keralaBalasabhaCurrent)));
    expect(Object.keys(JSON.parse(stdout)).slice(0, 4)).toEqual(["id", "version", "groupKind", "title"]);
    // The documented workflow: print, edit the id, version, sources and a limit, use.
    const edited = { ...JSON.parse(stdout), id: "assam.balasabha", version: "1.0.0", sources, groupSize: { min: 10 } };
    delete edited.unconfirmed;
    const file = writeJson(edited, "assam-balasabha.json");
    const shown = cli(["rules", file]);
    expect(shown.code).toBe(0);
    expect(shown.stdout).toContain(`    file            ${file}\n`);
    expect(shown.stdout).toContain("    group size      at least 10 members\n");
    const data = writeJson(smallBalasabha(), "data.json");
    expect(cli(["validate", data, "--as-of", asOf, "--rules", file]).code).toBe(0);
    // Every built-in rule set as an array, which --rules reads too.
    const all = JSON.parse(cli(["rules", "--format", "json"]).stdout) as unknown[];
    expect(all.length).toBeGreaterThanOrEqual(7);
  });
});

describe("help and suggestions", () => {
  it.each(COMMANDS.map((spec) => [spec.name, spec] as const))("%s --help", (name, spec) => {
    const help = cli([name, "--help"]);
    expect(help.code).toBe(0);
    expect(help.stdout.split("\n")[0]).toBe(`kudumbashree ${name}: ${spec.summary}`);
    expect(help.stdout).toContain(`\nUsage: kudumbashree ${name}`);
    expect(help.stdout).toMatch(/\nOptions:\n/);
    expect(help.stdout).toMatch(new RegExp(`\\nExamples:\\n  # .*\\n  kudumbashree ${name}`));
    for (const option of Object.keys(spec.options)) expect(help.stdout).toContain(`  --${option}`);
    expect(cli([name, "-h"]).stdout).toBe(help.stdout);
    expect(cli(["help", name]).stdout).toBe(help.stdout);
    // --help wins over anything else on the line, even what would be an error.
    const [option] = Object.keys(spec.options);
    if (option !== undefined) expect(cli([name, `--${option}`, "nonsense", "--help"]).stdout).toBe(help.stdout);
    for (const line of help.stdout.split("\n")) expect(line.length).toBeLessThanOrEqual(120);
  });

  it("help alone lists every command", () => {
    const { code, stdout } = cli(["help"]);
    expect(code).toBe(0);
    for (const spec of COMMANDS) expect(stdout).toContain(`  ${spec.name} `.trimEnd());
    expect(cli(["--help"]).stdout).toBe(stdout);
  });

  const suggestions: [string[], string][] = [
    [["validate", "x.json", "--as-off", asOf], "unknown option --as-off; did you mean --as-of?"],
    [["summarize", "x.json", "--levle", "ward"], "unknown option --levle; did you mean --level?"],
    [["summarize", "x.json", "--records-form", asOf], "unknown option --records-form; did you mean --records-from?"],
    [["ageing-out", "x.json", "--within-month", "3"], "unknown option --within-month; did you mean --within-months?"],
    [["validate", "x.json", "--colour", "red"], "unknown option --colour"],
    [["validate", "x.json", "-x"], "unknown option -x"],
    [["valdate"], 'unknown command "valdate"; did you mean validate?'],
    [["ageingout"], 'unknown command "ageingout"; did you mean ageing-out?'],
    [["check"], 'unknown command "check"'],
    [["help", "sumarize"], 'unknown command "sumarize"; did you mean summarize?'],
    [
      ["validate", "x.json", "--as-of", asOf, "--format", "jsno"],
      '--format must be one of table, json, got "jsno"; did you mean json?',
    ],
  ];
  it.each(suggestions)("%j", (args, message) => {
    const result = cli(args);
    expect(result.code).toBe(2);
    expect(result.stderr.split("\n")[0]).toBe(`kudumbashree: ${message}`);
  });
});

describe("ageing-out", () => {
  const data = () => writeJson(exampleDataset(), "data.json");

  it("lists the members the library lists, as a table, CSV or JSON", () => {
    const file = data();
    const rows = ageingOut(exampleDataset(), { asOf, withinMonths: 24 });
    expect(rows.length).toBeGreaterThan(1);
    const args = ["ageing-out", file, "--as-of", asOf, "--within-months", "24"];
    const json = cli([...args, "--format", "json"]);
    expect(json.code).toBe(0);
    const parsed = JSON.parse(json.stdout) as { asOf: string; withinMonths: number; until: string; members: unknown[] };
    expect([parsed.asOf, parsed.withinMonths, parsed.until]).toEqual([asOf, 24, "2023-11-30"]);
    expect(parsed.members).toEqual(rows.map((row) => expect.objectContaining(row)));

    const table = cli(args);
    expect(table.code).toBe(0);
    const lines = table.stdout.trimEnd().split("\n");
    expect(lines.filter((line) => line.startsWith("rules: "))).toEqual([
      `rules: kerala.auxiliaryGroup@2.0.0 (built-in) ${ruleSetHash(keralaAuxiliaryGroupV2)}`,
      `rules: kerala.balasabha@3.0.0 (built-in) ${ruleSetHash(keralaBalasabhaCurrent)}`,
    ]);
    const rule = lines.findIndex((line) => /^-+( {2}-+)+$/.test(line));
    expect(lines[rule - 1]).toMatch(/^leaves on +age +person +name +group +kind +born +rule set$/);
    const body = lines.slice(rule + 1, -1).map((line) => line.split(/ {2,}/));
    expect(body.map((cells) => [cells[0], Number(cells[1]), cells[2]])).toEqual(
      rows.map((row) => [row.leavesOn, row.ageOnLeaving, row.personId]),
    );
    expect(lines.at(-1)).toBe(
      `${file}: ${rows.length} members leave their group's age band after ${asOf} and by 2023-11-30`,
    );

    const csv = cli([...args, "--format", "csv"]);
    const [header, ...records] = csv.stdout.trimEnd().split("\r\n");
    expect(header).toBe("personId,name,groupId,groupKind,ruleSet,dateOfBirth,leavesOn,ageOnLeaving");
    expect(records.map((record) => record.split(",")).map((cells) => [cells[0], cells[6], Number(cells[7])])).toEqual(
      rows.map((row) => [row.personId, row.leavesOn, row.ageOnLeaving]),
    );
  });

  it("looks 12 months ahead by default; checks its options", () => {
    const file = data();
    const json = JSON.parse(cli(["ageing-out", file, "--as-of", asOf, "--format", "json"]).stdout) as {
      members: unknown[];
    };
    expect(json.members).toEqual(
      ageingOut(exampleDataset(), { asOf, withinMonths: 12 }).map((row) => expect.objectContaining(row)),
    );
    expect(cli(["ageing-out", file]).stderr).toMatch(/--as-of must be a date written YYYY-MM-DD, got nothing/);
    expect(cli(["ageing-out", file, "--as-of", asOf, "--within-months", "1.5"]).stderr).toMatch(
      /--within-months must be a whole number from 0 to 1,200, got "1\.5"/,
    );
    expect(cli(["ageing-out", file, "--as-of", asOf, "--within-months", "1.5"]).code).toBe(2);
  });

  it("says so when the data is not a dataset, with exit code 1", () => {
    const file = writeJson({ schemaVersion: 1, units: "none" });
    const result = cli(["ageing-out", file, "--as-of", asOf]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(/^error {3}schema\.invalid/);
    expect(result.stderr).toMatch(/: \d+ errors? stop the listing; kudumbashree validate says more\n$/);
  });
});

describe("--records-from", () => {
  it("reaches validate and summarize, and the table says which day was used", () => {
    const dataset = exampleDataset();
    const file = writeJson(dataset, "data.json");
    const recordsFrom = "2021-09-01";
    const given = cli(["validate", file, "--as-of", asOf, "--records-from", recordsFrom, "--format", "json"]);
    const library = validate(dataset, { asOf, recordsFrom });
    const report = JSON.parse(given.stdout) as Report;
    expect(report.issues.map((issue) => [issue.code, issue.path])).toEqual(
      library.issues.map((issue) => [issue.code, issue.path]),
    );
    expect(cli(["validate", file, "--as-of", asOf, "--records-from", recordsFrom]).stdout).toContain(
      `records from: ${recordsFrom} (--records-from)\n`,
    );

    const summary = JSON.parse(
      cli([
        "summarize",
        file,
        "--level",
        "district",
        "--as-of",
        asOf,
        "--records-from",
        recordsFrom,
        "--format",
        "json",
      ]).stdout,
    ) as Summary;
    expect(summary.recordsFrom).toBe(recordsFrom);
    expect(summary).toEqual(JSON.parse(JSON.stringify(summarize(dataset, { level: "district", asOf, recordsFrom }))));
    expect(
      cli(["summarize", file, "--level", "district", "--as-of", asOf, "--records-from", recordsFrom]).stdout,
    ).toContain(`records from: ${recordsFrom} (--records-from)\n`);

    // Without it, the table shows the day the library inferred (when the library says it inferred one).
    const inferred = validate(dataset, { asOf }) as unknown as { recordsFrom?: string; recordsFromInferred?: boolean };
    const table = cli(["validate", file, "--as-of", asOf]).stdout;
    if (inferred.recordsFromInferred === true)
      expect(table).toContain(
        `records from: ${inferred.recordsFrom} (the earliest meeting in the data; set it with --records-from)\n`,
      );
    else expect(table).not.toContain("records from:");

    for (const command of [
      ["validate", file, "--as-of", asOf],
      ["summarize", file, "--level", "ward", "--as-of", asOf],
    ]) {
      const wrong = cli([...command, "--records-from", "2021-02-30"]);
      expect(wrong.code).toBe(2);
      expect(wrong.stderr).toMatch(
        /^kudumbashree: --records-from must be a date written YYYY-MM-DD, got "2021-02-30"\n/,
      );
    }
  });
});

/** The example dataset as CSV files, and the same with local columns added to two of them. */
function withLocalColumns(): { plain: string; local: string } {
  const plain = tmp();
  writeCsvDataset(exampleDataset(), plain);
  const local = tmp();
  writeCsvDataset(exampleDataset(), local);
  const addColumns = (name: string, columns: string[], cell: (line: number) => string[]) => {
    const path = join(local, name);
    const lines = readFileSync(path, "utf8").split("\r\n");
    const text = lines
      .map((line, i) => (line === "" ? line : `${line},${(i === 0 ? columns : cell(i)).join(",")}`))
      .join("\r\n");
    writeFileSync(path, text);
  };
  addColumns("memberships.csv", ["remarks"], (i) => [i % 3 === 0 ? "" : `note ${i}`]);
  addColumns("groups.csv", ["ward no", "__proto__"], (i) => [String(i), "polluted"]);
  return { plain, local };
}

describe("CSV exports with local columns", () => {
  it("ignores them with one warning per file naming them; every figure is as without them", () => {
    const { plain, local } = withLocalColumns();
    const options = ["--level", "localBody", "--as-of", asOf, "--format", "json"];
    const without = cli(["summarize", plain, ...options]);
    const withColumns = cli(["summarize", local, ...options]);
    expect([without.code, withColumns.code]).toEqual([0, 0]);
    const summary = JSON.parse(withColumns.stdout) as Summary;
    const ignored = summary.issues.filter((issue) => issue.code === "input.columns_ignored");
    expect(ignored.map((issue) => [issue.severity, issue.params])).toEqual([
      ["warning", { file: "groups.csv", columns: ["ward no", "__proto__"] }],
      ["warning", { file: "memberships.csv", columns: ["remarks"] }],
    ]);
    // Still a summary that parseSummary (and so mergeSummaries) takes.
    expect(parseSummary(summary).issues).toEqual([]);
    expect({ ...summary, issues: summary.issues.filter((issue) => issue.code !== "input.columns_ignored") }).toEqual(
      JSON.parse(without.stdout),
    );
    expect(withColumns.stderr).toContain(
      `warning input.columns_ignored        ${join(local, "memberships.csv")}:1:6: memberships.csv has a column ` +
        'the format does not know: "remarks"; ignored.\n',
    );
    // The table and CSV figures are the same too.
    for (const format of ["table", "csv"]) {
      const args = ["--level", "localBody", "--as-of", asOf, "--format", format];
      expect(cli(["summarize", local, ...args]).stdout).toBe(cli(["summarize", plain, ...args]).stdout);
    }

    const report = JSON.parse(cli(["validate", local, "--as-of", asOf, "--format", "json"]).stdout) as Report;
    const plainReport = JSON.parse(cli(["validate", plain, "--as-of", asOf, "--format", "json"]).stdout) as Report;
    expect(report.ok).toBe(plainReport.ok);
    expect(report.counts).toEqual({ error: plainReport.counts.error, warning: plainReport.counts.warning + 2 });
    expect(report.issues.slice(0, 2).map((issue) => issue.code)).toEqual([
      "input.columns_ignored",
      "input.columns_ignored",
    ]);
    expect(report.issues.slice(2).map((issue) => issue.message)).toEqual(
      plainReport.issues.map((issue) => issue.message),
    );
    expect(cli(["validate", local, "--as-of", asOf]).stdout).toMatch(/: ok, 0 errors and 2 warnings as of /);
  });

  it("--strict refuses them: one schema.invalid error per column, at its header cell, exit 1", () => {
    const { local } = withLocalColumns();
    const strict = cli(["validate", local, "--as-of", asOf, "--strict", "--format", "json"]);
    expect(strict.code).toBe(1);
    const report = JSON.parse(strict.stdout) as Report;
    const refused = report.issues.filter((issue) => issue.code === "schema.invalid") as (Report["issues"][number] & {
      location?: { column: number };
    })[];
    const groups = "the columns are: id, kind, name, unitId, formedOn, closedOn, special, specialCategory.";
    expect(refused.map((issue) => [issue.severity, issue.message, issue.location?.column])).toEqual([
      ["error", `groups.csv line 1, column ward no: not a column the format knows; ${groups}`, 9],
      ["error", `groups.csv line 1, column __proto__: not a column the format knows; ${groups}`, 10],
      [
        "error",
        "memberships.csv line 1, column remarks: not a column the format knows; " +
          "the columns are: groupId, personId, role, from, to.",
        6,
      ],
    ]);
    expect(refused[2]?.params).toEqual({
      reason: "unrecognized_keys",
      field: "remarks",
      allowed: ["groupId", "personId", "role", "from", "to"],
      file: "memberships.csv",
      line: 1,
    });
    expect(report.counts.error).toBe(3);
    expect(report.ok).toBe(false);
    const summarized = cli(["summarize", local, "--level", "ward", "--as-of", asOf, "--strict"]);
    expect(summarized.code).toBe(1);
    expect(summarized.stderr).toContain(": refused with --strict: columns the format does not know\n");
    expect(cli(["ageing-out", local, "--as-of", asOf, "--strict"]).code).toBe(1);
    // Without extra columns, --strict changes nothing.
    const { plain } = withLocalColumns();
    expect(cli(["validate", plain, "--as-of", asOf, "--strict"]).code).toBe(0);
  });
});

describe("yes/no cells", () => {
  /** Eight self-help groups of six women each: too few unless the group is marked special (5 to 20). */
  function shgFolder(cells: readonly string[]): string {
    const folder = tmp();
    const people = Array.from({ length: cells.length * 6 }, (_, i) => `P${i + 1},female`);
    const groups = cells.map((cell, g) => `SHG${g + 1},selfHelpGroup,v1,"${cell}"`);
    const memberships = Array.from(
      { length: cells.length * 6 },
      (_, i) => `SHG${Math.floor(i / 6) + 1},P${i + 1},member`,
    );
    writeFileSync(join(folder, "units.csv"), "id,kind,name\r\nv1,village,Village 1\r\n");
    writeFileSync(join(folder, "people.csv"), ["id,gender", ...people, ""].join("\r\n"));
    writeFileSync(join(folder, "groups.csv"), ["id,kind,unitId,special", ...groups, ""].join("\r\n"));
    writeFileSync(join(folder, "memberships.csv"), ["groupId,personId,role", ...memberships, ""].join("\r\n"));
    return folder;
  }
  const tooSmall = (folder: string) =>
    (JSON.parse(cli(["validate", folder, "--as-of", asOf, "--format", "json"]).stdout) as Report).issues
      .filter((issue) => issue.code === "group.below_min_size")
      .map((issue) => issue.path?.[1]);

  it("accept yes/no, y/n, true/false and 1/0 in any case and with spaces around", () => {
    const yes = ["yes", "Yes", " YES ", "y", "Y", "true", "True", "1", " 1"];
    const no = ["no", "No", "NO ", "n", " N", "false", "FALSE", "0"];
    expect(tooSmall(shgFolder(yes))).toEqual([]);
    // Each group not marked special is too small (paths count groups from 0); an empty cell is "no".
    expect(tooSmall(shgFolder([...no, ""]))).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it("anything else is a schema issue that echoes the cell, at its file, line and column", () => {
    const folder = shgFolder(["yes", "maybe", "oui", "no"]);
    const result = cli(["validate", folder, "--as-of", asOf]);
    expect(result.code).toBe(1);
    const file = join(folder, "groups.csv");
    const words = "yes, no, y, n, true, false, 1, 0";
    expect(result.stdout).toContain(
      `error   schema.invalid               ${file}:3:4: groups.csv line 3, column special: "maybe" is not allowed; ` +
        `special must be one of: ${words}.\n`,
    );
    expect(result.stdout).toContain(
      `${file}:4:4: groups.csv line 4, column special: "oui" is not allowed; special must be one of: ${words}.\n`,
    );
    const json = JSON.parse(cli(["validate", folder, "--as-of", asOf, "--format", "json"]).stdout) as Report;
    const refused = json.issues.filter((issue) => issue.code === "schema.invalid");
    const allowed = words.split(", ");
    expect(refused.map((issue) => [issue.path, issue.params])).toEqual([
      [
        ["groups", 1, "special"],
        { reason: "invalid_value", field: "special", value: "maybe", allowed, file: "groups.csv", line: 3 },
      ],
      [
        ["groups", 2, "special"],
        { reason: "invalid_value", field: "special", value: "oui", allowed, file: "groups.csv", line: 4 },
      ],
    ]);
  });
});
