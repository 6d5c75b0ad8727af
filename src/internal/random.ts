import { rangeError } from "./errors.js";

/** A small seeded pseudo-random generator (mulberry32): the same seed gives the same numbers everywhere. */
export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** A whole number in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** A generator that continues from this one's state, independently of it. */
  clone(): Random {
    return new Random(this.state);
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)] as T;
  }
}

/**
 * `count` whole numbers in [min, max] that add up to exactly `total`, spread around the mean
 * with some variety. Throws when no such numbers exist.
 */
export function partition(random: Random, total: number, count: number, min: number, max: number): number[] {
  if (count * min > total || count * max < total)
    throw rangeError(`cannot split ${total} into ${count} parts of ${min} to ${max}`);
  const mean = total / count;
  const spread = Math.max(1, Math.min(mean - min, max - mean));
  const parts = Array.from({ length: count }, () =>
    Math.min(max, Math.max(min, Math.round(mean + (random.next() + random.next() - 1) * spread))),
  );
  let sum = parts.reduce((a, b) => a + b, 0);
  while (sum !== total) {
    const i = random.int(0, count - 1);
    const value = parts[i] as number;
    if (sum < total && value < max) {
      parts[i] = value + 1;
      sum++;
    } else if (sum > total && value > min) {
      parts[i] = value - 1;
      sum--;
    }
  }
  return parts;
}
