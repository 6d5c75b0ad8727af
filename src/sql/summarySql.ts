import { ageBandLabels } from "../aggregate/ageBands.js";
import { resolveSummarizeOptions } from "../aggregate/resolveSummarizeOptions.js";
import type { BuilderOptions } from "../aggregate/SummaryBuilder.js";
import { FederationKind } from "../entities/Federation.js";
import { GroupKind, SpecialCategory } from "../entities/Group.js";
import type { UnitKind } from "../entities/Unit.js";
import { requireOptions } from "../internal/guards.js";
import { sizeLimitsFor } from "../rules/definitions/groupSize.js";
import type { RuleSet } from "../rules/registry/RuleSet.js";
import { dateKeySql, dayNumberSql, extractSql, judgedPeriodsSql, monthIndexSql, weekIndexSql } from "./calendarSql.js";
import { requireDialect, type SqlDialect, type SqlQuery } from "./SqlDialect.js";
import { type QuotedTables, quoteTables, type SqlTables } from "./SqlTables.js";
import { SqlParams } from "./sqlParams.js";

/**
 * Options of {@link summarySql} and {@link summaryFromRows}: those of `summarize` that shape the
 * figures, the dialect and the tables.
 *
 * @since 0.2.0
 * @public
 *
 * @example
 * ```ts
 * import type { SummarySqlOptions } from "@kudumbashree/domain/sql";
 *
 * const options: SummarySqlOptions = { dialect: "duckdb", level: "district", asOf: "2024-03-31", part: "kerala" };
 * ```
 */
export interface SummarySqlOptions {
  /** The engine the SQL is for. */
  readonly dialect: SqlDialect;
  /** The level of the rows: one row per unit of this kind. */
  readonly level: UnitKind;
  /** Summarise only this kind of group; without it every kind, with a breakdown per kind. */
  readonly groupKind?: GroupKind | undefined;
  /** The day the figures describe. */
  readonly asOf: string;
  /** Rule sets to use instead of the built-in ones in force on `asOf`, as in `summarize`. */
  readonly ruleSets?: readonly RuleSet[] | undefined;
  /** The first day meeting records cover; without it, the earliest meeting on or after 1950-01-01. */
  readonly recordsFrom?: string | undefined;
  /** Lower bounds of the age bands; `DEFAULT_AGE_BANDS` when left out. */
  readonly ageBands?: readonly number[] | undefined;
  /**
   * The id of the part of the whole the tables hold (such as `kerala/2024-03-31`), recorded in the
   * summary's provenance. {@link summaryFromRows} needs it: a database's summary cannot derive
   * one from the data as `summarize` does without reading every id back.
   */
  readonly part?: string | undefined;
  /** Table and column names, where they differ from {@link DEFAULT_SQL_TABLES}. */
  readonly tables?: SqlTables | undefined;
}

/** The output columns of the summary query, in order (counts, then `band_0` ... `band_n`). @internal */
export const COUNT_COLUMNS = [
  "wards",
  "villages",
  "wards_with_group",
  "villages_with_group",
  "groups",
  "members",
  "min_size",
  "max_size",
  "capped_members",
  "capacity",
  "groups_judged",
  "groups_compliant",
  "meetings_held",
  "meetings_expected",
  "attendees",
  "attendance_slots",
  "groups_federated",
  "federations",
] as const;

/** Checks the options as `summarize` does and resolves the rule sets. @internal */
export function resolveSqlOptions(
  options: SummarySqlOptions,
  fn: string,
): { dialect: SqlDialect; resolved: BuilderOptions; tables: QuotedTables } {
  requireOptions(options, fn);
  const dialect = requireDialect(options.dialect, fn);
  const tables = quoteTables(options.tables, fn);
  const resolved = resolveSummarizeOptions({
    level: options.level,
    groupKind: options.groupKind,
    asOf: options.asOf,
    ruleSets: options.ruleSets,
    recordsFrom: options.recordsFrom,
    ageBands: options.ageBands,
    part: options.part,
  });
  return { dialect, resolved, tables };
}

/** Whether a membership row counts as a member on a day (isCountedMember). @internal */
export function countedMemberSql(t: QuotedTables, alias: string, day: string): string {
  const m = t.memberships;
  return (
    `${alias}.${m.role} <> 'resourcePerson' AND (${alias}.${m.from} IS NULL OR ${alias}.${m.from} <= ${day})` +
    ` AND (${alias}.${m.to} IS NULL OR ${day} <= ${alias}.${m.to})`
  );
}

/**
 * The recursive walk up the unit tree: each unit and its nearest unit of `level` (or none). At
 * most eight steps, so that a cycle in a table that was never checked cannot make it run for ever.
 * `placed` is MATERIALIZED: worked out once, however many parts of the query join it.
 * @internal
 */
export function placedUnitsSql(t: QuotedTables, level: string): string {
  const u = t.units;
  return `anc(unit_id, at_id, at_kind, parent_id, depth) AS (
  SELECT u.${u.id}, u.${u.id}, u.${u.kind}, u.${u.parentId}, 0 FROM ${u.table} u
  UNION ALL
  SELECT a.unit_id, p.${u.id}, p.${u.kind}, p.${u.parentId}, a.depth + 1
  FROM anc a JOIN ${u.table} p ON p.${u.id} = a.parent_id
  WHERE a.depth < 8 AND a.at_kind <> ${level}
),
placed(unit_id, place_id) AS MATERIALIZED (
  SELECT unit_id, MIN(CASE WHEN at_kind = ${level} THEN at_id END) FROM anc GROUP BY unit_id
)`;
}

/**
 * The SQL that computes a `Summary` of tables in the dataset format inside DuckDB or PostgreSQL:
 * every figure of `summarize` (wards and villages, coverage, groups, members, group sizes,
 * capacity, meeting compliance over the same judged periods, attendance, federations, members by
 * age band), with the calendar arithmetic done by the engine. Run it with its parameters and pass
 * the rows to {@link summaryFromRows}, which makes the `Summary`: equal to what `summarize` makes
 * of the same data as a dataset, and mergeable with summaries made in process.
 *
 * The SQL reads the tables as they are: it assumes rows that pass the dataset's schema and
 * references (run `validate` on an export, or the checks of {@link issuesSql} in the database,
 * first). Rows of kinds the format does not know are left out. Every value is a bound parameter
 * (`$1`, `$2`, ...) and every table and column name is quoted.
 *
 * @param options - `dialect`, `level`, `asOf`, and optionally `groupKind`, `ruleSets`,
 *   `recordsFrom`, `ageBands`, `part` and `tables`.
 * @returns The SQL text and its parameters.
 * @throws TypeError or RangeError for options that are wrong, as `summarize` does.
 * @since 0.2.0
 * @public
 *
 * @example
 * ```ts
 * import { summarySql } from "@kudumbashree/domain/sql";
 *
 * const query = summarySql({ dialect: "postgres", level: "district", asOf: "2024-03-31" });
 * [query.text.startsWith("WITH RECURSIVE"), query.params[0]];
 * //=> [true, "2024-03-31"]
 * ```
 */
export function summarySql(options: SummarySqlOptions): SqlQuery {
  const { resolved, tables: t } = resolveSqlOptions(options, "summarySql");
  const p = new SqlParams();
  const { level, groupKind, rules } = resolved;
  const labels = ageBandLabels(resolved.ageBands);
  const bands = labels.length; // the last is "unknown"
  const asOf = p.bind(resolved.asOf, "DATE");
  const recordsFrom = p.bind(resolved.recordsFrom, "DATE");
  const levelParam = p.bind(level, "TEXT");
  const { units: u, groups: g, memberships: m, meetings: mt, meetingAttendees: ma, people: pe } = t;
  const { federations: f, federationMembers: fm } = t;

  // The limits and cadence of each kind of group, from its rule set, as bound values.
  const sizeRows: string[] = [];
  const cadenceRows: string[] = [];
  for (const kind of GroupKind.options) {
    const rule = rules.get(kind);
    if (rule === undefined) continue;
    const sizeRow = (special: boolean, category: string, max: number | undefined) =>
      `(${p.bind(kind, "TEXT")}, ${p.bind(special, "BOOLEAN")}, ${p.bind(category, "TEXT")}, ` +
      `${p.bind(max ?? null, "INTEGER")})`;
    sizeRows.push(sizeRow(false, "", sizeLimitsFor(rule, false)?.max));
    sizeRows.push(sizeRow(true, "", sizeLimitsFor(rule, true)?.max));
    for (const category of SpecialCategory.options)
      sizeRows.push(sizeRow(true, category, sizeLimitsFor(rule, true, category)?.max));
    if (rule.meetings !== undefined)
      cadenceRows.push(
        `(${p.bind(kind, "TEXT")}, ${p.bind(rule.meetings.per, "TEXT")}, ${p.bind(rule.meetings.count, "INTEGER")})`,
      );
  }
  const none = (columns: string) => `SELECT ${columns} WHERE FALSE`;
  const sizeRules =
    sizeRows.length === 0
      ? none("CAST(NULL AS TEXT), CAST(NULL AS BOOLEAN), CAST(NULL AS TEXT), CAST(NULL AS INTEGER)")
      : `VALUES ${sizeRows.join(", ")}`;
  const cadenceRules =
    cadenceRows.length === 0
      ? none("CAST(NULL AS TEXT), CAST(NULL AS TEXT), CAST(NULL AS INTEGER)")
      : `VALUES ${cadenceRows.join(", ")}`;

  const kinds = groupKind === undefined ? GroupKind.options : [groupKind];
  const bounds = resolved.ageBands.map((bound) => p.bind(bound, "INTEGER"));
  const cutoffs = bounds
    .map(
      (bound, k) =>
        `CASE WHEN ${extractSql("YEAR", asOf)} - ${bound} < 0 THEN -1` +
        ` ELSE ${dateKeySql(asOf)} - ${bound} * 10000 END AS c${k}`,
    )
    .join(", ");
  // The band of a date of birth (bandOf): unknown when missing or not plausible (1900 to asOf).
  const birth = dateKeySql(`pe.${pe.dateOfBirth}`);
  const above = bounds.map((_, k) => ` + CASE WHEN ${birth} <= s.c${k} THEN 1 ELSE 0 END`).join("");
  const bandOf =
    `CASE WHEN pe.${pe.dateOfBirth} IS NULL OR ${birth} < 19000101 OR ${birth} > s.as_key` +
    ` THEN ${bands - 1} ELSE 0${above} END`;
  const bandSums = labels.map((_, b) => `SUM(CASE WHEN band = ${b} THEN 1 ELSE 0 END) AS b${b}`).join(", ");
  const periodOf = (date: string) =>
    `CASE WHEN gc.per = 'month' THEN ${monthIndexSql(date)} ELSE ${weekIndexSql(dayNumberSql(date))} END`;

  // `ja`, the attendees of the judged meetings, is MATERIALIZED so that it is made before it meets the
  // memberships: left to itself, DuckDB joined attendees to memberships by person first, a row for every
  // meeting of each group the attendee is in (several times the work). `present` then joins it to the
  // memberships as an inner join, with DISTINCT, as before. The attendees come first in its join, the
  // judged meetings second: an engine that builds the hash table on the side written second (the
  // DuckDB engine of the CLI does) builds it on the meetings, not on the lakhs of attendees.
  const text = `WITH RECURSIVE
settings AS (
  SELECT ${asOf} AS as_of, ${dateKeySql(asOf)} AS as_key${cutoffs === "" ? "" : `, ${cutoffs}`}
),
records AS (
  SELECT COALESCE(${recordsFrom},
    (SELECT MIN(x.${mt.date}) FROM ${mt.table} x WHERE x.${mt.date} >= DATE '1950-01-01')) AS records_from
),
size_rules(kind, special, category, max_size) AS (${sizeRules}),
cadence_rules(kind, per, cnt) AS (${cadenceRules}),
${placedUnitsSql(t, levelParam)},
cg AS (
  SELECT g.${g.id} AS id, g.${g.kind} AS kind, g.${g.unitId} AS unit_id, un.${u.kind} AS unit_kind, pl.place_id,
    g.${g.formedOn} AS formed_on, g.${g.closedOn} AS closed_on, sr.max_size, cr.per, cr.cnt
  FROM ${g.table} g
  JOIN ${u.table} un ON un.${u.id} = g.${g.unitId}
  JOIN placed pl ON pl.unit_id = g.${g.unitId}
  CROSS JOIN settings s
  LEFT JOIN size_rules sr ON sr.kind = g.${g.kind} AND sr.category = COALESCE(g.${g.specialCategory}, '')
    AND sr.special = (COALESCE(g.${g.special}, FALSE) OR g.${g.specialCategory} IS NOT NULL)
  LEFT JOIN cadence_rules cr ON cr.kind = g.${g.kind}
  WHERE g.${g.kind} IN (${p.list(kinds)})
    AND (g.${g.formedOn} IS NULL OR g.${g.formedOn} <= s.as_of)
    AND (g.${g.closedOn} IS NULL OR s.as_of < g.${g.closedOn})
),
cm AS (
  SELECT DISTINCT m.${m.groupId} AS group_id, m.${m.personId} AS person_id
  FROM ${m.table} m JOIN cg ON cg.id = m.${m.groupId} CROSS JOIN settings s
  WHERE ${countedMemberSql(t, "m", "s.as_of")}
),
gm AS (
  SELECT group_id, COUNT(*) AS members, ${bandSums}
  FROM (
    SELECT cm.group_id, ${bandOf} AS band
    FROM cm LEFT JOIN ${pe.table} pe ON pe.${pe.id} = cm.person_id CROSS JOIN settings s
  ) banded
  GROUP BY group_id
),
spans AS (
  SELECT cg.id, cg.per, cg.cnt,
    CASE WHEN cg.formed_on >= DATE '1950-01-01' AND cg.formed_on > r.records_from THEN cg.formed_on
      WHEN r.records_from < DATE '1950-01-01' THEN DATE '1950-01-01' ELSE r.records_from END AS from_date,
    CASE WHEN cg.closed_on IS NULL OR s.as_of <= cg.closed_on THEN s.as_of ELSE cg.closed_on END AS end_date
  FROM cg CROSS JOIN records r CROSS JOIN settings s
  WHERE cg.per IS NOT NULL AND r.records_from IS NOT NULL
),
gc AS (
  SELECT id, per, cnt, p_first, p_stop, p_stop - p_first AS periods FROM (
    SELECT id, per, cnt,
      ${judgedPeriodsSql()}
    FROM spans
  ) bounds
  WHERE p_stop > p_first
),
jm AS (
  SELECT mt.${mt.id} AS id, mt.${mt.groupId} AS group_id, mt.${mt.date} AS date,
    mt.${mt.attendanceRecorded} AS recorded, ${periodOf(`mt.${mt.date}`)} AS period
  FROM ${mt.table} mt JOIN gc ON gc.id = mt.${mt.groupId}
  WHERE ${periodOf(`mt.${mt.date}`)} >= gc.p_first AND ${periodOf(`mt.${mt.date}`)} < gc.p_stop
),
held AS (
  SELECT pc.group_id, SUM(pc.n) AS held, SUM(CASE WHEN pc.n >= gc.cnt THEN 1 ELSE 0 END) AS kept
  FROM (SELECT group_id, period, COUNT(*) AS n FROM jm GROUP BY group_id, period) pc JOIN gc ON gc.id = pc.group_id
  GROUP BY pc.group_id
),
attended AS (
  SELECT group_id, COUNT(*) AS meetings FROM jm WHERE recorded GROUP BY group_id
),
ja AS MATERIALIZED (
  SELECT jm.group_id, jm.id, jm.date, a.${ma.personId} AS person_id
  FROM ${ma.table} a JOIN jm ON jm.id = a.${ma.meetingId}
  WHERE jm.recorded
),
present AS (
  SELECT group_id, COUNT(*) AS attendees FROM (
    SELECT DISTINCT ja.group_id, ja.id, ja.person_id
    FROM ja JOIN ${m.table} m ON m.${m.groupId} = ja.group_id AND m.${m.personId} = ja.person_id
    WHERE ${countedMemberSql(t, "m", "ja.date")}
  ) counted
  GROUP BY group_id
),
cf AS (
  SELECT f.${f.id} AS id, f.${f.kind} AS kind, pl.place_id
  FROM ${f.table} f JOIN placed pl ON pl.unit_id = f.${f.unitId} CROSS JOIN settings s
  WHERE f.${f.kind} IN (${p.list(FederationKind.options)}) AND (f.${f.formedOn} IS NULL OR f.${f.formedOn} <= s.as_of)
),
federated AS (
  SELECT DISTINCT fm.${fm.memberId} AS group_id FROM ${fm.table} fm JOIN cf ON cf.id = fm.${fm.federationId}
),
gf AS (
  SELECT cg.place_id, cg.kind, cg.unit_id, cg.unit_kind, cg.max_size,
    COALESCE(gm.members, 0) AS members,
    CASE WHEN gc.id IS NULL THEN 0 ELSE 1 END AS judged,
    CASE WHEN gc.id IS NOT NULL AND COALESCE(held.kept, 0) = gc.periods THEN 1 ELSE 0 END AS compliant,
    CASE WHEN gc.id IS NULL THEN 0 ELSE COALESCE(held.held, 0) END AS held,
    CASE WHEN gc.id IS NULL THEN 0 ELSE gc.periods * gc.cnt END AS expected,
    CASE WHEN gc.id IS NULL THEN 0 ELSE COALESCE(present.attendees, 0) END AS attendees,
    CASE WHEN gc.id IS NULL THEN 0 ELSE COALESCE(gm.members, 0) * COALESCE(attended.meetings, 0) END AS slots,
    CASE WHEN federated.group_id IS NULL THEN 0 ELSE 1 END AS federated,
    ${labels.map((_, b) => `COALESCE(gm.b${b}, 0) AS b${b}`).join(", ")}
  FROM cg
  LEFT JOIN gm ON gm.group_id = cg.id
  LEFT JOIN gc ON gc.id = cg.id
  LEFT JOIN held ON held.group_id = cg.id
  LEFT JOIN attended ON attended.group_id = cg.id
  LEFT JOIN present ON present.group_id = cg.id
  LEFT JOIN federated ON federated.group_id = cg.id
),
covered AS (SELECT DISTINCT unit_id FROM cg),
unit_stats AS (
  SELECT pl.place_id,
    SUM(CASE WHEN un.${u.kind} = 'ward' THEN 1 ELSE 0 END) AS wards,
    SUM(CASE WHEN un.${u.kind} = 'village' THEN 1 ELSE 0 END) AS villages,
    SUM(CASE WHEN un.${u.kind} = 'ward' AND covered.unit_id IS NOT NULL THEN 1 ELSE 0 END) AS wards_with_group,
    SUM(CASE WHEN un.${u.kind} = 'village' AND covered.unit_id IS NOT NULL THEN 1 ELSE 0 END) AS villages_with_group
  FROM ${u.table} un JOIN placed pl ON pl.unit_id = un.${u.id}
  LEFT JOIN covered ON covered.unit_id = un.${u.id}
  GROUP BY pl.place_id
)
${[
  select(
    {
      section: "'unit'",
      unit_id: `CAST(un.${u.id} AS TEXT)`,
      name: `CAST(un.${u.name} AS TEXT)`,
      wards: "st.wards",
      villages: "st.villages",
      wards_with_group: "st.wards_with_group",
      villages_with_group: "st.villages_with_group",
    },
    labels.length,
    `FROM ${u.table} un LEFT JOIN unit_stats st ON st.place_id = un.${u.id} WHERE un.${u.kind} = ${levelParam}`,
  ),
  select(
    {
      section: "'unit'",
      wards: "st.wards",
      villages: "st.villages",
      wards_with_group: "st.wards_with_group",
      villages_with_group: "st.villages_with_group",
    },
    labels.length,
    "FROM unit_stats st WHERE st.place_id IS NULL",
  ),
  select(
    {
      section: "'bucket'",
      unit_id: "CAST(place_id AS TEXT)",
      kind: "CAST(kind AS TEXT)",
      wards_with_group: "COUNT(DISTINCT CASE WHEN unit_kind = 'ward' THEN unit_id END)",
      villages_with_group: "COUNT(DISTINCT CASE WHEN unit_kind = 'village' THEN unit_id END)",
      groups: "COUNT(*)",
      members: "SUM(members)",
      min_size: "MIN(members)",
      max_size: "MAX(members)",
      capped_members: "SUM(CASE WHEN max_size IS NULL THEN 0 ELSE members END)",
      capacity: "SUM(COALESCE(max_size, 0))",
      groups_judged: "SUM(judged)",
      groups_compliant: "SUM(compliant)",
      meetings_held: "SUM(held)",
      meetings_expected: "SUM(expected)",
      attendees: "SUM(attendees)",
      attendance_slots: "SUM(slots)",
      groups_federated: "SUM(federated)",
      ...Object.fromEntries(labels.map((_, b) => [`band_${b}`, `SUM(b${b})`])),
    },
    labels.length,
    "FROM gf GROUP BY place_id, kind",
  ),
  select(
    { section: "'federation'", unit_id: "CAST(place_id AS TEXT)", kind: "CAST(kind AS TEXT)", federations: "COUNT(*)" },
    labels.length,
    "FROM cf GROUP BY place_id, kind",
  ),
  select({ section: "'meta'", records_from: "CAST(records_from AS TEXT)" }, labels.length, "FROM records"),
].join("\nUNION ALL\n")}`;
  return { text, params: p.values };
}

/** One SELECT of the result, every column in order: counts as FLOAT8 (whole numbers up to 2^53 exactly). */
function select(columns: Readonly<Record<string, string>>, bands: number, from: string): string {
  const list = [
    ...["section", "unit_id", "name", "kind", "records_from"].map(
      (name) => `${columns[name] ?? "CAST(NULL AS TEXT)"} AS ${name}`,
    ),
    ...[...COUNT_COLUMNS, ...Array.from({ length: bands }, (_, b) => `band_${b}`)].map(
      (name) => `CAST(${columns[name] ?? "NULL"} AS FLOAT8) AS ${name}`,
    ),
  ];
  return `SELECT ${list.join(", ")} ${from}`;
}
