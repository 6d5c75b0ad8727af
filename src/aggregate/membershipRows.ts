// Internal, for summarizeStream: the membership rows of a stream, kept as fingerprints so that the
// attendees of a meeting can be checked against the memberships of its group whatever order the
// records come in (memberships before or after the meetings). Each row is five numbers in
// fixed-size chunks (nothing is copied as the store grows): a link to the previous row of the
// same group and person, a 64-bit fingerprint of the pair (two 32-bit hashes), and the days the
// row makes its holder a counted member (from > to for a resource person). The index from a
// fingerprint to its latest row (an open-addressing table) is built only once a meeting with
// attendees comes, so a stream without attendance pays for the rows alone.

const FIELDS = 5;
const NEXT = 0; // row + 1 of the previous row with the same fingerprint, 0 for none
const H1 = 1;
const H2 = 2;
const FROM = 3;
const TO = 4;
const CHUNK_BITS = 16;
const CHUNK_ROWS = 65_536; // 1 << CHUNK_BITS
const CHUNK_MASK = 65_535; // CHUNK_ROWS - 1

/** The earliest and latest day numbers, for open bounds. */
export const FIRST_DAY = -2147483648;
export const LAST_DAY = 2147483647;

/** What the rows say of a person in a group on a day. */
export const NO_ROW = 0;
export const NOT_COUNTED = 1;
export const COUNTED = 2;

export class MembershipRows {
  private readonly chunks: Int32Array[] = [];
  private count = 0;
  private table: Int32Array | undefined; // row + 1 of the latest row of each fingerprint, 0: empty
  /** The fingerprint of the last `fingerprint` call. */
  h1 = 0;
  h2 = 0;

  /** Sets `h1` and `h2` to the fingerprint of a person in a group (by its slot). */
  fingerprint(slot: number, personId: string): void {
    let a = Math.imul(0x811c9dc5 ^ slot, 0x01000193);
    let b = Math.imul(slot + 0x9e3779b9, 0x85ebca6b) ^ 0x27d4eb2f;
    for (let i = 0; i < personId.length; i++) {
      const c = personId.charCodeAt(i);
      a = Math.imul(a ^ c, 0x01000193);
      b = Math.imul(b ^ c, 0x5bd1e995);
      b ^= b >>> 15;
    }
    b = Math.imul(b ^ (b >>> 13), 0xc2b2ae35);
    this.h1 = a | 0;
    this.h2 = (b ^ (b >>> 16)) | 0;
  }

  /** Keeps a row with the fingerprint of the last `fingerprint` call, counting from `from` to `to`. */
  add(from: number, to: number): void {
    const row = this.count++;
    let chunk = this.chunks[row >>> CHUNK_BITS];
    if (chunk === undefined) this.chunks.push((chunk = new Int32Array(CHUNK_ROWS * FIELDS)));
    const at = (row & CHUNK_MASK) * FIELDS;
    chunk[at + H1] = this.h1;
    chunk[at + H2] = this.h2;
    chunk[at + FROM] = from;
    chunk[at + TO] = to;
    if (this.table !== undefined) {
      if (2 * this.count > this.table.length) this.rebuild(2 * this.table.length);
      else this.insert(row, this.table);
    }
  }

  /**
   * Whether the person of the last `fingerprint` call has a row in the group, and whether one
   * makes her a counted member on `day`. Builds the index on first use.
   */
  state(day: number): number {
    if (this.table === undefined) {
      let size = 1024;
      while (size < 2 * this.count) size *= 2;
      this.rebuild(size);
    }
    const table = this.table as Int32Array;
    const mask = table.length - 1;
    const { h1, h2 } = this;
    for (let slot = h1 & mask; ; slot = (slot + 1) & mask) {
      let entry = table[slot] as number;
      if (entry === 0) return NO_ROW;
      if (this.field(entry - 1, H1) !== h1 || this.field(entry - 1, H2) !== h2) continue;
      for (; entry !== 0; entry = this.field(entry - 1, NEXT))
        if (this.field(entry - 1, FROM) <= day && day <= this.field(entry - 1, TO)) return COUNTED;
      return NOT_COUNTED;
    }
  }

  private field(row: number, field: number): number {
    return (this.chunks[row >>> CHUNK_BITS] as Int32Array)[(row & CHUNK_MASK) * FIELDS + field] as number;
  }

  private insert(row: number, table: Int32Array): void {
    const mask = table.length - 1;
    const chunk = this.chunks[row >>> CHUNK_BITS] as Int32Array;
    const at = (row & CHUNK_MASK) * FIELDS;
    const h1 = chunk[at + H1] as number;
    const h2 = chunk[at + H2] as number;
    for (let slot = h1 & mask; ; slot = (slot + 1) & mask) {
      const entry = table[slot] as number;
      if (entry === 0 || (this.field(entry - 1, H1) === h1 && this.field(entry - 1, H2) === h2)) {
        chunk[at + NEXT] = entry;
        table[slot] = row + 1;
        return;
      }
    }
  }

  /** A new index of every row, with room for twice as many. */
  private rebuild(size: number): void {
    const table = new Int32Array(size);
    this.table = table;
    for (let row = 0; row < this.count; row++) this.insert(row, table);
  }
}
