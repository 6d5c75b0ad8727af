// The command line's file access. What it reads must be a regular file (a pipe can block for ever,
// a device never end); what it writes is written whole or not at all; every failure becomes an
// InputError that names the path and says the cause in words, for one line on standard error.
import { randomBytes } from "node:crypto";
import {
  chmodSync,
  closeSync,
  constants,
  fstatSync,
  mkdirSync,
  openSync,
  readFileSync,
  realpathSync,
  renameSync,
  type Stats,
  statSync,
  unlinkSync,
  writeFileSync,
} from "node:fs";
import { basename, dirname, join } from "node:path";

/** A problem reading the input: the command cannot run (exit 2) or the data is malformed (exit 1). */
export class InputError extends Error {
  constructor(
    message: string,
    readonly exitCode: 1 | 2,
  ) {
    super(message);
  }
}

const CAUSES: Readonly<Record<string, string>> = {
  ENOENT: "no such file or folder",
  EACCES: "permission denied",
  EPERM: "operation not permitted",
  ELOOP: "too many levels of symbolic links",
  ENOSPC: "no space left on device",
  EDQUOT: "disk quota exceeded",
  EROFS: "read-only file system",
  EISDIR: "is a folder, not a file",
  ENOTDIR: "a part of the path is not a folder",
  ENAMETOOLONG: "the name is too long",
  EIO: "input/output error",
  EMFILE: "too many open files",
  ENFILE: "too many open files in the system",
  EBUSY: "the file is busy",
  ETXTBSY: "the file is busy",
  EEXIST: "already exists",
  EFBIG: "the file is too large",
  ENXIO: "no such device or address",
  ENODEV: "no such device",
  EAGAIN: "nothing to read yet (is it a pipe or a device?)",
  ESTALE: "the network file is no longer there",
  ERR_FS_FILE_TOO_LARGE: "the file is larger than 2 GB, too large to read as JSON: use a folder of CSV files",
  ERR_STRING_TOO_LONG: "the file is too large to read as JSON (the most is about 500 MB): use a folder of CSV files",
};

/** What went wrong, in words: "permission denied", "too many levels of symbolic links". */
export function causeOf(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === "string" && Object.hasOwn(CAUSES, code)) return CAUSES[code] as string;
  const message = error instanceof Error ? error.message : String(error);
  // Node's own words for other codes: "ECODE: what went wrong, syscall 'path'".
  return /^E[A-Z0-9]+: (.*?)(?:, \w+(?: '.*')?)?$/s.exec(message)?.[1] ?? message;
}

/** The one-line error for a file that cannot be read or written: `cannot read <path>: <cause>`. */
export function fileError(verb: "read" | "write", path: string, error: unknown): InputError {
  return new InputError(`cannot ${verb} ${path}: ${causeOf(error)}`, 2);
}

export function errorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" ? code : undefined;
}

function notAFile(stats: Stats): string {
  if (stats.isDirectory()) return "is a folder, not a file";
  if (stats.isFIFO()) return "is a pipe, not a regular file";
  if (stats.isSocket()) return "is a socket, not a regular file";
  return "is a device, not a regular file";
}

// Opened without blocking: should the path become a pipe between the check and the opening,
// the opening does not wait for a writer, and the check of the open file refuses it.
const READ_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/**
 * Opens a regular file for reading and returns its descriptor. A folder, pipe, socket or device
 * is refused before anything is read (a pipe without a writer would block for ever).
 */
export function openForReading(path: string): number {
  let stats: Stats;
  try {
    stats = statSync(path);
  } catch (error) {
    throw fileError("read", path, error);
  }
  if (!stats.isFile()) throw new InputError(`cannot read ${path}: ${notAFile(stats)}`, 2);
  let fd: number;
  try {
    fd = openSync(path, READ_FLAGS);
    stats = fstatSync(fd);
  } catch (error) {
    throw fileError("read", path, error);
  }
  if (!stats.isFile()) {
    closeSync(fd);
    throw new InputError(`cannot read ${path}: ${notAFile(stats)}`, 2);
  }
  return fd;
}

/** The text of a regular file (UTF-8). */
export function readTextFile(path: string): string {
  const fd = openForReading(path);
  try {
    return readFileSync(fd, "utf8");
  } catch (error) {
    throw fileError("read", path, error);
  } finally {
    closeSync(fd);
  }
}

/**
 * Checks that a file can be written where `path` points, before the work that makes its text:
 * nothing there yet, a regular file, or a device such as `/dev/null` (returned); a folder, pipe
 * or socket, or a path that cannot be looked at, is an InputError.
 */
export function checkOutputFile(path: string): Stats | undefined {
  let existing: Stats;
  try {
    existing = statSync(path);
  } catch (error) {
    if (errorCode(error) === "ENOENT") return undefined;
    throw fileError("write", path, error);
  }
  if (existing.isDirectory() || existing.isFIFO() || existing.isSocket())
    throw new InputError(`cannot write ${path}: ${notAFile(existing)}`, 2);
  return existing;
}

/**
 * Writes a file whole or not at all: into a new file beside it, renamed over it when complete,
 * so a full disk leaves no half-written file (and an old file as it was). A device such as
 * `/dev/null` is written in place; a folder, pipe or socket is refused.
 */
export function writeTextFile(path: string, text: string): void {
  const existing = checkOutputFile(path);
  if (existing !== undefined && !existing.isFile()) {
    try {
      writeFileSync(path, text);
    } catch (error) {
      throw fileError("write", path, error);
    }
    return;
  }
  let temporary: string | undefined;
  try {
    // A link to a file is followed: the file it points at is replaced, the link stays.
    const target = existing === undefined ? path : realpathSync(path);
    temporary = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString("hex")}.tmp`);
    writeFileSync(temporary, text, { flag: "wx" });
    if (existing !== undefined) chmodSync(temporary, existing.mode & 0o7777);
    renameSync(temporary, target);
  } catch (error) {
    if (temporary !== undefined) {
      try {
        unlinkSync(temporary);
      } catch {
        // It was not made, or is gone already.
      }
    }
    throw fileError("write", path, error);
  }
}

/**
 * Makes a folder and the folders above it that are missing. Not `mkdirSync(path, { recursive:
 * true })`: on Linux that loops for ever where a parent exists but cannot hold folders (a path
 * under `/proc`, where mkdir says "no such file" however often it is asked).
 */
export function makeFolder(path: string): void {
  const make = () => {
    try {
      mkdirSync(path);
    } catch (error) {
      if (errorCode(error) !== "EEXIST") throw error;
      let stats: Stats;
      try {
        stats = statSync(path);
      } catch (statError) {
        throw fileError("write", path, statError);
      }
      if (!stats.isDirectory()) throw new InputError(`cannot write ${path}: it is a file, not a folder`, 2);
    }
  };
  try {
    make();
    return;
  } catch (error) {
    if (error instanceof InputError) throw error;
    const parent = dirname(path);
    if (errorCode(error) !== "ENOENT" || parent === path) throw fileError("write", path, error);
  }
  makeFolder(dirname(path));
  try {
    make(); // once more, now that the parent is there; a second "no such file" is final
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw fileError("write", path, error);
  }
}
