import { describe, expect, it } from "vitest";
import { ageingOut, planGroups, summarize, validate } from "../../src/index.js";
import { packageErrorDetail, rangeError, typeError } from "../../src/internal/errors.js";
import { requireOneOf, requireWholeNumber } from "../../src/internal/guards.js";

describe("the package's errors", () => {
  it("are native RangeError and TypeError with the package prefix, and keep what they say without it", () => {
    const range = rangeError("maxSize must be a whole number >= 1, got 0");
    expect(range).toBeInstanceOf(RangeError);
    expect(range.message).toBe("@kudumbashree/domain: maxSize must be a whole number >= 1, got 0");
    expect(packageErrorDetail(range)).toBe("maxSize must be a whole number >= 1, got 0");
    expect(typeError("x")).toBeInstanceOf(TypeError);
    expect(packageErrorDetail(new RangeError("@kudumbashree/domain: forged"))).toBeUndefined();
    expect(packageErrorDetail("not an error")).toBeUndefined();
  });
});

describe("argument guards", () => {
  it("requireWholeNumber", () => {
    expect(requireWholeNumber(3, "n", 0)).toBe(3);
    expect(() => requireWholeNumber(1.5, "n", 0)).toThrow(
      "@kudumbashree/domain: n must be a whole number >= 0, got 1.5",
    );
    expect(() => requireWholeNumber("3", "n", 0, 9)).toThrow('n must be a whole number from 0 to 9, got "3"');
    expect(() => requireWholeNumber(10, "n", 0, 9)).toThrow(RangeError);
  });

  it("requireOneOf", () => {
    expect(requireOneOf("ward", "level", ["ward", "state"])).toBe("ward");
    expect(() => requireOneOf("taluk", "level", ["ward", "state"])).toThrow(
      'level must be one of ward, state, got "taluk"',
    );
  });

  it("the public functions refuse a missing options object with the package's TypeError", () => {
    const data = { schemaVersion: 1, units: [], people: [], groups: [], memberships: [] };
    expect(() => validate(data, undefined as never)).toThrow(TypeError);
    expect(() => validate(data, undefined as never)).toThrow(
      "@kudumbashree/domain: validate needs an options object, got undefined",
    );
    expect(() => summarize(data as never, null as never)).toThrow(
      "@kudumbashree/domain: summarize needs an options object, got null",
    );
    expect(() => ageingOut(data as never, "x" as never)).toThrow(TypeError);
    expect(() => planGroups([], undefined as never)).toThrow(TypeError);
  });
});
