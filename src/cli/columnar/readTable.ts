// One table of a CSV folder read record by record: its header checked as readCsvDataset checks it
// (the same errors, the same columns ignored or refused), then each record handed on with its
// position, and its line noted for issues.
import { join } from "node:path";
import type { Issue } from "../../issues/Issue.js";
import {
  CsvError,
  checkedHeader,
  ignoredColumnIssues,
  type LocatedIssues,
  type Location,
  TABLES,
  tableFileExists,
} from "../csvDataset.js";
import { CsvSyntaxError } from "../readCsv.js";
import { LineMap } from "./LineMap.js";
import { type CsvRecord, type ReadProgress, readCsvBytes } from "./readCsvBytes.js";

export type TableSpec = (typeof TABLES)[number];
export type Collection = TableSpec["collection"];

/** A table's file, header and lines, once its header is read. */
export interface TableFile {
  readonly spec: TableSpec;
  readonly path: string;
  /** The header's names, trimmed. */
  header: string[];
  headerLine: number;
  /** Where each column the format knows is (-1: not in the file). */
  columns: Record<string, number>;
  readonly lines: LineMap;
  /** Records read. */
  count: number;
}

/** What the reading itself found: columns ignored or refused, with their header cells. */
export type ReadIssues = LocatedIssues;

/** The spec of a collection's table. */
export function tableSpec(collection: Collection): TableSpec {
  return TABLES.find((table) => table.collection === collection) as TableSpec;
}

/** The table's file, or undefined when an optional table is not there (a required one missing throws). */
export function openTable(folder: string, collection: Collection): TableFile | undefined {
  const spec = tableSpec(collection);
  const path = join(folder, spec.file);
  if (!tableFileExists(folder, path)) {
    if (spec.required)
      throw new CsvError(
        { file: path, line: 0 },
        `${spec.file} is missing from the folder (it needs ${TABLES.filter((t) => t.required)
          .map((t) => t.file)
          .join(", ")})`,
      );
    return undefined;
  }
  return { spec, path, header: [], headerLine: 1, columns: {}, lines: new LineMap(), count: 0 };
}

/**
 * Reads a table's records: `start` is called once its header is read (`table.columns` is then
 * known), and the function it returns gets each record with its position (from 0). With
 * `readIssues` (the first pass over a file), columns the format does not know are reported there.
 */
export function readTable(
  table: TableFile,
  strict: boolean,
  readIssues: ReadIssues | undefined,
  start: () => (record: CsvRecord, index: number) => void,
  progress?: ReadProgress,
): void {
  const { spec, path } = table;
  let header: string[] | undefined;
  let unknown: number[] = [];
  let unnamedColumns: number[] = [];
  const unnamed = new Set<number>();
  let index = 0;
  let onRecord: (record: CsvRecord, index: number) => void = () => {};
  try {
    readCsvBytes(
      path,
      (record) => {
        if (header === undefined) {
          header = readHeader(table, record);
          unknown = header.flatMap((column, k) => (column !== "" && !Object.hasOwn(spec.columns, column) ? [k] : []));
          unnamedColumns = header.flatMap((column, k) => (column === "" ? [k] : []));
          onRecord = start();
          return;
        }
        if (record.count !== header.length) {
          throw new CsvError(
            { file: path, line: record.line },
            `the line has a different number of fields than the header: ${record.count} instead of ${header.length}`,
          );
        }
        for (const k of unnamedColumns) if (!unnamed.has(k) && record.text(k).trim() !== "") unnamed.add(k);
        table.lines.note(index, record.line);
        onRecord(record, index++);
      },
      progress,
    );
  } catch (error) {
    if (error instanceof CsvSyntaxError)
      throw new CsvError(
        { file: path, line: error.line, ...(error.column === undefined ? {} : { column: error.column }) },
        error.message,
      );
    throw error;
  }
  if (header === undefined)
    throw new CsvError(
      { file: path, line: 1 },
      `${spec.file} is empty: it needs a header row (${spec.requiredColumns.join(", ")}, ...)`,
    );
  table.count = index;
  if (readIssues !== undefined) reportIgnored(table, [...unknown, ...unnamed], strict, readIssues);
}

function readHeader(table: TableFile, record: CsvRecord): string[] {
  const { spec, path } = table;
  const header = checkedHeader(record.texts(), spec, path, record.line);
  const line = record.line;
  table.header = header;
  table.headerLine = line;
  table.columns = Object.fromEntries(Object.keys(spec.columns).map((column) => [column, header.indexOf(column)]));
  return header;
}

function reportIgnored(table: TableFile, columns: number[], strict: boolean, read: ReadIssues): void {
  ignoredColumnIssues(table.spec, table.path, table.header, table.headerLine, columns, strict, read);
}

/** Where a path of a table's record is: its file and line, and the column of its field. */
export function locateIn(table: TableFile, index: number, field: unknown): Location | undefined {
  const line = table.lines.lineOf(index);
  if (line === undefined) return undefined;
  const column = typeof field === "string" ? table.header.indexOf(field) + 1 : 0;
  return column > 0 ? { file: table.path, line, column } : { file: table.path, line };
}

/**
 * Where an issue of the read's records is, from its path (collection, record, field): undefined
 * when the path names no record of a table that was read.
 */
export function locateIssue(tables: Partial<Record<Collection, TableFile>>, found: Issue): Location | undefined {
  const [collection, index, field] = found.path ?? [];
  if (typeof collection !== "string" || typeof index !== "number") return undefined;
  const table = Object.hasOwn(tables, collection) ? tables[collection as Collection] : undefined;
  return table === undefined ? undefined : locateIn(table, index, field);
}
