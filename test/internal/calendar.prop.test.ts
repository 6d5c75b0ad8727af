import { addMonths as addMonthsDateFns, getISOWeek, getISOWeekYear } from "date-fns";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addMonths,
  ageCutoffs,
  type CalendarDate,
  completedYears,
  dateKey,
  daysInMonth,
  formatIsoDate,
  fromDayNumber,
  parseIsoDate,
} from "../../src/internal/calendar.js";
import { isoWeekLabel } from "../../src/rules/definitions/cadence.js";

/** Whether that calendar day exists in the machine's time zone (at noon). */
function existsLocally(date: CalendarDate): boolean {
  const local = toLocalNoon(date);
  return local.getFullYear() === date.year && local.getMonth() + 1 === date.month && local.getDate() === date.day;
}

/** A `Date` at local noon on that day, for date-fns, which reads local fields: the same day in every time zone. */
function toLocalNoon(date: CalendarDate): Date {
  const result = new Date(2000, 0, 1, 12, 0, 0, 0);
  result.setFullYear(date.year, date.month - 1, date.day);
  return result;
}

// Any real date from 1900 to 2100, leap days included.
const day = fc.integer({ min: -25567, max: 47482 }).map((n) => formatIsoDate(fromDayNumber(n)));

describe("age cutoffs (the roll-ups' and validate's way to place an age without a Date)", () => {
  it("agree with completedYears: age >= bound exactly when the birth key is at most the cutoff", () => {
    fc.assert(
      fc.property(day, day, fc.integer({ min: 1, max: 120 }), (birth, asOf, bound) => {
        const age = completedYears(parseIsoDate(birth) as never, parseIsoDate(asOf) as never);
        const [cutoff] = ageCutoffs(asOf, [bound]);
        expect(dateKey(birth) <= (cutoff as number)).toBe(age >= bound);
      }),
      { numRuns: 5000 },
    );
  });

  it("handle 29 February on both sides", () => {
    const [eighteen] = ageCutoffs("2021-02-28", [18]);
    expect(dateKey("2003-02-28") <= (eighteen as number)).toBe(true);
    expect(dateKey("2003-03-01") <= (eighteen as number)).toBe(false);
    const [four] = ageCutoffs("2024-02-29", [4]);
    expect(dateKey("2020-02-29") <= (four as number)).toBe(true);
    expect(dateKey("2020-03-01") <= (four as number)).toBe(false);
    const [one] = ageCutoffs("2021-02-28", [1]);
    expect(dateKey("2020-02-29") <= (one as number)).toBe(false); // not yet 1 on the 28th of a common year
  });
});

describe("ISO week labels (day-number arithmetic, checked against date-fns)", () => {
  it("agree with date-fns getISOWeekYear and getISOWeek for every day from 1900 to 2100", () => {
    for (let n = -25567; n <= 47482; n += 1) {
      const date = fromDayNumber(n);
      const local = toLocalNoon(date);
      expect(isoWeekLabel(n)).toBe(`${getISOWeekYear(local)}-W${String(getISOWeek(local)).padStart(2, "0")}`);
    }
  });
});

describe("addMonths (day arithmetic, checked against date-fns)", () => {
  it("agrees with date-fns addMonths, end-of-month clamping included", () => {
    fc.assert(
      fc.property(day, fc.integer({ min: -1200, max: 1200 }), (start, months) => {
        const ours = addMonths(parseIsoDate(start) as CalendarDate, months);
        // date-fns works in local time: in a zone that skipped a day (Kiribati skipped 31 December
        // 1994), its answer for that month is off, which is why the package has its own. Such
        // months are left out of the comparison; the cases below pin them.
        const lastDay = { year: ours.year, month: ours.month, day: daysInMonth(ours.year, ours.month) };
        fc.pre([parseIsoDate(start) as CalendarDate, ours, lastDay].every(existsLocally));
        const local = addMonthsDateFns(toLocalNoon(parseIsoDate(start) as CalendarDate), months);
        const expected = { year: local.getFullYear(), month: local.getMonth() + 1, day: local.getDate() };
        expect(ours).toEqual(expected);
      }),
      { numRuns: 5000 },
    );
  });

  it("clamps to the last day of a shorter month", () => {
    expect(formatIsoDate(addMonths({ year: 2024, month: 1, day: 31 }, 1))).toBe("2024-02-29");
    expect(formatIsoDate(addMonths({ year: 2023, month: 1, day: 31 }, 1))).toBe("2023-02-28");
    expect(formatIsoDate(addMonths({ year: 2021, month: 3, day: 31 }, -1))).toBe("2021-02-28");
    // The month Kiribati skipped 31 December in: the answer does not depend on the time zone.
    expect(formatIsoDate(addMonths({ year: 1994, month: 11, day: 30 }, 1))).toBe("1994-12-30");
    expect(formatIsoDate(addMonths({ year: 1995, month: 1, day: 31 }, -1))).toBe("1994-12-31");
  });
});
