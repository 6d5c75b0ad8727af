// `summarize --engine duckdb` against `--engine node` on the same folders: the same bytes on
// standard output and error and the same exit code on clean data (generated samples, hostile ids
// and names, Parquet), and a refusal naming file and count, never a wrong figure, on bad data.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import { describe, expect, it } from "vitest";
import { UsageError } from "../../src/cli/commandLine.js";
import { TABLES, writeCsvDataset } from "../../src/cli/csvDataset.js";
import { SILENT_METER } from "../../src/cli/io.js";
import { duckDbSettings, summarizeWithDuckDb } from "../../src/cli/sqlEngine.js";
import type { Dataset } from "../../src/index.js";
import { generateSample } from "../../src/testing/index.js";
import { cliAsync } from "../helpers/cli.js";

const tmp = () => mkdtempSync(join(tmpdir(), "kudumbashree-sqlengine-"));

function csvFolder(dataset: Dataset): string {
  const folder = join(tmp(), "export");
  writeCsvDataset(dataset, folder);
  return folder;
}

/** Both engines on the same arguments. */
async function both(args: string[]) {
  const node = await cliAsync(["summarize", ...args, "--engine", "node"]);
  const duckdb = await cliAsync(["summarize", ...args, "--engine", "duckdb"]);
  return { node, duckdb };
}

async function expectSame(args: string[]) {
  const { node, duckdb } = await both(args);
  expect(duckdb).toEqual(node);
  return node;
}

describe("summarize --engine duckdb gives what --engine node gives", () => {
  const samples: [string, Dataset, string[][]][] = [
    [
      "thiruvananthapuram-2021",
      generateSample("thiruvananthapuram-2021"),
      [
        ["--level", "district", "--as-of", "2021-11-30", "--format", "json"],
        ["--level", "ward", "--group-kind", "auxiliaryGroup", "--as-of", "2021-11-06", "--suppress-below", "5"],
        ["--level", "block", "--as-of", "2022-02-28", "--records-from", "2021-10-01", "--format", "json"],
      ],
    ],
    [
      "nro-balasabha-2020",
      generateSample("nro-balasabha-2020", { seed: 3 }),
      [["--level", "localBody", "--group-kind", "balasabha", "--as-of", "2020-03-01", "--format", "csv"]],
    ],
    [
      "kerala-nhg",
      generateSample("kerala-nhg", { members: 3000, meetingWeeks: 30, seed: 5 }),
      [
        ["--level", "district", "--as-of", "2024-02-29", "--format", "json"],
        ["--level", "state", "--group-kind", "neighbourhoodGroup", "--as-of", "2024-03-31", "--part", "kl/2024"],
        ["--level", "ward", "--as-of", "2023-12-31", "--format", "csv", "--suppress-below", "3"],
      ],
    ],
    [
      "nro-assam",
      generateSample("nro-assam", { members: 2000, seed: 2 }),
      [
        ["--level", "village", "--as-of", "2024-03-31", "--format", "json"],
        ["--level", "block", "--group-kind", "selfHelpGroup", "--as-of", "2023-09-30", "--records-from", "2023-04-01"],
      ],
    ],
  ];
  for (const [preset, dataset, runs] of samples) {
    it(`on ${preset}`, { timeout: 120_000 }, async () => {
      const folder = csvFolder(dataset);
      for (const args of runs) {
        const node = await expectSame([folder, ...args]);
        expect(node.code).toBe(0);
        expect(node.stdout.length).toBeGreaterThan(100);
      }
    });
  }

  it("derives the same part as the node engine, and another one for other data", async () => {
    const first = csvFolder(generateSample("kerala-nhg", { members: 500, seed: 1 }));
    const second = csvFolder(generateSample("kerala-nhg", { members: 600, seed: 1 }));
    const part = async (folder: string) => {
      const { duckdb } = await both([folder, "--level", "district", "--as-of", "2024-03-31", "--format", "json"]);
      return (JSON.parse(duckdb.stdout) as { provenance: { parts: string[] } }).provenance.parts[0];
    };
    const [a, b] = [await part(first), await part(second)];
    expect(a).toMatch(/^IN\/2024-03-31\/[0-9a-f]{16}$/);
    expect(b).not.toBe(a);
    await expectSame([first, "--level", "district", "--as-of", "2024-03-31", "--format", "json"]);
  });

  it("reads ids and names that are hostile to SQL and to CSV, and unicode", { timeout: 60_000 }, async () => {
    const district = "d'); DROP TABLE units; --";
    // Ids in a list cell (a meeting's attendees) cannot hold ";", the list's separator; others can.
    const person = (w: number, k: number) => (w === 0 ? `p0'${k} "x"` : `p${w}'${k}; "x"`);
    const group = (w: number) => (w === 0 ? "g0') DELETE FROM memberships --" : `g${w}'); DELETE FROM memberships; --`);
    const wards = ["w'; DROP TABLE groups; --", 'w"1"', "w;2", "വാർഡ് 3", "w\\4", "w$1", "🏠 w6"];
    const dataset: Dataset = {
      schemaVersion: 1,
      units: [
        { id: "🌴KL", kind: "state", name: 'Kerala; "state"' },
        { id: district, kind: "district", name: "Robert'); DROP TABLE people;--", parentId: "🌴KL" },
        ...wards.map((id, i) => ({
          id,
          kind: i === 3 ? ("village" as const) : ("ward" as const),
          name:
            i === 0
              ? '=HYPERLINK("x")'
              : i === 1
                ? 'two\nlines, "quoted"'
                : // Spaces JavaScript's trim() removes, and DuckDB's trim() alone would not.
                  `\u00a0\u2003${id} പേര്\u3000\ufeff`,
          parentId: district,
        })),
      ],
      people: wards.flatMap((_ward, w) =>
        Array.from({ length: 4 }, (_, k) => ({
          id: person(w, k),
          gender: "female" as const,
          ...(k === 3 ? {} : { dateOfBirth: `${1960 + w * 5 + k}-02-${k === 0 ? "28" : "01"}` }),
          householdId: `h ${w}/${k}`,
        })),
      ),
      groups: wards.map((unitId, w) => ({
        id: group(w),
        kind: w % 2 === 0 ? ("neighbourhoodGroup" as const) : ("auxiliaryGroup" as const),
        unitId,
        formedOn: "2020-02-29",
        ...(w === 2 ? { special: true } : {}),
      })),
      federations: [
        {
          id: "ads'1",
          kind: "areaDevelopmentSociety",
          unitId: wards[0] as string,
          memberIds: [group(0)],
        },
      ],
      memberships: wards.flatMap((_, w) =>
        Array.from({ length: 4 }, (_, k) => ({
          groupId: group(w),
          personId: person(w, k),
          role: k === 0 ? ("president" as const) : ("member" as const),
        })),
      ),
      meetings: [
        {
          id: "m'1",
          groupId: group(0),
          date: "2024-01-31",
          attendeeIds: [person(0, 0), person(0, 2)],
        },
        { id: "m;2", groupId: group(0), date: "2024-02-29", attendeeIds: [] },
        { id: "m 3", groupId: group(1), date: "2024-03-01" },
      ],
    };
    const folder = csvFolder(dataset);
    for (const format of ["table", "csv", "json"]) {
      const node = await expectSame([folder, "--level", "ward", "--as-of", "2024-03-31", "--format", format]);
      expect(node.code).toBe(0);
      expect(node.stdout).toContain("🏠 w6 പേര്");
    }
    await expectSame([folder, "--level", "district", "--as-of", "2024-03-31", "--format", "json"]);
  });

  it("reads Parquet files, lists included", { timeout: 60_000 }, async () => {
    const dataset = generateSample("nro-assam", { members: 1000, seed: 4 });
    const csv = csvFolder(dataset);
    const parquet = join(tmp(), "parquet");
    mkdirSync(parquet);
    const instance = await DuckDBInstance.create(":memory:");
    const db = await instance.connect();
    for (const table of TABLES) {
      const from = `read_csv(CAST($1 AS VARCHAR), header = true, all_varchar = true)`;
      // Lists as Parquet lists, dates as dates, the rest as text.
      const select =
        table.collection === "federations"
          ? `SELECT * REPLACE (string_split("memberIds", ';') AS "memberIds") FROM ${from}`
          : table.collection === "people"
            ? `SELECT * REPLACE (CAST("dateOfBirth" AS DATE) AS "dateOfBirth") FROM ${from}`
            : `SELECT * FROM ${from}`;
      const target = join(parquet, table.file.replace(".csv", ".parquet")).replaceAll("'", "''");
      await db.run(`COPY (${select}) TO '${target}' (FORMAT parquet)`, [join(csv, table.file)]);
    }
    db.closeSync();
    instance.closeSync();
    const args = ["--level", "block", "--as-of", "2024-03-31", "--format", "json"];
    const node = await cliAsync(["summarize", csv, ...args]);
    const duckdb = await cliAsync(["summarize", parquet, ...args, "--engine", "duckdb"]);
    expect(node.code).toBe(0);
    expect(duckdb).toEqual({ ...node, stderr: node.stderr.replaceAll(csv, parquet) });
  });

  it("warns of unknown columns as the node engine does, and refuses them with --strict", async () => {
    const folder = csvFolder(generateSample("kerala-nhg", { members: 200 }));
    const people = join(folder, "people.csv");
    const lines = readFileSync(people, "utf8").split("\r\n");
    writeFileSync(
      people,
      lines.map((line, i) => (line === "" ? line : `${line},${i === 0 ? "remarks" : "ok"},`)).join("\r\n"),
    );
    const args = [folder, "--level", "district", "--as-of", "2024-03-31"];
    const warned = await expectSame(args);
    expect(warned.code).toBe(0);
    expect(warned.stderr).toContain("remarks");
    const strict = await expectSame([...args, "--strict"]);
    expect(strict.code).toBe(1);
  });
});

describe("summarize --engine duckdb on bad data", () => {
  const good = () => generateSample("kerala-nhg", { members: 300, seed: 9 });
  const cases: [string, (data: Dataset) => Dataset, RegExp][] = [
    [
      "a date that is not real",
      (d) => ({ ...d, people: d.people.map((p, i) => (i === 3 ? { ...p, dateOfBirth: "2023-02-29" } : p)) }),
      /people\.csv: 1 row with a dateOfBirth that is not a real date written YYYY-MM-DD \(such as "2023-02-29"\)/,
    ],
    [
      "an unknown gender",
      (d) => ({ ...d, people: d.people.map((p, i) => (i < 2 ? { ...p, gender: "F" as never } : p)) }),
      /people\.csv: 2 rows with a gender that is not one of female, male, transgender/,
    ],
    [
      "a membership of a group that is not there",
      (d) => ({
        ...d,
        memberships: [
          ...d.memberships,
          { groupId: "nowhere'; --", personId: d.people[0]?.id as string, role: "member" },
        ],
      }),
      /memberships\.csv: 1 row with a groupId that is not the id of a group \(such as "nowhere'; --"\)/,
    ],
    [
      "a person twice",
      (d) => ({ ...d, people: [...d.people, d.people[0] as Dataset["people"][number]] }),
      /people\.csv: 1 row with an id that an earlier row has too/,
    ],
    [
      "an empty required cell",
      (d) => ({ ...d, memberships: d.memberships.map((m, i) => (i === 0 ? { ...m, role: " " as never } : m)) }),
      /memberships\.csv: 1 row with no role/,
    ],
    [
      "a group in a district",
      (d) => ({
        ...d,
        groups: d.groups.map((g, i) =>
          i === 0 ? { ...g, unitId: d.units.find((u) => u.kind === "district")?.id as string } : g,
        ),
      }),
      /groups\.csv: 1 row with a unitId that is not a ward or a village/,
    ],
    [
      "a ward under a ward",
      (d) => {
        const [a, b] = d.units.filter((u) => u.kind === "ward");
        return { ...d, units: d.units.map((u) => (u === b ? { ...u, parentId: a?.id as string } : u)) };
      },
      /units\.csv: 1 row with a parent that is not above it/,
    ],
    [
      "an id with no visible character",
      (d) => ({ ...d, people: d.people.map((p, i) => (i === 7 ? { ...p, id: "\u200b\u2060" } : p)) }),
      /people\.csv: 1 row with an id without a visible character/,
    ],
    [
      "a member counted twice in a group",
      (d) => ({ ...d, memberships: [...d.memberships, { ...(d.memberships[5] as Dataset["memberships"][number]) }] }),
      /memberships\.csv: 1 row with a person who has another row in the same group on the day/,
    ],
  ];
  for (const [name, spoil, message] of cases) {
    it(`refuses ${name}, as the node engine reports it`, { timeout: 30_000 }, async () => {
      const folder = csvFolder(spoil(good()));
      const { node, duckdb } = await both([folder, "--level", "district", "--as-of", "2024-03-31"]);
      expect(node.code).toBe(1);
      expect(duckdb.code).toBe(1);
      expect(duckdb.stdout).toBe("");
      expect(duckdb.stderr).toMatch(message);
      expect(duckdb.stderr).toMatch(
        /^kudumbashree: summarize --engine duckdb: .* has data the SQL engine cannot set aside/,
      );
      expect(duckdb.stderr).toContain("--engine node");
      expect(duckdb.stderr.trim().split("\n")).toHaveLength(1);
    });
  }

  it("refuses a malformed CSV line with the file, not a DuckDB stack", async () => {
    const folder = csvFolder(good());
    const path = join(folder, "memberships.csv");
    writeFileSync(path, `${readFileSync(path, "utf8")}g1,p1,member,,,extra\r\n`);
    const { node, duckdb } = await both([folder, "--level", "district", "--as-of", "2024-03-31"]);
    expect(node.code).toBe(1);
    expect(duckdb.code).toBe(1);
    expect(duckdb.stderr).toMatch(/^kudumbashree: .*memberships\.csv: DuckDB could not read it: .*CSV Error on Line/);
    expect(duckdb.stderr).not.toMatch(/\n\s+at /);
  });

  it("names a missing file as the node engine does", async () => {
    const folder = tmp();
    writeFileSync(join(folder, "units.csv"), "id,kind,name\r\nKL,state,Kerala\r\n");
    const { node, duckdb } = await both([folder, "--level", "state", "--as-of", "2024-03-31"]);
    expect([node.code, duckdb.code]).toEqual([1, 1]);
    expect(duckdb.stderr).toContain(`${join(folder, "people.csv")}: people.csv is missing from the folder`);
  });
});

describe("summarize --engine duckdb refuses what it cannot read", () => {
  it("a JSON file or standard input is a usage error (exit 2)", async () => {
    const file = join(tmp(), "data.json");
    writeFileSync(file, JSON.stringify(generateSample("kerala-nhg", { members: 50 })));
    const json = await cliAsync(["summarize", file, "--level", "state", "--as-of", "2024-03-31", "--engine", "duckdb"]);
    expect(json.code).toBe(2);
    expect(json.stderr).toContain("--engine duckdb reads a folder of CSV or Parquet files");
    const stdin = await cliAsync(["summarize", "-", "--level", "state", "--as-of", "2024-03-31", "--engine", "duckdb"]);
    expect(stdin.code).toBe(2);
    expect(stdin.stderr).toContain("not standard input");
  });

  it("says how to install @duckdb/node-api when it is not installed", async () => {
    const folder = csvFolder(generateSample("kerala-nhg", { members: 50 }));
    const request = {
      path: folder,
      options: { level: "state", asOf: "2024-03-31" },
      strict: false,
      stdin: () => "",
      progress: () => {},
      meter: SILENT_METER,
    } as const;
    const missing = Object.assign(new Error("Cannot find package '@duckdb/node-api'"), {
      code: "ERR_MODULE_NOT_FOUND",
    });
    const refused = summarizeWithDuckDb(request, { load: () => Promise.reject(missing) });
    await expect(refused).rejects.toThrow(UsageError);
    await expect(refused).rejects.toThrow(
      "--engine duckdb needs the optional package @duckdb/node-api: npm install @duckdb/node-api",
    );
    const broken = summarizeWithDuckDb(request, { load: () => Promise.reject(new Error("bad ELF header")) });
    await expect(broken).rejects.toThrow(/@duckdb\/node-api could not be loaded \(bad ELF header\)/);
    // And with the package there, the same request is summarised.
    const answer = await summarizeWithDuckDb(request);
    expect(answer.summary.total.members).toBe(50);
  });

  it("gives DuckDB a memory limit below the machine's memory, and a thread a core", () => {
    const { memoryLimit, threads } = duckDbSettings();
    expect(memoryLimit).toMatch(/^\d+MiB$/);
    expect(Number.parseInt(memoryLimit, 10) * 2 ** 20).toBeLessThanOrEqual(totalmem() * 0.6);
    expect(Number(threads)).toBeGreaterThanOrEqual(1);
  });
});
