// Schema messages for a folder of CSV files (issue 16, point 3): each bad cell is one schema.invalid
// issue with its file, its line as a spreadsheet numbers it (the header is line 1; a quoted cell
// holding line breaks counts them) and its column; the dataset path is kept. JSON keeps its path.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { YES_NO_WORDS } from "../../src/cli/csvDataset.js";
import type { Issue } from "../../src/index.js";
import { cli } from "../helpers/cli.js";

const asOf = "2021-11-30";
type Located = Issue & { location?: { file: string; line: number; column?: number } };

/** A folder of the four required tables: a ward, its group and two women, with `files` replacing some. */
function folder(files: Readonly<Record<string, string>>): string {
  const dir = mkdtempSync(join(tmpdir(), "kudumbashree-csv-messages-"));
  const tables: Record<string, string> = {
    "units.csv": "id,kind,name\nw1,ward,Ward 1\n",
    "people.csv": "id,gender,dateOfBirth\nP1,female,1999-04-01\nP2,female,2000-01-30\n",
    "groups.csv": "id,kind,unitId,special\nG1,auxiliaryGroup,w1,\n",
    "memberships.csv": "groupId,personId,role\nG1,P1,member\nG1,P2,member\n",
    ...files,
  };
  for (const [name, text] of Object.entries(tables)) writeFileSync(join(dir, name), text);
  return dir;
}

function validateJson(dir: string): { issues: Located[]; counts: { error: number } } {
  return JSON.parse(cli(["validate", dir, "--as-of", asOf, "--format", "json"]).stdout) as {
    issues: Located[];
    counts: { error: number };
  };
}

const shape = (dir: string) => validateJson(dir).issues.filter((issue) => issue.code === "schema.invalid");

describe("a bad cell of a CSV file", () => {
  // One line of people.csv (its header: id,gender,dateOfBirth) and the one issue it must give.
  const cells: [string, string, Record<string, unknown>][] = [
    ["P3,female,31/02/1990", "dateOfBirth", { reason: "invalid_format", value: "31/02/1990", expected: "YYYY-MM-DD" }],
    ["P3,female,1990-02-31", "dateOfBirth", { reason: "invalid_format", value: "1990-02-31", expected: "YYYY-MM-DD" }],
    ["P3,female,02-01-1990", "dateOfBirth", { reason: "invalid_format", value: "02-01-1990", expected: "YYYY-MM-DD" }],
    ["P3,F,1990-01-01", "gender", { reason: "invalid_value", value: "F", allowed: ["female", "male", "transgender"] }],
    ["P3,,1990-01-01", "gender", { reason: "missing", allowed: ["female", "male", "transgender"] }],
    ["\u200b,female,1990-01-01", "id", { reason: "invalid_format", value: "\\u200b", expected: "id" }],
    ['"P3",female,"  1990-01-01  "', "dateOfBirth", {}], // spaces around a cell are not part of it
  ];

  it.each(cells)("%s gives one issue naming people.csv line 4, column %s", (line, field, params) => {
    const dir = folder({
      "people.csv": `id,gender,dateOfBirth\nP1,female,1999-04-01\nP2,female,2000-01-30\n${line}\n`,
    });
    const issues = shape(dir);
    if (Object.keys(params).length === 0) {
      expect(issues).toEqual([]);
      return;
    }
    const column = ["id", "gender", "dateOfBirth"].indexOf(field) + 1;
    expect(issues.map((issue) => [issue.path, issue.params, issue.location])).toEqual([
      [
        ["people", 2, field],
        { field, ...params, file: "people.csv", line: 4 },
        { file: join(dir, "people.csv"), line: 4, column },
      ],
    ]);
  });

  it("counts the lines of quoted cells that hold line breaks (LF, CRLF and CR) and of empty lines", () => {
    const units = [
      "\ufeffid,kind,name", // a byte-order mark before the header
      'w1,ward,"Ward 1\nKalliyoor"', // lines 2 and 3
      "",
      'w2,ward,"Ward 2\r\nVenganoor\rKovalam"', // lines 5 to 7
      "w3,taluk,Ward 3", // line 8
    ].join("\r\n");
    const dir = folder({ "units.csv": `${units}\r\n` });
    const issues = shape(dir);
    expect(issues.map((issue) => [issue.path, issue.params?.["line"], issue.location?.line])).toEqual([
      [["units", 2, "kind"], 8, 8],
    ]);
    expect(issues[0]?.message).toBe(
      'units.csv line 8, column kind: "taluk" is not allowed; ' +
        "kind must be one of: country, state, district, block, localBody, ward, village.",
    );
  });

  it("a list cell with several bad ids gives one issue", () => {
    const dir = folder({
      "meetings.csv": 'id,groupId,date,attendeeIds\nM1,G1,2021-10-09,"P1; \u200b ; \ufeff;P2"\n',
    });
    expect(shape(dir).map((issue) => [issue.path, issue.params])).toEqual([
      [
        ["meetings", 0, "attendeeIds", 1],
        {
          reason: "invalid_format",
          field: "attendeeIds",
          value: "\\u200b",
          expected: "id",
          file: "meetings.csv",
          line: 2,
        },
      ],
    ]);
  });

  it("the validate table shows the file, line and column, then the message that names them", () => {
    const dir = folder({ "groups.csv": "id,kind,unitId,special\nG1,nhg,w1,\n" });
    const result = cli(["validate", dir, "--as-of", asOf]);
    expect(result.code).toBe(1);
    expect(result.stdout.split("\n")[0]).toBe(
      `error   schema.invalid               ${join(dir, "groups.csv")}:2:2: groups.csv line 2, column kind: ` +
        '"nhg" is not allowed; kind must be one of: neighbourhoodGroup, auxiliaryGroup, balasabha, selfHelpGroup.',
    );
  });

  it("a value is echoed cut to 40 characters and escaped", () => {
    const dir = folder({
      "people.csv": `id,gender\nP1,female\nP2,female\nP3,"${"\u202e".repeat(2)}${"w".repeat(50)}"\n`,
    });
    expect(shape(dir)[0]?.params?.["value"]).toBe(`\\u202e\\u202e${"w".repeat(38)}…`);
  });
});

describe("yes/no cells", () => {
  const groups = (cell: string) => folder({ "groups.csv": `id,kind,unitId,special\nG1,auxiliaryGroup,w1,${cell}\n` });

  it("accept the words listed, in any case, with spaces around", () => {
    expect(YES_NO_WORDS).toEqual(["yes", "no", "y", "n", "true", "false", "1", "0"]);
    for (const cell of [...YES_NO_WORDS, "YES", " No ", "Y", "TRUE", "False"]) expect(shape(groups(cell))).toEqual([]);
  });

  it("refuse any other word in one issue that lists the words and echoes the cell", () => {
    for (const cell of ["maybe", "ha", "हाँ", "ഉണ്ട്", "2", "-"]) {
      const issues = shape(groups(cell));
      expect(issues.map((issue) => [issue.path, issue.params])).toEqual([
        [
          ["groups", 0, "special"],
          {
            reason: "invalid_value",
            field: "special",
            value: cell,
            allowed: [...YES_NO_WORDS],
            file: "groups.csv",
            line: 2,
          },
        ],
      ]);
      expect(issues[0]?.message).toBe(
        `groups.csv line 2, column special: "${cell}" is not allowed; ` +
          "special must be one of: yes, no, y, n, true, false, 1, 0.",
      );
    }
  });

  it("echo the cell as written when a rule refuses it", () => {
    const dir = folder({ "groups.csv": "id,kind,unitId,special,specialCategory\nG1,auxiliaryGroup,w1,No,elderly\n" });
    expect(shape(dir).map((issue) => issue.message)).toEqual([
      "groups.csv line 2, column special: a group with a specialCategory is special, so special must be true (yes) " +
        'or left out, not false (no); it holds "No".',
    ]);
  });
});

describe("JSON input", () => {
  it("keeps its path, with no file or line", () => {
    const dataset = {
      schemaVersion: 1,
      units: [{ id: "w1", kind: "ward", name: "Ward 1" }],
      people: [{ id: "P1", gender: "female", dateOfBirth: "31/02/1990" }],
      groups: [],
      memberships: [],
    };
    const result = cli(["validate", "-", "--as-of", asOf, "--format", "json"], JSON.stringify(dataset));
    const issues = (JSON.parse(result.stdout) as { issues: Located[] }).issues;
    expect(issues.map((issue) => [issue.path, issue.params, issue.location, issue.message])).toEqual([
      [
        ["people", 0, "dateOfBirth"],
        { reason: "invalid_format", field: "dateOfBirth", value: "31/02/1990", expected: "YYYY-MM-DD" },
        undefined,
        'people[0].dateOfBirth: "31/02/1990" is not a real date written YYYY-MM-DD.',
      ],
    ]);
  });
});
