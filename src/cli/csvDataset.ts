// Reading and writing a dataset as a folder of CSV files, one per table, as spreadsheets export them.
import { lstatSync, statSync } from "node:fs";
import { join } from "node:path";
import { type SchemaParams, shownValue } from "../dataset/schemaIssues.js";
import type { Dataset } from "../entities/Dataset.js";
import { csvText } from "../internal/escapeText.js";
import type { Issue } from "../issues/Issue.js";
import { issue } from "../issues/issueFactory.js";
import { errorCode, fileError, InputError, makeFolder, writeTextFile } from "./fileSystem.js";
import type { Meter } from "./io.js";
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
      specialCategory: "string",
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
  /**
   * Columns the format does not know: one `input.columns_ignored` warning per file, or with
   * `strict` one `schema.invalid` error per column. The columns' cells are never read into the dataset.
   */
  readonly issues: readonly Issue[];
  /** The header cell of a reading issue. */
  readonly issueLocation: (issue: Issue) => Location | undefined;
  /**
   * A `schema.invalid` issue about a record, remade with the file and line it is on (`file`,
   * `line`; its `field` is the column); about a yes/no cell, with what the cell holds and the
   * words it may hold.
   */
  readonly explain: (issue: Issue) => Issue;
}

/** How to read: `strict` refuses columns the format does not know instead of ignoring them. */
export interface CsvReadOptions {
  readonly strict?: boolean;
  /**
   * Told the size of the folder's tables before the first is read, then the bytes and records of
   * each chunk as it is read (the caller stops it, before it prints anything).
   */
  readonly meter?: Meter | undefined;
}

/** What a yes/no cell may hold, in any case, with spaces around; an empty cell leaves the field out. */
export const YES_NO_WORDS = ["yes", "no", "y", "n", "true", "false", "1", "0"] as const;
const TRUE = new Set(["true", "yes", "y", "1"]);
const FALSE = new Set(["false", "no", "n", "0"]);

/**
 * A `schema.invalid` issue about a record, remade with the file and line of its row. A yes/no
 * cell (`yesNoCell`, as written) is echoed as written ("no", not false); one that holds another
 * word was kept as text, so the check refused a value that is not true or false: the issue says
 * which words it may hold.
 */
export function locatedSchemaIssue(found: Issue, file: string, line: number, yesNoCell: string | undefined): Issue {
  const params: Record<string, unknown> = { ...found.params, file, line };
  if (yesNoCell !== undefined) {
    params["value"] = shownValue(yesNoCell);
    if (params["reason"] === "invalid_type") {
      params["reason"] = "invalid_value";
      params["allowed"] = YES_NO_WORDS;
      delete params["expected"];
    }
  }
  return issue("schema.invalid", params as unknown as SchemaParams, {
    path: found.path,
    subject: found.subject,
    label: found.label,
  });
}

/**
 * A table's header, its names trimmed; a CsvError when a column comes twice (one of the two values
 * would be kept silently) or a required column is missing.
 */
export function checkedHeader(fields: readonly string[], table: TableSpec, path: string, line: number): string[] {
  const header = fields.map((name) => name.trim());
  const seen = new Map<string, number>();
  header.forEach((column, k) => {
    if (column === "") return; // unnamed columns (trailing commas) hold nothing that is kept
    const first = seen.get(column);
    if (first !== undefined)
      throw new CsvError(
        { file: path, line, column: k + 1 },
        `${table.file} has the column ${JSON.stringify(column)} twice (columns ${first + 1} and ${k + 1}): ` +
          "remove or rename one",
      );
    seen.set(column, k);
  });
  const missing = table.requiredColumns.filter((column) => !header.includes(column));
  if (missing.length > 0)
    throw new CsvError(
      { file: path, line },
      `${table.file} has no column ${missing.join(", ")} (its header is: ${header.join(", ")})`,
    );
  return header;
}

/** Issues found in reading, and where each is. */
export interface LocatedIssues {
  readonly issues: Issue[];
  readonly locations: Map<Issue, Location>;
}

/**
 * The issues of a header's columns the format does not know (and of unnamed columns that hold a
 * cell): one `input.columns_ignored` warning for the file at the first such header cell, or with
 * `strict` one `schema.invalid` error per column at its cell (an unnamed column by its number).
 */
export function ignoredColumnIssues(
  table: TableSpec,
  path: string,
  header: readonly string[],
  headerLine: number,
  columns: readonly number[],
  strict: boolean,
  into: LocatedIssues,
): void {
  const ignored = [...columns].sort((a, b) => a - b);
  if (ignored.length === 0) return;
  if (strict) {
    for (const k of ignored) {
      const found = issue("schema.invalid", {
        reason: "unrecognized_keys",
        field: header[k] === "" ? `#${k + 1}` : (header[k] as string),
        allowed: Object.keys(table.columns),
        file: table.file,
        line: headerLine,
      });
      into.issues.push(found);
      into.locations.set(found, { file: path, line: headerLine, column: k + 1 });
    }
    return;
  }
  const names = ignored.map((k) => (header[k] === "" ? `column ${k + 1} (no name)` : (header[k] as string)));
  const found = issue("input.columns_ignored", { file: table.file, columns: names });
  into.issues.push(found);
  into.locations.set(found, { file: path, line: headerLine, column: (ignored[0] as number) + 1 });
}

/**
 * Whether a table's file is in the folder. A file that cannot be looked at (a folder without
 * permission, a loop of links) is an InputError, not a missing file.
 */
export function tableFileExists(folder: string, path: string): boolean {
  try {
    statSync(path);
    return true;
  } catch (error) {
    if (errorCode(error) !== "ENOENT") {
      // A folder that may not be searched hides every file in it: name the folder, not the file
      // (unless the file is there, as a link to a place that may not be searched).
      let link = false;
      try {
        link = lstatSync(path).isSymbolicLink();
      } catch {
        // Not even the link can be looked at.
      }
      throw fileError("read", errorCode(error) === "EACCES" && !link ? folder : path, error);
    }
  }
  try {
    lstatSync(path);
  } catch {
    return false;
  }
  throw new InputError(`cannot read ${path}: it is a link to a file that does not exist`, 2);
}

/**
 * The bytes of the tables' files in the folder, for a progress meter and the memory a whole read
 * would take; a file that cannot be looked at counts 0 (reading it says why). `meetingsTwice`
 * counts meetings.csv twice, for the columnar read that goes over it twice.
 */
export function tableBytes(folder: string, options: { readonly meetingsTwice?: boolean } = {}): number {
  let total = 0;
  for (const table of TABLES) {
    try {
      const size = statSync(join(folder, table.file)).size;
      total += options.meetingsTwice === true && table.collection === "meetings" ? 2 * size : size;
    } catch {
      // Missing or unreadable: counted as nothing.
    }
  }
  return total;
}

/**
 * Reads the CSV files of a folder into dataset input (not yet checked). Throws a CsvError when
 * a file is malformed (a missing table or column, a column twice), an InputError when a file
 * cannot be read. Columns the format does not know (a register's own "remarks", say) are left
 * out, with one issue per file (see {@link CsvDataset.issues}); unnamed columns (the empty cells
 * a spreadsheet leaves after the last column) count only when a cell of theirs holds something.
 */
export function readCsvDataset(folder: string, options: CsvReadOptions = {}): CsvDataset {
  const dataset: Record<string, unknown> = { schemaVersion: 1 };
  const lines = new Map<string, number[]>();
  const headers = new Map<string, string[]>();
  const files = new Map<string, string>();
  const issues: Issue[] = [];
  const issueLocations = new Map<Issue, Location>();
  /** The cells of yes/no columns as written (`collection/index/column`), to echo them. */
  const yesNoCells = new Map<string, string>();
  options.meter?.start(options.meter === undefined ? 0 : tableBytes(folder));
  for (const table of TABLES) {
    const path = join(folder, table.file);
    if (!tableFileExists(folder, path)) {
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
    let headerLine = 1;
    let kinds: (Kind | undefined)[] = [];
    /** Columns with a name the format does not know; unnamed ones that hold a value. */
    let unknown: number[] = [];
    const unnamed = new Set<number>();
    const records: Record<string, unknown>[] = [];
    const starts: number[] = [];
    let metered = 0;
    const readChunk = (bytes: number) => {
      options.meter?.advance(bytes, records.length - metered);
      metered = records.length;
    };
    try {
      const onRecord = (fields: readonly string[], line: number) => {
        if (header.length === 0) {
          header = checkedHeader(fields, table, path, line);
          kinds = header.map((column) => (Object.hasOwn(table.columns, column) ? table.columns[column] : undefined));
          unknown = header.flatMap((column, k) => (column !== "" && kinds[k] === undefined ? [k] : []));
          headerLine = line;
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
          const kind = kinds[k];
          if (kind === undefined) {
            // Never read into the dataset (a column named __proto__ included); an unnamed one is
            // named in the issue only when it holds something.
            if (header[k] === "" && (fields[k] as string).trim() !== "") unnamed.add(k);
            continue;
          }
          const value = (fields[k] as string).trim();
          if (value === "") continue;
          const column = header[k] as string;
          if (kind === "list")
            out[column] = value
              .split(";")
              .map((item) => item.trim())
              .filter((item) => item !== "");
          else if (kind === "boolean") {
            yesNoCells.set(`${table.collection}/${records.length}/${column}`, value);
            out[column] = TRUE.has(value.toLowerCase()) ? true : FALSE.has(value.toLowerCase()) ? false : value;
          } else out[column] = value;
        }
        records.push(out);
      };
      readCsv(path, onRecord, undefined, readChunk);
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
    ignoredColumnIssues(table, path, header, headerLine, [...unknown, ...unnamed], options.strict === true, {
      issues,
      locations: issueLocations,
    });
    dataset[table.collection] = records;
    lines.set(table.collection, starts);
    headers.set(table.collection, header);
    files.set(table.collection, path);
  }
  return {
    input: dataset,
    issues,
    issueLocation: (found) => issueLocations.get(found),
    explain(found) {
      const [collection, index, column] = found.path ?? [];
      if (found.code !== "schema.invalid" || typeof collection !== "string" || typeof index !== "number") return found;
      const table = TABLES.find((one) => one.collection === collection);
      const line = lines.get(collection)?.[index];
      if (table === undefined || line === undefined) return found;
      const cell = typeof column === "string" ? yesNoCells.get(`${collection}/${index}/${column}`) : undefined;
      return locatedSchemaIssue(found, table.file, line, cell);
    },
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

/**
 * A cell of a written table. Every value of a dataset is text (ids, names, dates, `yes`/`no`),
 * so every cell is neutralised: one a spreadsheet would take for a formula gets a leading `'`.
 */
export function csvCell(value: unknown): string {
  return csvText(Array.isArray(value) ? value.join(";") : value === undefined ? "" : String(value));
}

/**
 * Writes a dataset as a folder of CSV files (UTF-8, CRLF, header row), each file whole or not at
 * all. Throws an InputError when the folder or a file cannot be written.
 */
export function writeCsvDataset(dataset: Dataset, folder: string): string[] {
  makeFolder(folder);
  const written: string[] = [];
  for (const table of TABLES) {
    const records = (dataset[table.collection] ?? []) as readonly Record<string, unknown>[];
    const columns = Object.keys(table.columns);
    const text = [
      columns.join(","),
      ...records.map((record) => columns.map((column) => csvCell(record[column])).join(",")),
    ].join("\r\n");
    const path = join(folder, table.file);
    writeTextFile(path, `${text}\r\n`);
    written.push(path);
  }
  return written;
}
