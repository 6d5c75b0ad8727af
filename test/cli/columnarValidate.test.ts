// The columnar path of `validate` on a folder of CSV files against the object path (readInput +
// validate): the command prints the same report, byte for byte, as a table and as JSON, on
// generated samples of every preset and on hostile folders.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { type SamplePreset, samplePresets } from "../../src/testing/generateSample.js";
import { cli } from "../helpers/cli.js";
import { hostileCases, tempFolders } from "../helpers/hostileFolders.js";

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

const folders = tempFolders("kudumbashree-columnar-validate-");

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

describe("validate on a folder of CSV files, column by column", () => {
  const cases: [SamplePreset, number][] = samplePresets.flatMap((preset) => [
    [preset, 1],
    [preset, 2],
  ]);
  it.each(cases)(
    "%s (seed %i): the same report as the object path, byte for byte",
    { timeout: 600_000 },
    (preset, seed) => {
      const dir = folders.sample(preset, seed);
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

describe("validate on hostile CSV folders, column by column", () => {
  it.each(hostileCases)("%s: the same report", (_, files) => {
    const dir = folders.hostile(files);
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
      const dir = folders.hostile(files);
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
    const dir = folders.hostile({ "meetings.csv": "id,groupId,date\nm1,G1,2021-10-09\nm1,G1,2021-10-16\n" });
    expect(compare([dir, "--as-of", "2021-11-30", "--format", "json"]).whole).toBe(true);
    mode.objects = false;
    const lines = cli(["validate", dir, "--as-of", "2021-11-30"]).stderr.split("\n");
    expect(lines.filter((line) => line.includes("whole"))).toEqual([
      `kudumbashree: validate: reading ${dir} whole: a meeting id may repeat ("m1"): id.duplicate needs every id`,
    ]);
  });

  it("a check that differs is seen: the columnar report is not compared with itself", () => {
    const dir = folders.hostile({ "people.csv": "id,gender,dateOfBirth\nP1,female,1999-04-01\nP2,male,2000-01-30\n" });
    mode.objects = false;
    const columns = cli(["validate", dir, "--as-of", "2021-11-30", "--format", "json"]);
    const report = JSON.parse(columns.stdout) as { issues: { code: string }[] };
    expect(report.issues.map((found) => found.code)).toContain("gender.not_allowed");
  });
});
