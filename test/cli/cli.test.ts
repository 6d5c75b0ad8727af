import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { writeCsvDataset } from "../../src/cli/csvDataset.js";
import { type Dataset, en, publishedFigures, type Summary } from "../../src/index.js";
import { cli } from "../helpers/cli.js";
import { countByUnit, type Figures, figuresOf, type OracleOptions } from "../helpers/countOracle.js";
import { exampleDataset } from "../helpers/example.js";

const tmp = () => mkdtempSync(join(tmpdir(), "kudumbashree-cli-"));
const exampleFile = fileURLToPath(new URL("../../src/data/example-dataset.json", import.meta.url));
/** The example dataset read straight from its file, for the count oracle (no code of the package). */
const exampleJson = JSON.parse(readFileSync(exampleFile, "utf8")) as Dataset;

/** Rows of an RFC 4180 text: quoted fields may hold commas, doubled quotes and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\r" || c === "\n") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += c;
  }
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** A CSV file read back from disk: one object per line after the header, empty cells left out. */
function readCsvFile(file: string): Record<string, string>[] {
  const [header = [], ...lines] = parseCsv(readFileSync(file, "utf8"));
  return lines.map((cells, i) => {
    expect(cells.length, `${file}, line ${i + 2}: one cell per column`).toBe(header.length);
    return Object.fromEntries(cells.flatMap((cell, c) => (cell === "" ? [] : [[header[c] as string, cell]])));
  });
}

/** The data lines of a table printed by the CLI, cut into cells at two or more spaces. */
function tableCells(text: string): string[][] {
  const lines = text.trimEnd().split("\n");
  const rule = lines.findIndex((line) => /^-+( {2}-+)+$/.test(line));
  expect(rule).toBeGreaterThan(0);
  return lines.slice(rule + 1).map((line) => line.trim().split(/ {2,}/));
}

/**
 * The figures the oracle counts in the example file, one line per row and kind as the CLI prints
 * them: [unit id ("" for the total), kind ("all" or a kind of group), groups, members, smallest, largest].
 */
function expectedLines(options: OracleOptions): (string | number | null)[][] {
  const figures = countByUnit(exampleJson, options);
  const line = (unitId: string, kind: string, counts: Figures) => [
    unitId,
    kind,
    counts.groups,
    counts.members,
    counts.minGroupSize,
    counts.maxGroupSize,
  ];
  return [...[...figures.rows].map(([unitId, row]) => [unitId, row] as const), ["", figures.total] as const].flatMap(
    ([unitId, row]) => [
      line(unitId, options.groupKind ?? "all", row),
      ...[...(row.byKind ?? new Map<string, Figures>())].map(([kind, counts]) => line(unitId, kind, counts)),
    ],
  );
}
const sortLines = (lines: (string | number | null)[][]) =>
  [...lines].sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));
const unitIdByName = new Map<string, string>([
  ...exampleJson.units.map((unit) => [unit.name, unit.id] as const),
  ["Total", ""],
]);

describe("kudumbashree validate", () => {
  it("exits 0 for a dataset without errors, with a summary line", () => {
    const { code, stdout } = cli(["validate", exampleFile, "--as-of", "2021-11-30"]);
    expect(code).toBe(0);
    expect(stdout).toMatch(
      /: ok, 0 errors and 0 warnings as of 2021-11-30 \(rule sets: kerala\.areaDevelopmentSociety@1\.0\.0/,
    );
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
    // Born 1975, she was 46 when she joined on 2021-10-02: out of the band on the day she joined.
    expect(stdout).toContain(`error   age.out_of_band_at_joining   ${join(folder, "people.csv")}:${position + 2}:3: `);
    const asJson = cli(["validate", folder, "--as-of", "2021-11-30", "--format", "json"]);
    expect(asJson.code).toBe(1);
    const json = JSON.parse(asJson.stdout) as {
      ok: boolean;
      issues: { code: string; location?: unknown }[];
      counts: unknown;
    };
    expect(json.ok).toBe(false);
    expect(json.issues.map((issue) => issue.code)).toEqual(["age.out_of_band_at_joining"]);
    expect(json.counts).toEqual({ error: 1, warning: 0 });
    expect(json.issues[0]?.location).toEqual({ file: join(folder, "people.csv"), line: position + 2, column: 3 });
  });

  it("applies the rule sets named with --rules", () => {
    // A Balasabha child of 16: too old under the original rules (ages 5 to 15), not under the
    // current ones (5 to 18), which are in force on 2021-11-30.
    const file = join(tmp(), "sixteen.json");
    const dataset = exampleDataset();
    const child = dataset.memberships.find(
      (membership) => membership.groupId.startsWith("BS-") && membership.role === "member",
    ) as { personId: string };
    const position = dataset.people.findIndex((person) => person.id === child.personId);
    (dataset.people[position] as { dateOfBirth?: string }).dateOfBirth = "2005-06-01";
    writeFileSync(file, JSON.stringify(dataset));
    const original = cli([
      "validate",
      file,
      "--as-of",
      "2021-11-30",
      "--rules",
      "kerala.balasabha@1.0.0",
      "--format",
      "json",
    ]);
    expect(original.code).toBe(1);
    const report = JSON.parse(original.stdout) as { ruleSets: string[]; issues: { code: string; path?: unknown[] }[] };
    expect(report.ruleSets).toEqual([
      "kerala.areaDevelopmentSociety@1.0.0",
      "kerala.auxiliaryGroup@2.0.0",
      "kerala.balasabha@1.0.0",
      "kerala.neighbourhoodGroup@2.0.0",
    ]);
    // Born 2005-06-01, she was 16 on the day she joined: out of the original 5 to 15.
    expect(report.issues.map((issue) => [issue.code, issue.path])).toEqual([
      ["age.out_of_band_at_joining", ["people", position, "dateOfBirth"]],
    ]);
    const current = cli(["validate", file, "--as-of", "2021-11-30", "--format", "json"]);
    expect(current.code).toBe(0);
    expect(JSON.parse(current.stdout)).toMatchObject({
      ok: true,
      issues: [],
      ruleSets: expect.arrayContaining(["kerala.balasabha@3.0.0"]) as unknown,
    });
    const unknown = cli(["validate", exampleFile, "--as-of", "2021-11-30", "--rules", "kerala.balasabha@9"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/no built-in rule set "kerala\.balasabha@9"/);
  });

  it("reads standard input with -", () => {
    const text = readFileSync(exampleFile, "utf8");
    const validated = cli(["validate", "-", "--as-of", "2021-11-30"], text);
    expect(validated.code).toBe(0);
    expect(validated.stdout).toMatch(/^<stdin>: ok, 0 errors and 0 warnings as of 2021-11-30 \(rule sets: /m);
    const options = { level: "district", asOf: "2021-11-30" } as const;
    const summarized = cli(
      ["summarize", "-", "--level", options.level, "--as-of", options.asOf, "--format", "json"],
      text,
    );
    expect(summarized.code).toBe(0);
    expect(figuresOf(JSON.parse(summarized.stdout) as Summary)).toEqual(countByUnit(exampleJson, options));
  });
});

describe("kudumbashree summarize", () => {
  it("prints a table, CSV or JSON, the same from JSON and CSV, with the groups and members counted in the file", () => {
    const options = { level: "localBody", asOf: "2021-11-30" } as const;
    // The oracle on the example file: 18 groups; 293 memberships, one of a resource person.
    expect([countByUnit(exampleJson, options).total.groups, countByUnit(exampleJson, options).total.members]).toEqual([
      18, 292,
    ]);
    const expected = sortLines(expectedLines(options));
    const folder = tmp();
    writeCsvDataset(exampleDataset(), folder);
    for (const format of ["table", "csv", "json"]) {
      const fromJson = cli([
        "summarize",
        exampleFile,
        "--level",
        options.level,
        "--as-of",
        options.asOf,
        "--format",
        format,
      ]);
      const fromCsv = cli(["summarize", folder, "--level", options.level, "--as-of", options.asOf, "--format", format]);
      expect([fromJson.code, fromCsv.code]).toEqual([0, 0]);
      expect(fromCsv.stdout).toBe(fromJson.stdout);
      if (format === "json") {
        expect(figuresOf(JSON.parse(fromJson.stdout) as Summary)).toEqual(countByUnit(exampleJson, options));
      } else if (format === "csv") {
        const [header, ...lines] = parseCsv(fromJson.stdout);
        expect(header?.slice(0, 10)).toEqual([
          "unitId",
          "unit",
          "kind",
          "wards",
          "wardsWithGroup",
          "groups",
          "members",
          "meanGroupSize",
          "minGroupSize",
          "maxGroupSize",
        ]);
        const cell = (text: string | undefined) => (text === "" || text === undefined ? null : Number(text));
        expect(
          sortLines(
            lines.map((cells) => [
              cells[0] as string,
              cells[2] as string,
              cell(cells[5]),
              cell(cells[6]),
              cell(cells[8]),
              cell(cells[9]),
            ]),
          ),
        ).toEqual(expected);
      } else {
        // unit, kind, wards, with group, groups, members, mean size, min, max, ...
        const cell = (text: string | undefined) =>
          text === "-" || text === undefined ? null : Number(text.replace(/,/g, ""));
        // The table names kinds as people do (NHG, auxiliary group): back to their codes.
        const codeOf = new Map(Object.entries(en.terms.groupKinds).map(([kind, term]) => [term, kind]));
        const lines = tableCells(fromJson.stdout).map((cells) => [
          unitIdByName.get(cells[0] as string) as string,
          codeOf.get(cells[1] as string) ?? (cells[1] as string),
          cell(cells[4]),
          cell(cells[5]),
          cell(cells[7]),
          cell(cells[8]),
        ]);
        expect(sortLines(lines)).toEqual(expected);
      }
    }
  });
  it("suppresses small counts and says which date it used", () => {
    const { code, stdout, stderr } = cli([
      "summarize",
      exampleFile,
      "--level",
      "ward",
      "--group-kind",
      "balasabha",
      "--suppress-below",
      "5",
    ]);
    expect(code).toBe(0);
    expect(stderr).toContain("as of 2021-11-30 (today, UTC)");
    const shown = (count: number) => (count >= 1 && count < 5 ? "x" : String(count));
    const figures = countByUnit(exampleJson, { level: "ward", asOf: "2021-11-30", groupKind: "balasabha" });
    const wards = exampleJson.units.filter((unit) => unit.kind === "ward");
    // One Balasabha of 17 children: its group count is blanked, its members are not.
    expect([figures.total.groups, figures.total.members]).toEqual([1, 17]);
    // unit, kind, wards, with group, groups, members: every ward counts itself, below 5.
    const expected = [
      ...wards.map((ward) => {
        const row = figures.rows.get(ward.id) as Figures;
        return [ward.name, "Balasabha", "x", shown(row.groups), shown(row.groups), shown(row.members)];
      }),
      [
        "Total",
        "Balasabha",
        String(wards.length),
        shown(figures.total.groups),
        shown(figures.total.groups),
        shown(figures.total.members),
      ],
    ];
    expect(tableCells(stdout).map((cells) => cells.slice(0, 6))).toEqual(expect.arrayContaining(expected));
    expect(tableCells(stdout)).toHaveLength(expected.length);
  });
});

describe("kudumbashree sample, rules, schema", () => {
  it("writes a sample that summarises to the published figures", () => {
    const file = join(tmp(), "tvm.json");
    expect(cli(["sample", "thiruvananthapuram-2021", "--seed", "1", "--out", file]).code).toBe(0);
    const written = JSON.parse(readFileSync(file, "utf8")) as Dataset;
    expect([
      written.units.filter((unit) => unit.kind === "ward").length,
      written.groups.length,
      written.memberships.length,
    ]).toEqual([1546, 1550, 25_823]);
    const { stdout } = cli([
      "summarize",
      file,
      "--level",
      "district",
      "--group-kind",
      "auxiliaryGroup",
      "--as-of",
      "2021-11-06",
      "--format",
      "csv",
    ]);
    expect(stdout.split("\r\n")[1]).toMatch(/^KL-TVM,Thiruvananthapuram,auxiliaryGroup,1546,1546,1550,25823,/);
  });
  it("lists the rule sets and prints the schema", () => {
    expect(cli(["rules"]).stdout).toContain("kerala.balasabha@2.0.0  (balasabha, in force 2017-01-01 to ...)");
    expect(JSON.parse(cli(["schema"]).stdout)).toHaveProperty("properties.units");
  });
});

describe("bad input: a message with the place, exit 1 or 2, never a stack trace", () => {
  const cases: [string, (folder: string) => string[], number, RegExp][] = [
    [
      "a missing file",
      () => ["validate", "/nowhere/data.json", "--as-of", "2021-11-30"],
      2,
      /cannot read \/nowhere\/data\.json: no such file or folder/,
    ],
    [
      "a malformed JSON file",
      (folder) => {
        writeFileSync(join(folder, "d.json"), '{"schemaVersion": 1,\n  "units": [,]}');
        return ["validate", join(folder, "d.json"), "--as-of", "2021-11-30"];
      },
      1,
      /d\.json:2:13: not valid JSON/,
    ],
    [
      "a truncated JSON file",
      (folder) => {
        writeFileSync(join(folder, "d.json"), '{"schemaVersion": 1, "units": [');
        return ["validate", join(folder, "d.json"), "--as-of", "2021-11-30"];
      },
      1,
      /d\.json:1:\d+: not valid JSON: .*truncated/,
    ],
    [
      "an empty file",
      (folder) => {
        writeFileSync(join(folder, "d.json"), "");
        return ["validate", join(folder, "d.json"), "--as-of", "2021-11-30"];
      },
      1,
      /d\.json:1:1: the file is empty/,
    ],
    ["no --as-of", () => ["validate", exampleFile], 2, /--as-of must be a date written YYYY-MM-DD, got nothing/],
    ["an impossible --as-of", () => ["validate", exampleFile, "--as-of", "2021-02-29"], 2, /--as-of must be a date/],
    [
      "an unknown option",
      () => ["validate", exampleFile, "--as-off", "2021-11-30"],
      2,
      /^kudumbashree: unknown option --as-off; did you mean --as-of\?\n/,
    ],
    ["an unknown command", () => ["check"], 2, /unknown command "check"/],
    [
      "an unknown level",
      () => ["summarize", exampleFile, "--level", "taluk", "--as-of", "2021-11-30"],
      2,
      /--level must be one of country, state/,
    ],
    ["an unknown preset", () => ["sample", "goa-2020"], 2, /--preset must be one of/],
  ];
  it.each(cases)("%s", (_, args, code, message) => {
    const result = cli(args(tmp()));
    expect(result.code).toBe(code);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  // [case, files, exit code, where the message is, the message, for accepted files the ward's name as read]
  const csvCases: [string, Record<string, string>, 0 | 1, "stdout" | "stderr", RegExp, string?][] = [
    [
      "a BOM and CRLF line ends (accepted)",
      { "units.csv": "\uFEFFid,kind,name\r\nw1,ward,Ward 1\r\n" },
      0,
      "stdout",
      /: ok, 0 errors and 0 warnings/,
      "Ward 1",
    ],
    [
      "a missing column",
      { "units.csv": "id,name\nw1,Ward 1\n" },
      1,
      "stderr",
      /units\.csv:1: units\.csv has no column kind/,
    ],
    [
      "an extra column (accepted, with one warning)",
      { "units.csv": "id,kind,name,colour\nw1,ward,Ward 1,blue\n" },
      0,
      "stdout",
      /^warning input\.columns_ignored +\S*units\.csv:1:4: units\.csv has a column the format does not know: "colour"/m,
      "Ward 1",
    ],
    [
      "a line with an extra field",
      { "units.csv": "id,kind,name\nw1,ward,Ward 1,x\n" },
      1,
      "stderr",
      /units\.csv:2: the line has a different number of fields/,
    ],
    [
      "a quoted newline (accepted)",
      { "units.csv": 'id,kind,name\nw1,ward,"Ward\n1"\n' },
      0,
      "stdout",
      /: ok, 0 errors and 0 warnings/,
      "Ward\n1",
    ],
    [
      "an unclosed quote",
      { "units.csv": 'id,kind,name\nw1,ward,"Ward 1\n' },
      1,
      "stderr",
      /units\.csv:\d+(:\d+)?: Quote Not Closed/,
    ],
    [
      "an unknown enum value",
      { "units.csv": "id,kind,name\nw1,taluk,Ward 1\n" },
      1,
      "stdout",
      /^error {3}schema\.invalid +\S*units\.csv:2:2: units\.csv line 2, column kind: "taluk" is not allowed; kind/,
    ],
    ["an empty file", { "units.csv": "" }, 1, "stderr", /units\.csv:1: units\.csv is empty/],
  ];
  it.each(csvCases)("CSV: %s", (_, files, code, stream, message, wardName) => {
    const folder = tmp();
    const base = {
      "units.csv": "id,kind,name\n",
      "people.csv": "id,gender\n",
      "groups.csv": "id,kind,unitId\n",
      "memberships.csv": "groupId,personId,role\n",
    };
    for (const [name, text] of Object.entries({ ...base, ...files })) writeFileSync(join(folder, name), text);
    const result = cli(["validate", folder, "--as-of", "2021-11-30"]);
    expect(result[stream]).toMatch(message);
    expect(result.code).toBe(code);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    if (wardName === undefined) return;
    // Accepted: the ward is read with its id and name as written.
    const summary = JSON.parse(
      cli(["summarize", folder, "--level", "ward", "--as-of", "2021-11-30", "--format", "json"]).stdout,
    ) as Summary;
    expect(summary.rows.map((row) => [row.unitId, row.name, row.wards, row.groups])).toEqual([["w1", wardName, 1, 0]]);
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
    const good = spawnSync(process.execPath, [bin, "validate", exampleFile, "--as-of", "2021-11-30"], {
      encoding: "utf8",
    });
    expect([good.status, good.stderr]).toEqual([0, ""]);
    expect(good.stdout).toMatch(/: ok, 0 errors and 0 warnings as of 2021-11-30 \(rule sets: /);
    const bad = spawnSync(process.execPath, [bin, "validate", "/nowhere.json", "--as-of", "2021-11-30"], {
      encoding: "utf8",
    });
    const piped = spawnSync("bash", ["-c", `"${process.execPath}" "${bin}" rules | head -1`], { encoding: "utf8" });
    expect([piped.status, piped.stderr]).toEqual([0, ""]);
    expect(piped.stdout).toMatch(/^[\w.]+@\d+\.\d+\.\d+ {2}\(\w+, in force .*\)\n$/);
    expect([bad.status, bad.stderr.includes("    at ")]).toEqual([2, false]);
    expect(bad.stderr).toMatch(/cannot read \/nowhere\.json: no such file or folder/);
    expect(readFileSync(bin, "utf8").startsWith("#!/usr/bin/env node\n")).toBe(true);
  });
  it("samples a CSV folder for a district officer, with the published counts in the files it writes", () => {
    const folder = tmp();
    const out = spawnSync(process.execPath, [bin, "sample", "nro-balasabha-2020", "--format", "csv", "--out", folder], {
      encoding: "utf8",
    });
    expect(out.status).toBe(0);
    const tables = ["units", "people", "groups", "federations", "memberships", "meetings"];
    expect(out.stderr.trim()).toBe(`wrote ${tables.map((table) => join(folder, `${table}.csv`)).join(", ")}`);
    expect(readFileSync(join(folder, "groups.csv"), "utf8").split("\r\n")[0]).toBe(
      "id,kind,name,unitId,formedOn,closedOn,special,specialCategory",
    );
    // What is on disk, read back and counted: lines per file, and the published figures per state.
    const [units, people, groups, memberships, meetings] = ["units", "people", "groups", "memberships", "meetings"].map(
      (table) => readCsvFile(join(folder, `${table}.csv`)),
    ) as Record<string, string>[][];
    const figure = publishedFigures.nroBalasabhas2020;
    const roles = new Map<string, number>();
    for (const membership of memberships ?? [])
      roles.set(membership["role"] as string, (roles.get(membership["role"] as string) ?? 0) + 1);
    expect(groups).toHaveLength(figure.total?.groups as number); // 4,195 Balasabhas
    expect(roles.get("resourcePerson")).toBe(figure.total?.groups); // one adult coordinator each
    // 60,369 children and 4,195 adults
    expect(memberships).toHaveLength((figure.total?.members as number) + (figure.total?.groups as number));
    expect(people).toHaveLength(new Set(memberships?.map((membership) => membership["personId"])).size);
    expect(readCsvFile(join(folder, "federations.csv"))).toEqual([]);
    const groupIds = new Set(groups?.map((group) => group["id"]));
    expect(meetings?.filter((meeting) => !groupIds.has(meeting["groupId"]))).toEqual([]);
    const data = {
      units: units as { id: string; kind: string }[],
      groups: groups as { id: string; kind: string; unitId: string }[],
      memberships: memberships as { groupId: string; role: string }[],
    };
    const counted = countByUnit(data, { level: figure.level, asOf: figure.asOf, groupKind: figure.groupKind });
    const byName = new Map(units?.map((unit) => [unit["id"], unit["name"]]));
    expect(new Map([...counted.rows].map(([id, row]) => [byName.get(id), [row.groups, row.members]]))).toEqual(
      new Map(figure.rows.map((row) => [row.name, [row.groups, row.members]])),
    );
  });
});
