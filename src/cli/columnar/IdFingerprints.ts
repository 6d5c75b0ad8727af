// A set of 63-bit fingerprints of ids (8 bytes an id in an open-addressing table), to tell in one
// pass whether a file repeats an id without keeping the ids: meetings come by crores.

export class IdFingerprints {
  private table: Int32Array;
  private count = 0;

  constructor(expected: number) {
    let size = 1024;
    while (size < 2 * expected) size *= 2;
    this.table = new Int32Array(2 * size);
  }

  /** Adds the id in `bytes[start, end)`; true when its fingerprint was there already. */
  add(bytes: Uint8Array, start: number, end: number): boolean {
    let a = 0x811c9dc5;
    let b = 0x9e3779b9;
    for (let i = start; i < end; i++) {
      const c = bytes[i] as number;
      a = Math.imul(a ^ c, 0x01000193);
      b = Math.imul(b ^ c, 0x5bd1e995);
      b ^= b >>> 15;
    }
    b = Math.imul(b ^ (b >>> 13), 0xc2b2ae35);
    const h1 = (a ^ (a >>> 16)) | 1; // never 0: 0 marks an empty place
    const h2 = b ^ (b >>> 16);
    if (2 * (this.count + 1) > this.table.length / 2) this.grow();
    return this.insert(this.table, h1, h2);
  }

  /** An id given as a string. */
  addText(id: string): boolean {
    const bytes = Buffer.from(id, "utf8");
    return this.add(bytes, 0, bytes.length);
  }

  get bytes(): number {
    return 4 * this.table.length;
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
