// Checks of one CSV cell on its bytes, for the columnar path. Each says "certainly valid" (with the
// value, when one is kept) or "ask the schema": a cell that is not plain ASCII, or that any rule
// of the zod schema might refuse, sends its record to the schemas (see checkRecord.ts), which stay
// the source of truth. So a check may be stricter than the schema, never looser.
import type { CsvRecord } from "./readCsvBytes.js";

/** The cell is not certainly valid: its record is checked by the schema. */
export const ASK = -2;
/** The cell is empty (after trimming): the field is left out of the record. */
export const EMPTY = -1;

/** Trimmed bounds of the last `trimmed` call. */
export const cell = { start: 0, end: 0 };

/**
 * Trims field `k` of ASCII whitespace (as String#trim does for ASCII) into `cell`. Returns false
 * when the field holds a byte that is not ASCII or a doubled quote, whose text only a decoder
 * can give.
 */
export function trimmed(record: CsvRecord, k: number): boolean {
  if (record.quoted[k] === 2) return false;
  const bytes = record.bytes;
  let start = record.starts[k] as number;
  let end = record.ends[k] as number;
  while (start < end && isSpace(bytes[start] as number)) start++;
  while (end > start && isSpace(bytes[end - 1] as number)) end--;
  for (let i = start; i < end; i++) if ((bytes[i] as number) >= 0x80) return false;
  cell.start = start;
  cell.end = end;
  return true;
}

function isSpace(code: number): boolean {
  return code === 0x20 || (code >= 0x09 && code <= 0x0d);
}

/**
 * An id cell: 1 when it is a valid id (trimmed ASCII, not empty: a printable character comes
 * first), EMPTY when empty, ASK otherwise. The bounds are in `cell`.
 */
export function idCell(record: CsvRecord, k: number): number {
  if (k < 0) return EMPTY;
  if (!trimmed(record, k)) return ASK;
  return cell.end > cell.start ? 1 : EMPTY;
}

/** A date cell as the number yyyymmdd when it names a real day, EMPTY when empty, ASK otherwise. */
export function dateCell(record: CsvRecord, k: number): number {
  if (k < 0) return EMPTY;
  if (!trimmed(record, k)) return ASK;
  const { start, end } = cell;
  if (end === start) return EMPTY;
  if (end - start !== 10) return ASK;
  const b = record.bytes;
  if (b[start + 4] !== 45 || b[start + 7] !== 45) return ASK;
  const year = digits(b, start, start + 4);
  const month = digits(b, start + 5, start + 7);
  const day = digits(b, start + 8, start + 10);
  if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return ASK;
  return year * 10000 + month * 100 + day;
}

function digits(bytes: Buffer, from: number, to: number): number {
  let value = 0;
  for (let i = from; i < to; i++) {
    const digit = (bytes[i] as number) - 48;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** The words of an enum as bytes, to match cells against without a string. */
export function enumWords(words: readonly string[]): readonly Buffer[] {
  return words.map((word) => Buffer.from(word, "latin1"));
}

/** The position of the cell in `words`, EMPTY when empty, ASK when it is none of them. */
export function enumCell(record: CsvRecord, k: number, words: readonly Buffer[]): number {
  if (k < 0) return EMPTY;
  if (!trimmed(record, k)) return ASK;
  const { start, end } = cell;
  if (end === start) return EMPTY;
  const bytes = record.bytes;
  const length = end - start;
  for (let w = 0; w < words.length; w++) {
    const word = words[w] as Buffer;
    if (word.length !== length) continue;
    let same = true;
    for (let i = 0; i < length && same; i++) same = word[i] === bytes[start + i];
    if (same) return w;
  }
  return ASK;
}

const YES = enumWords(["true", "yes", "y", "1"]);
const NO = enumWords(["false", "no", "n", "0"]);

/**
 * A yes/no cell: 1 yes, 0 no (in any ASCII case), EMPTY when empty, ASK for another word (whose
 * issue echoes the cell as written).
 */
export function yesNoCell(record: CsvRecord, k: number): number {
  if (k < 0) return EMPTY;
  if (!trimmed(record, k)) return ASK;
  const { start, end } = cell;
  if (end === start) return EMPTY;
  const lower = Buffer.from(record.bytes.subarray(start, end));
  for (let i = 0; i < lower.length; i++) {
    const code = lower[i] as number;
    if (code >= 65 && code <= 90) lower[i] = code + 32;
  }
  if (YES.some((word) => word.equals(lower))) return 1;
  if (NO.some((word) => word.equals(lower))) return 0;
  return ASK;
}

/** The items of the last `idListCell` call: bounds of each id. */
export const listItems = { starts: new Int32Array(64), ends: new Int32Array(64) };

/**
 * A list cell of ids (`a;b;c`): its ids (trimmed, empty items left out, as the CSV reader does)
 * into `listItems`; returns their count, EMPTY when the cell is empty (the field is left out), ASK
 * when it holds anything but ASCII.
 */
export function idListCell(record: CsvRecord, k: number): number {
  if (k < 0) return EMPTY;
  if (!trimmed(record, k)) return ASK;
  const { start, end } = cell;
  if (end === start) return EMPTY;
  const bytes = record.bytes;
  let count = 0;
  let from = start;
  while (from <= end) {
    let to = from;
    while (to < end && bytes[to] !== 59) to++;
    let a = from;
    let b = to;
    while (a < b && isSpace(bytes[a] as number)) a++;
    while (b > a && isSpace(bytes[b - 1] as number)) b--;
    if (b > a) {
      if (count >= listItems.starts.length) {
        const starts = new Int32Array(2 * count);
        starts.set(listItems.starts);
        listItems.starts = starts;
        const ends = new Int32Array(2 * count);
        ends.set(listItems.ends);
        listItems.ends = ends;
      }
      listItems.starts[count] = a;
      listItems.ends[count] = b;
      count++;
    }
    from = to + 1;
  }
  return count;
}

/** A date as the number yyyymmdd, written YYYY-MM-DD. */
export function keyDate(key: number): string {
  const year = Math.floor(key / 10000);
  const month = Math.floor(key / 100) % 100;
  const day = key % 100;
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** `idClass` (findLookalikes.ts) of an ASCII id given by its bytes. */
export function idClassOfBytes(bytes: Uint8Array, start: number, end: number): number {
  let bits = 0;
  for (let i = start; i < end; i++) {
    const c = bytes[i] as number;
    if (c > 0x7e || c < 0x20 || (c === 0x20 && (i === start || i === end - 1))) return bits | 4;
    if (c >= 0x61 && c <= 0x7a) bits |= 2;
    else if (c >= 0x41 && c <= 0x5a) bits |= 1;
  }
  return bits;
}
