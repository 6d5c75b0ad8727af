// Argument checks of the public functions: a wrong argument is a programmer error and throws the
// package's RangeError or TypeError (see errors.ts), always worded the same way.
import { type CalendarDate, dayNumber, parseIsoDate } from "./calendar.js";
import { rangeError, typeError } from "./errors.js";

/** A value as an error message shows it: strings quoted and cut short, others by type. */
export function describeValue(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}...` : value);
  return value === null ? "null" : typeof value;
}

/** Throws unless `options` is an object: `fn` is the function that takes it. */
export function requireOptions(options: unknown, fn: string): void {
  if (typeof options !== "object" || options === null || Array.isArray(options)) {
    throw typeError(`${fn} needs an options object, got ${describeValue(options)}`);
  }
}

/** Checks a `YYYY-MM-DD` argument that must name a real calendar date, and splits it. */
export function requireIsoDate(value: unknown, name: string): CalendarDate {
  const parsed = typeof value === "string" ? parseIsoDate(value) : undefined;
  if (parsed === undefined)
    throw rangeError(`${name} must be a real calendar date written YYYY-MM-DD, got ${describeValue(value)}`);
  return parsed;
}

/** The day number of a `YYYY-MM-DD` string, which must name a real date. */
export function isoDay(value: string): number {
  return dayNumber(requireIsoDate(value, "date"));
}

/** Checks a whole-number argument from `min` to `max` (inclusive; no upper end when left out). */
export function requireWholeNumber(value: unknown, name: string, min: number, max?: number): number {
  if (typeof value === "number" && Number.isInteger(value) && value >= min && (max === undefined || value <= max))
    return value;
  throw rangeError(
    `${name} must be a whole number ${max === undefined ? `>= ${min}` : `from ${min} to ${max}`}, ` +
      `got ${typeof value === "number" ? value : describeValue(value)}`,
  );
}

/** Checks an argument that must be one of a few strings. */
export function requireOneOf<T extends string>(value: unknown, name: string, allowed: readonly T[]): T {
  if (typeof value === "string" && (allowed as readonly string[]).includes(value)) return value as T;
  throw rangeError(`${name} must be one of ${allowed.join(", ")}, got ${describeValue(value)}`);
}
