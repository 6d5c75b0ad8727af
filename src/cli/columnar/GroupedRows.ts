// Two numbers a row, by group, given back group by group once all are in: the meetings of groups
// whose meetings are not listed together, judged once the file is read (a file in date order has
// every group's meetings apart, so this would otherwise hold two numbers per meeting, crores of
// them). Up to spillSettings.memoryRows rows stay in memory; past that they go to temporary files,
// one range of groups to each, which come back one at a time.
import { partitionCount, type SpillFile, SpillFolder, spillSettings } from "./SpillFiles.js";

/** Told a group's rows: `values[0, n)` their first numbers, `values[n, 2n)` their second, in the order added. */
export type GroupRows = (group: number, values: Int32Array, n: number) => void;

export class GroupedRows {
  private rows = new Int32Array(3 * 1024); // group, a, b
  private count = 0;
  private folder: SpillFolder | undefined;
  private parts: SpillFile[] = [];
  private groupsPerPart = 1;

  /**
   * @param groups how many groups (numbered from 0)
   * @param expected about how many rows may come, at most (to choose the files' number)
   */
  constructor(
    private readonly groups: number,
    private readonly expected: number,
  ) {}

  /** Adds a row of group `g` (0 <= g < groups). */
  add(g: number, a: number, b: number): void {
    if (this.folder === undefined) {
      if (this.count < spillSettings.memoryRows) {
        if (3 * this.count + 3 > this.rows.length) {
          const grown = new Int32Array(Math.min(2 * this.rows.length, 3 * spillSettings.memoryRows));
          grown.set(this.rows);
          this.rows = grown;
        }
        const at = 3 * this.count++;
        this.rows[at] = g;
        this.rows[at + 1] = a;
        this.rows[at + 2] = b;
        return;
      }
      this.spill();
    }
    (this.parts[Math.floor(g / this.groupsPerPart)] as SpillFile).push3(g, a, b);
  }

  /** Calls `each` once for every group that has rows, by its number. */
  forEachGroup(each: GroupRows): void {
    if (this.folder === undefined) {
      byGroup(this.rows, this.count, 0, this.groups, each);
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
    const count = partitionCount(Math.max(this.expected, 2 * this.count), spillSettings.partitionRows);
    const groupsPerPart = Math.max(1, Math.ceil(this.groups / count));
    try {
      this.parts = Array.from({ length: Math.ceil(this.groups / groupsPerPart) }, () => folder.file(3));
    } catch (error) {
      folder.remove();
      throw error;
    }
    this.folder = folder;
    this.groupsPerPart = groupsPerPart;
    const rows = this.rows;
    for (let at = 0; at < 3 * this.count; at += 3)
      (this.parts[Math.floor((rows[at] as number) / this.groupsPerPart)] as SpillFile).push3(
        rows[at] as number,
        rows[at + 1] as number,
        rows[at + 2] as number,
      );
    this.rows = new Int32Array(0);
    this.count = 0;
  }

  /**
   * Gives the groups of a file, which holds groups [low, high): read whole when it is small enough
   * or holds one group (a group's rows are needed together), else split in up to 16 ranges first.
   */
  private givePart(file: SpillFile, low: number, high: number, each: GroupRows): void {
    if (file.rows <= spillSettings.partitionRows || high - low <= 1) {
      const rows = file.readAll();
      const n = file.rows;
      file.close();
      byGroup(rows, n, low, high, each);
      return;
    }
    const folder = this.folder as SpillFolder;
    const per = Math.ceil((high - low) / 16);
    const parts = Array.from({ length: Math.ceil((high - low) / per) }, () => folder.file(3));
    file.read((numbers, rows) => {
      for (let at = 0; at < 3 * rows; at += 3) {
        const g = numbers[at] as number;
        (parts[Math.floor((g - low) / per)] as SpillFile).push3(
          g,
          numbers[at + 1] as number,
          numbers[at + 2] as number,
        );
      }
      return true;
    });
    file.close();
    parts.forEach((part, k) => {
      this.givePart(part, low + k * per, Math.min(high, low + (k + 1) * per), each);
    });
  }
}

/** Sorts `n` rows of groups [low, high) by group, keeping their order within one, and gives each group's. */
function byGroup(rows: Int32Array, n: number, low: number, high: number, each: GroupRows): void {
  if (n === 0) return;
  const starts = new Int32Array(high - low + 1);
  for (let at = 0; at < 3 * n; at += 3) (starts[(rows[at] as number) - low + 1] as number)++;
  for (let j = 0; j < high - low; j++) (starts[j + 1] as number) += starts[j] as number;
  const placed = new Int32Array(high - low);
  const values = new Int32Array(2 * n);
  for (let at = 0; at < 3 * n; at += 3) {
    const j = (rows[at] as number) - low;
    const start = starts[j] as number;
    const size = (starts[j + 1] as number) - start;
    const k = (placed[j] as number)++;
    values[2 * start + k] = rows[at + 1] as number;
    values[2 * start + size + k] = rows[at + 2] as number;
  }
  for (let j = 0; j < high - low; j++) {
    const start = starts[j] as number;
    const size = (starts[j + 1] as number) - start;
    if (size > 0) each(low + j, values.subarray(2 * start, 2 * start + 2 * size), size);
  }
}
