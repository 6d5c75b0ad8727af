// The baseline of the CSV benchmarks: DuckDB running a hand-written GROUP BY over the same CSV
// files (groups, members and members by age band per district, through the unit tree). It is the
// fastest honest answer to "how many groups and members per district" that an engine built for it
// gives on this machine, so our time is reported as a ratio of it. When the folder has meetings,
// the same query also reads meetings.csv, splits each attendee list and works out per district
// what the summary computes from them (groups judged and compliant with the weekly cadence,
// meetings held and expected, attendees who were members on the day, attendance slots) and from
// federations.csv (groups federated, federations per kind): the command line reads those files
// too, so the ratio is like for like.
import { closeSync, openSync, readSync } from "node:fs";
import { join } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";

/** Lower bounds of the age bands the baseline counts (those of the summary's default bands). */
const BOUNDS = [5, 10, 15, 18, 26, 31, 36, 41, 60];

/** Groups, members and members per age band of one district; with meetings, their figures too. */
export interface DistrictFigures {
  readonly groups: number;
  readonly members: number;
  readonly ageBands: number[];
  readonly meetings?: MeetingFigures | undefined;
}

/** What the summary computes from meetings.csv (and federations.csv) for one district. */
export interface MeetingFigures {
  readonly groupsJudged: number;
  readonly groupsCompliant: number;
  readonly meetingsHeld: number;
  readonly meetingsExpected: number;
  readonly attendees: number;
  readonly attendanceSlots: number;
  readonly groupsFederated: number;
  readonly federations: Readonly<Record<string, number>>;
}

/** The figures of a summary row that the baseline's are compared with. */
export interface ComparedRow extends Omit<MeetingFigures, "federations"> {
  readonly unitId: string | null;
  readonly groups: number;
  readonly members: number;
  readonly ageBands: Readonly<Record<string, number>>;
  readonly federations: Readonly<Partial<Record<string, number>>>;
}

/**
 * Whether every district of our summary has the baseline's figures, and the baseline no other
 * district: groups, members and age bands always; the meeting and federation figures where the
 * baseline computed them (a folder with meetings).
 */
export function sameFigures(rows: readonly ComparedRow[], duck: ReadonlyMap<string, DistrictFigures>): boolean {
  const withCounts = (counts: Readonly<Partial<Record<string, number>>>) =>
    JSON.stringify(
      Object.entries(counts)
        .filter(([, n]) => n !== 0 && n !== undefined)
        .sort(),
    );
  return (
    duck.size === rows.length &&
    rows.every((row) => {
      const other = row.unitId === null ? undefined : duck.get(row.unitId);
      if (other === undefined || other.groups !== row.groups || other.members !== row.members) return false;
      if (JSON.stringify(other.ageBands) !== JSON.stringify(Object.values(row.ageBands))) return false;
      const m = other.meetings;
      return (
        m === undefined ||
        (m.groupsJudged === row.groupsJudged &&
          m.groupsCompliant === row.groupsCompliant &&
          m.meetingsHeld === row.meetingsHeld &&
          m.meetingsExpected === row.meetingsExpected &&
          m.attendees === row.attendees &&
          m.attendanceSlots === row.attendanceSlots &&
          m.groupsFederated === row.groupsFederated &&
          withCounts(m.federations) === withCounts(row.federations))
      );
    })
  );
}

/** Whether the folder's meetings.csv holds a record (a sample of members only writes its header alone). */
function hasMeetings(folder: string): boolean {
  let fd: number;
  try {
    fd = openSync(join(folder, "meetings.csv"), "r");
  } catch {
    return false;
  }
  try {
    const buffer = Buffer.alloc(1 << 16);
    const text = buffer.toString("utf8", 0, readSync(fd, buffer));
    return text
      .split(/\r?\n/)
      .slice(1)
      .some((line) => line.trim() !== "");
  } finally {
    closeSync(fd);
  }
}

/**
 * The meetings a group of the bench's data must hold: every group of kerala-nhg is a
 * neighbourhood group, whose rule sets (kerala.neighbourhoodGroup 1.0.0 and 2.0.0) ask for one
 * meeting a week. The comparison with our figures would catch a sample with another cadence.
 */
const MEETINGS_A_WEEK = 1;

/**
 * The CTEs and output columns that read meetings.csv and federations.csv (after the CTEs of the
 * members' query, whose `units`, `district_of` and `active_groups` they use).
 *
 * - A group is judged over the ISO weeks (Monday to Sunday) from the first whole week on or after
 *   the later of its formedOn and the first day records cover (the earliest meeting on or after
 *   1950-01-01, as the command infers it without --records-from), up to the week before asOf's.
 * - Meetings held: its meetings in those weeks; compliant: a meeting in every one of them.
 * - Attendees: per meeting with an attendee list, the ids on the list that have a membership row
 *   in the group counted on the meeting's day (not a resource person). Like the members' count, it
 *   assumes what the samples hold and `validate` requires: no id twice on a list and one row per
 *   person and group on a day (membership.duplicate); the command counts such a person once, so a
 *   folder that broke it would show as figures that differ, not as a faster baseline.
 * - The files are scanned where each CTE needs them (NOT MATERIALIZED): the earliest meeting date
 *   alone is a cheaper second scan of meetings.csv than holding every meeting. On 3 lakh members
 *   with 52 weeks this query took 4.7 to 5.0 s, against 5.1 to 5.4 s with the meetings held in
 *   memory and each list de-duplicated (list_distinct).
 * - Attendance slots: the group's members on asOf times its judged meetings that recorded
 *   attendance (an attendeeIds cell, even ";", records it; an empty cell does not).
 * - Groups federated: active groups on the member list of a federation formed by asOf;
 *   federations per kind and district, "kind=count" joined with ";".
 */
function meetingCtes(csv: (file: string) => string, asOf: string): { ctes: string; columns: string; join: string } {
  const day = (date: string) => `(CAST(${date} AS DATE) - DATE '1970-01-01')`;
  const week = (dayNumber: string) => `CAST(floor((${dayNumber} + 3) / 7) AS INTEGER)`;
  const first = day(
    "CASE WHEN f.formedOn >= '1950-01-01' AND CAST(f.formedOn AS DATE) > r.records_from " +
      "THEN CAST(f.formedOn AS DATE) " +
      "ELSE greatest(r.records_from, DATE '1950-01-01') END",
  );
  const judged = "j.w_stop > j.w_first";
  const ctes = `
      membership_days AS NOT MATERIALIZED (
        SELECT groupId, personId, CAST("from" AS DATE) AS since, CAST("to" AS DATE) AS until
        FROM ${csv("memberships.csv")} WHERE role <> 'resourcePerson'
      ),
      meetings AS NOT MATERIALIZED (
        SELECT id, groupId, CAST(date AS DATE) AS date, attendeeIds FROM ${csv("meetings.csv")}
      ),
      records AS (SELECT min(date) AS records_from FROM meetings WHERE date >= DATE '1950-01-01'),
      spans AS (
        SELECT g.id, g.district, ${first} AS first_day
        FROM active_groups g JOIN ${csv("groups.csv")} f USING (id) CROSS JOIN records r
        WHERE r.records_from IS NOT NULL
      ),
      weeks AS (
        SELECT id, district,
          ${week("first_day")} + CASE WHEN ${week("first_day")} * 7 - 3 < first_day THEN 1 ELSE 0 END AS w_first,
          ${week(day(`'${asOf}'`))} AS w_stop
        FROM spans
      ),
      judged_meetings AS (
        SELECT m.groupId, m.date, m.attendeeIds, ${week(day("m.date"))} AS w
        FROM meetings m JOIN weeks j ON j.id = m.groupId
        WHERE ${week(day("m.date"))} >= j.w_first AND ${week(day("m.date"))} < j.w_stop
      ),
      held AS (
        SELECT groupId, count(*) AS held, count(DISTINCT w) AS weeks_met,
          count(*) FILTER (WHERE attendeeIds IS NOT NULL) AS recorded
        FROM judged_meetings GROUP BY groupId
      ),
      listed AS (
        SELECT groupId, date, unnest(string_split(attendeeIds, ';')) AS personId
        FROM judged_meetings WHERE attendeeIds IS NOT NULL
      ),
      present AS (
        SELECT a.groupId, count(*) AS attendees
        FROM listed a JOIN membership_days m ON m.groupId = a.groupId AND m.personId = a.personId
        WHERE (m.since IS NULL OR m.since <= a.date) AND (m.until IS NULL OR a.date <= m.until)
        GROUP BY a.groupId
      ),
      members_on_day AS (
        SELECT groupId, count(*) AS n FROM membership_days
        WHERE (since IS NULL OR since <= DATE '${asOf}') AND (until IS NULL OR until >= DATE '${asOf}') GROUP BY groupId
      ),
      per_meeting AS (
        SELECT j.district,
          count(*) FILTER (WHERE ${judged}) AS groups_judged,
          count(*) FILTER (WHERE ${judged} AND coalesce(h.weeks_met, 0) = j.w_stop - j.w_first) AS groups_compliant,
          sum(CASE WHEN ${judged} THEN coalesce(h.held, 0) ELSE 0 END) AS meetings_held,
          sum(greatest(j.w_stop - j.w_first, 0) * ${MEETINGS_A_WEEK}) AS meetings_expected,
          sum(CASE WHEN ${judged} THEN coalesce(a.attendees, 0) ELSE 0 END) AS attendees,
          sum(CASE WHEN ${judged} THEN coalesce(n.n, 0) * coalesce(h.recorded, 0) ELSE 0 END) AS attendance_slots
        FROM weeks j LEFT JOIN held h ON h.groupId = j.id LEFT JOIN present a ON a.groupId = j.id
          LEFT JOIN members_on_day n ON n.groupId = j.id
        GROUP BY j.district
      ),
      federations AS (
        SELECT f.id, f.kind, f.memberIds, d.district FROM ${csv("federations.csv")} f
        LEFT JOIN district_of d ON d.id = f.unitId
        WHERE f.formedOn IS NULL OR f.formedOn <= '${asOf}'
      ),
      federated AS (SELECT DISTINCT unnest(string_split(memberIds, ';')) AS groupId FROM federations),
      per_federated AS (
        SELECT g.district, count(*) AS groups_federated FROM active_groups g JOIN federated f ON f.groupId = g.id
        GROUP BY g.district
      ),
      per_kind AS (
        SELECT district, string_agg(kind || '=' || n, ';') AS federations
        FROM (SELECT district, kind, count(*) AS n FROM federations WHERE district IS NOT NULL GROUP BY district, kind)
        GROUP BY district
      )`;
  const columns =
    "groups_judged, groups_compliant, meetings_held, meetings_expected, attendees, attendance_slots, " +
    "groups_federated, per_kind.federations";
  const join =
    "LEFT JOIN per_meeting USING (district) LEFT JOIN per_federated USING (district) " +
    "LEFT JOIN per_kind USING (district)";
  return { ctes, columns, join };
}

/** The members' query; with `meetings`, the CTEs of {@link meetingCtes} too, their figures as more columns. */
function baselineSql(folder: string, asOf: string, meetings = false): { sql: string; bands: number } {
  const csv = (file: string) =>
    `read_csv('${join(folder, file).replace(/'/g, "''")}', header = true, all_varchar = true)`;
  const bandColumns = [
    ...BOUNDS.map((bound, i) => `count(*) FILTER (WHERE age >= ${i === 0 ? 0 : BOUNDS[i - 1]} AND age < ${bound})`),
    `count(*) FILTER (WHERE age >= ${BOUNDS[BOUNDS.length - 1]})`,
    "count(*) FILTER (WHERE age IS NULL)",
  ].map((expression, i) => `${expression} AS b${i}`);
  const found = meetings ? meetingCtes(csv, asOf) : undefined;
  const more =
    found === undefined
      ? { ctes: "", columns: "", join: "" }
      : { ctes: `,${found.ctes}`, columns: `, ${found.columns}`, join: ` ${found.join}` };
  // Age in completed years on asOf, as the library counts it; a group's district through the unit tree.
  const sql = `
    WITH RECURSIVE
      units AS (SELECT id, kind, parentId FROM ${csv("units.csv")}),
      up(id, ancestor) AS (
        SELECT id, id FROM units
        UNION ALL
        SELECT up.id, units.parentId FROM up JOIN units ON units.id = up.ancestor WHERE units.parentId IS NOT NULL
      ),
      district_of AS (
        SELECT up.id, up.ancestor AS district FROM up JOIN units ON units.id = up.ancestor WHERE units.kind = 'district'
      ),
      active_groups AS (
        SELECT g.id, d.district FROM ${csv("groups.csv")} g JOIN district_of d ON d.id = g.unitId
        WHERE (formedOn IS NULL OR formedOn <= '${asOf}') AND (closedOn IS NULL OR closedOn > '${asOf}')
      ),
      members AS (
        SELECT groupId, personId FROM ${csv("memberships.csv")}
        WHERE role <> 'resourcePerson'
          AND ("from" IS NULL OR "from" <= '${asOf}') AND ("to" IS NULL OR "to" >= '${asOf}')
      ),
      people AS (SELECT id, dateOfBirth FROM ${csv("people.csv")}),
      aged AS (
        SELECT g.district,
          CASE WHEN p.dateOfBirth IS NULL THEN NULL
          ELSE ${asOf.slice(0, 4)} - CAST(substr(p.dateOfBirth, 1, 4) AS INTEGER)
            - CASE WHEN substr(p.dateOfBirth, 6) > '${asOf.slice(5)}' THEN 1 ELSE 0 END
          END AS age
        FROM members m JOIN active_groups g ON g.id = m.groupId LEFT JOIN people p ON p.id = m.personId
      ),
      per_member AS (SELECT district, count(*) AS members, ${bandColumns.join(", ")} FROM aged GROUP BY district),
      per_group AS (SELECT district, count(*) AS groups FROM active_groups GROUP BY district)${more.ctes}
    SELECT per_group.district, groups, members, ${bandColumns.map((_, i) => `b${i}`).join(", ")}${more.columns}
    FROM per_group LEFT JOIN per_member USING (district)${more.join} ORDER BY per_group.district`;
  return { sql, bands: bandColumns.length };
}

/** The query's rows, per district. */
function figuresOfRows(result: readonly Record<string, unknown>[], bands: number): Map<string, DistrictFigures> {
  const n = (row: Record<string, unknown>, column: string) => Number(row[column] ?? 0);
  const meetingsOf = (row: Record<string, unknown>): MeetingFigures | undefined =>
    !("meetings_held" in row)
      ? undefined
      : {
          groupsJudged: n(row, "groups_judged"),
          groupsCompliant: n(row, "groups_compliant"),
          meetingsHeld: n(row, "meetings_held"),
          meetingsExpected: n(row, "meetings_expected"),
          attendees: n(row, "attendees"),
          attendanceSlots: n(row, "attendance_slots"),
          groupsFederated: n(row, "groups_federated"),
          federations: Object.fromEntries(
            String(row["federations"] ?? "")
              .split(";")
              .filter((item) => item !== "")
              .map((item) => [item.slice(0, item.lastIndexOf("=")), Number(item.slice(item.lastIndexOf("=") + 1))]),
          ),
        };
  return new Map(
    result.map((row) => [
      row["district"] as string,
      {
        groups: n(row, "groups"),
        members: n(row, "members"),
        ageBands: Array.from({ length: bands }, (_, i) => n(row, `b${i}`)),
        meetings: meetingsOf(row),
      },
    ]),
  );
}

/**
 * Runs the baseline `runs` times, each in a fresh in-memory database (so nothing is cached between
 * runs); the median wall time, the CPU time of the last run (DuckDB's threads included), the
 * figures per district, and whether it read meetings.
 */
export async function duckdbBaseline(
  folder: string,
  asOf: string,
  runs: number,
): Promise<{ ms: number; cpuMs: number; rows: Map<string, DistrictFigures>; meetings: boolean }> {
  const meetings = hasMeetings(folder);
  const { sql, bands } = baselineSql(folder, asOf, meetings);
  const times: number[] = [];
  let cpuMs = 0;
  let rows = new Map<string, DistrictFigures>();
  for (let run = 0; run < runs; run++) {
    const cpu = process.cpuUsage();
    const start = performance.now();
    const instance = await DuckDBInstance.create(":memory:");
    const connection = await instance.connect();
    const result = (await connection.runAndReadAll(sql)).getRowObjectsJson() as Record<string, unknown>[];
    times.push(performance.now() - start);
    const used = process.cpuUsage(cpu);
    cpuMs = (used.user + used.system) / 1000;
    connection.closeSync();
    instance.closeSync();
    rows = figuresOfRows(result, bands);
  }
  const median = [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)] as number;
  return { ms: median, cpuMs, rows, meetings };
}
