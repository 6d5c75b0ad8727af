import { typeError } from "../../internal/errors.js";
import { pure } from "../../internal/pure.js";
import { describeProblem, inspectRuleSet } from "./parseRuleSet.js";
import type { RuleSet } from "./RuleSet.js";

// SHA-256 (FIPS 180-4) in plain JavaScript: the package also runs in browsers, where node:crypto
// is not there and crypto.subtle is asynchronous.

/** The first 32 bits of the fractional parts of the cube roots of the first 64 primes. */
const K = pure(
  () =>
    new Uint32Array([
      0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98,
      0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786,
      0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8,
      0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13,
      0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819,
      0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a,
      0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7,
      0xc67178f2,
    ]),
);

/** The first 32 bits of the fractional parts of the square roots of the first 8 primes. */
const H0 = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19] as const;

/**
 * The SHA-256 digest of some bytes, as 64 lowercase hex digits.
 *
 * @internal
 */
export function sha256Hex(bytes: Uint8Array): string {
  const length = bytes.length;
  // The message, a 1 bit, zeros, and its length in bits as 64 bits: a whole number of 64-byte blocks.
  const padded = new Uint8Array(Math.ceil((length + 9) / 64) * 64);
  padded.set(bytes);
  padded[length] = 0x80;
  const view = new DataView(padded.buffer);
  view.setUint32(padded.length - 8, Math.floor(length / 0x20000000)); // the bits above 32 of length * 8
  view.setUint32(padded.length - 4, (length * 8) >>> 0);
  const h = Uint32Array.from(H0);
  const w = new Uint32Array(64);
  for (let block = 0; block < padded.length; block += 64) {
    for (let t = 0; t < 16; t++) w[t] = view.getUint32(block + t * 4);
    for (let t = 16; t < 64; t++) {
      const a = w[t - 15] as number;
      const b = w[t - 2] as number;
      const s0 = ((a >>> 7) | (a << 25)) ^ ((a >>> 18) | (a << 14)) ^ (a >>> 3);
      const s1 = ((b >>> 17) | (b << 15)) ^ ((b >>> 19) | (b << 13)) ^ (b >>> 10);
      w[t] = (w[t - 16] as number) + s0 + (w[t - 7] as number) + s1;
    }
    let [a, b, c, d, e, f, g, hh] = h as unknown as [number, number, number, number, number, number, number, number];
    for (let t = 0; t < 64; t++) {
      const s1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
      const choose = (e & f) ^ (~e & g);
      const t1 = (hh + s1 + choose + (K[t] as number) + (w[t] as number)) | 0;
      const s0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
      const majority = (a & b) ^ (a & c) ^ (b & c);
      const t2 = (s0 + majority) | 0;
      hh = g;
      g = f;
      f = e;
      e = (d + t1) | 0;
      d = c;
      c = b;
      b = a;
      a = (t1 + t2) | 0;
    }
    h[0] = (h[0] as number) + a;
    h[1] = (h[1] as number) + b;
    h[2] = (h[2] as number) + c;
    h[3] = (h[3] as number) + d;
    h[4] = (h[4] as number) + e;
    h[5] = (h[5] as number) + f;
    h[6] = (h[6] as number) + g;
    h[7] = (h[7] as number) + hh;
  }
  let hex = "";
  for (const word of h) hex += word.toString(16).padStart(8, "0");
  return hex;
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
