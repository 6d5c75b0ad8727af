// The baseline of the CSV benchmarks: DuckDB running a hand-written GROUP BY (groups, members and
// members by age band per district, through the unit tree) over the same CSV files. It is the
// fastest honest answer to "how many groups and members per district" that an engine built for it
// gives on this machine, so our time is reported as a ratio of it.
import { join } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";

/** Lower bounds of the age bands the baseline counts (those of the summary's default bands). */
const BOUNDS = [5, 10, 15, 18, 26, 31, 36, 41, 60];

/** Groups, members and members per age band of one district. */
export interface DistrictFigures {
  readonly groups: number;
  readonly members: number;
  readonly ageBands: number[];
}

function baselineSql(folder: string, asOf: string): { sql: string; bands: number } {
  const csv = (file: string) =>
    `read_csv('${join(folder, file).replace(/'/g, "''")}', header = true, all_varchar = true)`;
  const bandColumns = [
    ...BOUNDS.map((bound, i) => `count(*) FILTER (WHERE age >= ${i === 0 ? 0 : BOUNDS[i - 1]} AND age < ${bound})`),
    `count(*) FILTER (WHERE age >= ${BOUNDS[BOUNDS.length - 1]})`,
    "count(*) FILTER (WHERE age IS NULL)",
  ].map((expression, i) => `${expression} AS b${i}`);
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
      per_group AS (SELECT district, count(*) AS groups FROM active_groups GROUP BY district)
    SELECT per_group.district, groups, members, ${bandColumns.map((_, i) => `b${i}`).join(", ")}
    FROM per_group LEFT JOIN per_member USING (district) ORDER BY per_group.district`;
  return { sql, bands: bandColumns.length };
}

/**
 * Runs the baseline `runs` times, each in a fresh in-memory database (so nothing is cached between
 * runs); the median wall time, the CPU time of the last run (DuckDB's threads included) and the
 * figures per district.
 */
export async function duckdbBaseline(
  folder: string,
  asOf: string,
  runs: number,
): Promise<{ ms: number; cpuMs: number; rows: Map<string, DistrictFigures> }> {
  const { sql, bands } = baselineSql(folder, asOf);
  const times: number[] = [];
  let cpuMs = 0;
  let rows = new Map<string, DistrictFigures>();
  for (let run = 0; run < runs; run++) {
    const cpu = process.cpuUsage();
    const start = performance.now();
    const instance = await DuckDBInstance.create(":memory:");
    const connection = await instance.connect();
    const result = (await connection.runAndReadAll(sql)).getRowObjectsJson() as Record<string, string | null>[];
    times.push(performance.now() - start);
    const used = process.cpuUsage(cpu);
    cpuMs = (used.user + used.system) / 1000;
    connection.closeSync();
    instance.closeSync();
    rows = new Map(
      result.map((row) => [
        row["district"] as string,
        {
          groups: Number(row["groups"]),
          members: Number(row["members"] ?? 0),
          ageBands: Array.from({ length: bands }, (_, i) => Number(row[`b${i}`] ?? 0)),
        },
      ]),
    );
  }
  const median = [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)] as number;
  return { ms: median, cpuMs, rows };
}
