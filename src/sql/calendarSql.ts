// The library's calendar arithmetic (src/internal/calendar.ts) as SQL expressions that DuckDB and
// PostgreSQL both read the same way: one definition for the roll-ups and the rule checks.

/** `EXTRACT(... FROM date)` as an integer, the same in both dialects. */
export const extractSql = (field: string, date: string) => `CAST(EXTRACT(${field} FROM ${date}) AS INTEGER)`;

/** A date as the number yyyymmdd, which orders as the dates do (age in whole years: see ageCutoffs). */
export const dateKeySql = (date: string) =>
  `(${extractSql("YEAR", date)} * 10000 + ${extractSql("MONTH", date)} * 100 + ${extractSql("DAY", date)})`;

/** Days since 1970-01-01. */
export const dayNumberSql = (date: string) => `CAST(${date} - DATE '1970-01-01' AS INTEGER)`;

/** Months since January 1970 (monthIndex). */
export const monthIndexSql = (date: string) =>
  `((${extractSql("YEAR", date)} - 1970) * 12 + ${extractSql("MONTH", date)} - 1)`;

/** ISO weeks (Monday to Sunday) since the week of 1970-01-01 (weekIndex), from a day number. */
export const weekIndexSql = (day: string) => `CAST(FLOOR(CAST(${day} + 3 AS FLOAT8) / 7) AS INTEGER)`;

/** Completed years between two yyyymmdd numbers, the later first (completedYears). */
export const yearsBetweenSql = (later: string, earlier: string) =>
  `CAST(FLOOR(CAST(${later} - ${earlier} AS FLOAT8) / 10000) AS INTEGER)`;

/**
 * The periods a group's cadence is judged over (judgedPeriods), from the columns `from_date` and
 * `end_date` of its span and `per` ('month' or 'week'): `p_first`, the first whole period on or
 * after `from_date`, and `p_stop`, the period holding `end_date`, which is not judged.
 */
export function judgedPeriodsSql(): string {
  const fromWeek = weekIndexSql(dayNumberSql("from_date"));
  return `CASE WHEN per = 'month'
        THEN ${monthIndexSql("from_date")} + CASE WHEN ${extractSql("DAY", "from_date")} = 1 THEN 0 ELSE 1 END
        ELSE ${fromWeek} + CASE WHEN ${fromWeek} * 7 - 3 < ${dayNumberSql("from_date")} THEN 1 ELSE 0 END
      END AS p_first,
      CASE WHEN per = 'month' THEN ${monthIndexSql("end_date")}
        ELSE ${weekIndexSql(dayNumberSql("end_date"))} END AS p_stop`;
}
