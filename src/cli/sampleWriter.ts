// `sample --format csv`: a sample written as a folder of CSV files row by row, as it is made, so
// that a state-scale sample (45 lakh members, years of meetings) is written in bounded memory.
import { randomBytes } from "node:crypto";
import { chmodSync, closeSync, openSync, realpathSync, renameSync, type Stats, unlinkSync, writeSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { type GenerateSampleOptions, type SamplePreset, sampleRecords } from "../testing/generateSample.js";
import { csvCell, TABLES } from "./csvDataset.js";
import { checkOutputFile, fileError, InputError, makeFolder } from "./fileSystem.js";

/** Bytes gathered before a write: few system calls, little memory. */
const BUFFER_BYTES = 1 << 20;
/** The most bytes a UTF-16 code unit takes in UTF-8. */
const MOST_BYTES_PER_UNIT = 3;

/** One table's file: rows gathered in a buffer, written into a new file beside the target. */
class TableWriter {
  private readonly buffer = Buffer.allocUnsafe(BUFFER_BYTES);
  private used = 0;
  private fd: number | undefined;
  /** The new file renamed over the target when complete; none for a device, written directly. */
  private temporary: string | undefined;
  private readonly target: string;
  rows = 0;

  constructor(
    /** The path as the user gave it, for messages. */
    readonly path: string,
    readonly columns: readonly string[],
    private readonly existing: Stats | undefined,
  ) {
    try {
      if (existing !== undefined && !existing.isFile()) {
        this.target = path;
        this.fd = openSync(path, "w");
      } else {
        // A link to a file is followed: the file it points at is replaced, the link stays.
        this.target = existing === undefined ? path : realpathSync(path);
        this.temporary = join(dirname(this.target), `.${basename(this.target)}.${randomBytes(6).toString("hex")}.tmp`);
        this.fd = openSync(this.temporary, "wx");
      }
    } catch (error) {
      throw fileError("write", path, error);
    }
    this.line(columns.join(","));
  }

  /** Adds a line (CRLF after it). */
  line(text: string): void {
    const most = text.length * MOST_BYTES_PER_UNIT + 2;
    if (this.used + most > BUFFER_BYTES) this.flush();
    if (most > BUFFER_BYTES) {
      this.writeAll(Buffer.from(`${text}\r\n`, "utf8"));
      return;
    }
    this.used += this.buffer.write(text, this.used, "utf8");
    this.used += this.buffer.write("\r\n", this.used, "latin1");
  }

  /** Adds a record as a row of the table's columns. */
  row(record: Readonly<Record<string, unknown>>): void {
    let text = "";
    for (let k = 0; k < this.columns.length; k++)
      text += (k === 0 ? "" : ",") + csvCell(record[this.columns[k] as string]);
    this.line(text);
    this.rows++;
  }

  flush(): void {
    this.writeAll(this.buffer.subarray(0, this.used));
    this.used = 0;
  }

  private writeAll(bytes: Uint8Array): void {
    try {
      for (let offset = 0; offset < bytes.length; )
        offset += writeSync(this.fd as number, bytes, offset, bytes.length - offset);
    } catch (error) {
      throw fileError("write", this.path, error);
    }
  }

  /** Writes what is left and closes the file (still under its temporary name). */
  finish(): void {
    this.flush();
    this.close();
  }

  /** Puts the complete file in place of the target, with the mode of the file it replaces. */
  commit(): void {
    if (this.temporary === undefined) return;
    try {
      if (this.existing !== undefined) chmodSync(this.temporary, this.existing.mode & 0o7777);
      renameSync(this.temporary, this.target);
      this.temporary = undefined;
    } catch (error) {
      throw fileError("write", this.path, error);
    }
  }

  /** Closes the file and removes the new file, after a failure. */
  abandon(): void {
    try {
      this.close();
    } catch {
      // Closing a file that failed: nothing more to do.
    }
    if (this.temporary !== undefined) {
      try {
        unlinkSync(this.temporary);
      } catch {
        // It is gone already.
      }
    }
  }

  private close(): void {
    if (this.fd === undefined) return;
    const fd = this.fd;
    this.fd = undefined;
    try {
      closeSync(fd);
    } catch (error) {
      throw fileError("write", this.path, error);
    }
  }
}

/** What {@link writeSampleCsv} wrote: each file with its number of rows (the header apart). */
export interface WrittenTable {
  readonly path: string;
  readonly rows: number;
}

/**
 * Writes a sample as a folder of CSV files, the same bytes as `writeCsvDataset(generateSample(preset,
 * options), folder)` (every table's file, a table without records as its header), but row by row as
 * the sample is made: the state-scale presets are never held in memory. Each file is written
 * beside its target and renamed over it only when every file is complete, so a failure (a full
 * disk) leaves the folder's files as they were. Throws an InputError when the folder or a file
 * cannot be written, and a RangeError (before writing anything) for options out of range.
 */
export function writeSampleCsv(preset: SamplePreset, options: GenerateSampleOptions, folder: string): WrittenTable[] {
  const records = sampleRecords(preset, options);
  makeFolder(folder);
  const paths = TABLES.map((table) => join(folder, table.file));
  // Every target is looked at before any is opened: a folder in the way fails before any work.
  const existing = paths.map((path) => checkOutputFile(path));
  const writers: TableWriter[] = [];
  try {
    TABLES.forEach((table, k) => {
      writers.push(new TableWriter(paths[k] as string, Object.keys(table.columns), existing[k]));
    });
    const byCollection = new Map(TABLES.map((table, k) => [table.collection as string, writers[k] as TableWriter]));
    for (const { collection, record } of records) {
      const writer = byCollection.get(collection);
      if (writer === undefined) throw new InputError(`sample: no CSV table for ${collection}`, 2);
      writer.row(record as unknown as Readonly<Record<string, unknown>>);
    }
    for (const writer of writers) writer.finish();
    for (const writer of writers) writer.commit();
  } catch (error) {
    for (const writer of writers) writer.abandon();
    throw error;
  }
  return writers.map((writer) => ({ path: writer.path, rows: writer.rows }));
}
