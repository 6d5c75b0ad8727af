import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Dataset, mergeSummaries, type SummarizeOptions, summarize } from "../../src/index.js";
import {
  DEFAULT_SQL_TABLES,
  type SqlDialect,
  type SqlTables,
  type SummarySqlOptions,
  summaryFromRows,
  summarySql,
} from "../../src/sql/index.js";
import { generateSample } from "../../src/testing/index.js";
import { type Engine, loadDataset, openEngine } from "./engines.js";

const DIALECTS: readonly SqlDialect[] = ["duckdb", "postgres"];

async function bothWays(engine: Engine, dataset: Dataset, options: Omit<SummarySqlOptions, "dialect">) {
  const sqlOptions = { ...options, dialect: engine.dialect, part: options.part ?? "test-part" };
  const rows = await engine.run(summarySql(sqlOptions));
  const fromSql = summaryFromRows(rows, sqlOptions);
  const { tables: _, ...summarizeOptions } = options;
  const inProcess = summarize(dataset, { ...(summarizeOptions as SummarizeOptions), part: sqlOptions.part });
  return { fromSql, inProcess };
}

const HOSTILE = ["w'; DROP TABLE units; --", 'w"quoted"', "w\\back\\slash", "വാർഡ് 1", "w$1"];

/** Edge dates and hostile ids and names: every value goes through a bound parameter. */
const edges: Dataset = {
  schemaVersion: 1,
  units: [
    { id: "d'); DROP TABLE groups; --", kind: "district", name: "Robert'); DROP TABLE people;--" },
    ...HOSTILE.map((id, i) => ({
      id,
      kind: i === 3 ? ("village" as const) : ("ward" as const),
      name: `${id} name`,
      parentId: "d'); DROP TABLE groups; --",
    })),
    { id: "orphan ward", kind: "ward", name: "No district" },
  ],
  people: [
    { id: "p'1", gender: "female", dateOfBirth: "2006-02-28" },
    { id: 'p"2', gender: "female", dateOfBirth: "2004-02-29" },
    { id: "p\\3", gender: "female", dateOfBirth: "2003-03-01" },
    { id: "p4 ✓", gender: "female", dateOfBirth: "1983-02-28" },
    { id: "p5", gender: "female", dateOfBirth: "1899-12-31" },
    { id: "p6", gender: "female" },
    { id: "p7", gender: "female", dateOfBirth: "2024-03-01" },
    { id: "p8", gender: "male", dateOfBirth: "1990-01-31" },
  ],
  groups: [
    {
      id: "g'; DELETE FROM memberships; --",
      kind: "auxiliaryGroup",
      unitId: HOSTILE[0] as string,
      formedOn: "2023-01-31",
    },
    { id: 'g"2', kind: "auxiliaryGroup", unitId: HOSTILE[1] as string, formedOn: "2022-12-31", closedOn: "2024-02-29" },
    { id: "g\\3", kind: "neighbourhoodGroup", unitId: HOSTILE[2] as string, formedOn: "2024-01-01", special: true },
    { id: "g4", kind: "neighbourhoodGroup", unitId: HOSTILE[3] as string, specialCategory: "transgender" },
    { id: "g5", kind: "balasabha", unitId: "orphan ward", formedOn: "2024-03-01" },
    { id: "g6", kind: "selfHelpGroup", unitId: HOSTILE[4] as string, formedOn: "1949-12-31" },
  ],
  memberships: [
    { groupId: "g'; DELETE FROM memberships; --", personId: "p'1", role: "member", from: "2023-02-28" },
    { groupId: "g'; DELETE FROM memberships; --", personId: 'p"2', role: "president", to: "2024-02-29" },
    { groupId: "g'; DELETE FROM memberships; --", personId: "p\\3", role: "member", to: "2024-02-28" },
    { groupId: "g'; DELETE FROM memberships; --", personId: "p8", role: "resourcePerson" },
    { groupId: 'g"2', personId: "p4 ✓", role: "member" },
    { groupId: "g\\3", personId: "p4 ✓", role: "member", from: "2024-01-01" },
    { groupId: "g\\3", personId: "p5", role: "member" },
    { groupId: "g4", personId: "p6", role: "member" },
    { groupId: "g4", personId: "p7", role: "member" },
    { groupId: "g5", personId: "p7", role: "member" },
    { groupId: "g6", personId: "p6", role: "member" },
  ],
  meetings: [
    { id: "m'1", groupId: "g'; DELETE FROM memberships; --", date: "2024-01-31", attendeeIds: ["p'1", 'p"2', "p8"] },
    { id: "m2", groupId: "g'; DELETE FROM memberships; --", date: "2024-02-29", attendeeIds: ["p'1", "p\\3"] },
    { id: "m3", groupId: "g'; DELETE FROM memberships; --", date: "2023-12-31", attendeeIds: [] },
    { id: "m4", groupId: "g'; DELETE FROM memberships; --", date: "2024-03-01" },
    { id: "m5", groupId: 'g"2', date: "2024-01-15", attendeeIds: ["p4 ✓"] },
    { id: "m6", groupId: "g\\3", date: "2024-01-07" },
    { id: "m7", groupId: "g\\3", date: "2024-01-08" },
    { id: "m8", groupId: "g\\3", date: "2024-03-24", attendeeIds: ["p4 ✓", "p5"] },
    { id: "m9", groupId: "g6", date: "1949-06-30" },
    { id: "m10", groupId: "g6", date: "2023-11-30" },
  ],
  federations: [
    {
      id: "f'1",
      kind: "areaDevelopmentSociety",
      unitId: HOSTILE[0] as string,
      memberIds: ["g'; DELETE FROM memberships; --"],
    },
    {
      id: "f2",
      kind: "communityDevelopmentSociety",
      unitId: "d'); DROP TABLE groups; --",
      formedOn: "2024-03-31",
      memberIds: ['g"2', "g\\3"],
    },
    { id: "f3", kind: "villageOrganisation", unitId: "orphan ward", formedOn: "2024-04-01", memberIds: ["g5"] },
  ],
};

/** Table and column names a quoting mistake would break. */
const hostileTables: SqlTables = {
  units: { table: ['odd "schema"', 'units"; DROP TABLE x; --'], parentId: "parent's id" },
  people: { table: "people ✓", dateOfBirth: 'date "of" birth' },
  groups: { table: "select", unitId: "from" },
  memberships: { table: 'memberships"', from: "to", to: "from" },
  meetings: { table: "meetings\\", date: "order" },
  meetingAttendees: { table: "$1" },
  federations: { table: "federations'" },
  federationMembers: { table: "group" },
};

const samples: readonly {
  name: string;
  dataset: Dataset;
  options: Omit<SummarySqlOptions, "dialect">[];
  tables?: SqlTables;
  duckdbOnly?: true;
}[] = [
  {
    name: "edge dates, hostile ids and names, hostile table and column names",
    dataset: edges,
    tables: hostileTables,
    options: [
      { level: "district", asOf: "2024-03-31" },
      { level: "ward", asOf: "2024-02-29", recordsFrom: "2023-12-01", ageBands: [18, 20, 41] },
      { level: "ward", groupKind: "auxiliaryGroup", asOf: "2024-03-01" },
      { level: "village", asOf: "2028-02-29" },
    ],
  },
  {
    name: "thiruvananthapuram-2021 seed 1",
    dataset: generateSample("thiruvananthapuram-2021", { seed: 1 }),
    options: [
      { level: "district", groupKind: "auxiliaryGroup", asOf: "2021-11-06" },
      { level: "localBody", asOf: "2021-11-06" },
    ],
  },
  {
    name: "kerala-nhg seed 3 with weekly meetings",
    dataset: generateSample("kerala-nhg", { seed: 3, members: 3000, meetingWeeks: 12 }),
    options: [
      { level: "district", asOf: "2024-03-31" },
      { level: "ward", groupKind: "neighbourhoodGroup", asOf: "2024-03-31", ageBands: [18, 60] },
      { level: "state", asOf: "2024-02-29", recordsFrom: "2024-01-01" },
    ],
  },
  {
    duckdbOnly: true,
    name: "nro-balasabha-2020 seed 2",
    dataset: generateSample("nro-balasabha-2020", { seed: 2 }),
    options: [{ level: "district", asOf: "2020-03-31" }],
  },
  {
    name: "kerala-nhg seed 9, monthly",
    dataset: generateSample("kerala-nhg", { seed: 9, members: 2000 }),
    options: [{ level: "localBody", asOf: "2024-03-31", recordsFrom: "2023-04-01" }],
  },
  {
    name: "nro-assam seed 7",
    dataset: generateSample("nro-assam", { seed: 7, members: 1000 }),
    options: [
      { level: "block", asOf: "2024-03-31" },
      { level: "village", groupKind: "selfHelpGroup", asOf: "2024-03-31" },
    ],
  },
];

/** Each sample in a schema of its own: one engine per dialect (PGlite takes seconds to start). */
const tablesIn = (schema: string): SqlTables =>
  Object.fromEntries(
    Object.entries(DEFAULT_SQL_TABLES).map(([key, names]) => [key, { table: [schema, names.table] }]),
  ) as SqlTables;

for (const dialect of DIALECTS) {
  describe(`summarySql on ${dialect}`, () => {
    let engine: Engine;
    beforeAll(async () => {
      engine = await openEngine(dialect);
    }, 120_000);
    afterAll(async () => engine.close());
    samples.forEach((sample, n) => {
      if (sample.duckdbOnly && dialect !== "duckdb") return; // PGlite takes long over 1 lakh rows
      describe(sample.name, () => {
        const tables = sample.tables ?? tablesIn(`sample ${n}`);
        beforeAll(async () => {
          await engine.run({
            text: `CREATE SCHEMA "${sample.tables === undefined ? `sample ${n}` : 'odd ""schema""'}"`,
            params: [],
          });
          await loadDataset(engine, sample.dataset, tables);
        }, 120_000);
        if (n === 2 && dialect === "duckdb")
          it("a summary made in the database merges with one made in process", async () => {
            const options = {
              level: "district",
              asOf: "2024-03-31",
              recordsFrom: "2023-04-01",
              part: "kerala/db",
            } as const;
            const fromSql = summaryFromRows(await engine.run(summarySql({ ...options, dialect, tables })), {
              ...options,
              dialect,
            });
            const other = generateSample("nro-assam", { seed: 2, members: 500 });
            const otherSummary = summarize(other, { ...options, part: "assam/json" });
            const merged = mergeSummaries(fromSql, otherSummary);
            expect(merged).toEqual(mergeSummaries(summarize(sample.dataset, options), otherSummary));
            expect(merged.provenance?.parts).toEqual(["assam/json", "kerala/db"]);
            expect(merged.total.members).toBe(fromSql.total.members + otherSummary.total.members);
          });
        for (const options of sample.options) {
          it(`${JSON.stringify(options)} equals summarize`, async () => {
            const { fromSql, inProcess } = await bothWays(engine, sample.dataset, { ...options, tables });
            expect(inProcess.issues).toEqual([]);
            expect(fromSql).toEqual(inProcess);
          });
        }
      });
    });
  });
}
