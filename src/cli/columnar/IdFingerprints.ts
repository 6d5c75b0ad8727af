// Whether a file repeats an id, without keeping the ids: meetings come by crores. Each id becomes
// a 63-bit fingerprint (two 32-bit hashes). Up to spillSettings.memoryRows of them are kept in an
// open-addressing table (8 bytes each); past that, so that memory does not grow with the meetings,
// they go to temporary files, partitioned by their first bits, and each partition is checked alone
// once the file is read. Two ids may share a fingerprint (rarely): a repeated fingerprint only says
// that an id may repeat, and the caller then reads the folder whole, which knows.
import { partitionCount, type SpillFile, SpillFolder, spillSettings } from "./SpillFiles.js";

/** The fingerprint of the id last hashed: `h1` (never 0: 0 marks an empty place) and `h2`. */
const PRINT = { h1: 0, h2: 0 };

function hashBytes(bytes: Uint8Array, start: number, end: number): void {
  let a = 0x811c9dc5;
  let b = 0x9e3779b9;
  for (let i = start; i < end; i++) {
    const c = bytes[i] as number;
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 15;
  }
  b = Math.imul(b ^ (b >>> 13), 0xc2b2ae35);
  PRINT.h1 = (a ^ (a >>> 16)) | 1;
  PRINT.h2 = b ^ (b >>> 16);
}

function hashText(id: string): void {
  const bytes = Buffer.from(id, "utf8");
  hashBytes(bytes, 0, bytes.length);
}

/** A set of fingerprints in an open-addressing table that doubles when half full. */
class FingerprintTable {
  count = 0;
  private table: Int32Array;

  constructor(expected: number) {
    let size = 1024;
    while (size < 2 * expected) size *= 2;
    this.table = new Int32Array(2 * size);
  }

  /** Adds a fingerprint; true when it was there already. */
  add(h1: number, h2: number): boolean {
    if (2 * (this.count + 1) > this.table.length / 2) this.grow();
    return this.insert(this.table, h1, h2);
  }

  /** Calls `each` with every fingerprint, in no particular order. */
  forEach(each: (h1: number, h2: number) => void): void {
    const table = this.table;
    for (let at = 0; at < table.length; at += 2)
      if (table[at] !== 0) each(table[at] as number, table[at + 1] as number);
  }

  private insert(table: Int32Array, h1: number, h2: number): boolean {
    const mask = table.length / 2 - 1;
    for (let slot = (h1 >>> 1) & mask; ; slot = (slot + 1) & mask) {
      const at = 2 * slot;
      if (table[at] === 0) {
        table[at] = h1;
        table[at + 1] = h2;
        this.count++;
        return false;
      }
      if (table[at] === h1 && table[at + 1] === h2) return true;
    }
  }

  private grow(): void {
    const old = this.table;
    this.table = new Int32Array(2 * old.length);
    this.count = 0;
    for (let at = 0; at < old.length; at += 2)
      if (old[at] !== 0) this.insert(this.table, old[at] as number, old[at + 1] as number);
  }
}

/**
 * The fingerprints of a file's ids, added in the file's order. `add` answers true when an id's
 * fingerprint came before, as long as they are held in memory; once they have gone to disk, it
 * answers false and `repeats` tells, after the last id, whether one came twice.
 */
export class IdFingerprints {
  private table: FingerprintTable | undefined;
  private folder: SpillFolder | undefined;
  private parts: SpillFile[] = [];
  private bits = 0; // a partition is chosen by the first `bits` bits of h2

  /**
   * `expected`: about how many ids will come. Past the memory limit they go to disk from the first
   * (a table that would be dropped half way is not made); below it the table is sized for them.
   */
  constructor(private readonly expected: number) {
    if (expected < spillSettings.memoryRows) this.table = new FingerprintTable(expected);
  }

  /** Adds the id in `bytes[start, end)`: true when its fingerprint is known to have come before. */
  add(bytes: Uint8Array, start: number, end: number): boolean {
    hashBytes(bytes, start, end);
    return this.addPrint(PRINT.h1, PRINT.h2);
  }

  /** An id given as a string. */
  addText(id: string): boolean {
    hashText(id);
    return this.addPrint(PRINT.h1, PRINT.h2);
  }

  /** Whether the fingerprints went to temporary files (and `repeats` has to look at them). */
  get spilled(): boolean {
    return this.folder !== undefined;
  }

  /**
   * After the last id, when they went to disk: a finder of the earliest id whose fingerprint came
   * before (to be given the ids again, in the same order), or undefined when none repeats. Each
   * partition is checked in a table of its own, its fingerprints in the order they came, and the
   * first that is there already is noted: the earliest repeat of the file is among those noted.
   */
  repeats(): RepeatFinder | undefined {
    if (this.folder === undefined) return undefined;
    const noted: number[] = [];
    for (const part of this.parts) firstRepeat(part, this.folder, this.bits, noted);
    this.parts = [];
    return noted.length === 0 ? undefined : new RepeatFinder(noted);
  }

  /** Removes the temporary files, if any (the caller's `finally`: after an error too). */
  remove(): void {
    this.folder?.remove();
    this.folder = undefined;
    this.parts = [];
    this.table = undefined;
  }

  private addPrint(h1: number, h2: number): boolean {
    if (this.folder === undefined) {
      if (this.table !== undefined && this.table.count < spillSettings.memoryRows) return this.table.add(h1, h2);
      this.spill(this.table);
    }
    (this.parts[h2 >>> (32 - this.bits)] as SpillFile).push2(h1, h2);
    return false;
  }

  /**
   * Moves the table's fingerprints to partition files. They are distinct, so their order does not
   * matter: each partition holds them before those that come later, in the file's order.
   */
  private spill(table: FingerprintTable | undefined): void {
    const folder = new SpillFolder();
    const count = partitionCount(Math.max(this.expected, 2 * (table?.count ?? 0)), spillSettings.partitionRows);
    try {
      this.parts = Array.from({ length: count }, () => folder.file(2));
    } catch (error) {
      folder.remove();
      throw error;
    }
    this.folder = folder;
    this.bits = Math.log2(count);
    table?.forEach((h1, h2) => {
      (this.parts[h2 >>> (32 - this.bits)] as SpillFile).push2(h1, h2);
    });
    this.table = undefined;
  }
}

/**
 * Notes in `noted` the first fingerprint of a partition that comes a second time, if one does. A
 * partition with more distinct fingerprints than a table may hold is split in 16 by the next four
 * bits of its fingerprints, and each part checked alone: the split ends, since a part whose
 * fingerprints share all their bits holds one fingerprint, found again at its second row.
 */
function firstRepeat(file: SpillFile, folder: SpillFolder, offset: number, noted: number[]): void {
  const most = Math.max(2, spillSettings.partitionRows);
  let table: FingerprintTable | undefined = new FingerprintTable(Math.min(file.rows, most));
  let full = false;
  file.read((numbers, rows) => {
    const seen = table as FingerprintTable;
    for (let k = 0; k < 2 * rows; k += 2) {
      if (seen.count >= most) {
        full = true;
        return false;
      }
      const h1 = numbers[k] as number;
      const h2 = numbers[k + 1] as number;
      if (seen.add(h1, h2)) {
        noted.push(h1, h2);
        return false;
      }
    }
    return true;
  });
  table = undefined;
  if (!full) {
    file.close();
    return;
  }
  if (offset >= 63) throw new Error("a partition of one fingerprint cannot fill a table");
  const parts = Array.from({ length: 16 }, () => folder.file(2));
  file.read((numbers, rows) => {
    for (let k = 0; k < 2 * rows; k += 2) {
      const h1 = numbers[k] as number;
      const h2 = numbers[k + 1] as number;
      (parts[nibble(h1, h2, offset)] as SpillFile).push2(h1, h2);
    }
    return true;
  });
  file.close();
  for (const part of parts) firstRepeat(part, folder, offset + 4, noted);
}

/**
 * Four bits of a fingerprint from bit `offset`, counting from the top of its 63 bits: h2's 32, then
 * h1's but the lowest (always 1). Bits past the end are 0.
 */
function nibble(h1: number, h2: number, offset: number): number {
  let value = 0;
  for (let p = offset; p < offset + 4; p++) {
    const bit = p < 32 ? (h2 >>> (31 - p)) & 1 : p < 63 ? (h1 >>> (63 - p)) & 1 : 0;
    value = (value << 1) | bit;
  }
  return value;
}

/**
 * Given the ids again in the same order, tells the first whose fingerprint is one of a few and came
 * before: the earliest repeat, whose id `IdFingerprints` could not keep.
 */
export class RepeatFinder {
  // By h1: h2 and the times seen, two numbers for each fingerprint.
  private readonly prints = new Map<number, number[]>();

  /** `pairs`: h1 and h2 of each fingerprint, one after the other. */
  constructor(pairs: readonly number[]) {
    for (let k = 0; k < pairs.length; k += 2) {
      const h1 = pairs[k] as number;
      let list = this.prints.get(h1);
      if (list === undefined) this.prints.set(h1, (list = []));
      list.push(pairs[k + 1] as number, 0);
    }
  }

  /** The id in `bytes[start, end)`: true when its fingerprint is one of them and came before. */
  add(bytes: Uint8Array, start: number, end: number): boolean {
    hashBytes(bytes, start, end);
    return this.seen(PRINT.h1, PRINT.h2);
  }

  /** An id given as a string. */
  addText(id: string): boolean {
    hashText(id);
    return this.seen(PRINT.h1, PRINT.h2);
  }

  private seen(h1: number, h2: number): boolean {
    const list = this.prints.get(h1);
    if (list === undefined) return false;
    for (let k = 0; k < list.length; k += 2) {
      if (list[k] !== h2) continue;
      const times = (list[k + 1] as number) + 1;
      list[k + 1] = times;
      return times >= 2;
    }
    return false;
  }
}
