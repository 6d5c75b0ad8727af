// Which dates can be real for this domain, in one place: validate reports the others
// (`date.implausible`), and neither validate nor the roll-ups let them into a figure.
import { dateKey } from "../../internal/calendar.js";

/**
 * The earliest day a meeting, a group's formation or a membership can be on. Kudumbashree began
 * in 1998 and the self-help-group programmes in the 1990s; 1950 leaves room for any older record
 * and keeps out typing slips such as `0001-01-01`, which would make a cadence span of 2,000 years.
 */
export const EARLIEST_EVENT = "1950-01-01";

/** The earliest date of birth a member can have. */
export const EARLIEST_BIRTH = "1900-01-01";

/** {@link EARLIEST_EVENT} as a day number (days since 1970-01-01): cadence is never judged before it. */
export const EARLIEST_EVENT_DAY = -7305;

/** Whether a meeting, formation, closing or membership date can be real. */
export function isPlausibleEvent(date: string): boolean {
  return date >= EARLIEST_EVENT;
}

/** Whether a date of birth, as the number yyyymmdd (see dateKey), can be real on the as-of day. */
export function isPlausibleBirthKey(birthKey: number, asOfKey: number): boolean {
  return birthKey >= 19000101 && birthKey <= asOfKey;
}

/** Whether a date of birth can be real on the as-of day: from 1900 to the as-of day itself. */
export function isPlausibleBirth(dateOfBirth: string, asOf: string): boolean {
  return isPlausibleBirthKey(dateKey(dateOfBirth), dateKey(asOf));
}
