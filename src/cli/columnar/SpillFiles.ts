// Temporary files of 32-bit numbers, for what the columnar read would otherwise keep per meeting
// (crores of them): rows go out through small buffers to files in a folder of their own under the
// system's temporary folder, and come back a chunk at a time. The folder is removed by `remove`,
// which the read calls in a `finally`, so it is gone after an error too. A process that is killed
// (Ctrl-C, out of memory) runs no `finally`: its folder is named after the machine and the process,
// and the next command that makes one removes the folders of processes of this machine that are gone.
import { createHash } from "node:crypto";
import { closeSync, mkdtempSync, openSync, readdirSync, readSync, rmSync, unlinkSync, writeSync } from "node:fs";
import { hostname, tmpdir } from "node:os";
import { join } from "node:path";
import { causeOf, InputError } from "../fileSystem.js";

/** The limits of what the meetings' passes keep in memory (tests lower them to reach the files). */
export const spillSettings = {
  /** Rows kept in memory; past this many they go to temporary files. */
  memoryRows: 2_000_000,
  /** Rows a partition holds at most when it is checked in memory; a larger one is split first. */
  partitionRows: 1 << 19,
  /** Where the temporary folders are made: the system's temporary folder when undefined. */
  directory: undefined as string | undefined,
  /** Told each temporary folder as it is made (tests check that it is gone afterwards). */
  made: undefined as ((folder: string) => void) | undefined,
};

/** Numbers a file's buffer holds before it is written (64 KB). */
const BUFFER_NUMBERS = 1 << 14;
/** Numbers read back at a time (1 MB). */
const CHUNK_NUMBERS = 1 << 18;

/** How many partitions (16 to 64) `expectedRows` rows need so that each holds about `rows` of them. */
export function partitionCount(expectedRows: number, rows: number): number {
  let count = 16;
  while (count < 64 && count * rows < expectedRows) count *= 2;
  return count;
}

/** The machine, as 8 hex digits: a folder in a shared temporary folder is only ever removed by its own machine. */
const MACHINE = createHash("sha256").update(hostname()).digest("hex").slice(0, 8);
/** The start of this process's folders' names (mkdtemp adds six characters). */
const PREFIX = `kudumbashree-spill-${MACHINE}-${process.pid}-`;
const OURS = /^kudumbashree-spill-([0-9a-f]{8})-(\d+)-[A-Za-z0-9]{6}$/;

/** Removes the folders in `parent` left by processes of this machine that are no longer running. */
export function removeStaleFolders(parent: string): void {
  let names: string[];
  try {
    names = readdirSync(parent);
  } catch {
    return;
  }
  for (const name of names) {
    const match = OURS.exec(name);
    if (match === null || match[1] !== MACHINE) continue;
    const pid = Number(match[2]);
    if (pid === process.pid || isRunning(pid)) continue;
    try {
      rmSync(join(parent, name), { recursive: true, force: true });
    } catch {
      // Another user's, or removed meanwhile: not ours to insist on.
    }
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0); // signal 0: only asks whether the process is there
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM"; // there, but another user's
  }
}

/** A folder of temporary files, made when the first file is. */
export class SpillFolder {
  private path: string | undefined;
  private readonly files: SpillFile[] = [];

  /** A new empty file of rows of `width` numbers. */
  file(width: number): SpillFile {
    if (this.path === undefined) {
      const parent = spillSettings.directory ?? tmpdir();
      removeStaleFolders(parent);
      try {
        this.path = mkdtempSync(join(parent, PREFIX));
      } catch (error) {
        throw spillError(join(parent, "kudumbashree-spill-…"), error);
      }
      spillSettings.made?.(this.path);
    }
    const path = join(this.path, `${this.files.length}.bin`);
    let fd: number;
    try {
      fd = openSync(path, "w+");
    } catch (error) {
      throw spillError(path, error);
    }
    const file = new SpillFile(path, fd, width);
    this.files.push(file);
    return file;
  }

  /** Closes every file and removes the folder with what is in it. */
  remove(): void {
    for (const file of this.files) file.close();
    this.files.length = 0;
    if (this.path !== undefined) rmSync(this.path, { recursive: true, force: true });
    this.path = undefined;
  }
}

/** Rows of `width` 32-bit numbers written to one file in order, and read back in that order. */
export class SpillFile {
  /** Rows written (buffered ones included). */
  rows = 0;
  private buffer: Int32Array;
  private filled = 0;
  private written = 0; // bytes
  private fd: number | undefined;

  constructor(
    private readonly path: string,
    fd: number,
    readonly width: number,
  ) {
    this.fd = fd;
    // Whole rows to a buffer, so that a chunk read back never ends inside a row.
    this.buffer = new Int32Array(BUFFER_NUMBERS - (BUFFER_NUMBERS % width));
  }

  /** Adds a row of one number. */
  push1(a: number): void {
    if (this.filled + 1 > this.buffer.length) this.flush();
    this.buffer[this.filled++] = a;
    this.rows++;
  }

  /** Adds a row of two numbers. */
  push2(a: number, b: number): void {
    if (this.filled + 2 > this.buffer.length) this.flush();
    const buffer = this.buffer;
    buffer[this.filled] = a;
    buffer[this.filled + 1] = b;
    this.filled += 2;
    this.rows++;
  }

  /** Adds a row of `width` numbers, `source[at, at + width)`. */
  pushRow(source: ArrayLike<number>, at: number): void {
    const width = this.width;
    if (this.filled + width > this.buffer.length) this.flush();
    const buffer = this.buffer;
    for (let c = 0; c < width; c++) buffer[this.filled + c] = source[at + c] as number;
    this.filled += width;
    this.rows++;
  }

  /**
   * Calls `each` with the rows in the order written, a chunk at a time (`numbers[0, rows * width)`,
   * reused by the next call), until it answers false.
   */
  read(each: (numbers: Int32Array, rows: number) => boolean): void {
    this.flush();
    const chunk = new Int32Array(Math.min(CHUNK_NUMBERS - (CHUNK_NUMBERS % this.width), this.written / 4));
    const bytes = new Uint8Array(chunk.buffer);
    for (let at = 0; at < this.written; ) {
      const length = Math.min(bytes.length, this.written - at);
      let got = 0;
      try {
        while (got < length) {
          const read = readSync(this.descriptor(), bytes, got, length - got, at + got);
          if (read === 0) throw new Error("the file ended early");
          got += read;
        }
      } catch (error) {
        throw spillError(this.path, error, "read");
      }
      at += length;
      if (!each(chunk, length / 4 / this.width)) return;
    }
  }

  /** The rows in one array (for a file small enough to hold). */
  readAll(): Int32Array {
    const all = new Int32Array(this.rows * this.width);
    let at = 0;
    this.read((numbers, rows) => {
      all.set(numbers.subarray(0, rows * this.width), at);
      at += rows * this.width;
      return true;
    });
    return all;
  }

  /** Closes and deletes the file (its room on the disk is given back at once). */
  close(): void {
    if (this.fd === undefined) return;
    closeSync(this.fd);
    this.fd = undefined;
    this.buffer = new Int32Array(0);
    try {
      unlinkSync(this.path);
    } catch {
      // The folder's removal takes what is left.
    }
  }

  private flush(): void {
    if (this.filled === 0) return;
    const bytes = new Uint8Array(this.buffer.buffer, 0, 4 * this.filled);
    try {
      for (let done = 0; done < bytes.length; )
        done += writeSync(this.descriptor(), bytes, done, bytes.length - done, this.written + done);
    } catch (error) {
      throw spillError(this.path, error);
    }
    this.written += bytes.length;
    this.filled = 0;
  }

  private descriptor(): number {
    if (this.fd === undefined) throw new Error(`${this.path} is closed`);
    return this.fd;
  }
}

function spillError(path: string, error: unknown, verb: "read" | "write" = "write"): InputError {
  return new InputError(
    `cannot ${verb} the temporary file ${path} (a large meetings.csv is checked on disk; ` +
      `TMPDIR names the folder to use): ${causeOf(error)}`,
    2,
  );
}
