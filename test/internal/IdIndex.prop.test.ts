import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { IdIndex } from "../../src/internal/IdIndex.js";

const id = fc.oneof(fc.string({ maxLength: 6 }), fc.constantFrom("__proto__", "constructor", "", "P00000001", "ക"));

describe("IdIndex", () => {
  it("answers as a Map of first positions would, and reports each later duplicate in order", () => {
    fc.assert(
      fc.property(fc.array(id, { maxLength: 60 }), fc.array(id, { maxLength: 20 }), (ids, probes) => {
        const first = new Map<string, number>();
        const expectedDuplicates: number[] = [];
        ids.forEach((key, i) => {
          if (first.has(key)) expectedDuplicates.push(i);
          else first.set(key, i);
        });
        const duplicates: number[] = [];
        const index = new IdIndex(
          ids.length,
          (i) => ids[i] as string,
          (i) => duplicates.push(i),
        );
        expect(duplicates).toEqual(expectedDuplicates);
        for (const key of [...ids, ...probes]) expect(index.get(key)).toBe(first.get(key) ?? -1);
      }),
      { numRuns: 1000 },
    );
  });

  it("holds lakhs of ids", () => {
    const ids = Array.from({ length: 300_000 }, (_, i) => `P${String(i).padStart(8, "0")}`);
    const index = new IdIndex(ids.length, (i) => ids[i] as string);
    expect([index.get("P00000000"), index.get("P00299999"), index.get("P00300000"), index.has("P00123456")]).toEqual([
      0,
      299_999,
      -1,
      true,
    ]);
  });
});
