import {
  dayNumber,
  fromDayNumber,
  monthIndex,
  monthStartDay,
  weekIndex,
  weekStartDay,
} from "../../internal/calendar.js";
import { isoDay } from "../../internal/guards.js";
import type { MeetingCadence } from "../registry/RuleSet.js";
import { EARLIEST_EVENT_DAY, isPlausibleEvent } from "./plausibleDates.js";

/** How a group kept its cadence over the full periods it was active. */
export interface CadenceAssessment {
  /** Full periods checked. */
  readonly periods: number;
  /** Meetings held within those periods. */
  readonly held: number;
  /** How many periods had fewer meetings than asked. */
  readonly missedCount: number;
  /** The first and last period short of meetings, as period indexes (meaningless when none is). */
  readonly firstMissed: number;
  readonly lastMissed: number;
  /** First and last day numbers of the judged periods (`fromDay > toDay` when none). */
  readonly fromDay: number;
  readonly toDay: number;
}

/**
 * The full periods of a cadence that fall inside [`fromDay`, `toDay`] (day numbers, inclusive),
 * and the meetings held in each. `meetingDays[start..end)` must be sorted ascending (a range, so
 * that one array can hold the meetings of every group). Constant memory whatever the span: a
 * group formed in year 1 costs time, not an object per missed month.
 */
export function assessCadence(
  cadence: MeetingCadence,
  fromDay: number,
  toDay: number,
  meetingDays: ArrayLike<number>,
  start = 0,
  end = meetingDays.length,
): CadenceAssessment {
  const weekly = cadence.per === "week";
  const periodOf = weekly ? weekIndex : (day: number) => monthIndex(fromDayNumber(day));
  const startOf = weekly ? weekStartDay : monthStartDay;
  let first = periodOf(fromDay);
  if (startOf(first) < fromDay) first++;
  let last = periodOf(toDay);
  if (startOf(last + 1) - 1 > toDay) last--;
  if (last < first) return { periods: 0, held: 0, missedCount: 0, firstMissed: 0, lastMissed: 0, fromDay: 1, toDay: 0 };

  let missedCount = 0;
  let firstMissed = 0;
  let lastMissed = 0;
  let held = 0;
  let k = start;
  const firstDay = startOf(first);
  while (k < end && (meetingDays[k] as number) < firstDay) k++;
  for (let period = first; period <= last; period++) {
    const periodEnd = startOf(period + 1);
    let count = 0;
    while (k < end && (meetingDays[k] as number) < periodEnd) {
      count++;
      k++;
    }
    held += count;
    if (count < cadence.count) {
      // Period indexes are negative before 1970: the first is marked by the count, not a sentinel.
      if (++missedCount === 1) firstMissed = period;
      lastMissed = period;
    }
  }
  return {
    periods: last - first + 1,
    held,
    missedCount,
    firstMissed,
    lastMissed,
    fromDay: startOf(first),
    toDay: startOf(last + 1) - 1,
  };
}

/** A period index of a cadence as its label: `2021-12` for a month, `2022-W02` for an ISO week. */
export function periodLabel(cadence: MeetingCadence, period: number): string {
  return cadence.per === "week" ? isoWeekLabel(weekStartDay(period)) : monthLabel(fromDayNumber(monthStartDay(period)));
}

function monthLabel(date: { year: number; month: number }): string {
  return `${String(date.year).padStart(4, "0")}-${String(date.month).padStart(2, "0")}`;
}

/** The ISO week of a day number, as `2021-W05`: the week's Thursday decides its year. */
export function isoWeekLabel(day: number): string {
  const thursday = day - ((((day + 3) % 7) + 7) % 7) + 3;
  const year = fromDayNumber(thursday).year;
  const week = Math.floor((thursday - dayNumber({ year, month: 1, day: 1 })) / 7) + 1;
  return `${String(year).padStart(4, "0")}-W${String(week).padStart(2, "0")}`;
}

/** The day numbers of meeting dates, sorted. */
export function sortedDays(dates: Iterable<string>): number[] {
  const days: number[] = [];
  for (const date of dates) days.push(isoDay(date));
  return days.sort((a, b) => a - b);
}

/**
 * The first day of a group's cadence span, as a day number: the later of its formation and the
 * start of the meeting records, and never before {@link EARLIEST_EVENT_DAY} (a formation date
 * before it cannot be real and is taken as unknown); `undefined` when neither is known.
 */
export function cadenceFromDay(
  formedOnDay: number | undefined,
  recordsFromDay: number | undefined,
): number | undefined {
  const formed = formedOnDay === undefined || formedOnDay < EARLIEST_EVENT_DAY ? undefined : formedOnDay;
  const from =
    formed === undefined
      ? recordsFromDay
      : recordsFromDay === undefined || formed >= recordsFromDay
        ? formed
        : recordsFromDay;
  return from === undefined || from >= EARLIEST_EVENT_DAY ? from : EARLIEST_EVENT_DAY;
}

/**
 * The last day of a group's cadence span, as a day number: the day before it closed (the closing
 * day is not active, see isGroupActive) or the day before `asOf` (a period counts only once it is
 * over), whichever comes first.
 */
export function cadenceToDay(closedOnDay: number | undefined, asOfDay: number): number {
  return (closedOnDay === undefined || asOfDay <= closedOnDay ? asOfDay : closedOnDay) - 1;
}

/**
 * The span of days over which a group's cadence is judged ({@link cadenceFromDay} to
 * {@link cadenceToDay}), from `YYYY-MM-DD` strings. The roll-ups call the day-number forms.
 */
export function cadenceSpan(
  group: { readonly formedOn?: string | undefined; readonly closedOn?: string | undefined },
  asOf: string,
  recordsFrom: string | undefined,
): { fromDay: number; toDay: number } | undefined {
  const fromDay = cadenceFromDay(
    group.formedOn === undefined ? undefined : isoDay(group.formedOn),
    recordsFrom === undefined ? undefined : isoDay(recordsFrom),
  );
  if (fromDay === undefined) return undefined;
  return {
    fromDay,
    toDay: cadenceToDay(group.closedOn === undefined ? undefined : isoDay(group.closedOn), isoDay(asOf)),
  };
}

/**
 * The first day meeting records cover, inferred from the data when the caller does not give it:
 * the earliest meeting date that can be real (see isPlausibleEvent). `validate` and `summarize`
 * both use this one rule, and both report the date they used; `undefined` when there is no
 * meeting, and then no group's cadence is judged.
 */
export function inferRecordsFrom(meetingDates: Iterable<string>): string | undefined {
  let earliest: string | undefined;
  for (const date of meetingDates)
    if (isPlausibleEvent(date) && (earliest === undefined || date < earliest)) earliest = date;
  return earliest;
}

/** Keeps the earliest plausible meeting date of a stream of them (the streaming form of {@link inferRecordsFrom}). */
export function earlierRecordsFrom(earliest: string | undefined, date: string): string | undefined {
  return isPlausibleEvent(date) && (earliest === undefined || date < earliest) ? date : earliest;
}
