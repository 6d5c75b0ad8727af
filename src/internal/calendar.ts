/**
 * Calendar arithmetic on `YYYY-MM-DD` strings with plain integers, so no result depends on the
 * machine's time zone and the hot paths never allocate a `Date`.
 */

/** A calendar date split into its fields. */
export interface CalendarDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Splits a `YYYY-MM-DD` string, or returns `undefined` when it names no real date. */
export function parseIsoDate(value: string): CalendarDate | undefined {
  // Character codes rather than a regular expression: this runs once per date of every record.
  if (value.length !== 10 || value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return undefined;
  const year = digits(value, 0, 4);
  const month = digits(value, 5, 7);
  const day = digits(value, 8, 10);
  if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day };
}

function digits(value: string, from: number, to: number): number {
  let result = 0;
  for (let i = from; i < to; i++) {
    const code = value.charCodeAt(i) - 48;
    if (code < 0 || code > 9) return -1;
    result = result * 10 + code;
  }
  return result;
}

/** Days since 1970-01-01 (day 0), by Howard Hinnant's days-from-civil algorithm. */
export function dayNumber(date: CalendarDate): number {
  return daysFromCivil(date.year, date.month, date.day);
}

/**
 * The day number of a `YYYY-MM-DD` string already checked to be a real date (schema-checked
 * data), without allocating: it runs once per meeting in the roll-ups.
 */
export function checkedDayNumber(value: string): number {
  return daysFromCivil(digits(value, 0, 4), digits(value, 5, 7), digits(value, 8, 10));
}

function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The inverse of {@link dayNumber}. */
export function fromDayNumber(days: number): CalendarDate {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

export function formatIsoDate(date: CalendarDate): string {
  return (
    `${String(date.year).padStart(4, "0")}-` +
    `${String(date.month).padStart(2, "0")}-${String(date.day).padStart(2, "0")}`
  );
}

/** Months since January 1970 (0), a key for calendar months. */
export function monthIndex(date: CalendarDate): number {
  return (date.year - 1970) * 12 + (date.month - 1);
}

/** ISO weeks (Monday to Sunday) since the week of 1970-01-01, a key for calendar weeks. */
export function weekIndex(day: number): number {
  return Math.floor((day + 3) / 7);
}

/** First day number of a month index. */
export function monthStartDay(index: number): number {
  return dayNumber({ year: 1970 + Math.floor(index / 12), month: (((index % 12) + 12) % 12) + 1, day: 1 });
}

/** First day (Monday) number of a week index. */
export function weekStartDay(index: number): number {
  return index * 7 - 3;
}

/** Completed years from `birth` to `on`. */
export function completedYears(birth: CalendarDate, on: CalendarDate): number {
  const beforeBirthday = on.month < birth.month || (on.month === birth.month && on.day < birth.day);
  return on.year - birth.year - (beforeBirthday ? 1 : 0);
}

/**
 * The same day `months` calendar months later (earlier when negative); a day past the end of the
 * target month becomes its last day (31 January plus one month is 28 or 29 February), as
 * date-fns's `addMonths` does, without a `Date`.
 */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
  const index = date.year * 12 + (date.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return { year, month, day: Math.min(date.day, daysInMonth(year, month)) };
}

/**
 * For each bound b, the last date of birth of someone at least b years old on `asOf`, as the
 * number yyyymmdd. `completedYears` compares (month, day) with the birthday's, so `age >= b`
 * exactly when the date of birth is at most asOf's year minus b with asOf's month and day (even
 * when that is a 29 February of a common year: no real date lies between it and the 28th or the
 * 1st of March).
 */
export function ageCutoffs(asOf: string, bounds: readonly number[]): Int32Array {
  const year = Math.floor(dateKey(asOf) / 10000);
  return Int32Array.from(bounds, (bound) => (year - bound < 0 ? -1 : dateKey(asOf) - bound * 10000));
}

/** A `YYYY-MM-DD` string already known to be valid as the number yyyymmdd, which orders as the dates do. */
export function dateKey(value: string): number {
  let key = 0;
  for (let i = 0; i < 10; i++) if (i !== 4 && i !== 7) key = key * 10 + value.charCodeAt(i) - 48;
  return key;
}
