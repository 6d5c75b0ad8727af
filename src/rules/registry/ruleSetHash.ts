import { typeError } from "../../internal/errors.js";
import { describeProblem, inspectRuleSet } from "./parseRuleSet.js";
import type { RuleSet } from "./RuleSet.js";

// SHA-256 (FIPS 180-4) in plain JavaScript: the package also runs in browsers, where node:crypto
// is not there and crypto.subtle is asynchronous. Written small: summarize records the hash of
// every rule set it applies, so this is in every bundle that summarises.

/** Round constants (K) and initial hash (H0) of SHA-256, made on first use. */
let K: Uint32Array | undefined;
let H0: Uint32Array | undefined;

/** floor(n^(1/k)), by Newton's method from above (2^40 is above every root taken here). */
function integerRoot(n: bigint, k: bigint): bigint {
  let x = 1n << 40n;
  for (;;) {
    const next = ((k - 1n) * x + n / x ** (k - 1n)) / k;
    if (next >= x) return x;
    x = next;
  }
}

/**
 * The first 32 bits of the fractional parts of the square roots (H0) and cube roots (K) of the
 * first primes, as FIPS 180-4 defines them: computed exactly with integer roots rather than
 * written out, which costs less in a bundle than the 72 numbers.
 */
function constants(): void {
  K = new Uint32Array(64);
  H0 = new Uint32Array(8);
  for (let n = 2, i = 0; i < 64; n++) {
    let d = 2;
    while (n % d !== 0) d++;
    if (d < n) continue;
    if (i < 8) H0[i] = Number(integerRoot(BigInt(n) << 64n, 2n) & 0xffffffffn);
    K[i++] = Number(integerRoot(BigInt(n) << 96n, 3n) & 0xffffffffn);
  }
}

const rotate = (x: number, n: number) => (x >>> n) | (x << (32 - n));

/**
 * The SHA-256 digest of some bytes, as 64 lowercase hex digits.
 *
 * @internal
 */
export function sha256Hex(bytes: Uint8Array): string {
  if (K === undefined) constants();
  const k = K as Uint32Array;
  const length = bytes.length;
  // The message, a 1 bit, zeros and its length in bits (64 bits): 16 big-endian words a block.
  const words = new Uint32Array(((length + 72) >>> 6) << 4);
  for (let i = 0; i < length; i++) (words[i >>> 2] as number) |= (bytes[i] as number) << (24 - 8 * (i & 3));
  (words[length >>> 2] as number) |= 0x80 << (24 - 8 * (length & 3));
  words[words.length - 2] = length / 0x20000000;
  words[words.length - 1] = length << 3;
  const h = Uint32Array.from(H0 as Uint32Array);
  const w = new Uint32Array(64);
  for (let block = 0; block < words.length; block += 16) {
    let [a, b, c, d, e, f, g, hh] = h as unknown as [number, number, number, number, number, number, number, number];
    for (let t = 0; t < 64; t++) {
      const x = w[t - 15] as number;
      const y = w[t - 2] as number;
      w[t] =
        t < 16
          ? (words[block + t] as number)
          : (w[t - 16] as number) +
            (rotate(x, 7) ^ rotate(x, 18) ^ (x >>> 3)) +
            (w[t - 7] as number) +
            (rotate(y, 17) ^ rotate(y, 19) ^ (y >>> 10));
      const t1 =
        hh +
        (rotate(e, 6) ^ rotate(e, 11) ^ rotate(e, 25)) +
        ((e & f) ^ (~e & g)) +
        (k[t] as number) +
        (w[t] as number);
      const t2 = (rotate(a, 2) ^ rotate(a, 13) ^ rotate(a, 22)) + ((a & b) ^ (a & c) ^ (b & c));
      hh = g;
      g = f;
      f = e;
      e = (d + t1) | 0;
      d = c;
      c = b;
      b = a;
      a = (t1 + t2) | 0;
    }
    [a, b, c, d, e, f, g, hh].forEach((value, i) => {
      (h[i] as number) += value;
    });
  }
  return Array.from(h, (word) => word.toString(16).padStart(8, "0")).join("");
}

/**
 * JSON text with the keys of every object sorted (by UTF-16 code units, as `Array.prototype.sort`
 * sorts), arrays in order and no whitespace: one text for one content, whatever the key order.
 *
 * @internal
 */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((item) => canonicalJson(item ?? null)).join(",")}]`;
  if (typeof value === "object" && value !== null) {
    const record = value as Record<string, unknown>;
    const fields = Object.keys(record)
      .sort()
      .filter((key) => record[key] !== undefined)
      .map((key) => `${JSON.stringify(key)}:${canonicalJson(record[key])}`);
    return `{${fields.join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}

/**
 * The content hash of a rule set: `sha256:` and the SHA-256 (64 hex digits) of its canonical JSON
 * encoded as UTF-8, the JSON with every object's keys sorted (by UTF-16 code units), arrays in
 * order and no whitespace. Two rule sets have the same hash exactly when they have the same content,
 * whatever the order of their keys or where they come from (a built-in one, a file read with
 * {@link parseRuleSet}, one made with {@link deriveRuleSet}), so a report can say precisely which
 * rules it applied. The hash of a released rule set never changes. It runs anywhere (plain
 * JavaScript, no `node:crypto`).
 *
 * @param ruleSet - A rule set that passes {@link parseRuleSet}.
 * @returns `sha256:` followed by 64 lowercase hex digits.
 * @throws TypeError when `ruleSet` is not a valid rule set, naming the first problem.
 *
 * @example
 * ```ts
 * import { getRuleSet, ruleSetHash } from "@kudumbashree/domain";
 *
 * const current = getRuleSet("kerala.balasabha@3.0.0");
 * ruleSetHash(current);
 * //=> "sha256:b1351dd0161d38a23a234079fe6abba92226b2072e1d0dfe6270a12f2be0e4c5"
 * // The same content in another key order has the same hash; other content has another.
 * ruleSetHash(Object.fromEntries(Object.entries(current).reverse())) === ruleSetHash(current);
 * //=> true
 * ruleSetHash(current) === ruleSetHash(getRuleSet("kerala.balasabha@2.0.0"));
 * //=> false
 * ```
 *
 * @public
 */
export function ruleSetHash(ruleSet: RuleSet): string {
  const inspected = inspectRuleSet(ruleSet);
  if (!inspected.ok) {
    const [problem] = inspected.problems;
    throw typeError(
      `ruleSetHash needs a valid rule set: ${problem === undefined ? "it is not one" : describeProblem(problem)}`,
    );
  }
  return `sha256:${sha256Hex(new TextEncoder().encode(canonicalJson(inspected.ruleSet)))}`;
}
