// A CSV reader for the command line (RFC 4180: fields separated by commas, quoted with double
// quotes, a quote inside written twice, records ended by CRLF, LF or CR; a leading BOM and empty
// lines are skipped). It reads the file in chunks, so a state-scale export (lakhs of rows, files
// larger than the longest string Node can hold) is read in one pass without a copy per row.
import { closeSync, readSync } from "node:fs";
import { StringDecoder } from "node:string_decoder";
import { fileError, openForReading } from "./fileSystem.js";

/** A syntax error, with the line where the record starts and the field (1-based) when known. */
export class CsvSyntaxError extends Error {
  constructor(
    readonly line: number,
    readonly column: number | undefined,
    message: string,
  ) {
    super(message);
  }
}

const COMMA = 44;
const QUOTE = 34;
const LF = 10;
const CR = 13;
const CHUNK_BYTES = 8 * 1024 * 1024;

/**
 * Calls `onRecord` with the fields of each record (an array reused between calls: copy what you
 * keep) and the line it starts on, the header first; `onChunk` with the bytes of each chunk read,
 * once its whole records have been passed on (for a progress meter). Throws a CsvSyntaxError, or
 * an InputError when the file cannot be read (it must be a regular file: a pipe or device is
 * refused unread).
 */
export function readCsv(
  path: string,
  onRecord: (fields: readonly string[], line: number) => void,
  chunkBytes = CHUNK_BYTES,
  onChunk?: (bytes: number) => void,
): void {
  const fd = openForReading(path);
  try {
    const decoder = new StringDecoder("utf8");
    const buffer = Buffer.allocUnsafe(chunkBytes);
    const state = { line: 1, first: true };
    let pending = "";
    for (;;) {
      let bytes: number;
      try {
        bytes = readSync(fd, buffer, 0, chunkBytes, null);
      } catch (error) {
        throw fileError("read", path, error);
      }
      const text = pending + (bytes === 0 ? decoder.end() : decoder.write(buffer.subarray(0, bytes)));
      const used = parseCsvText(text, bytes === 0, state, onRecord);
      pending = text.slice(used);
      if (bytes > 0) onChunk?.(bytes);
      if (bytes === 0) break;
    }
  } finally {
    closeSync(fd);
  }
}

/**
 * Parses the complete records of `text` and returns where the first incomplete one starts (the
 * end of the text when `final`). `state.line` is the line `text` starts on, and is moved on.
 */
export function parseCsvText(
  text: string,
  final: boolean,
  state: { line: number; first: boolean },
  onRecord: (fields: readonly string[], line: number) => void,
): number {
  const n = text.length;
  let i = 0;
  if (state.first) {
    if (n === 0 && !final) return 0;
    state.first = false;
    if (text.charCodeAt(0) === 0xfeff) i = 1;
  }
  const fields: string[] = [];
  while (i < n) {
    const start = i;
    const startLine = state.line;
    let line = startLine;
    fields.length = 0;
    let complete = false;
    for (;;) {
      if (text.charCodeAt(i) === QUOTE) {
        let value = "";
        let from = i + 1;
        for (;;) {
          const quote = text.indexOf('"', from);
          if (quote < 0) {
            if (!final) break;
            throw new CsvSyntaxError(
              startLine,
              fields.length + 1,
              "Quote Not Closed: a field opened with a quote has no closing quote",
            );
          }
          value += text.slice(from, quote);
          line += lineBreaks(text, from, quote);
          if (text.charCodeAt(quote + 1) === QUOTE) {
            value += '"';
            from = quote + 2;
            continue;
          }
          if (quote + 1 >= n && !final) break; // the next character decides; wait for it
          i = quote + 1;
          from = -1;
          break;
        }
        if (from !== -1) break; // ran out of text inside the quotes
        fields.push(value);
        const next = text.charCodeAt(i);
        if (next === COMMA) {
          i++;
          continue;
        }
        if (i < n && next !== LF && next !== CR) {
          throw new CsvSyntaxError(
            line,
            fields.length,
            "Invalid Closing Quote: a quoted field must end at a comma or the end of the line",
          );
        }
      } else {
        let j = i;
        let code = 0;
        while (j < n) {
          code = text.charCodeAt(j);
          if (code === COMMA || code === LF || code === CR) break;
          j++;
        }
        if (j >= n && !final) break; // the field may go on in the next chunk
        fields.push(text.slice(i, j));
        i = j;
        if (j < n && code === COMMA) {
          i++;
          continue;
        }
      }
      // The end of the record: a line break, or the end of the text.
      if (i < n) {
        if (text.charCodeAt(i) === CR) {
          if (i + 1 >= n && !final) break; // CR LF split across chunks
          i += text.charCodeAt(i + 1) === LF ? 2 : 1;
        } else i++;
        line++;
      }
      complete = true;
      break;
    }
    if (!complete) return start;
    state.line = line;
    if (fields.length === 1 && fields[0] === "") continue; // an empty line
    onRecord(fields, startLine);
  }
  return n;
}

function lineBreaks(text: string, from: number, to: number): number {
  let count = 0;
  for (let k = from; k < to; k++) {
    const code = text.charCodeAt(k);
    if (code === LF || (code === CR && text.charCodeAt(k + 1) !== LF)) count++;
  }
  return count;
}
