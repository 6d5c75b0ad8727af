// Where a command's data comes from: a JSON file, standard input ("-") or a folder of CSV files.
import { statSync } from "node:fs";
import { CsvError, type Location, readCsvDataset } from "./csvDataset.js";
import { fileError, InputError, readTextFile } from "./fileSystem.js";
import { jsonErrorOffset } from "./jsonErrorOffset.js";

export { InputError } from "./fileSystem.js";

export interface Input {
  readonly input: unknown;
  readonly label: string;
  readonly locate: (path: readonly (string | number)[]) => Location | undefined;
}

const noLocation = () => undefined;

export function formatLocation(location: Location): string {
  const line = location.line > 0 ? `:${location.line}` : "";
  const column = location.column === undefined ? "" : `:${location.column}`;
  return `${location.file}${line}${column}`;
}

export function readInput(path: string, stdin: () => string): Input {
  if (path === "-") {
    let text: string;
    try {
      text = stdin();
    } catch (error) {
      throw fileError("read", "standard input", error);
    }
    return { ...parseJson(text, "<stdin>"), locate: noLocation };
  }
  let isFolder: boolean;
  try {
    isFolder = statSync(path).isDirectory();
  } catch (error) {
    throw fileError("read", path, error);
  }
  if (isFolder) {
    try {
      const { input, locate } = readCsvDataset(path);
      return { input, label: path, locate };
    } catch (error) {
      if (error instanceof CsvError) throw new InputError(`${formatLocation(error.location)}: ${error.message}`, 1);
      throw error;
    }
  }
  return { ...parseJson(readTextFile(path), path), locate: noLocation };
}

function parseJson(text: string, label: string): { input: unknown; label: string } {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === "") throw new InputError(`${label}:1:1: the file is empty; it should hold a dataset in JSON`, 1);
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
    throw new InputError(`${label}:${line}:${column}: not valid JSON: ${reason}`, 1);
  }
}
