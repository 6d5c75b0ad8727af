// The columnar path of `validate` on a folder of CSV files against the object path (readInput +
// validate): the command prints the same report, byte for byte, as a table and as JSON, on
// generated samples of every preset and on hostile folders.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { writeCsvDataset } from "../../src/cli/csvDataset.js";
import { generateSample, type SamplePreset, samplePresets } from "../../src/testing/generateSample.js";
import { cli } from "../helpers/cli.js";

// The object path is taken when a folder is not seen as one: `objects` turns the columnar path off.
const mode = vi.hoisted(() => ({ objects: false, folders: 0 }));
vi.mock("../../src/cli/columnar/summarizeCsvColumns.js", async (original) => {
  const actual = await original<typeof import("../../src/cli/columnar/summarizeCsvColumns.js")>();
  const isCsvFolder = (path: string) => {
    const folder = !mode.objects && actual.isCsvFolder(path);
    if (folder) mode.folders++;
    return folder;
  };
  return { ...actual, isCsvFolder };
});

const made: string[] = [];
const madeFolder = (prefix: string) => {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** `validate` run both ways: the same output and exit code, and whether the columnar run read the folder whole. */
function compare(args: string[]): { whole: boolean; stdout: string } {
  mode.objects = true;
  mode.folders = 0;
  const objects = cli(["validate", ...args]);
  expect(mode.folders).toBe(0);
  mode.objects = false;
  const columns = cli(["validate", ...args]);
  expect(mode.folders).toBe(1); // the columnar path was taken
  expect(columns.stdout).toBe(objects.stdout);
  expect(columns.code).toBe(objects.code);
  return { whole: columns.stderr.includes(" whole"), stdout: columns.stdout };
}

const folderOf = (preset: SamplePreset, seed: number) => {
  const dir = madeFolder(`kudumbashree-columnar-validate-${preset}-`);
  const members = preset === "kerala-nhg" ? 3000 : preset === "nro-assam" ? 2000 : undefined;
  const meetingWeeks = preset === "kerala-nhg" ? 20 : undefined;
  writeCsvDataset(generateSample(preset, { seed, members, meetingWeeks }), dir);
  return dir;
};

describe("validate on a folder of CSV files, column by column", () => {
  const cases: [SamplePreset, number][] = samplePresets.flatMap((preset) => [
    [preset, 1],
    [preset, 2],
  ]);
  it.each(cases)(
    "%s (seed %i): the same report as the object path, byte for byte",
    { timeout: 600_000 },
    (preset, seed) => {
      const dir = folderOf(preset, seed);
      const runs = [
        ["--as-of", "2024-03-31", "--format", "json"],
        ["--as-of", "2024-02-29"],
        ["--as-of", "2021-11-30", "--format", "json", "--records-from", "2021-10-01"],
        ["--as-of", "2020-02-29", "--format", "json"],
        ["--as-of", "2021-11-18"],
      ];
      for (const run of preset === "kerala-auxiliary-2021" ? runs.slice(seed, seed + 2) : runs) {
        const { whole, stdout } = compare([dir, ...run]);
        expect(whole).toBe(false);
        expect(stdout.length).toBeGreaterThan(0);
      }
    },
  );
});

/** A folder of the four required tables (a ward, its group, two women), with `files` replacing some. */
function folder(files: Readonly<Record<string, string>>, base = "d1,district,District 1,"): string {
  const dir = madeFolder("kudumbashree-columnar-validate-hostile-");
  const tables: Record<string, string> = {
    "units.csv": `id,kind,name,parentId\n${base}\nw1,ward,Ward 1,d1\nw2,ward,Ward 2,d1\n`,
    "people.csv": "id,gender,dateOfBirth\nP1,female,1999-04-01\nP2,female,2000-01-30\n",
    "groups.csv": "id,kind,unitId,formedOn,special\nG1,auxiliaryGroup,w1,2021-01-01,\n",
    "memberships.csv": "groupId,personId,role\nG1,P1,member\nG1,P2,member\n",
    ...files,
  };
  for (const [name, text] of Object.entries(tables)) writeFileSync(join(dir, name), text);
  return dir;
}

/** The text of a table: its lines, each ended by `end`. */
const table = (lines: readonly string[], end = "\n") => lines.map((line) => `${line}${end}`).join("");

// The hostile folders of columnar.test.ts.
const hostile: [string, Record<string, string>][] = [
  [
    "bad dates, unknown genders, empty ids, a BOM, quoted line breaks and spaces",
    {
      "people.csv": table(
        [
          "\ufeffid,name,gender,dateOfBirth,householdId",
          'P1,"Asha',
          'K",female,1999-04-01,H1',
          "P2,,female,1990-02-30,",
          "P3,,F,2001-01-01,",
          ",,female,2001-01-01,",
          '" P4 ",,female,"  2002-02-02 ",H\u200b',
          "",
          'P5,"Mini ""M""",male,1970-01-01,',
          "P6,\u0d2e\u0d3f\u0d28\u0d3f,transgender,31/01/2001,",
          "P\u00e9,,female,2000-01-01,",
        ],
        "\r\n",
      ),
      "memberships.csv": table([
        "groupId,personId,role,from,to",
        "G1,P1,member,,",
        "G1,P2,member,,",
        "G1,P3,member,,",
        "G1,P4,member,2020-01-01,2030-01-01",
        "G1,P5,president,2022-01-01,2021-01-01",
        "G1,P6,member,,",
        "G1,P\u00e9,member,,",
        "G1,P4,member,,",
        "G9,P1,member,,",
        "G1,P99,leader,,",
        "G1,P1,boss,,",
        "G1,P1,resourcePerson,,",
      ]),
    },
  ],
  [
    "yes/no words, unknown references, duplicate ids, a unit set aside and groups in it",
    {
      "units.csv": table([
        "id,kind,name,parentId",
        "d1,district,District 1,",
        "w1,ward,Ward 1,d1",
        "w2,ward,Ward 2,d1",
        "b1,taluk,Taluk,d1",
        "w3,ward,Ward 3,b1",
        "w4,ward,Ward 4,nowhere",
        "w1,ward,Ward 1 again,d1",
        "g5,localBody,Body,w1",
      ]),
      "groups.csv": table([
        "id,kind,unitId,formedOn,closedOn,special,specialCategory",
        "G1,auxiliaryGroup,w1,2021-01-01,,no,",
        "G2,auxiliaryGroup,w2,2021-01-01,,maybe,",
        "G3,auxiliaryGroup,w3,2021-01-01,,YES,disability",
        "G4,auxiliaryGroup,w9,,,,",
        "G5,auxiliaryGroup,g5,,,,",
        "G6,neighbourhoodGroup,w2,2022-01-01,2021-01-01,n,disability",
        "G1,auxiliaryGroup,w2,,,,",
        "G7,club,w2,,,,",
        "G8,auxiliaryGroup,P1,,,true,elderly",
      ]),
      "memberships.csv": table([
        "groupId,personId,role",
        "G1,P1,member",
        "G1,P2,member",
        "G2,P1,member",
        "G3,P2,member",
        "G4,P1,member",
        "G7,P1,member",
        "G8,P2,member",
        "G1,P1,member",
        "w1,P1,member",
      ]),
      "federations.csv": table([
        "id,kind,unitId,memberIds,formedOn",
        "F1,areaDevelopmentSociety,w1,G1;G2;G9,2020-01-01",
        "F2,areaDevelopmentSociety,w9,G1,",
        "F3,communityDevelopmentSociety,d1,F1;F2;G7,",
        "F1,areaDevelopmentSociety,w1,,",
        "F4,club,w1,G1,",
      ]),
    },
  ],
  [
    "meetings: attendees who are not members, unknown or set aside, scattered and unsorted dates",
    {
      "people.csv": table([
        "id,gender,dateOfBirth",
        "P1,female,1999-04-01",
        "P2,female,2000-01-30",
        "P3,female,1999-02-30",
        "P4,female,1998-01-01",
      ]),
      "groups.csv": table([
        "id,kind,unitId,formedOn",
        "G1,auxiliaryGroup,w1,2021-01-01",
        "G2,auxiliaryGroup,w2,2021-06-01",
      ]),
      "memberships.csv": table([
        "groupId,personId,role,from,to",
        "G1,P1,member,,",
        "G1,P2,member,2021-11-01,",
        "G2,P4,member,,",
        "G1,P3,member,,",
        "G2,P2,resourcePerson,,",
      ]),
      "meetings.csv": table([
        "id,groupId,date,attendeeIds,topics",
        "m1,G1,2021-10-09,P1;P2;P3,savings",
        "m2,G2,2021-10-16,P4;P1,",
        "m3,G1,2021-10-02,P1;P1; ;P9,",
        "m4,G9,2021-10-23,P1,",
        "m5,G2,2021-11-06,,",
        "m6,G1,2021-11-06,;,",
        "m7,G1,2021-13-01,P1,",
        "m8,G1,1949-01-01,P1,",
        "m9,G2,2021-11-20,P2;P3,",
        "m10,G1,2021-11-20,P1;P2,",
      ]),
    },
  ],
  [
    "lookalike ids and a unit cycle",
    {
      "units.csv": table([
        "id,kind,name,parentId",
        "d1,district,District 1,",
        "w1,ward,Ward 1,d1",
        "W1,ward,Ward One,d1",
        "w2,ward,Ward 2,d1",
        "x1,block,X,x2",
        "x2,block,Y,x1",
      ]),
      "people.csv": table([
        "id,gender,dateOfBirth",
        "P1,female,1999-04-01",
        "p1,female,2000-01-30",
        "P2,female,2000-01-30",
      ]),
      "groups.csv": table(["id,kind,unitId", "G1,auxiliaryGroup,w1", "g1,auxiliaryGroup,W1"]),
      "memberships.csv": table(["groupId,personId,role", "G1,P1,member", "g1,p1,member", "G1,P2,member"]),
    },
  ],
];

// More: what validate alone judges (households, leadership, ages on joining, a second group, dates
// that cannot be real), and the bad cells of csvMessages.test.ts.
hostile.push(
  [
    "households, leaders, ages on joining, second groups, dates that cannot be real",
    {
      "people.csv": table([
        "id,name,gender,dateOfBirth,householdId",
        "P1,Asha,female,1999-04-01,H1",
        "P2,,female,2000-01-30,H1",
        "P3,Mini,male,1960-02-29,H2",
        "P4,,female,1890-01-01,H2",
        "P5,Rani,female,2030-01-01,",
        "P6,Lakshmi,female,2008-02-29,H3",
        "P2,Again,female,1880-01-01,H9",
      ]),
      "groups.csv": table([
        "id,name,kind,unitId,formedOn,closedOn,special,specialCategory",
        "G1,Group one,auxiliaryGroup,w1,2021-01-01,,,",
        "G2,,auxiliaryGroup,w2,1940-01-01,,,",
        "G3,Third,neighbourhoodGroup,w1,2000-01-01,,,",
        "G4,Closed,neighbourhoodGroup,w2,2000-01-01,2020-01-01,,",
      ]),
      "memberships.csv": table([
        "groupId,personId,role,from,to",
        "G1,P1,president,2010-01-01,",
        "G1,P2,secretary,,",
        "G1,P3,member,2021-02-01,",
        "G1,P1,member,,",
        "G1,P1,member,,",
        "G2,P1,member,1940-01-01,",
        "G2,P6,president,2021-06-01,",
        "G3,P2,member,,",
        "G3,P3,member,1900-01-01,1945-01-01",
        "G3,P4,resourcePerson,,",
        "G3,P5,member,,",
        "G4,P1,member,,",
      ]),
      "meetings.csv": table([
        "id,groupId,date,attendeeIds",
        "m1,G1,2021-10-09,P1;P2",
        "m2,G1,1930-01-01,",
        "m3,G3,2021-10-16,P2",
        "m4,G1,2021-10-23,P1",
      ]),
      "federations.csv": table([
        "id,name,kind,unitId,memberIds,formedOn",
        "F1,ADS,areaDevelopmentSociety,w1,G3;G4;G3,2020-01-01",
        "F2,,areaDevelopmentSociety,w1,G3,",
      ]),
    },
  ],
  [
    "memberships of a group listed in two places",
    {
      "groups.csv": table([
        "id,kind,unitId,formedOn",
        "G1,auxiliaryGroup,w1,2021-01-01",
        "G2,auxiliaryGroup,w2,2021-01-01",
      ]),
      "memberships.csv": table([
        "groupId,personId,role",
        "G2,P1,member",
        "G1,P1,member",
        "G1,P2,member",
        "G2,P2,member",
      ]),
    },
  ],
  ...[
    "P3,female,31/02/1990",
    "P3,female,1990-02-31",
    "P3,F,1990-01-01",
    "P3,,1990-01-01",
    "\u200b,female,1990-01-01",
    '"P3",female,"  1990-01-01  "',
  ].map((line): [string, Record<string, string>] => [
    `the bad cell ${line}`,
    { "people.csv": `id,gender,dateOfBirth\nP1,female,1999-04-01\nP2,female,2000-01-30\n${line}\n` },
  ]),
  [
    "quoted line breaks, empty lines and a bad list of attendees",
    {
      "units.csv": `${[
        "\ufeffid,kind,name",
        'w1,ward,"Ward 1\nKalliyoor"',
        "",
        'w2,ward,"Ward 2\r\nVenganoor\rKovalam"',
        "w3,taluk,Ward 3",
      ].join("\r\n")}\r\n`,
      "meetings.csv": 'id,groupId,date,attendeeIds\nM1,G1,2021-10-09,"P1; \u200b ; \ufeff;P2"\n',
    },
  ],
  ["a bad yes/no cell", { "groups.csv": "id,kind,unitId,special,specialCategory\nG1,auxiliaryGroup,w1,No,elderly\n" }],
);

describe("validate on hostile CSV folders, column by column", () => {
  it.each(hostile)("%s: the same report", (_, files) => {
    const dir = folder(files);
    for (const run of [
      ["--as-of", "2021-11-30", "--format", "json"],
      ["--as-of", "2021-11-30"],
      ["--as-of", "2024-02-29", "--format", "json", "--records-from", "2021-10-01"],
      ["--as-of", "2021-11-30", "--strict", "--format", "json"],
    ])
      expect(compare([dir, ...run]).whole).toBe(false);
  });

  it("the hostile fixtures (escape sequences, formulas, a column twice), and columns the format does not know", () => {
    const fixture = (name: string) => readFileSync(join(import.meta.dirname, "../fixtures/hostile", name), "utf8");
    const sets = [
      { "units.csv": fixture("cli-escape-units.csv"), "groups.csv": fixture("cli-escape-groups.csv") },
      { "units.csv": fixture("cli-formula-units.csv") },
      { "people.csv": fixture("cli-escape-header-people.csv") },
      { "memberships.csv": fixture("cli-duplicate-column-memberships.csv") },
      { "people.csv": "id,gender,remarks,,dateOfBirth\nP1,female,ok,,1999-04-01\nP2,female,,x,2000-01-30\n" },
    ];
    for (const files of sets) {
      const dir = folder(files);
      for (const run of [["--format", "json"], [], ["--strict"]]) {
        const args = [dir, "--as-of", "2021-11-30", ...run];
        let objects: unknown;
        let columns: unknown;
        try {
          mode.objects = true;
          objects = cli(["validate", ...args]).stdout;
        } catch (error) {
          objects = String(error);
        }
        try {
          mode.objects = false;
          columns = cli(["validate", ...args]).stdout;
        } catch (error) {
          columns = String(error);
        }
        expect(columns).toEqual(objects);
      }
    }
  });

  it("reads the folder whole, saying so in one line, when a meeting id may repeat", () => {
    const dir = folder({ "meetings.csv": "id,groupId,date\nm1,G1,2021-10-09\nm1,G1,2021-10-16\n" });
    expect(compare([dir, "--as-of", "2021-11-30", "--format", "json"]).whole).toBe(true);
    mode.objects = false;
    const lines = cli(["validate", dir, "--as-of", "2021-11-30"]).stderr.split("\n");
    expect(lines.filter((line) => line.includes("whole"))).toEqual([
      `kudumbashree: validate: reading ${dir} whole: a meeting id may repeat ("m1"): id.duplicate needs every id`,
    ]);
  });

  it("a check that differs is seen: the columnar report is not compared with itself", () => {
    const dir = folder({ "people.csv": "id,gender,dateOfBirth\nP1,female,1999-04-01\nP2,male,2000-01-30\n" });
    mode.objects = false;
    const columns = cli(["validate", dir, "--as-of", "2021-11-30", "--format", "json"]);
    const report = JSON.parse(columns.stdout) as { issues: { code: string }[] };
    expect(report.issues.map((found) => found.code)).toContain("gender.not_allowed");
  });
});
