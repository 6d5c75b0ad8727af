// Reading and writing a dataset as a folder of CSV files, one per table, as spreadsheets export them.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import type { Dataset } from "../entities/Dataset.js";

/** Where a value of the dataset came from, for messages a spreadsheet user can follow. */
export interface Location {
  readonly file: string;
  readonly line: number;
  readonly column?: number;
}

type Kind = "string" | "boolean" | "list";
interface TableSpec {
  readonly file: string;
  readonly collection: keyof Omit<Dataset, "schemaVersion">;
  readonly required: boolean;
  readonly columns: Readonly<Record<string, Kind>>;
  readonly requiredColumns: readonly string[];
}

export const TABLES: readonly TableSpec[] = [
  { file: "units.csv", collection: "units", required: true, columns: { id: "string", kind: "string", name: "string", parentId: "string", localBodyType: "string", lgdCode: "string" }, requiredColumns: ["id", "kind", "name"] },
  { file: "people.csv", collection: "people", required: true, columns: { id: "string", name: "string", dateOfBirth: "string", gender: "string", householdId: "string" }, requiredColumns: ["id", "gender"] },
  { file: "groups.csv", collection: "groups", required: true, columns: { id: "string", kind: "string", name: "string", unitId: "string", formedOn: "string", closedOn: "string", special: "boolean" }, requiredColumns: ["id", "kind", "unitId"] },
  { file: "federations.csv", collection: "federations", required: false, columns: { id: "string", kind: "string", unitId: "string", name: "string", formedOn: "string", memberIds: "list" }, requiredColumns: ["id", "kind", "unitId", "memberIds"] },
  { file: "memberships.csv", collection: "memberships", required: true, columns: { groupId: "string", personId: "string", role: "string", from: "string", to: "string" }, requiredColumns: ["groupId", "personId", "role"] },
  { file: "meetings.csv", collection: "meetings", required: false, columns: { id: "string", groupId: "string", date: "string", attendeeIds: "list", topics: "list" }, requiredColumns: ["id", "groupId", "date"] },
];

/** A problem that stops the reading, with where it is. */
export class CsvError extends Error {
  constructor(
    readonly location: Location,
    message: string,
  ) {
    super(message);
  }
}

export interface CsvDataset {
  readonly input: unknown;
  /** Where a dataset path (`["memberships", 4, "personId"]`) came from. */
  readonly locate: (path: readonly (string | number)[]) => Location | undefined;
}

const TRUE = new Set(["true", "yes", "1"]);
const FALSE = new Set(["false", "no", "0"]);

/** Reads the CSV files of a folder into dataset input (not yet checked). Throws a CsvError. */
export function readCsvDataset(folder: string): CsvDataset {
  const dataset: Record<string, unknown> = { schemaVersion: 1 };
  const lines = new Map<string, number[]>();
  const headers = new Map<string, string[]>();
  const files = new Map<string, string>();
  for (const table of TABLES) {
    const path = join(folder, table.file);
    if (!existsSync(path)) {
      if (table.required) throw new CsvError({ file: path, line: 0 }, `${table.file} is missing from the folder (it needs ${TABLES.filter((t) => t.required).map((t) => t.file).join(", ")})`);
      continue;
    }
    let rows: { record: Record<string, string>; info: { lines: number }; raw: string }[];
    let header: string[] = [];
    try {
      rows = parse(readFileSync(path), {
        bom: true,
        columns: (names: string[]) => (header = names.map((name) => name.trim())),
        info: true,
        raw: true,
        skip_empty_lines: true,
        relax_column_count: false,
      }) as typeof rows;
    } catch (error) {
      const e = error as { message: string; lines?: number; column?: string | number | null };
      const column = typeof e.column === "number" ? e.column + 1 : typeof e.column === "string" ? header.indexOf(e.column) + 1 || undefined : undefined;
      throw new CsvError({ file: path, line: e.lines ?? 0, ...(column === undefined ? {} : { column }) }, e.message.replace(/^Invalid Record Length: /, "the line has a different number of fields than the header: "));
    }
    if (header.length === 0) throw new CsvError({ file: path, line: 1 }, `${table.file} is empty: it needs a header row (${table.requiredColumns.join(", ")}, ...)`);
    const missing = table.requiredColumns.filter((column) => !header.includes(column));
    if (missing.length > 0) throw new CsvError({ file: path, line: 1 }, `${table.file} has no column ${missing.join(", ")} (its header is: ${header.join(", ")})`);
    const records: Record<string, unknown>[] = [];
    const starts: number[] = [];
    for (const { record, info, raw } of rows) {
      starts.push(info.lines - (raw.match(/\n/g)?.length ?? 0) + (raw.endsWith("\n") ? 1 : 0));
      const out: Record<string, unknown> = {};
      for (const [column, text] of Object.entries(record)) {
        const value = text.trim();
        if (value === "") continue;
        const kind = table.columns[column];
        if (kind === "list") out[column] = value.split(";").map((item) => item.trim()).filter((item) => item !== "");
        else if (kind === "boolean") out[column] = TRUE.has(value.toLowerCase()) ? true : FALSE.has(value.toLowerCase()) ? false : value;
        else out[column] = value;
      }
      records.push(out);
    }
    dataset[table.collection] = records;
    lines.set(table.collection, starts);
    headers.set(table.collection, header);
    files.set(table.collection, path);
  }
  return {
    input: dataset,
    locate(path) {
      const [collection, index, field] = path;
      if (typeof collection !== "string" || typeof index !== "number") return undefined;
      const file = files.get(collection);
      const line = lines.get(collection)?.[index];
      if (file === undefined || line === undefined) return undefined;
      const column = typeof field === "string" ? (headers.get(collection)?.indexOf(field) ?? -1) + 1 : 0;
      return column > 0 ? { file, line, column } : { file, line };
    },
  };
}

function csvCell(value: unknown): string {
  const text = Array.isArray(value) ? value.join(";") : value === undefined ? "" : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Writes a dataset as a folder of CSV files (UTF-8, CRLF, header row). */
export function writeCsvDataset(dataset: Dataset, folder: string): string[] {
  mkdirSync(folder, { recursive: true });
  const written: string[] = [];
  for (const table of TABLES) {
    const records = (dataset[table.collection] ?? []) as readonly Record<string, unknown>[];
    const columns = Object.keys(table.columns);
    const text = [columns.join(","), ...records.map((record) => columns.map((column) => csvCell(record[column])).join(","))].join("\r\n");
    const path = join(folder, table.file);
    writeFileSync(path, `${text}\r\n`);
    written.push(path);
  }
  return written;
}
