// The columnar CSV path of `summarize` against the object path (readCsvDataset + summarize), on
// generated samples and on hostile folders: the same summary, byte for byte, the same issues at the
// same file, line and column, and the inputs it reads whole instead, announced.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { SummarizeOptions } from "../../src/aggregate/SummarizeOptions.js";
import { readCsvBytes } from "../../src/cli/columnar/readCsvBytes.js";
import { summarizeCsvColumns } from "../../src/cli/columnar/summarizeCsvColumns.js";
import { summarizeObjects } from "../../src/cli/datasetCommands.js";
import { SILENT_METER } from "../../src/cli/io.js";
import { readCsv } from "../../src/cli/readCsv.js";
import type { SummarizeAnswer, SummarizeRequest } from "../../src/cli/summarizeEngines.js";
import { type SamplePreset, samplePresets } from "../../src/testing/generateSample.js";
import { cli } from "../helpers/cli.js";
import { hostileCases, tempFolders } from "../helpers/hostileFolders.js";

const folders = tempFolders("kudumbashree-columnar-");

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
      const dir = folders.sample(preset, seed);
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

// Shared cases that summarize reads as clean, both ways: a woman in a second group (validate's to judge)
// and a quoted id with a date padded by spaces (read as the plain cells). Every other case raises an issue.
const quietForSummarize = new Set([
  "memberships of a group listed in two places",
  'the bad cell "P3",female,"  1990-01-01  "',
]);

describe("summarize on hostile CSV folders, column by column", () => {
  it.each(hostileCases)("%s: the same figures, issues and places", (name, files) => {
    const dir = folders.hostile(files);
    for (const options of [
      { level: "district", asOf: "2021-11-30" },
      { level: "ward", asOf: "2021-11-30", recordsFrom: "2021-10-01" },
      { level: "state", asOf: "2024-02-29", groupKind: "auxiliaryGroup" },
    ] as SummarizeOptions[]) {
      const { columns, objects, announced } = both(dir, options);
      expect(announced).toEqual([]);
      expect(shown(columns)).toEqual(shown(objects));
      expect(columns.summary.issues.length > 0).toBe(!quietForSummarize.has(name));
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
      const dir = folders.hostile(files);
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
    const dir = folders.hostile({
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
      const dir = folders.hostile(files);
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
      const dir = folders.hostile({ "meetings.csv": meetings });
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
    const dir = folders.hostile(hostileCases[1]?.[1] ?? {});
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
    const dir = folders.made("bytes");
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
