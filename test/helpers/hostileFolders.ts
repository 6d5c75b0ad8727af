// The CSV folders that the columnar tests of summarize (columnar.test.ts) and validate
// (columnarValidate.test.ts) read both ways, kept here once so that both commands meet every hostile
// case: a case added for one is compared for the other too.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll } from "vitest";
import { writeCsvDataset } from "../../src/cli/csvDataset.js";
import { generateSample, type SamplePreset } from "../../src/testing/generateSample.js";

/** Folders made under the system's temporary folder, each named `${prefix}…`. */
export interface TempFolders {
  /** A new empty folder, named `${prefix}${name}-…`. */
  made(name: string): string;
  /** A folder of the four required tables (a ward, its group, two women), with `files` replacing some. */
  hostile(files: Readonly<Record<string, string>>): string;
  /** The CSV export of a generated sample (smaller meetings and members for the presets that have many). */
  sample(preset: SamplePreset, seed: number): string;
}

/**
 * Folders for one test file, removed after its tests (called at the top of the file, so that the
 * removal belongs to it; the samples of the state presets are large).
 *
 * @example
 * const folders = tempFolders("kudumbashree-columnar-");
 * readdirSync(folders.hostile({ "meetings.csv": "id,groupId,date\n" })).sort();
 * //=> ["groups.csv", "meetings.csv", "memberships.csv", "people.csv", "units.csv"]
 */
export function tempFolders(prefix: string): TempFolders {
  const folders: string[] = [];
  afterAll(() => {
    for (const dir of folders) rmSync(dir, { recursive: true, force: true });
  });
  const made = (name: string) => {
    const dir = mkdtempSync(join(tmpdir(), `${prefix}${name}-`));
    folders.push(dir);
    return dir;
  };
  return {
    made,
    hostile(files) {
      const dir = made("hostile");
      const tables: Record<string, string> = {
        "units.csv": "id,kind,name,parentId\nd1,district,District 1,\nw1,ward,Ward 1,d1\nw2,ward,Ward 2,d1\n",
        "people.csv": "id,gender,dateOfBirth\nP1,female,1999-04-01\nP2,female,2000-01-30\n",
        "groups.csv": "id,kind,unitId,formedOn,special\nG1,auxiliaryGroup,w1,2021-01-01,\n",
        "memberships.csv": "groupId,personId,role\nG1,P1,member\nG1,P2,member\n",
        ...files,
      };
      for (const [name, text] of Object.entries(tables)) writeFileSync(join(dir, name), text);
      return dir;
    },
    sample(preset, seed) {
      const dir = made(preset);
      const members = preset === "kerala-nhg" ? 3000 : preset === "nro-assam" ? 2000 : undefined;
      const meetingWeeks = preset === "kerala-nhg" ? 20 : undefined;
      writeCsvDataset(generateSample(preset, { seed, members, meetingWeeks }), dir);
      return dir;
    },
  };
}

/**
 * The text of a table: its lines, each ended by `end`.
 *
 * @example
 * table(["id,gender", "P1,female"], "\r\n");
 * //=> "id,gender\r\nP1,female\r\n"
 */
export const table = (lines: readonly string[], end = "\n"): string => lines.map((line) => `${line}${end}`).join("");

/** A hostile case: its name, and the files that replace or join the four tables of {@link TempFolders.hostile}. */
export type HostileCase = [name: string, files: Record<string, string>];

/** Bad cells of people.csv (after two good lines), as csvMessages.test.ts tries them. */
const badCells = [
  "P3,female,31/02/1990",
  "P3,female,1990-02-31",
  "P3,F,1990-01-01",
  "P3,,1990-01-01",
  "\u200b,female,1990-01-01",
  '"P3",female,"  1990-01-01  "',
];

/**
 * Folders that a columnar path must read as the object path does: bad cells, unknown references,
 * duplicate and lookalike ids, cycles, quoted line breaks, a BOM, CRLF, and what validate alone
 * judges (households, leaders, ages on joining, second groups, dates that cannot be real).
 */
export const hostileCases: readonly HostileCase[] = [
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
  ...badCells.map(
    (line): HostileCase => [
      `the bad cell ${line}`,
      { "people.csv": table(["id,gender,dateOfBirth", "P1,female,1999-04-01", "P2,female,2000-01-30", line]) },
    ],
  ),
  [
    "quoted line breaks, empty lines and a bad list of attendees",
    {
      "units.csv": table(
        [
          "\ufeffid,kind,name",
          'w1,ward,"Ward 1\nKalliyoor"',
          "",
          'w2,ward,"Ward 2\r\nVenganoor\rKovalam"',
          "w3,taluk,Ward 3",
        ],
        "\r\n",
      ),
      "meetings.csv": table(["id,groupId,date,attendeeIds", 'M1,G1,2021-10-09,"P1; \u200b ; \ufeff;P2"']),
    },
  ],
  ["a bad yes/no cell", { "groups.csv": "id,kind,unitId,special,specialCategory\nG1,auxiliaryGroup,w1,No,elderly\n" }],
];
