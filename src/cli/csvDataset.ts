// Reading and writing a dataset as a folder of CSV files, one per table, as spreadsheets export them.
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Dataset } from "../entities/Dataset.js";
import { CsvSyntaxError, readCsv } from "./readCsv.js";

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
  {
    file: "units.csv",
    collection: "units",
    required: true,
    columns: {
      id: "string",
      kind: "string",
      name: "string",
      parentId: "string",
      localBodyType: "string",
      lgdCode: "string",
    },
    requiredColumns: ["id", "kind", "name"],
  },
  {
    file: "people.csv",
    collection: "people",
    required: true,
    columns: { id: "string", name: "string", dateOfBirth: "string", gender: "string", householdId: "string" },
    requiredColumns: ["id", "gender"],
  },
  {
    file: "groups.csv",
    collection: "groups",
    required: true,
    columns: {
      id: "string",
      kind: "string",
      name: "string",
      unitId: "string",
      formedOn: "string",
      closedOn: "string",
      special: "boolean",
    },
    requiredColumns: ["id", "kind", "unitId"],
  },
  {
    file: "federations.csv",
    collection: "federations",
    required: false,
    columns: { id: "string", kind: "string", unitId: "string", name: "string", formedOn: "string", memberIds: "list" },
    requiredColumns: ["id", "kind", "unitId", "memberIds"],
  },
  {
    file: "memberships.csv",
    collection: "memberships",
    required: true,
    columns: { groupId: "string", personId: "string", role: "string", from: "string", to: "string" },
    requiredColumns: ["groupId", "personId", "role"],
  },
  {
    file: "meetings.csv",
    collection: "meetings",
    required: false,
    columns: { id: "string", groupId: "string", date: "string", attendeeIds: "list", topics: "list" },
    requiredColumns: ["id", "groupId", "date"],
  },
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
      if (table.required)
        throw new CsvError(
          { file: path, line: 0 },
          `${table.file} is missing from the folder (it needs ${TABLES.filter((t) => t.required)
            .map((t) => t.file)
            .join(", ")})`,
        );
      continue;
    }
    let header: string[] = [];
    let kinds: (Kind | undefined)[] = [];
    let protoAt = -1;
    const records: Record<string, unknown>[] = [];
    const starts: number[] = [];
    try {
      readCsv(path, (fields, line) => {
        if (header.length === 0) {
          header = fields.map((name) => name.trim());
          const missing = table.requiredColumns.filter((column) => !header.includes(column));
          if (missing.length > 0)
            throw new CsvError(
              { file: path, line },
              `${table.file} has no column ${missing.join(", ")} (its header is: ${header.join(", ")})`,
            );
          kinds = header.map((column) => (Object.hasOwn(table.columns, column) ? table.columns[column] : undefined));
          protoAt = header.indexOf("__proto__");
          return;
        }
        if (fields.length !== header.length) {
          throw new CsvError(
            { file: path, line },
            `the line has a different number of fields than the header: ${fields.length} instead of ${header.length}`,
          );
        }
        starts.push(line);
        const out: Record<string, unknown> = {};
        for (let k = 0; k < fields.length; k++) {
          const value = (fields[k] as string).trim();
          if (value === "" || k === protoAt) continue;
          const kind = kinds[k];
          const column = header[k] as string;
          if (kind === "list")
            out[column] = value
              .split(";")
              .map((item) => item.trim())
              .filter((item) => item !== "");
          else if (kind === "boolean")
            out[column] = TRUE.has(value.toLowerCase()) ? true : FALSE.has(value.toLowerCase()) ? false : value;
          else out[column] = value;
        }
        // A column named __proto__ is kept as data (an assignment would set the prototype), so
        // the check reports it as an unknown field.
        const proto = protoAt < 0 ? "" : (fields[protoAt] as string).trim();
        if (proto !== "")
          Object.defineProperty(out, "__proto__", {
            value: proto,
            enumerable: true,
            writable: true,
            configurable: true,
          });
        records.push(out);
      });
    } catch (error) {
      if (error instanceof CsvSyntaxError)
        throw new CsvError(
          { file: path, line: error.line, ...(error.column === undefined ? {} : { column: error.column }) },
          error.message,
        );
      throw error;
    }
    if (header.length === 0)
      throw new CsvError(
        { file: path, line: 1 },
        `${table.file} is empty: it needs a header row (${table.requiredColumns.join(", ")}, ...)`,
      );
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
    const text = [
      columns.join(","),
      ...records.map((record) => columns.map((column) => csvCell(record[column])).join(",")),
    ].join("\r\n");
    const path = join(folder, table.file);
    writeFileSync(path, `${text}\r\n`);
    written.push(path);
  }
  return written;
}
