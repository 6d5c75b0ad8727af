// ruleSetHash: a plain-JavaScript SHA-256 checked against node:crypto, over the canonical JSON of a
// rule set (keys sorted at every level, arrays in order, no whitespace, UTF-8).
import { createHash } from "node:crypto";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { deriveRuleSet, keralaBalasabhaCurrent, nrlmSelfHelpGroup, ruleSetHash, ruleSets } from "../../src/index.js";
import { canonicalJson, sha256Hex } from "../../src/rules/registry/ruleSetHash.js";

const nodeSha256 = (bytes: Uint8Array | string) => createHash("sha256").update(bytes).digest("hex");

/** The canonical JSON, written here independently of the module under test. */
function sortedJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(sortedJson).join(",")}]`;
  if (typeof value === "object" && value !== null)
    return `{${Object.entries(value)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([key, item]) => `${JSON.stringify(key)}:${sortedJson(item)}`)
      .join(",")}}`;
  return JSON.stringify(value);
}

describe("sha256Hex", () => {
  it("matches node:crypto on the lengths around a block's padding and on several blocks", () => {
    for (const length of [0, 1, 3, 55, 56, 57, 63, 64, 65, 111, 119, 120, 127, 128, 129, 1000, 65_537]) {
      const bytes = Uint8Array.from({ length }, (_, i) => (i * 151 + length) & 0xff);
      expect(sha256Hex(bytes), `${length} bytes`).toBe(nodeSha256(bytes));
    }
  });

  it("matches the published test vectors", () => {
    const text = (value: string) => new TextEncoder().encode(value);
    expect(sha256Hex(text("abc"))).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    expect(sha256Hex(text("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"))).toBe(
      "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1",
    );
  });

  it("matches node:crypto on UTF-8 text, non-ASCII included", () => {
    const texts = [
      "",
      "Balasabha",
      "ബാലസഭ (കേരളം)", // Malayalam
      "বালসভা, অসম", // Assamese
      "बालसभा", // Hindi
      "emoji 🧒🏽 and a lone surrogate \ud800 replaced by U+FFFD",
      "\u0000\u001b[2J\u202e",
    ];
    for (const text of texts) expect(sha256Hex(new TextEncoder().encode(text)), text).toBe(nodeSha256(text));
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 300 }), (text) => {
        expect(sha256Hex(new TextEncoder().encode(text))).toBe(nodeSha256(text));
      }),
      { numRuns: 100 },
    );
  });
});

describe("ruleSetHash", () => {
  const sources = [
    {
      title: "বালসভা নির্দেশিকা (Balasabha guideline)",
      publisher: "ASRLMS, অসম",
      date: "2020",
      url: "https://asrlms.assam.gov.in/",
    },
  ];
  const assam = deriveRuleSet(keralaBalasabhaCurrent, {
    id: "assam.balasabha",
    version: "1.0.0",
    title: "বালসভা (Assam) — ബാലസഭ",
    sources,
    groupSize: { min: 10, max: 30 },
  });

  it("is sha256: and the SHA-256 of the canonical JSON, for every built-in rule set and a non-ASCII variant", () => {
    for (const ruleSet of [...ruleSets, assam, nrlmSelfHelpGroup]) {
      expect(canonicalJson(ruleSet)).toBe(sortedJson(ruleSet));
      expect(ruleSetHash(ruleSet)).toBe(`sha256:${nodeSha256(sortedJson(ruleSet))}`);
    }
  });

  it("depends on the content only: not on key order, nor on where the rule set comes from", () => {
    const reordered = JSON.parse(sortedJson(assam)) as typeof assam;
    const reversed = Object.fromEntries(Object.entries(reordered).reverse()) as typeof assam;
    expect(ruleSetHash(reversed)).toBe(ruleSetHash(assam));
    expect(new Set(ruleSets.map(ruleSetHash)).size).toBe(ruleSets.length);
    const other = deriveRuleSet(assam, { id: "assam.balasabha", version: "1.0.1", sources });
    expect(ruleSetHash(other)).not.toBe(ruleSetHash(assam));
    // Arrays keep their order: the same sources listed the other way round are other content.
    const [first, second] = keralaBalasabhaCurrent.sources;
    const swapped = deriveRuleSet(keralaBalasabhaCurrent, {
      id: "kerala.balasabha",
      version: "3.0.1",
      sources: [second as (typeof sources)[0], first as (typeof sources)[0]],
    });
    const unswapped = deriveRuleSet(keralaBalasabhaCurrent, {
      id: "kerala.balasabha",
      version: "3.0.1",
      sources: [first as (typeof sources)[0], second as (typeof sources)[0]],
    });
    expect(ruleSetHash(swapped)).not.toBe(ruleSetHash(unswapped));
  });

  it("throws the package's TypeError for what is not a rule set", () => {
    expect(() => ruleSetHash({ id: "x" } as never)).toThrow(TypeError);
    expect(() => ruleSetHash(null as never)).toThrow(/ruleSetHash needs a valid rule set/);
    expect(() => ruleSetHash({ ...assam, groupSize: { min: 40, max: 30 } })).toThrow(/min 40 above max 30/);
  });
});
