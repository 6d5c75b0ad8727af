// Where a command's data comes from: a JSON file, standard input ("-") or a folder of CSV files.
import { statSync } from "node:fs";
import type { Issue } from "../issues/Issue.js";
import { CsvError, type Location, readCsvDataset } from "./csvDataset.js";
import { fileError, InputError, readTextFile } from "./fileSystem.js";
import type { Meter } from "./io.js";
import { jsonErrorOffset } from "./jsonErrorOffset.js";

export { InputError } from "./fileSystem.js";

export interface Input {
  readonly input: unknown;
  readonly label: string;
  readonly locate: (path: readonly (string | number)[]) => Location | undefined;
  /** Issues of the reading itself (CSV columns ignored or refused), to list before the others. */
  readonly readIssues: readonly Issue[];
  /** Where an issue is: its path's place, or for a reading issue the header cell. */
  readonly locateIssue: (issue: Issue) => Location | undefined;
  /**
   * The issue, or for a CSV folder a `schema.invalid` one remade with the file and line of its
   * cell (and, for a yes/no cell, what it holds and the words it may hold).
   */
  readonly explain: (issue: Issue) => Issue;
}

/** What reading a JSON dataset adds: nothing to locate, no reading issues. */
const fromJson = {
  locate: () => undefined,
  readIssues: [],
  locateIssue: () => undefined,
  explain: (issue: Issue) => issue,
} as const;

/** How a CSV folder is read: `strict` refuses columns the format does not know. */
export interface ReadOptions {
  readonly strict?: boolean;
  /** Shown the reading of a CSV folder, file by file (a JSON file is read in one go, without it). */
  readonly meter?: Meter | undefined;
}

export function formatLocation(location: Location): string {
  const line = location.line > 0 ? `:${location.line}` : "";
  const column = location.column === undefined ? "" : `:${location.column}`;
  return `${location.file}${line}${column}`;
}

export function readInput(path: string, stdin: () => string, options: ReadOptions = {}): Input {
  if (path === "-") {
    let text: string;
    try {
      text = stdin();
    } catch (error) {
      throw fileError("read", "standard input", error);
    }
    return { ...parseJson(text, "<stdin>"), ...fromJson };
  }
  let isFolder: boolean;
  try {
    isFolder = statSync(path).isDirectory();
  } catch (error) {
    throw fileError("read", path, error);
  }
  if (isFolder) {
    try {
      const read = readCsvDataset(path, { strict: options.strict === true, meter: options.meter });
      return {
        input: read.input,
        label: path,
        locate: read.locate,
        readIssues: read.issues,
        locateIssue: (issue) =>
          read.issueLocation(issue) ?? (issue.path === undefined ? undefined : read.locate(issue.path)),
        explain: read.explain,
      };
    } catch (error) {
      if (error instanceof CsvError) throw new InputError(`${formatLocation(error.location)}: ${error.message}`, 1);
      throw error;
    }
  }
  return { ...parseJson(readTextFile(path), path), ...fromJson };
}

/**
 * JSON text read, or an InputError naming the line and column where it stops being JSON; `what`
 * the file should hold, for the message about an empty one.
 */
export function parseJson(
  text: string,
  label: string,
  what = "a dataset",
  exitCode: 1 | 2 = 1,
): { input: unknown; label: string } {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === "")
    throw new InputError(`${label}:1:1: the file is empty; it should hold ${what} in JSON`, exitCode);
  try {
    return { input: JSON.parse(body) as unknown, label };
  } catch {
    const found = jsonErrorOffset(body);
    const offset = found < 0 ? body.length : found;
    const before = body.slice(0, offset);
    const line = before.split("\n").length;
    const column = offset - before.lastIndexOf("\n");
    const reason =
      offset >= body.length
        ? "the file ends in the middle of the data (is it truncated?)"
        : `unexpected ${JSON.stringify(body.slice(offset, offset + 12))}`;
    throw new InputError(`${label}:${line}:${column}: not valid JSON: ${reason}`, exitCode);
  }
}
