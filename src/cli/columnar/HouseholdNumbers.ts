// Household ids as numbers without keeping the ids: a state export has as many households as
// members (lakhs), and interning their text cost ~45 bytes a person. Each id is known by a 64-bit
// fingerprint of its UTF-8 bytes, and ids with one fingerprint get one number (from 0, in the
// order first met). Two ids can share a fingerprint: the numbers then merge two households, so
// whoever uses them must check the ids behind any issue they lead to (ColumnarValidator reads the
// ids of those people again) before trusting it. The fingerprints are dropped once the people are
// read (`seal`): the numbers stay.
import { releaseArrays } from "./releaseArrays.js";

/** Writes the two 32-bit halves of the fingerprint of `bytes[start, end)` into `out`. */
export type Fingerprint = (bytes: Uint8Array, start: number, end: number, out: Int32Array) => void;

/**
 * The fingerprint of an id: two 32-bit hashes (murmur3's mixing, two seeds) over its bytes and
 * length, so that equal ids always agree and two different ids agree about once in 2^64.
 *
 * @example
 * const out = new Int32Array(2);
 * fingerprintBytes(Buffer.from("H1"), 0, 2, out);
 * const first = [...out];
 * fingerprintBytes(Buffer.from("xH1"), 1, 3, out);
 * [...out].join() === first.join();
 * //=> true
 */
export function fingerprintBytes(bytes: Uint8Array, start: number, end: number, out: Int32Array): void {
  let a = 0x2545f491;
  let b = 0x9e3779b9;
  for (let i = start; i < end; i++) {
    const c = bytes[i] as number;
    a = Math.imul(a ^ c, 0xcc9e2d51);
    a = Math.imul((a << 15) | (a >>> 17), 0x1b873593);
    b = Math.imul(b ^ c, 0x85ebca6b);
    b = Math.imul((b << 13) | (b >>> 19), 0xc2b2ae35);
  }
  out[0] = finalMix(a ^ (end - start));
  out[1] = finalMix(b ^ Math.imul(end - start, 0x27d4eb2f));
}

function finalMix(h: number): number {
  let x = h;
  x = Math.imul(x ^ (x >>> 16), 0x85ebca6b);
  x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35);
  return x ^ (x >>> 16);
}

export class HouseholdNumbers {
  /** Per slot: a number + 1 (0: empty); the slot is found from the fingerprint's first half. */
  private slots = new Int32Array(1024);
  private mask = 1023;
  /** Per number: its fingerprint's two halves. */
  private high: Int32Array;
  private low: Int32Array;
  private readonly out = new Int32Array(2);
  private sealed = false;
  /** How many numbers were given. */
  size = 0;

  /**
   * `expected`: about how many households may come (the people: at most one each); the table
   * grows past it. `fingerprint`: how an id is known (a weaker one in tests, to make ids collide).
   */
  constructor(
    expected: number,
    private readonly fingerprint: Fingerprint = fingerprintBytes,
  ) {
    // Zeroed typed arrays take memory only as they are written: sized for every person at once.
    this.high = new Int32Array(Math.max(16, expected));
    this.low = new Int32Array(Math.max(16, expected));
  }

  /** The number of the household id in `bytes[start, end)`. */
  add(bytes: Uint8Array, start: number, end: number): number {
    if (this.sealed) throw new Error("HouseholdNumbers: an id added after the table was sealed");
    const out = this.out;
    this.fingerprint(bytes, start, end, out);
    const high = out[0] as number;
    const low = out[1] as number;
    const slots = this.slots;
    let slot = (high ^ (high >>> 11)) & this.mask;
    for (; ; slot = (slot + 1) & this.mask) {
      const at = slots[slot] as number;
      if (at === 0) break;
      if (this.high[at - 1] === high && this.low[at - 1] === low) return at - 1;
    }
    const n = this.size++;
    if (n >= this.high.length) {
      this.high = grown(this.high);
      this.low = grown(this.low);
    }
    this.high[n] = high;
    this.low[n] = low;
    slots[slot] = n + 1;
    // Linear probing stays short up to three quarters full: 4 bytes a household past the fingerprints.
    if (4 * this.size > 3 * slots.length) this.rehash();
    return n;
  }

  /** The number of a household id given as a string. */
  addText(id: string): number {
    const bytes = Buffer.from(id, "utf8");
    return this.add(bytes, 0, bytes.length);
  }

  /** Drops the fingerprints: the numbers given stay, and no id can be added any more. */
  seal(): void {
    this.sealed = true;
    releaseArrays(this.slots, this.high, this.low);
    this.slots = new Int32Array(0);
    this.high = new Int32Array(0);
    this.low = new Int32Array(0);
  }

  /** Bytes held, for the record of where memory goes. */
  get bytes(): number {
    return 4 * (this.slots.length + this.high.length + this.low.length);
  }

  private rehash(): void {
    const slots = new Int32Array(2 * this.slots.length);
    const mask = slots.length - 1;
    for (let n = 0; n < this.size; n++) {
      const high = this.high[n] as number;
      let slot = (high ^ (high >>> 11)) & mask;
      while (slots[slot] !== 0) slot = (slot + 1) & mask;
      slots[slot] = n + 1;
    }
    this.slots = slots;
    this.mask = mask;
  }
}

function grown(array: Int32Array): Int32Array {
  const next = new Int32Array(Math.ceil(1.5 * array.length) + 16);
  next.set(array);
  return next;
}
