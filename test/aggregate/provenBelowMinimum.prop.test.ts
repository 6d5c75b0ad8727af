import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { provenBelowMinimum, publishedFigures } from "../../src/index.js";

describe("provenBelowMinimum: what published totals prove", () => {
  it("gives the review's bounds for the NRO Balasabhas (Tripura 25, Jharkhand 158, 183 in all)", () => {
    const proven = provenBelowMinimum(publishedFigures.nroBalasabhas2020, 15);
    expect(proven.rows.map((row) => [row.name, row.atLeast])).toEqual([
      ["Tripura", 25],
      ["Assam", 0],
      ["Jharkhand", 158],
      ["Manipur", 0],
    ]);
    expect(proven.total).toBe(183);
    expect(provenBelowMinimum(publishedFigures.thiruvananthapuramAuxiliaryGroups2021TheHindu, 10).rows).toEqual([]);
  });

  it("never claims more than any real set of groups with those totals has (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 40 }), { minLength: 1, maxLength: 60 }),
        fc.integer({ min: 2, max: 30 }),
        (sizes, min) => {
          const members = sizes.reduce((sum, size) => sum + size, 0);
          const proven = provenBelowMinimum({ rows: [{ name: "x", groups: sizes.length, members }] }, min);
          const below = sizes.filter((size) => size < min).length;
          expect(proven.total).toBeLessThanOrEqual(below);
          // And it is the best bound: some groups with the same totals have exactly that many below min
          // (groups - bound groups of min members, the rest of 1, the spare members in any group at min).
          const atMin = sizes.length - proven.total;
          if (atMin > 0) expect(min * atMin + proven.total).toBeLessThanOrEqual(members);
        },
      ),
    );
  });

  it("refuses a minimum that cannot be one", () => {
    const figure = publishedFigures.nroBalasabhas2020;
    expect(() => provenBelowMinimum(figure, 0)).toThrow(RangeError);
    expect(() => provenBelowMinimum(figure, 1.5)).toThrow(RangeError);
    expect(() => provenBelowMinimum(figure, 5, 5)).toThrow(/atLeastEach/);
  });
});
