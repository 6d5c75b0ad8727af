import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { writeCsvDataset } from "../../src/cli/csvDataset.js";
import { summarize } from "../../src/index.js";
import { type GenerateSampleOptions, generateSample, type SamplePreset } from "../../src/testing/index.js";
import { cli, cliAsync } from "../helpers/cli.js";

const root = mkdtempSync(join(tmpdir(), "kudumbashree-sample-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let folders = 0;
const folder = () => join(root, `out-${++folders}`);

/** The command line of a sample written as CSV into `out`. */
function sampleArgs(preset: SamplePreset, options: GenerateSampleOptions, out: string): string[] {
  return [
    "sample",
    preset,
    ...(options.seed === undefined ? [] : ["--seed", String(options.seed)]),
    ...(options.members === undefined ? [] : ["--members", String(options.members)]),
    ...(options.meetingWeeks === undefined ? [] : ["--meeting-weeks", String(options.meetingWeeks)]),
    ...(options.federations === true ? ["--federations"] : []),
    "--format",
    "csv",
    "--out",
    out,
  ];
}

/** The rows of a CSV file, the header apart. */
function rows(path: string): string[][] {
  const lines = readFileSync(path, "utf8").split("\r\n");
  expect(lines.pop()).toBe("");
  return lines.slice(1).map((line) => line.split(","));
}

describe("sample --format csv", () => {
  const cases: [SamplePreset, GenerateSampleOptions][] = [
    ["thiruvananthapuram-2021", {}],
    ["thiruvananthapuram-2021", { seed: 4 }],
    ["nro-balasabha-2020", { seed: 2 }],
    ["kerala-nhg", { members: 3000, seed: 5 }],
    ["kerala-nhg", { members: 2000, seed: 2, meetingWeeks: 3 }],
    ["kerala-nhg", { members: 150, seed: 11, meetingWeeks: 300 }],
    ["nro-assam", { members: 1000, seed: 3 }],
  ];
  it.each(cases)(
    "writes %s %j row by row, byte for byte what generateSample and writeCsvDataset write",
    (preset, options) => {
      const expected = folder();
      const written = writeCsvDataset(generateSample(preset, options), expected);
      const out = folder();
      const result = cli(sampleArgs(preset, options, out));
      expect(result).toMatchObject({ code: 0, stdout: "" });
      expect(result.stderr).toBe(`wrote ${written.map((path) => path.replace(expected, out)).join(", ")}\n`);
      expect(readdirSync(out).sort()).toEqual(readdirSync(expected).sort());
      for (const file of readdirSync(expected))
        expect(readFileSync(join(out, file)).equals(readFileSync(join(expected, file))), file).toBe(true);
    },
  );

  it("writes the state-scale auxiliary groups, with a year of attendance, the same way", () => {
    const expected = folder();
    writeCsvDataset(generateSample("kerala-auxiliary-2021"), expected);
    const out = folder();
    expect(cli(sampleArgs("kerala-auxiliary-2021", {}, out)).code).toBe(0);
    for (const file of readdirSync(expected))
      expect(readFileSync(join(out, file)).equals(readFileSync(join(expected, file))), file).toBe(true);
  }, 120_000);

  it("writes the federations of a preset that has them, and only the header for one that has none", () => {
    const assam = folder();
    expect(cli(sampleArgs("nro-assam", { members: 1000 }, assam)).code).toBe(0);
    const kinds = new Set(rows(join(assam, "federations.csv")).map((row) => row[1]));
    expect(kinds).toEqual(new Set(["villageOrganisation", "clusterLevelFederation"]));
    const nhg = folder();
    expect(cli(sampleArgs("kerala-nhg", { members: 500 }, nhg)).code).toBe(0);
    expect(readFileSync(join(nhg, "federations.csv"), "utf8")).toBe("id,kind,unitId,name,formedOn,memberIds\r\n");
    expect(readFileSync(join(nhg, "meetings.csv"), "utf8")).toBe("id,groupId,date,attendeeIds,topics\r\n");
  });

  it("replaces the files of a folder written before, and leaves the folder as it was when it cannot write", () => {
    const out = folder();
    mkdirSync(out);
    writeFileSync(join(out, "units.csv"), "old");
    expect(cli(sampleArgs("kerala-nhg", { members: 100 }, out)).code).toBe(0);
    expect(readFileSync(join(out, "units.csv"), "utf8")).toMatch(/^id,kind,name,parentId,localBodyType,lgdCode\r\nIN,/);

    const blocked = folder();
    mkdirSync(join(blocked, "people.csv"), { recursive: true });
    writeFileSync(join(blocked, "units.csv"), "old");
    const result = cli(sampleArgs("kerala-nhg", { members: 100 }, blocked));
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`cannot write ${join(blocked, "people.csv")}: is a folder, not a file`);
    expect(readdirSync(blocked).sort()).toEqual(["people.csv", "units.csv"]);
    expect(readFileSync(join(blocked, "units.csv"), "utf8")).toBe("old");
  });
});

describe("sample --meeting-weeks", () => {
  it("writes a meeting of every NHG in each week, with attendance of its members", () => {
    const out = folder();
    expect(cli(sampleArgs("kerala-nhg", { members: 3000, meetingWeeks: 5 }, out)).code).toBe(0);
    const groups = rows(join(out, "groups.csv"));
    const meetings = rows(join(out, "meetings.csv"));
    expect(groups).toHaveLength(200);
    expect(meetings).toHaveLength(200 * 5);
    const membersOf = new Map<string, Set<string>>();
    for (const [groupId, personId] of rows(join(out, "memberships.csv")))
      membersOf.set(groupId as string, (membersOf.get(groupId as string) ?? new Set()).add(personId as string));
    const weeks = new Map<string, Set<number>>();
    let attendees = 0;
    for (const [id, groupId, date = "", attendeeIds] of meetings) {
      expect(id).toBe(`${groupId}-${date}`);
      // Within the five weeks before 31 March 2024, one a week.
      expect(date >= "2024-02-25" && date < "2024-03-31", date).toBe(true);
      const week = Math.floor((Date.parse(date) - Date.parse("2024-02-25")) / (7 * 86_400_000));
      weeks.set(groupId as string, (weeks.get(groupId as string) ?? new Set()).add(week));
      const present = (attendeeIds as string).split(";");
      for (const personId of present) expect(membersOf.get(groupId as string)?.has(personId)).toBe(true);
      attendees += present.length;
    }
    for (const seen of weeks.values()) expect([...seen].sort()).toEqual([0, 1, 2, 3, 4]);
    // About 8 in 10 members come.
    expect(attendees / (5 * 3000)).toBeGreaterThan(0.75);
    expect(attendees / (5 * 3000)).toBeLessThan(0.85);
  });

  it("keeps the people, groups and memberships of the sample without meetings", () => {
    const without = folder();
    const withMeetings = folder();
    expect(cli(sampleArgs("kerala-nhg", { members: 1000, seed: 8 }, without)).code).toBe(0);
    expect(cli(sampleArgs("kerala-nhg", { members: 1000, seed: 8, meetingWeeks: 52 }, withMeetings)).code).toBe(0);
    for (const file of ["units.csv", "people.csv", "groups.csv", "memberships.csv"])
      expect(readFileSync(join(withMeetings, file), "utf8"), file).toBe(readFileSync(join(without, file), "utf8"));
    expect(rows(join(withMeetings, "meetings.csv"))).toHaveLength(67 * 52);
  });

  it("records ten years: the NHGs formed by the first meeting, attendance only of women who had joined", async () => {
    const out = folder();
    expect(cli(sampleArgs("kerala-nhg", { members: 600, meetingWeeks: 520 }, out)).code).toBe(0);
    const groups = rows(join(out, "groups.csv"));
    expect(rows(join(out, "meetings.csv"))).toHaveLength(groups.length * 520);
    expect(new Set(groups.map((group) => group[4]))).toEqual(new Set(["2014-04-13"]));
    const validated = await cliAsync(["validate", out, "--as-of", "2024-03-31"]);
    expect(validated.stdout).toContain("ok, 0 errors and 0 warnings");
    expect(validated.code).toBe(0);
  });

  it("is summarised from the folder with its meetings and attendance", async () => {
    const options = { members: 2000, seed: 4, meetingWeeks: 8 };
    const out = folder();
    expect(cli(sampleArgs("kerala-nhg", options, out)).code).toBe(0);
    const result = await cliAsync([
      "summarize",
      out,
      "--level",
      "district",
      "--as-of",
      "2024-03-31",
      "--format",
      "json",
    ]);
    expect(result.code).toBe(0);
    const summary = JSON.parse(result.stdout);
    const dataset = generateSample("kerala-nhg", options);
    expect(summary.recordsFrom).toBe((dataset.meetings ?? []).map((meeting) => meeting.date).sort()[0]);
    // Every NHG met in every whole week judged (the first, partial week apart), 8 in 10 members came.
    expect(summary.total).toMatchObject({ groups: 133, members: 2000, groupsJudged: 133, groupsCompliant: 133 });
    expect(summary.total.meetingsHeld).toBe(133 * 7);
    expect(summary.total.meetingsExpected).toBe(133 * 7);
    expect(summary.total.attendanceRate).toBeGreaterThan(0.75);
    expect(summary.total.attendanceRate).toBeLessThan(0.85);
    const library = summarize(dataset, { level: "district", asOf: "2024-03-31" });
    expect(summary.rows).toEqual(JSON.parse(JSON.stringify(library.rows)));
    expect(summary.total).toEqual(JSON.parse(JSON.stringify(library.total)));
    const table = await cliAsync(["summarize", out, "--level", "state", "--as-of", "2024-03-31"]);
    expect(table.code).toBe(0);
    expect(table.stdout).toContain("Kerala");
  });

  it.each(["x", "-1", "521", "2.5", "", "1e2"])("refuses --meeting-weeks %j as a usage error", (value) => {
    const out = folder();
    const result = cli([...sampleArgs("kerala-nhg", { members: 100 }, out), `--meeting-weeks=${value}`]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      `--meeting-weeks must be a whole number from 0 to 520, got ${JSON.stringify(value)}`,
    );
    expect(existsSync(out)).toBe(false);
  });

  it("is for kerala-nhg: another preset has its own meetings", () => {
    const result = cli(["sample", "nro-assam", "--meeting-weeks", "4"]);
    expect(result).toMatchObject({ code: 2, stdout: "" });
    expect(result.stderr).toContain("--meeting-weeks is for kerala-nhg: nro-assam has the meetings of its own records");
  });

  it("is in the help, with the bounded-memory CSV path", () => {
    const help = cli(["sample", "--help"]).stdout;
    expect(help).toContain("--meeting-weeks N");
    expect(help).toContain("written row by row");
  });

  it("gives JSON the same meetings", () => {
    const result = cli(["sample", "kerala-nhg", "--members", "300", "--meeting-weeks", "2"]);
    expect(result.code).toBe(0);
    const dataset = JSON.parse(result.stdout);
    expect(dataset).toEqual(
      JSON.parse(JSON.stringify(generateSample("kerala-nhg", { members: 300, meetingWeeks: 2 }))),
    );
    expect(dataset.meetings).toHaveLength(20 * 2);
  });
});

describe("sample --federations", () => {
  it.each([
    [{ members: 2000, seed: 3, federations: true }],
    [{ members: 3525, meetingWeeks: 2, federations: true }],
  ] as [GenerateSampleOptions][])(
    "writes kerala-nhg %j row by row, byte for byte what generateSample and writeCsvDataset write",
    (options) => {
      const expected = folder();
      writeCsvDataset(generateSample("kerala-nhg", options), expected);
      const out = folder();
      expect(cli(sampleArgs("kerala-nhg", options, out)).code).toBe(0);
      for (const file of readdirSync(expected))
        expect(readFileSync(join(out, file)).equals(readFileSync(join(expected, file))), file).toBe(true);
      expect(rows(join(out, "federations.csv")).length).toBeGreaterThan(1);
    },
  );

  it("writes an ADS of each ward's NHGs and a CDS of each grama panchayat's ADSs, and changes no other file", () => {
    const without = folder();
    const out = folder();
    expect(cli(sampleArgs("kerala-nhg", { members: 7000, meetingWeeks: 1 }, without)).code).toBe(0);
    expect(cli(sampleArgs("kerala-nhg", { members: 7000, meetingWeeks: 1, federations: true }, out)).code).toBe(0);
    for (const file of ["units.csv", "people.csv", "groups.csv", "memberships.csv", "meetings.csv"])
      expect(readFileSync(join(out, file), "utf8"), file).toBe(readFileSync(join(without, file), "utf8"));
    const groupsOf = new Map<string, string[]>();
    for (const [id, , , unitId] of rows(join(out, "groups.csv")))
      groupsOf.set(unitId as string, [...(groupsOf.get(unitId as string) ?? []), id as string]);
    const parentOf = new Map(rows(join(out, "units.csv")).map(([id, , , parentId]) => [id, parentId]));
    const federations = rows(join(out, "federations.csv"));
    const ads = federations.filter((row) => row[1] === "areaDevelopmentSociety");
    const cds = federations.filter((row) => row[1] === "communityDevelopmentSociety");
    expect([ads.length, cds.length]).toEqual([groupsOf.size, 2]);
    for (const [, , unitId, , formedOn, memberIds] of ads) {
      expect(memberIds?.split(";")).toEqual(groupsOf.get(unitId as string));
      expect(formedOn).toBe("2019-02-04");
    }
    for (const [, , unitId, , formedOn, memberIds] of cds) {
      const expected = ads.filter((row) => parentOf.get(row[2] as string) === unitId).map((row) => row[0]);
      expect(memberIds?.split(";")).toEqual(expected);
      expect(formedOn).toBe("2019-03-04");
    }
  });

  it("is validated with no issue, and summarised from the folder with the library's federation figures", async () => {
    const options = { members: 2000, seed: 4, meetingWeeks: 4, federations: true };
    const out = folder();
    expect(cli(sampleArgs("kerala-nhg", options, out)).code).toBe(0);
    const validated = await cliAsync(["validate", out, "--as-of", "2024-03-31"]);
    expect(validated.stdout).toContain("kerala.areaDevelopmentSociety@1.0.0");
    expect(validated.stdout).toContain("ok, 0 errors and 0 warnings");
    expect(validated.code).toBe(0);
    const result = await cliAsync([
      "summarize",
      out,
      "--level",
      "district",
      "--as-of",
      "2024-03-31",
      "--format",
      "json",
    ]);
    expect(result.code).toBe(0);
    const summary = JSON.parse(result.stdout);
    expect(summary.total.federations).toEqual({ areaDevelopmentSociety: 11, communityDevelopmentSociety: 1 });
    expect(summary.total.groupsFederated).toBe(133);
    const library = summarize(generateSample("kerala-nhg", options), { level: "district", asOf: "2024-03-31" });
    expect(summary.rows).toEqual(JSON.parse(JSON.stringify(library.rows)));
    expect(summary.total).toEqual(JSON.parse(JSON.stringify(library.total)));
  });

  it("gives JSON the same federations", () => {
    const result = cli(["sample", "kerala-nhg", "--members", "300", "--federations"]);
    expect(result.code).toBe(0);
    const dataset = JSON.parse(result.stdout);
    expect(dataset).toEqual(
      JSON.parse(JSON.stringify(generateSample("kerala-nhg", { members: 300, federations: true }))),
    );
    expect(dataset.federations.map((federation: { id: string }) => federation.id)).toEqual([
      "ADS-THI-LB0001-W000001",
      "ADS-THI-LB0001-W000002",
      "CDS-THI-LB0001",
    ]);
  });

  it.each([
    ["nro-assam", "nro-assam has federations of its own"],
    ["thiruvananthapuram-2021", "thiruvananthapuram-2021 has none"],
    ["kerala-auxiliary-2021", "kerala-auxiliary-2021 has none"],
  ])("is for kerala-nhg: refused for %s as a usage error", (preset, why) => {
    const out = folder();
    const result = cli(["sample", preset, "--federations", "--format", "csv", "--out", out]);
    expect(result).toMatchObject({ code: 2, stdout: "" });
    expect(result.stderr).toContain(`--federations is for kerala-nhg: ${why}`);
    expect(existsSync(out)).toBe(false);
  });

  it("takes no value, and is in the help", () => {
    const result = cli(["sample", "kerala-nhg", "--federations=yes"]);
    expect(result).toMatchObject({ code: 2, stdout: "" });
    expect(cli(["sample", "--help"]).stdout).toContain("--federations");
  });
});
