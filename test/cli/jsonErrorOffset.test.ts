import fc from "fast-check";
import { expect, it } from "vitest";
import { jsonErrorOffset } from "../../src/cli/jsonErrorOffset.js";

it("finds no error in valid JSON, and one wherever JSON.parse fails (property)", () => {
  fc.assert(
    fc.property(
      fc.json(),
      fc.nat(),
      fc.constantFrom(",", "]", "}", "{", "[", '"', ":", "x", "1", " ", "\\"),
      (text, at, insert) => {
        expect(jsonErrorOffset(text)).toBe(-1);
        const position = at % (text.length + 1);
        const broken = text.slice(0, position) + insert + text.slice(position);
        let valid = true;
        try {
          JSON.parse(broken);
        } catch {
          valid = false;
        }
        const offset = jsonErrorOffset(broken);
        if (valid) expect(offset).toBe(-1);
        else expect(offset).toBeGreaterThanOrEqual(0);
      },
    ),
    { numRuns: 3000 },
  );
});

it("points at the offending character, or the end of a truncated text", () => {
  expect(jsonErrorOffset('{"a": [,]}')).toBe(7);
  expect(jsonErrorOffset('{"a": [1, 2')).toBe(11);
  expect(jsonErrorOffset("[1] x")).toBe(4);
  expect(jsonErrorOffset("[".repeat(100_000))).toBe(100_000);
});
