// The CSV reader of the columnar path: the same RFC 4180 dialect as readCsv.ts (fields separated by
// commas, quoted with double quotes, a quote inside written twice, records ended by CRLF, LF or CR;
// a leading BOM and empty lines skipped; the same syntax errors at the same line and field), but
// over the file's bytes: a record is a list of byte ranges in a reused buffer, and no string is
// made unless a check needs one. A state export is read in a few hundred 8 MB reads.
import { closeSync, readSync } from "node:fs";
import { fileError, openForReading } from "../fileSystem.js";
import { CsvSyntaxError } from "../readCsv.js";

const COMMA = 44;
const QUOTE = 34;
const LF = 10;
const CR = 13;
const CHUNK_BYTES = 8 * 1024 * 1024;

/** One record: the byte ranges of its fields in `bytes` (inside the quotes for a quoted field). */
export class CsvRecord {
  bytes: Buffer = Buffer.alloc(0);
  /** How many fields. */
  count = 0;
  starts = new Int32Array(16);
  ends = new Int32Array(16);
  /** Per field: 0 plain, 1 quoted, 2 quoted with a doubled quote inside (to be undone). */
  quoted = new Uint8Array(16);
  /** The line the record starts on. */
  line = 0;

  /** The text of field `k`, untrimmed, decoded as UTF-8. */
  text(k: number): string {
    const text = this.bytes.toString("utf8", this.starts[k] as number, this.ends[k] as number);
    return this.quoted[k] === 2 ? text.replaceAll('""', '"') : text;
  }

  /** Every field's text (for the header, and the rare record that needs its strings). */
  texts(): string[] {
    const texts: string[] = [];
    for (let k = 0; k < this.count; k++) texts.push(this.text(k));
    return texts;
  }

  push(start: number, end: number, quoted: number): void {
    const k = this.count++;
    if (k >= this.starts.length) {
      const starts = new Int32Array(2 * k);
      starts.set(this.starts);
      this.starts = starts;
      const ends = new Int32Array(2 * k);
      ends.set(this.ends);
      this.ends = ends;
      const flags = new Uint8Array(2 * k);
      flags.set(this.quoted);
      this.quoted = flags;
    }
    this.starts[k] = start;
    this.ends[k] = end;
    this.quoted[k] = quoted;
  }
}

/** How far a read has come, for a progress meter: bytes since the last call, and records. */
export type ReadProgress = (bytes: number, records: number) => void;

/**
 * Calls `onRecord` with each record of the file (the header first; the record object is reused:
 * copy what you keep). Throws a CsvSyntaxError, or an InputError when the file cannot be read.
 */
export function readCsvBytes(
  path: string,
  onRecord: (record: CsvRecord) => void,
  progress?: ReadProgress,
  chunkBytes = CHUNK_BYTES,
): void {
  const fd = openForReading(path);
  try {
    let buffer = Buffer.allocUnsafe(chunkBytes);
    const record = new CsvRecord();
    const state = { line: 1, first: true };
    let filled = 0; // bytes in the buffer
    let ended = false;
    while (!ended) {
      if (filled === buffer.length) {
        // One record longer than the buffer: make room for it.
        const larger = Buffer.allocUnsafe(2 * buffer.length);
        buffer.copy(larger, 0, 0, filled);
        buffer = larger;
      }
      let bytes: number;
      try {
        bytes = readSync(fd, buffer, filled, buffer.length - filled, null);
      } catch (error) {
        throw fileError("read", path, error);
      }
      ended = bytes === 0;
      filled += bytes;
      record.bytes = buffer;
      const counted = { records: 0 };
      const used = parseCsvBytes(buffer, filled, ended, state, record, (found) => {
        counted.records++;
        onRecord(found);
      });
      if (progress !== undefined && (bytes > 0 || counted.records > 0)) progress(bytes, counted.records);
      buffer.copy(buffer, 0, used, filled);
      filled -= used;
    }
  } finally {
    closeSync(fd);
  }
}

/**
 * Parses the complete records of `bytes[0, end)` and returns where the first incomplete one
 * starts (`end` when `final`). `state.line` is the line the bytes start on, and is moved on.
 */
export function parseCsvBytes(
  bytes: Buffer,
  end: number,
  final: boolean,
  state: { line: number; first: boolean },
  record: CsvRecord,
  onRecord: (record: CsvRecord) => void,
): number {
  let i = 0;
  if (state.first) {
    if (end < 3 && !final) return 0;
    state.first = false;
    if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) i = 3;
  }
  while (i < end) {
    const start = i;
    const startLine = state.line;
    let line = startLine;
    record.count = 0;
    record.line = startLine;
    let complete = false;
    for (;;) {
      if (i < end && bytes[i] === QUOTE) {
        let from = i + 1;
        let escaped = 1;
        let closed = -1;
        for (;;) {
          const quote = bytes.indexOf(QUOTE, from);
          if (quote < 0 || quote >= end) {
            if (!final) break;
            throw new CsvSyntaxError(
              startLine,
              record.count + 1,
              "Quote Not Closed: a field opened with a quote has no closing quote",
            );
          }
          line += lineBreaks(bytes, from, quote);
          if (quote + 1 < end && bytes[quote + 1] === QUOTE) {
            escaped = 2;
            from = quote + 2;
            continue;
          }
          if (quote + 1 >= end && !final) break; // the next byte decides; wait for it
          closed = quote;
          break;
        }
        if (closed < 0) break; // ran out of bytes inside the quotes
        record.push(i + 1, closed, escaped);
        i = closed + 1;
        const next = i < end ? (bytes[i] as number) : -1;
        if (next === COMMA) {
          i++;
          continue;
        }
        if (i < end && next !== LF && next !== CR) {
          throw new CsvSyntaxError(
            line,
            record.count,
            "Invalid Closing Quote: a quoted field must end at a comma or the end of the line",
          );
        }
      } else {
        let j = i;
        let code = 0;
        while (j < end) {
          code = bytes[j] as number;
          if (code === COMMA || code === LF || code === CR) break;
          j++;
        }
        if (j >= end && !final) break; // the field may go on in the next chunk
        record.push(i, j, 0);
        i = j;
        if (j < end && code === COMMA) {
          i++;
          continue;
        }
      }
      // The end of the record: a line break, or the end of the bytes.
      if (i < end) {
        if (bytes[i] === CR) {
          if (i + 1 >= end && !final) break; // CR LF split across chunks
          i += bytes[i + 1] === LF && i + 1 < end ? 2 : 1;
        } else i++;
        line++;
      }
      complete = true;
      break;
    }
    if (!complete) return start;
    state.line = line;
    if (record.count === 1 && record.starts[0] === record.ends[0]) continue; // an empty line
    onRecord(record);
  }
  return end;
}

function lineBreaks(bytes: Buffer, from: number, to: number): number {
  let count = 0;
  for (let k = from; k < to; k++) {
    const code = bytes[k];
    if (code === LF || (code === CR && bytes[k + 1] !== LF)) count++;
  }
  return count;
}
