// Rows of numbers, by group, given back group by group once all are in: the meetings of groups
// whose meetings are not listed together, judged once the file is read (a file in date order has
// every group's meetings apart, so this would otherwise hold numbers per meeting, crores of them),
// and validate's memberships when memberships.csv is not listed group by group. Up to a limit
// (spillSettings, counted in rows of three numbers: the same bytes whatever the width) rows stay in
// memory; past that they go to temporary files, one range of groups to each, which come back one
// at a time.
import { partitionCount, type SpillFile, SpillFolder, spillSettings } from "./SpillFiles.js";

/** Told a group's rows: `rows[0, n * width)`, each row's numbers together (the group first), in the order added. */
export type GroupRows = (group: number, rows: Int32Array, n: number) => void;

export class GroupedRows {
  private rows: Int32Array;
  private count = 0;
  private folder: SpillFolder | undefined;
  private parts: SpillFile[] = [];
  private groupsPerPart = 1;
  /** Rows kept in memory before the first file, and held by a file read whole (spillSettings, at this width). */
  private readonly memoryRows: number;
  private readonly partitionRows: number;

  /**
   * @param groups how many groups (numbered from 0)
   * @param expected about how many rows may come, at most (to choose the files' number)
   * @param width the numbers of a row, its group's number first (at least 2)
   */
  constructor(
    private readonly groups: number,
    private readonly expected: number,
    readonly width: number,
  ) {
    // spillSettings counts rows of three numbers: the same bytes whatever the width.
    this.memoryRows = Math.max(1, Math.floor((spillSettings.memoryRows * 3) / width));
    this.partitionRows = Math.max(1, Math.floor((spillSettings.partitionRows * 3) / width));
    // Sized for the rows expected, up to the limit (a zeroed array takes memory only as it is
    // written): no copy as it fills, unless the estimate falls short.
    this.rows = new Int32Array(width * Math.min(Math.max(1024, expected), this.memoryRows));
  }

  /** Adds a row, `row[0, width)`: its group's number (0 <= group < groups), then its own numbers. */
  add(row: ArrayLike<number>): void {
    const width = this.width;
    if (this.folder === undefined) {
      const most = this.memoryRows;
      if (this.count < most) {
        if (width * (this.count + 1) > this.rows.length) {
          const grown = new Int32Array(Math.min(2 * this.rows.length, width * most));
          grown.set(this.rows);
          this.rows = grown;
        }
        const at = width * this.count++;
        for (let c = 0; c < width; c++) this.rows[at + c] = row[c] as number;
        return;
      }
      this.spill();
    }
    (this.parts[Math.floor((row[0] as number) / this.groupsPerPart)] as SpillFile).pushRow(row, 0);
  }

  /** Calls `each` once for every group that has rows, by its number, from the lowest. */
  forEachGroup(each: GroupRows): void {
    if (this.folder === undefined) {
      const rows = this.rows;
      const n = this.count;
      this.rows = new Int32Array(0);
      this.count = 0;
      byGroup(rows, n, this.width, 0, this.groups, each);
      return;
    }
    const parts = this.parts;
    this.parts = [];
    parts.forEach((part, k) => {
      const low = k * this.groupsPerPart;
      this.givePart(part, low, Math.min(this.groups, low + this.groupsPerPart), each);
    });
  }

  /** Removes the temporary files, if any (the caller's `finally`: after an error too). */
  remove(): void {
    this.folder?.remove();
    this.folder = undefined;
    this.parts = [];
    this.rows = new Int32Array(0);
    this.count = 0;
  }

  private spill(): void {
    const folder = new SpillFolder();
    const count = partitionCount(Math.max(this.expected, 2 * this.count), this.partitionRows);
    const groupsPerPart = Math.max(1, Math.ceil(this.groups / count));
    try {
      this.parts = Array.from({ length: Math.ceil(this.groups / groupsPerPart) }, () => folder.file(this.width));
    } catch (error) {
      folder.remove();
      throw error;
    }
    this.folder = folder;
    this.groupsPerPart = groupsPerPart;
    const rows = this.rows;
    for (let at = 0; at < this.width * this.count; at += this.width)
      (this.parts[Math.floor((rows[at] as number) / groupsPerPart)] as SpillFile).pushRow(rows, at);
    this.rows = new Int32Array(0);
    this.count = 0;
  }

  /**
   * Gives the groups of a file, which holds groups [low, high): read whole when it is small enough
   * or holds one group (a group's rows are needed together), else split in up to 16 ranges first.
   */
  private givePart(file: SpillFile, low: number, high: number, each: GroupRows): void {
    const width = this.width;
    if (file.rows <= this.partitionRows || high - low <= 1) {
      const rows = file.readAll();
      const n = file.rows;
      file.close();
      byGroup(rows, n, width, low, high, each);
      return;
    }
    const folder = this.folder as SpillFolder;
    const per = Math.ceil((high - low) / 16);
    const parts = Array.from({ length: Math.ceil((high - low) / per) }, () => folder.file(width));
    file.read((numbers, rows) => {
      for (let at = 0; at < width * rows; at += width)
        (parts[Math.floor(((numbers[at] as number) - low) / per)] as SpillFile).pushRow(numbers, at);
      return true;
    });
    file.close();
    parts.forEach((part, k) => {
      this.givePart(part, low + k * per, Math.min(high, low + (k + 1) * per), each);
    });
  }
}

/**
 * Sorts `n` rows (`width` numbers each, the group first) of groups [low, high) by group, keeping
 * their order within one, and gives each group's.
 */
function byGroup(rows: Int32Array, n: number, width: number, low: number, high: number, each: GroupRows): void {
  if (n === 0) return;
  const starts = new Int32Array(high - low + 1);
  for (let at = 0; at < width * n; at += width) (starts[(rows[at] as number) - low + 1] as number)++;
  for (let j = 0; j < high - low; j++) (starts[j + 1] as number) += starts[j] as number;
  const next = starts.slice(0, high - low);
  const sorted = new Int32Array(width * n);
  for (let at = 0; at < width * n; at += width) {
    const j = (rows[at] as number) - low;
    const to = width * (next[j] as number)++;
    for (let c = 0; c < width; c++) sorted[to + c] = rows[at + c] as number;
  }
  for (let j = 0; j < high - low; j++) {
    const start = starts[j] as number;
    const size = (starts[j + 1] as number) - start;
    if (size > 0) each(low + j, sorted.subarray(width * start, width * (start + size)), size);
  }
}
