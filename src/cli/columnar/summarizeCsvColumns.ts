// `summarize` on a folder of CSV files without holding its rows: see readColumns.ts. The summary,
// its issues and where each issue is are those of the object path (summarizeObjects); for the few
// inputs one pass cannot settle (a meeting id that may repeat, meeting ids in mixed letter case),
// the folder is read whole instead when memory allows, with one line on standard error.
import { statSync } from "node:fs";
import { totalmem } from "node:os";
import { join } from "node:path";
import { resolveSummarizeOptions } from "../../aggregate/resolveSummarizeOptions.js";
import type { Summary } from "../../aggregate/Summary.js";
import { suppressSummary } from "../../aggregate/suppressSummary.js";
import type { Issue } from "../../issues/Issue.js";
import { CsvError, type Location, TABLES } from "../csvDataset.js";
import { InputError } from "../fileSystem.js";
import { formatLocation } from "../readInput.js";
import type { SummarizeAnswer, SummarizeRequest } from "../summarizeEngines.js";
import { type ColumnarPhases, NeedsWholeRead, readColumns } from "./readColumns.js";
import { type Collection, locateIn } from "./readTable.js";

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
 * Summarises a folder of CSV files in one streaming pass over its tables (two over meetings):
 * memory grows with its people and groups, not with its memberships and meetings. `measure`, when
 * given, is told the records read and where time went.
 */
export function summarizeCsvColumns(
  request: SummarizeRequest,
  whole: WholeRead,
  measure?: (measured: ColumnarMeasure) => void,
): SummarizeAnswer {
  const { path, options, meter } = request;
  const resolved = resolveSummarizeOptions(options);
  let totalBytes = 0;
  for (const table of TABLES) {
    try {
      const size = statSync(join(path, table.file)).size;
      totalBytes += table.collection === "meetings" ? 2 * size : size;
    } catch {
      // Missing or unreadable: the read says so, as the object path does.
    }
  }
  let read: ReturnType<typeof readColumns>;
  meter.start(totalBytes);
  try {
    read = readColumns(path, resolved, request.strict, (bytes, records) => meter.advance(bytes, records));
  } catch (error) {
    meter.stop();
    if (error instanceof CsvError) throw new InputError(`${formatLocation(error.location)}: ${error.message}`, 1);
    if (!(error instanceof NeedsWholeRead)) throw error;
    const needed = OBJECT_BYTES_PER_CSV_BYTE * totalBytes;
    if (needed > totalmem() / 2)
      throw new InputError(
        `summarize: ${path}: ${error.message}, and the folder is too large to read whole ` +
          `(about ${Math.ceil(needed / 2 ** 20)} MB of memory)`,
        1,
      );
    whole.announce(`summarize: reading ${path} whole: ${error.message}`);
    measure?.({ records: 0, phases: emptyPhases(), peopleBytes: 0, wholeRead: true });
    return whole.summarizeObjects(request);
  }
  meter.stop();
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
  const locate = (found: Issue): Location | undefined => {
    const [collection, index, field] = found.path ?? [];
    if (typeof collection !== "string" || typeof index !== "number") return undefined;
    const table = Object.hasOwn(tables, collection) ? tables[collection as Collection] : undefined;
    return table === undefined ? undefined : locateIn(table, index, field);
  };
  measure?.({ records: read.records, phases: read.phases, peopleBytes: read.peopleBytes, wholeRead: false });
  return {
    summary,
    label: path,
    refused: readIssues.issues.filter((found) => found.severity === "error").length,
    errors: computed.issues.filter((found) => found.severity === "error").length,
    locateIssue: (found) => readIssues.locations.get(found) ?? locate(found),
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
