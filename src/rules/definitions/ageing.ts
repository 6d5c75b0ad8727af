// When a member passes the top of an age band, and which joining date can be judged, in one place:
// validate (`age.aged_out`, `age.out_of_band_at_joining`) and ageingOut both use them.

import { type CalendarDate, dateKey, daysInMonth, formatIsoDate } from "../../internal/calendar.js";
import { pure } from "../../internal/pure.js";
import { EARLIEST_EVENT } from "./plausibleDates.js";

/** {@link EARLIEST_EVENT} as the number yyyymmdd. */
const EARLIEST_EVENT_KEY = pure(() => dateKey(EARLIEST_EVENT));

/** The day someone born on `birth` turns `age`: 1 March when a 29 February birthday falls in a common year. */
export function birthday(birth: CalendarDate, age: number): CalendarDate {
  const year = birth.year + age;
  if (birth.day > daysInMonth(year, birth.month)) return { year, month: birth.month + 1, day: 1 };
  return { year, month: birth.month, day: birth.day };
}

/**
 * The first day someone born on `birth` is above an age band whose oldest age is `max`: her
 * (`max` + 1)th birthday, `YYYY-MM-DD` (1 March for a 29 February birthday in a common year, the
 * day `completedYears` first gives `max` + 1). `ageingOut`'s `leavesOn` and the `agedOutOn` of
 * `age.aged_out` are this day.
 */
export function leavesBandOn(birth: CalendarDate, max: number): string {
  return formatIsoDate(birthday(birth, max + 1));
}

/**
 * Whether a membership's `from` date can be judged as the day a member joined: a date that can
 * be real (on or after {@link EARLIEST_EVENT}, as isPlausibleEvent says), not before her date of
 * birth and not after the as-of day (an active membership's `from` never is). Otherwise the age
 * rules judge her age on the as-of day only, as for a membership without `from`. All three dates
 * `YYYY-MM-DD`.
 */
export function isJudgeableJoiningDate(joinedOn: string, dateOfBirth: string, asOf: string): boolean {
  return isJudgeableJoiningKey(dateKey(joinedOn), dateKey(dateOfBirth), dateKey(asOf));
}

/** {@link isJudgeableJoiningDate} on the dates as numbers yyyymmdd (see dateKey), for a pass over lakhs of members. */
export function isJudgeableJoiningKey(joinedKey: number, birthKey: number, asOfKey: number): boolean {
  return joinedKey >= EARLIEST_EVENT_KEY && joinedKey >= birthKey && joinedKey <= asOfKey;
}
