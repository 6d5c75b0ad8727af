// The columnar CSV path of `summarize` against the object path (readCsvDataset + summarize), on
// generated samples and on hostile folders: the same summary, byte for byte, the same issues at the
// same file, line and column, and the inputs it reads whole instead, announced.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import type { SummarizeOptions } from "../../src/aggregate/SummarizeOptions.js";
import { readCsvBytes } from "../../src/cli/columnar/readCsvBytes.js";
import { summarizeCsvColumns } from "../../src/cli/columnar/summarizeCsvColumns.js";
import { writeCsvDataset } from "../../src/cli/csvDataset.js";
import { summarizeObjects } from "../../src/cli/datasetCommands.js";
import { SILENT_METER } from "../../src/cli/io.js";
import { readCsv } from "../../src/cli/readCsv.js";
import type { SummarizeAnswer, SummarizeRequest } from "../../src/cli/summarizeEngines.js";
import { generateSample, type SamplePreset, samplePresets } from "../../src/testing/generateSample.js";
import { cli } from "../helpers/cli.js";

/** The folders the tests write, removed at the end (the samples of the state presets are large). */
const made: string[] = [];
const madeFolder = (prefix: string) => {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

function request(path: string, options: SummarizeOptions, strict = false): SummarizeRequest {
  return { path, options, strict, stdin: () => "", progress: () => {}, meter: SILENT_METER };
}

/** Both paths' answers, and what the columnar one announced. */
function both(path: string, options: SummarizeOptions, strict = false) {
  const announced: string[] = [];
  const columns = summarizeCsvColumns(request(path, options, strict), {
    summarizeObjects,
    announce: (line) => announced.push(line),
  });
  return { columns, objects: summarizeObjects(request(path, options, strict)), announced };
}

/** An answer as the command shows it: the summary's JSON, and each issue with where it is. */
function shown(answer: SummarizeAnswer) {
  return {
    json: JSON.stringify(answer.summary),
    located: answer.summary.issues.map((issue) => [issue.code, issue.severity, answer.locateIssue(issue) ?? null]),
    errors: answer.errors,
    refused: answer.refused,
  };
}

const folderOf = (preset: SamplePreset, seed: number) => {
  const dir = madeFolder(`kudumbashree-columnar-${preset}-`);
  const members = preset === "kerala-nhg" ? 3000 : preset === "nro-assam" ? 2000 : undefined;
  const meetingWeeks = preset === "kerala-nhg" ? 20 : undefined;
  writeCsvDataset(generateSample(preset, { seed, members, meetingWeeks }), dir);
  return dir;
};

describe("summarize on a folder of CSV files, column by column", () => {
  const cases: [SamplePreset, number][] = samplePresets.flatMap((preset) => [
    [preset, 1],
    [preset, 2],
  ]);
  // kerala-auxiliary-2021 has the state's 3 lakh members: two runs of it, the others six.
  it.each(cases)(
    "%s (seed %i): the same summary as the object path, byte for byte",
    { timeout: 600_000 },
    (preset, seed) => {
      const dir = folderOf(preset, seed);
      const runs: SummarizeOptions[] = [
        { level: "district", asOf: "2024-03-31" },
        { level: "state", asOf: "2021-11-30", groupKind: "auxiliaryGroup" },
        { level: "ward", asOf: "2020-02-29" },
        { level: "block", asOf: "2024-02-29", groupKind: "selfHelpGroup", suppressBelow: 3 },
        { level: "localBody", asOf: "2021-11-18", recordsFrom: "2021-10-01", groupKind: "neighbourhoodGroup" },
        { level: "village", asOf: "2020-08-14", groupKind: "balasabha" },
      ];
      for (const options of preset === "kerala-auxiliary-2021" ? runs.slice(seed, seed + 2) : runs) {
        const { columns, objects, announced } = both(dir, options);
        expect(announced).toEqual([]);
        expect(shown(columns)).toEqual(shown(objects));
      }
    },
  );
});

/** A folder of the four required tables (a ward, its group, two women), with `files` replacing some. */
function folder(files: Readonly<Record<string, string>>): string {
  const dir = madeFolder("kudumbashree-columnar-hostile-");
  const tables: Record<string, string> = {
    "units.csv": "id,kind,name,parentId\nd1,district,District 1,\nw1,ward,Ward 1,d1\nw2,ward,Ward 2,d1\n",
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

describe("summarize on hostile CSV folders, column by column", () => {
  it.each(hostile)("%s: the same figures, issues and places", (_, files) => {
    const dir = folder(files);
    for (const options of [
      { level: "district", asOf: "2021-11-30" },
      { level: "ward", asOf: "2021-11-30", recordsFrom: "2021-10-01" },
      { level: "state", asOf: "2024-02-29", groupKind: "auxiliaryGroup" },
    ] as SummarizeOptions[]) {
      const { columns, objects, announced } = both(dir, options);
      expect(announced).toEqual([]);
      expect(shown(columns)).toEqual(shown(objects));
      expect(columns.summary.issues.length).toBeGreaterThan(0);
    }
  });

  it("the hostile fixtures (escape sequences, formulas, a column twice): the same answer or the same error", () => {
    const fixture = (name: string) => readFileSync(join(import.meta.dirname, "../fixtures/hostile", name), "utf8");
    const sets = [
      { "units.csv": fixture("cli-escape-units.csv"), "groups.csv": fixture("cli-escape-groups.csv") },
      { "units.csv": fixture("cli-formula-units.csv") },
      { "people.csv": fixture("cli-escape-header-people.csv") },
      { "memberships.csv": fixture("cli-duplicate-column-memberships.csv") },
    ];
    for (const files of sets) {
      const dir = folder(files);
      for (const level of ["ward", "district", "state"] as const) {
        const run = (answer: () => SummarizeAnswer) => {
          try {
            return shown(answer());
          } catch (error) {
            return String(error);
          }
        };
        const options = { level, asOf: "2021-11-30" };
        const columns = run(() => summarizeCsvColumns(request(dir, options), { summarizeObjects, announce: () => {} }));
        expect(columns).toEqual(run(() => summarizeObjects(request(dir, options))));
      }
    }
  });

  it("columns the format does not know: the same warning, or with --strict the same errors", () => {
    const dir = folder({
      "people.csv": "id,gender,remarks,,dateOfBirth\nP1,female,ok,,1999-04-01\nP2,female,,x,2000-01-30\n",
    });
    for (const strict of [false, true]) {
      const { columns, objects } = both(dir, { level: "district", asOf: "2021-11-30" }, strict);
      expect(shown(columns)).toEqual(shown(objects));
      expect(columns.refused).toBe(strict ? 2 : 0);
    }
  });

  it("a malformed file stops the reading with the object path's message", () => {
    const cases = [
      { "people.csv": 'id,gender\nP1,"female\n' },
      { "people.csv": 'id,gender\nP1,"fe"male\n' },
      { "people.csv": "id,gender\nP1,female,extra\n" },
      { "people.csv": "id,id,gender\nP1,P1,female\n" },
      { "groups.csv": "id,kind\nG1,auxiliaryGroup\n" },
      { "memberships.csv": "" },
    ];
    for (const files of cases) {
      const dir = folder(files);
      const run = (engine: "columns" | "objects") => {
        try {
          if (engine === "columns")
            summarizeCsvColumns(request(dir, { level: "district", asOf: "2021-11-30" }), {
              summarizeObjects,
              announce: () => {},
            });
          else summarizeObjects(request(dir, { level: "district", asOf: "2021-11-30" }));
          return "no error";
        } catch (error) {
          return String(error);
        }
      };
      expect(run("columns")).toBe(run("objects"));
      expect(run("columns")).not.toBe("no error");
    }
  });

  it("reads the folder whole, saying so in one line, when a meeting id may repeat or ids differ in case", () => {
    for (const meetings of [
      "id,groupId,date\nm1,G1,2021-10-09\nm1,G1,2021-10-16\n",
      "id,groupId,date\nm1,G1,2021-10-09\nM2,G1,2021-10-16\n",
    ]) {
      const dir = folder({ "meetings.csv": meetings });
      const { columns, objects, announced } = both(dir, { level: "district", asOf: "2021-11-30" });
      expect(announced).toHaveLength(1);
      expect(announced[0]).toMatch(
        /^summarize: reading .* whole: (a meeting id may repeat|meeting ids are written in more than one letter case)/,
      );
      expect(shown(columns)).toEqual(shown(objects));
      const result = cli(["summarize", dir, "--level", "district", "--as-of", "2021-11-30", "--format", "json"]);
      expect(result.stderr.split("\n").filter((line) => line.includes("whole"))).toHaveLength(1);
    }
  });

  it("the command prints the columnar answer as it printed the object path's", () => {
    const dir = folder(hostile[1]?.[1] ?? {});
    const result = cli(["summarize", dir, "--level", "district", "--as-of", "2021-11-30"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`${join(dir, "groups.csv")}:3:6`);
  });
});

describe("the byte reader of the columnar path", () => {
  /** A file's records (fields and first line), or the syntax error, as a reader gives them. */
  const records = (read: (path: string, onRecord: (fields: string[], line: number) => void) => void, path: string) => {
    const found: [string[], number][] = [];
    try {
      read(path, (fields, line) => found.push([fields, line]));
      return found;
    } catch (error) {
      return {
        error: String(error),
        line: (error as { line?: number }).line,
        column: (error as { column?: number }).column,
      };
    }
  };
  const unit = fc.constantFrom("a", "b", " ", ",", '"', "\n", "\r", "\r\n", "\u0d15", "\u00e9", "\ufeff");

  it("reads any text as readCsv does (fields, lines, errors), however small its chunks", () => {
    const dir = madeFolder("kudumbashree-columnar-bytes-");
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 40 }), fc.integer({ min: 1, max: 9 }), (text, chunk) => {
        const path = join(dir, "t.csv");
        writeFileSync(path, text);
        const bytes = records(
          (file, onRecord) => readCsvBytes(file, (r) => onRecord(r.texts(), r.line), undefined, chunk),
          path,
        );
        expect(bytes).toEqual(
          records((file, onRecord) => readCsv(file, (fields, line) => onRecord([...fields], line)), path),
        );
      }),
      { numRuns: 400 },
    );
  });
});
