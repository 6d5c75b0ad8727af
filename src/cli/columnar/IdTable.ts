// Ids interned to numbers, for lakhs of people: the ids' UTF-8 bytes kept end to end in one byte
// pool, and an open-addressing hash table (FNV-1a, linear probing) of their numbers, each with the
// high bits of its hash in the same 32-bit slot (a table of 2^k slots holds fewer than 2^k ids, so
// a number takes the low k bits), so that a probe reads one cache line, not one per id it passes,
// and almost never an id that is not the one looked for; about 20 bytes an id, no string and no
// object per id. An id is looked up from the bytes of a cell, without a string.
// While ids come in increasing order (exports sorted by id), none can repeat and none is hashed:
// the table is built only when an id comes out of order, or when lookups stop finding their ids
// near the last one found (a galloping search from there, in the sorted ids, finds the rest), so a
// sorted export whose rows follow its people (attendees a meeting's members) pays for neither.
// Ids of one length (exports number them: P00000001) need no table of where each starts either.

const EMPTY_SLOT = 0;
/** The most ids per slot before the table doubles. */
const LOAD = 0.7;
/** Lookups in a sorted table are counted in windows of this many... */
const WINDOW = 4096;
/** ...and when more than this many of a window went far (past 2^FAR ids), the hash table is built. */
const FAR_IN_WINDOW = WINDOW / 8;
const FAR = 10;

export class IdTable {
  private pool: Buffer;
  private used = 0;
  /**
   * Where id n starts in the pool; it ends where id n + 1 starts. Undefined while every id is
   * `width` bytes long: id n then starts at n * width.
   */
  private starts: Int32Array | undefined;
  private width = 0;
  /** Per slot: the id's number + 1 in the bits of `mask` (0: empty), the high bits of its hash in the others. */
  private slots: Int32Array;
  private mask: number;
  /** Whether every id is in `slots` (else they came in increasing order, and none is yet). */
  private indexed = false;
  private readonly expected: number;
  /** In a sorted table: where the last lookup ended, and how many lookups of this window went far. */
  private cursor = 0;
  private lookups = 0;
  private far = 0;
  /** How many ids. */
  size = 0;

  /** `expected`: about how many ids will come (the table grows past it when needed). */
  constructor(expected: number) {
    const count = Math.max(16, expected);
    this.pool = Buffer.allocUnsafe(count * 12);
    this.starts = undefined;
    this.expected = count;
    this.slots = new Int32Array(0);
    this.mask = -1;
  }

  /** Puts every id in the hash table (once): from here on every id is hashed. */
  private index(): void {
    if (this.indexed) return;
    this.indexed = true;
    let capacity = 32;
    while (capacity * LOAD < Math.max(this.expected, this.size)) capacity *= 2;
    this.fill(capacity);
  }

  /** Puts the ids in a new table of `capacity` slots (a power of two, more than `size`). */
  private fill(capacity: number): void {
    const slots = new Int32Array(capacity);
    const mask = capacity - 1;
    const pool = this.pool;
    for (let n = 0; n < this.size; n++) {
      const hash = hashBytes(pool, this.startOf(n), this.startOf(n + 1));
      let slot = hash & mask;
      while (slots[slot] !== EMPTY_SLOT) slot = (slot + 1) & mask;
      slots[slot] = (hash & ~mask) | (n + 1);
    }
    this.slots = slots;
    this.mask = mask;
  }

  /** The number of the id in `bytes[start, end)`, or -1. */
  find(bytes: Uint8Array, start: number, end: number): number {
    if (!this.indexed) {
      const found = this.search(bytes, start, end);
      if (++this.lookups === WINDOW) {
        const scattered = this.far > FAR_IN_WINDOW;
        this.lookups = 0;
        this.far = 0;
        if (scattered) this.index();
      }
      return found;
    }
    const hash = hashBytes(bytes, start, end);
    const slots = this.slots;
    const mask = this.mask;
    const high = hash & ~mask;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = slots[slot] as number;
      if (entry === EMPTY_SLOT) return -1;
      if ((entry & ~mask) === high && this.equals((entry & mask) - 1, bytes, start, end)) return (entry & mask) - 1;
    }
  }

  /**
   * The number of the id in `bytes[start, end)`, or -1, in the ids kept in increasing order: a
   * galloping search from where the last one ended (a few comparisons when ids are looked up
   * near one another), a lookup that goes far counted.
   */
  private search(bytes: Uint8Array, start: number, end: number): number {
    const size = this.size;
    if (size === 0) return -1;
    const at = Math.min(this.cursor, size - 1);
    const order = this.compare(at, bytes, start, end);
    if (order === 0) return at;
    // The id, if there, is after `low` and before `high`.
    let low = at;
    let high = at;
    let step = 1;
    if (order > 0) {
      high = size;
      while (at + step < size) {
        const next = this.compare(at + step, bytes, start, end);
        if (next === 0) return this.found(at + step, step);
        if (next < 0) {
          high = at + step;
          break;
        }
        low = at + step;
        step *= 2;
      }
    } else {
      low = -1;
      while (at - step >= 0) {
        const next = this.compare(at - step, bytes, start, end);
        if (next === 0) return this.found(at - step, step);
        if (next > 0) {
          low = at - step;
          break;
        }
        high = at - step;
        step *= 2;
      }
    }
    while (high - low > 1) {
      const middle = (low + high) >>> 1;
      const next = this.compare(middle, bytes, start, end);
      if (next === 0) return this.found(middle, step);
      if (next > 0) low = middle;
      else high = middle;
    }
    this.cursor = Math.max(0, low);
    if (step >= 1 << FAR) this.far++;
    return -1;
  }

  private found(n: number, step: number): number {
    this.cursor = n;
    if (step >= 1 << FAR) this.far++;
    return n;
  }

  /**
   * Adds the id in `bytes[start, end)`: its new number, or `-1 - n` when it is there already as
   * number n.
   */
  add(bytes: Uint8Array, start: number, end: number): number {
    if (!this.indexed) {
      const last = this.size - 1;
      const order = last < 0 ? 1 : this.compare(last, bytes, start, end);
      if (order > 0) return this.append(bytes, start, end, -1, 0);
      if (order === 0) return -1 - last;
      this.index();
    }
    const hash = hashBytes(bytes, start, end);
    const slots = this.slots;
    const mask = this.mask;
    const high = hash & ~mask;
    let slot = hash & mask;
    for (; ; slot = (slot + 1) & mask) {
      const entry = slots[slot] as number;
      if (entry === EMPTY_SLOT) break;
      if ((entry & ~mask) === high && this.equals((entry & mask) - 1, bytes, start, end)) return -(entry & mask);
    }
    return this.append(bytes, start, end, slot, hash);
  }

  /** Appends a new id (into the hash table at `slot` when indexed); its number. */
  private append(bytes: Uint8Array, start: number, end: number, slot: number, hash: number): number {
    const n = this.size++;
    const length = end - start;
    if (this.starts === undefined) {
      if (n === 0) this.width = length;
      else if (length !== this.width) this.placeStarts(n);
    }
    if (this.starts !== undefined && n + 1 >= this.starts.length) this.growEntries();
    if (this.used + length > this.pool.length) {
      const pool = Buffer.allocUnsafe(Math.max(2 * this.pool.length, this.used + length));
      this.pool.copy(pool, 0, 0, this.used);
      this.pool = pool;
    }
    const pool = this.pool;
    const at = this.used;
    for (let i = 0; i < length; i++) pool[at + i] = bytes[start + i] as number;
    this.used += length;
    if (this.starts !== undefined) this.starts[n + 1] = this.used;
    if (slot < 0) return n;
    this.slots[slot] = (hash & ~this.mask) | (n + 1);
    // Below LOAD (< 1), every number + 1 fits in the mask's bits.
    if (this.size > LOAD * this.slots.length) this.fill(2 * this.slots.length);
    return n;
  }

  /**
   * The number of the id in `bytes[start, end)`, or -1, trying `guess` (and the number after it)
   * first: files that list people in the same order (as exports do) find most ids without hashing.
   */
  findNear(guess: number, bytes: Uint8Array, start: number, end: number): number {
    if (guess >= 0 && guess < this.size && this.equals(guess, bytes, start, end)) return guess;
    if (guess + 1 >= 0 && guess + 1 < this.size && this.equals(guess + 1, bytes, start, end)) return guess + 1;
    return this.find(bytes, start, end);
  }

  /** The number of an id given as a string, or -1. */
  get(id: string): number {
    const bytes = Buffer.from(id, "utf8");
    return this.find(bytes, 0, bytes.length);
  }

  has(id: string): boolean {
    return this.get(id) >= 0;
  }

  /** Adds an id given as a string (see {@link add}). */
  addText(id: string): number {
    const bytes = Buffer.from(id, "utf8");
    return this.add(bytes, 0, bytes.length);
  }

  /** Id n as a string. */
  idAt(n: number): string {
    return this.pool.toString("utf8", this.startOf(n), this.startOf(n + 1));
  }

  /** Bytes held, for the record of where memory goes. */
  get bytes(): number {
    return this.pool.length + 4 * ((this.starts?.length ?? 0) + this.slots.length);
  }

  /** How the bytes compare with id n, as bytes: positive when they come after it. */
  private compare(n: number, bytes: Uint8Array, start: number, end: number): number {
    const from = this.startOf(n);
    const length = this.startOf(n + 1) - from;
    const pool = this.pool;
    const common = Math.min(length, end - start);
    for (let i = 0; i < common; i++) {
      const difference = (bytes[start + i] as number) - (pool[from + i] as number);
      if (difference !== 0) return difference;
    }
    return end - start - length;
  }

  private equals(n: number, bytes: Uint8Array, start: number, end: number): boolean {
    const from = this.startOf(n);
    const length = this.startOf(n + 1) - from;
    if (length !== end - start) return false;
    const pool = this.pool;
    for (let i = 0; i < length; i++) if (pool[from + i] !== bytes[start + i]) return false;
    return true;
  }

  /** Where id n starts in the pool (n up to `size`: where the last one ends). */
  private startOf(n: number): number {
    return this.starts === undefined ? n * this.width : (this.starts[n] as number);
  }

  /** An id of another length comes as number n: where the n ids before start, written out. */
  private placeStarts(n: number): void {
    const starts = new Int32Array(Math.max(this.expected, n) + 1);
    for (let k = 1; k <= n; k++) starts[k] = k * this.width;
    this.starts = starts;
  }

  private growEntries(): void {
    const old = this.starts as Int32Array;
    const starts = new Int32Array(Math.ceil(old.length * 1.5) + 1);
    starts.set(old);
    this.starts = starts;
  }
}

function hashBytes(bytes: Uint8Array, start: number, end: number): number {
  let hash = 0x811c9dc5;
  for (let i = start; i < end; i++) hash = Math.imul(hash ^ (bytes[i] as number), 0x01000193);
  hash ^= hash >>> 15;
  return Math.imul(hash, 0x2c1b3c6d) ^ (hash >>> 12);
}
