import { completedYears } from "../../internal/calendar.js";
import { rangeError } from "../../internal/errors.js";
import { requireIsoDate } from "../../internal/guards.js";

/**
 * Age in completed years on a calendar day: someone born on 2003-11-06 is 18 on 2021-11-06 and
 * 17 the day before. Someone born on 29 February turns a year older on 1 March in a common year.
 * The answer depends only on the two dates, never on the machine's time zone.
 *
 * @param dateOfBirth - The date of birth, `YYYY-MM-DD`.
 * @param on - The day to measure on, `YYYY-MM-DD`.
 * @returns Completed years on `on`.
 * @throws RangeError when `on` is before the date of birth (there is no age yet), or when either
 *   argument is not a real `YYYY-MM-DD` date (a programmer error;
 *   data is checked by {@link parseDataset} and {@link validate}, which report issues instead).
 *
 * @example
 * ```ts
 * import { ageOn } from "@kudumbashree/domain";
 *
 * ageOn("2003-11-06", "2021-11-06");
 * //=> 18
 * ageOn("2003-11-06", "2021-11-05");
 * //=> 17
 * ageOn("2004-02-29", "2021-03-01");
 * //=> 17
 * ```
 *
 * @public
 */
export function ageOn(dateOfBirth: string, on: string): number {
  const age = completedYears(requireIsoDate(dateOfBirth, "dateOfBirth"), requireIsoDate(on, "on"));
  if (age < 0) throw rangeError(`no age on ${on} for a date of birth after it (${dateOfBirth})`);
  return age;
}
