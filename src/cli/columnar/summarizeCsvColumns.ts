// `summarize` on a folder of CSV files without holding its rows: see readColumns.ts. The summary,
// its issues and where each issue is are those of the object path (summarizeObjects); for the few
// inputs one pass cannot settle (a meeting id that may repeat, meeting ids in mixed letter case),
// the folder is read whole instead when memory allows, with one line on standard error.
import { statSync } from "node:fs";
import { totalmem } from "node:os";
import { resolveSummarizeOptions } from "../../aggregate/resolveSummarizeOptions.js";
import type { Summary } from "../../aggregate/Summary.js";
import { suppressSummary } from "../../aggregate/suppressSummary.js";
import { CsvError, tableBytes } from "../csvDataset.js";
import { InputError } from "../fileSystem.js";
import type { Meter } from "../io.js";
import { formatLocation } from "../readInput.js";
import type { SummarizeAnswer, SummarizeRequest } from "../summarizeEngines.js";
import {
  type ColumnarPhases,
  type ColumnarRead,
  type ColumnVisitor,
  NeedsWholeRead,
  readColumns,
} from "./readColumns.js";
import { locateIssue } from "./readTable.js";

/** How the columnar path reads the whole folder when one pass cannot settle it. */
export interface WholeRead {
  /** The object path. */
  readonly summarizeObjects: (request: SummarizeRequest) => SummarizeAnswer;
  /** Says, in one line on standard error, that the folder is read whole and why. */
  readonly announce: (line: string) => void;
}

/** What a columnar summary took, for the benchmark. */
export interface ColumnarMeasure {
  readonly records: number;
  readonly phases: ColumnarPhases;
  /** Bytes the people's columns hold. */
  readonly peopleBytes: number;
  /** Whether the folder was read whole (the object path) instead. */
  readonly wholeRead: boolean;
}

/** The object path needs about this many bytes of memory per byte of CSV (measured: 3.7 GB for 436 MB). */
export const OBJECT_BYTES_PER_CSV_BYTE = 9;

/** Whether a path is a folder (then it holds CSV files); false when it cannot be looked at. */
export function isCsvFolder(path: string): boolean {
  if (path === "-") return false;
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/**
 * Runs `columnar`; when one pass cannot settle the input (NeedsWholeRead), says so in one line and
 * runs `whole` (the object path) instead, unless reading the folder whole would take more than half
 * the machine's memory: then an InputError (exit 1) that says why and how much.
 */
export function columnarOrWhole<T>(
  command: string,
  path: string,
  announce: (line: string) => void,
  columnar: () => T,
  whole: () => T,
): T {
  try {
    return columnar();
  } catch (error) {
    if (!(error instanceof NeedsWholeRead)) throw error;
    const needed = OBJECT_BYTES_PER_CSV_BYTE * tableBytes(path);
    if (needed > totalmem() / 2)
      throw new InputError(
        `${command}: ${path}: ${error.message}, and the folder is too large to read whole ` +
          `(about ${Math.ceil(needed / 2 ** 20)} MB of memory)`,
        1,
      );
    announce(`${command}: reading ${path} whole: ${error.message}`);
  }
  return whole();
}

/**
 * readColumns with the progress meter over the bytes it reads (meetings.csv twice); a malformed
 * file is an InputError that names its place, as readInput says it.
 */
export function readColumnsMetered(
  path: string,
  options: Parameters<typeof readColumns>[1],
  strict: boolean,
  meter: Meter,
  visit?: ColumnVisitor,
): ColumnarRead {
  meter.start(tableBytes(path, { meetingsTwice: true }));
  try {
    return readColumns(path, options, strict, (bytes, records) => meter.advance(bytes, records), visit);
  } catch (error) {
    if (error instanceof CsvError) throw new InputError(`${formatLocation(error.location)}: ${error.message}`, 1);
    throw error;
  } finally {
    meter.stop();
  }
}

/**
 * Summarises a folder of CSV files in one streaming pass over its tables (two over meetings):
 * memory grows with its people and groups, not with its memberships and meetings. `measure`, when
 * given, is told the records read and where time went.
 */
export function summarizeCsvColumns(
  request: SummarizeRequest,
  whole: WholeRead,
  measure?: (measured: ColumnarMeasure) => void,
): SummarizeAnswer {
  return columnarOrWhole(
    "summarize",
    request.path,
    whole.announce,
    () => summarizeRead(request, measure),
    () => {
      measure?.({ records: 0, phases: emptyPhases(), peopleBytes: 0, wholeRead: true });
      return whole.summarizeObjects(request);
    },
  );
}

function summarizeRead(request: SummarizeRequest, measure?: (measured: ColumnarMeasure) => void): SummarizeAnswer {
  const { path, options } = request;
  const read = readColumnsMetered(path, resolveSummarizeOptions(options), request.strict, request.meter);
  request.progress(`read ${path}; summarising...`);
  const started = performance.now();
  const built: Summary = read.builder.finish();
  const computed = options.suppressBelow === undefined ? built : suppressSummary(built, options.suppressBelow);
  read.phases.rollUp += performance.now() - started;
  const { tables, schema, readIssues } = read;
  const summary = {
    ...computed,
    issues: [...readIssues.issues, ...computed.issues.map((found) => schema.explain(found, tables))],
  } as typeof computed;
  measure?.({ records: read.records, phases: read.phases, peopleBytes: read.peopleBytes, wholeRead: false });
  return {
    summary,
    label: path,
    refused: readIssues.issues.filter((found) => found.severity === "error").length,
    errors: computed.issues.filter((found) => found.severity === "error").length,
    locateIssue: (found) => readIssues.locations.get(found) ?? locateIssue(tables, found),
  };
}

function emptyPhases(): ColumnarPhases {
  return {
    units: 0,
    people: 0,
    groups: 0,
    federations: 0,
    structure: 0,
    memberships: 0,
    meetingsScan: 0,
    meetings: 0,
    rollUp: 0,
  };
}
