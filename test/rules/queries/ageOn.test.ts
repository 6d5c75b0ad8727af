import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ageOn } from "../../../src/index.js";
import { dayNumber, formatIsoDate, fromDayNumber } from "../../../src/internal/calendar.js";

describe("ageOn", () => {
  it("counts completed years, changing on the birthday", () => {
    expect(ageOn("2003-11-06", "2021-11-06")).toBe(18);
    expect(ageOn("2003-11-06", "2021-11-05")).toBe(17);
    expect(ageOn("1981-11-30", "2021-11-29")).toBe(39);
    expect(ageOn("1981-11-30", "2021-11-30")).toBe(40);
    expect(ageOn("1980-12-01", "2021-11-30")).toBe(40); // 40 years and 364 days
    expect(ageOn("1980-11-30", "2021-11-30")).toBe(41); // the 41st birthday
    expect(ageOn("2021-11-30", "2021-11-30")).toBe(0);
  });

  it("throws a RangeError for a day before the birth: there is no age yet, not a negative one", () => {
    expect(() => ageOn("2021-12-01", "2021-11-30")).toThrow(
      "@kudumbashree/domain: no age on 2021-11-30 for a date of birth after it (2021-12-01)",
    );
  });

  it("moves a 29 February birthday to 1 March in common years", () => {
    expect(ageOn("2004-02-29", "2022-02-28")).toBe(17);
    expect(ageOn("2004-02-29", "2022-03-01")).toBe(18);
    expect(ageOn("2004-02-29", "2024-02-29")).toBe(20);
    expect(ageOn("2004-02-29", "2024-02-28")).toBe(19);
  });

  it("throws a RangeError naming the package for a date that is not real", () => {
    expect(() => ageOn("2021-02-29", "2021-11-30")).toThrow(RangeError);
    expect(() => ageOn("2001-01-01", "30/11/2021")).toThrow(/^@kudumbashree\/domain: on must be a real calendar date/);
    expect(() => ageOn(undefined as unknown as string, "2021-11-30")).toThrow(RangeError);
  });

  const day = fc.integer({
    min: dayNumber({ year: 1900, month: 1, day: 1 }),
    max: dayNumber({ year: 2100, month: 12, day: 31 }),
  });
  const iso = (n: number) => formatIsoDate(fromDayNumber(n));

  it("never decreases as the day moves forward (property)", () => {
    fc.assert(
      fc.property(day, fc.nat(80_000), fc.nat(800), (birth, after, step) => {
        const on = birth + after;
        expect(ageOn(iso(birth), iso(on + step))).toBeGreaterThanOrEqual(ageOn(iso(birth), iso(on)));
      }),
      { numRuns: 2000 },
    );
  });

  it("changes exactly on birthdays, by one (property)", () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 1, max: 80_000 }), (birth, gap) => {
        const on = birth + gap;
        const before = ageOn(iso(birth), iso(on - 1));
        const after = ageOn(iso(birth), iso(on));
        const b = fromDayNumber(birth);
        const o = fromDayNumber(on);
        const leapling = b.month === 2 && b.day === 29;
        const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
        const birthday =
          leapling && !isLeap(o.year) ? o.month === 3 && o.day === 1 : o.month === b.month && o.day === b.day;
        expect(after - before).toBe(birthday ? 1 : 0);
      }),
      { numRuns: 3000 },
    );
  });

  it("agrees with the day-number round trip of every date from 1900 to 2100", () => {
    for (
      let n = dayNumber({ year: 1900, month: 1, day: 1 });
      n <= dayNumber({ year: 2100, month: 12, day: 31 });
      n += 1
    ) {
      expect(dayNumber(fromDayNumber(n))).toBe(n);
    }
  });
});
