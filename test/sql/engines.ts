// Test helpers: the embedded engines (DuckDB in memory, PostgreSQL as PGlite) and a loader that
// puts a dataset into the tables of docs/sql.md, with every value bound.
import { DuckDBInstance } from "@duckdb/node-api";
import { PGlite } from "@electric-sql/pglite";
import type { Dataset } from "../../src/index.js";
import type { SqlDialect, SqlQuery } from "../../src/sql/index.js";
import { type QuotedTables, quoteIdentifier, quoteTables, type SqlTables } from "../../src/sql/SqlTables.js";

export interface Engine {
  readonly dialect: SqlDialect;
  run(query: SqlQuery): Promise<Record<string, unknown>[]>;
  /** PostgreSQL only: COPY rows in as CSV. */
  copy?(table: string, columns: string, csv: string): Promise<void>;
  close(): Promise<void>;
}

type Value = string | number | boolean | null;

export async function openEngine(dialect: SqlDialect): Promise<Engine> {
  if (dialect === "duckdb") {
    const instance = await DuckDBInstance.create(":memory:");
    const connection = await instance.connect();
    return {
      dialect,
      async run({ text, params }) {
        const reader = await connection.runAndReadAll(text, params as Value[]);
        return reader.getRowObjectsJS() as Record<string, unknown>[];
      },
      async close() {
        connection.closeSync();
        instance.closeSync();
      },
    };
  }
  const db = new PGlite();
  return {
    dialect,
    async run({ text, params }) {
      const result = await db.query<Record<string, unknown>>(text, params as Value[]);
      return result.rows;
    },
    async copy(table, columns, csv) {
      await db.query(`COPY ${table} (${columns}) FROM '/dev/blob' WITH (FORMAT csv)`, [], { blob: new Blob([csv]) });
    },
    async close() {
      await db.close();
    },
  };
}

/**
 * Creates the tables (names from `tables`) and inserts the dataset's records; with `names`, the
 * people and groups tables get a column of that name holding their names (issuesSql's `labels`).
 */
export async function loadDataset(
  engine: Engine,
  dataset: Dataset,
  tables?: SqlTables,
  names?: { readonly people: string; readonly groups: string },
): Promise<void> {
  const t: QuotedTables = quoteTables(tables, "loadDataset");
  const named = <T extends object>(spec: T, column: string | undefined) =>
    column === undefined ? spec : { ...spec, name: quoteIdentifier(column, "loadDataset", "name") };
  const nameColumn: (readonly [string, string])[] = names === undefined ? [] : [["name", "TEXT"]];
  const table = async (
    spec: { readonly table: string } & Readonly<Record<string, string>>,
    columns: readonly (readonly [string, string])[],
    rows: readonly (readonly Value[])[],
  ) => {
    await engine.run({
      text: `CREATE TABLE ${spec.table} (${columns.map(([key, type]) => `${spec[key]} ${type}`).join(", ")})`,
      params: [],
    });
    // DuckDB: one JSON parameter per 20,000 rows, turned back into rows by the engine.
    const batch = 20_000;
    const keys = columns.map((_, c) => `c${c}`);
    const into = `INSERT INTO ${spec.table} (${columns.map(([key]) => spec[key]).join(", ")}) `;
    if (engine.copy !== undefined) {
      const cell = (value: Value) =>
        value === null ? "" : typeof value === "string" ? `"${value.replaceAll('"', '""')}"` : String(value);
      const csv = rows.map((row) => `${row.map(cell).join(",")}\n`).join("");
      await engine.copy(spec.table, columns.map(([key]) => spec[key]).join(", "), csv);
      await engine.run({ text: `ANALYZE ${spec.table}`, params: [] });
      return;
    }
    for (let start = 0; start < rows.length; start += batch) {
      const json = JSON.stringify(
        rows.slice(start, start + batch).map((row) => Object.fromEntries(row.map((value, c) => [`c${c}`, value]))),
      );
      const shape = columns.map(([, type], c) => `"c${c}":"${type === "TEXT" ? "VARCHAR" : type}"`).join(",");
      const unnested = `(SELECT unnest(from_json(CAST($1 AS VARCHAR), '[{${shape}}]')) AS r) x`;
      const text = `${into}SELECT ${keys.map((key) => `r.${key}`).join(", ")} FROM ${unnested}`;
      await engine.run({ text, params: [json] });
    }
  };
  const o = <T>(value: T | undefined): T | null => value ?? null;
  await table(
    t.units,
    [
      ["id", "TEXT"],
      ["kind", "TEXT"],
      ["name", "TEXT"],
      ["parentId", "TEXT"],
    ],
    dataset.units.map((u) => [u.id, u.kind, u.name, o(u.parentId)]),
  );
  await table(
    named(t.people, names?.people),
    [["id", "TEXT"], ["dateOfBirth", "DATE"], ["gender", "TEXT"], ["householdId", "TEXT"], ...nameColumn],
    dataset.people.map((p) => [p.id, o(p.dateOfBirth), p.gender, o(p.householdId), ...(names ? [o(p.name)] : [])]),
  );
  await table(
    named(t.groups, names?.groups),
    [
      ["id", "TEXT"],
      ["kind", "TEXT"],
      ["unitId", "TEXT"],
      ["formedOn", "DATE"],
      ["closedOn", "DATE"],
      ["special", "BOOLEAN"],
      ["specialCategory", "TEXT"],
      ...nameColumn,
    ],
    dataset.groups.map((g) => [
      g.id,
      g.kind,
      g.unitId,
      o(g.formedOn),
      o(g.closedOn),
      o(g.special),
      o(g.specialCategory),
      ...(names ? [o(g.name)] : []),
    ]),
  );
  await table(
    t.memberships,
    [
      ["groupId", "TEXT"],
      ["personId", "TEXT"],
      ["role", "TEXT"],
      ["from", "DATE"],
      ["to", "DATE"],
    ],
    dataset.memberships.map((m) => [m.groupId, m.personId, m.role, o(m.from), o(m.to)]),
  );
  const meetings = dataset.meetings ?? [];
  await table(
    t.meetings,
    [
      ["id", "TEXT"],
      ["groupId", "TEXT"],
      ["date", "DATE"],
      ["attendanceRecorded", "BOOLEAN"],
    ],
    meetings.map((m) => [m.id, m.groupId, m.date, m.attendeeIds !== undefined]),
  );
  await table(
    t.meetingAttendees,
    [
      ["meetingId", "TEXT"],
      ["personId", "TEXT"],
    ],
    meetings.flatMap((m) => (m.attendeeIds ?? []).map((personId) => [m.id, personId])),
  );
  const federations = dataset.federations ?? [];
  await table(
    t.federations,
    [
      ["id", "TEXT"],
      ["kind", "TEXT"],
      ["unitId", "TEXT"],
      ["formedOn", "DATE"],
    ],
    federations.map((f) => [f.id, f.kind, f.unitId, o(f.formedOn)]),
  );
  await table(
    t.federationMembers,
    [
      ["federationId", "TEXT"],
      ["memberId", "TEXT"],
    ],
    federations.flatMap((f) => f.memberIds.map((memberId) => [f.id, memberId])),
  );
}
