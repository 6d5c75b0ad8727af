import type { FederationKind } from "../entities/Federation.js";
import { GroupKind, SpecialCategory } from "../entities/Group.js";
import { typeError } from "../internal/errors.js";
import { describeValue, requireIsoDate, requireOptions } from "../internal/guards.js";
import { gendersFor } from "../rules/definitions/gender.js";
import { sizeLimitsFor } from "../rules/definitions/groupSize.js";
import type { RuleSet } from "../rules/registry/RuleSet.js";
import { checkRuleSets, resolveRuleSets } from "../rules/registry/resolveRuleSets.js";
import {
  dateKeySql,
  dayNumberSql,
  judgedPeriodsSql,
  monthIndexSql,
  weekIndexSql,
  yearsBetweenSql,
} from "./calendarSql.js";
import { requireDialect, type SqlDialect, type SqlQuery } from "./SqlDialect.js";
import { type QuotedTables, quoteIdentifier, quoteTables, type SqlTables } from "./SqlTables.js";
import { SqlParams } from "./sqlParams.js";
import { countedMemberSql } from "./summarySql.js";

/**
 * Options of {@link issuesSql} and {@link issuesFromRows}: those of `validate` that shape the
 * rule checks, the dialect, the tables, and the columns that name people and groups.
 *
 * @since 0.2.0
 * @public
 *
 * @example
 * ```ts
 * import type { IssuesSqlOptions } from "@kudumbashree/domain/sql";
 *
 * const options: IssuesSqlOptions = { dialect: "postgres", asOf: "2024-03-31", labels: { people: "name" } };
 * ```
 */
export interface IssuesSqlOptions {
  /** The engine the SQL is for. */
  readonly dialect: SqlDialect;
  /** The day the data describes: ages, active memberships and group sizes are taken on it. */
  readonly asOf: string;
  /** Rule sets to use instead of the built-in ones in force on `asOf`, as in `validate`. */
  readonly ruleSets?: readonly RuleSet[] | undefined;
  /** The first day meeting records cover; without it, the earliest meeting on or after 1950-01-01. */
  readonly recordsFrom?: string | undefined;
  /** Table and column names, where they differ from {@link DEFAULT_SQL_TABLES}. */
  readonly tables?: SqlTables | undefined;
  /**
   * The columns of the people and groups tables that hold their names (such as `"name"`), so
   * that issues carry the same `label` (`Anitha (P0042)`) and message as `validate` gives. Left
   * out, issues about people and groups have no label and their messages name the record by its
   * kind and id. Units are always labelled from `tables.units.name`.
   */
  readonly labels?: { readonly people?: string | undefined; readonly groups?: string | undefined } | undefined;
}

/** The options checked, with the rule sets resolved as `validate` resolves them. @internal */
export interface ResolvedIssuesOptions {
  readonly dialect: SqlDialect;
  readonly asOf: string;
  readonly recordsFrom: string | undefined;
  readonly rules: ReadonlyMap<GroupKind | FederationKind, RuleSet>;
  /** The kinds the caller gave a rule set for (their ward rules apply even with no group of the kind). */
  readonly named: ReadonlySet<string>;
  readonly tables: QuotedTables;
  readonly personName: string | undefined;
  readonly groupName: string | undefined;
}

/** Checks the options as `validate` does and resolves the rule sets. @internal */
export function resolveIssuesOptions(options: IssuesSqlOptions, fn: string): ResolvedIssuesOptions {
  requireOptions(options, fn);
  const dialect = requireDialect(options.dialect, fn);
  const tables = quoteTables(options.tables, fn);
  requireIsoDate(options.asOf, `${fn}: asOf`);
  if (options.recordsFrom !== undefined) requireIsoDate(options.recordsFrom, `${fn}: recordsFrom`);
  const labels = options.labels;
  if (labels !== undefined && (typeof labels !== "object" || labels === null || Array.isArray(labels)))
    throw typeError(`${fn}: labels must be an object, got ${describeValue(labels)}`);
  for (const key of Object.keys(labels ?? {}))
    if (key !== "people" && key !== "groups") throw typeError(`${fn}: labels has no field ${JSON.stringify(key)}`);
  const column = (name: unknown, what: string) =>
    name === undefined ? undefined : quoteIdentifier(name, fn, `labels.${what}`);
  const given = options.ruleSets === undefined ? undefined : checkRuleSets(options.ruleSets);
  return {
    dialect,
    asOf: options.asOf,
    recordsFrom: options.recordsFrom,
    rules: resolveRuleSets(options.asOf, given),
    named: new Set(given?.map((ruleSet) => ruleSet.groupKind)),
    tables,
    personName: column(labels?.people, "people"),
    groupName: column(labels?.groups, "groups"),
  };
}

/** The output columns of the issues query, in order, with their SQL types. @internal */
export const ISSUE_COLUMNS = {
  code: "TEXT",
  kind: "TEXT",
  group_id: "TEXT",
  person_id: "TEXT",
  subject_id: "TEXT",
  name: "TEXT",
  household_id: "TEXT",
  gender: "TEXT",
  category: "TEXT",
  field: "TEXT",
  special: "INTEGER",
  n: "INTEGER",
  m: "INTEGER",
  birth_key: "INTEGER",
  date_key: "INTEGER",
  first_period: "INTEGER",
  last_period: "INTEGER",
} as const;

type Column = keyof typeof ISSUE_COLUMNS;

/** One SELECT of the result: every column in order, NULL where the section has none. */
function select(columns: Partial<Record<Column, string>>, from: string): string {
  const list = Object.entries(ISSUE_COLUMNS).map(
    ([name, type]) => `CAST(${columns[name as Column] ?? "NULL"} AS ${type}) AS ${name}`,
  );
  return `SELECT ${list.join(", ")}\n  ${from}`;
}

/**
 * The SQL that runs the set-based rule checks of `validate` inside DuckDB or PostgreSQL, over
 * tables in the dataset format: members' ages (`age.below_band`, `age.above_band`,
 * `age.out_of_band_at_joining`, `age.aged_out`, `age.unknown`) and genders, group sizes,
 * households within a group and across groups of a kind, a person in a second group of a kind,
 * ward and village coverage and extra groups, meeting cadence over the same judged periods, and
 * dates that cannot be real (`date.implausible`, `meeting.cadence_unknown`). Run it with its
 * parameters and pass the rows to {@link issuesFromRows}, which makes the issues: the same codes,
 * severities, subjects, params, rule sets, labels and messages as `validate` gives for these
 * rules (see `docs/sql.md` for what runs only in process).
 *
 * The rows are findings, a few per issue, never the records. Every value is a bound parameter
 * (`$1`, `$2`, ...) and every table and column name is quoted. The SQL reads the tables as sets:
 * where `validate` takes the "first" of several records in input order (the group a person was
 * met in first), the SQL takes the first in id order.
 *
 * @param options - `dialect`, `asOf`, and optionally `ruleSets`, `recordsFrom`, `tables` and `labels`.
 * @returns The SQL text and its parameters.
 * @throws TypeError or RangeError for options that are wrong, as `validate` does.
 * @since 0.2.0
 * @public
 *
 * @example
 * ```ts
 * import { issuesSql } from "@kudumbashree/domain/sql";
 *
 * const query = issuesSql({ dialect: "duckdb", asOf: "2024-03-31" });
 * [query.text.startsWith("WITH"), query.params[0]];
 * //=> [true, "2024-03-31"]
 * ```
 */
export function issuesSql(options: IssuesSqlOptions): SqlQuery {
  const resolved = resolveIssuesOptions(options, "issuesSql");
  const { tables: t, rules } = resolved;
  const p = new SqlParams();
  const asOf = p.bind(resolved.asOf, "DATE");
  const recordsFrom = p.bind(resolved.recordsFrom, "DATE");
  const { units: u, groups: g, memberships: ms, meetings: mt, people: pe } = t;
  const none = (columns: string) => `SELECT ${columns} WHERE FALSE`;
  const values = (rows: string[], empty: string) => (rows.length === 0 ? none(empty) : `VALUES ${rows.join(", ")}`);
  const text = (value: string | null) => p.bind(value, "TEXT");
  const int = (value: number | undefined) => p.bind(value ?? null, "INTEGER");
  const bool = (value: boolean) => p.bind(value, "BOOLEAN");

  // The rules of each kind of group, from its rule set, as bound values.
  const kindRows: string[] = [];
  const sizeRows: string[] = [];
  const genderRows: string[] = [];
  for (const kind of GroupKind.options) {
    const rule = rules.get(kind);
    if (rule === undefined) continue;
    const band = rule.ageBand;
    const household = bool(rule.oneMemberPerHousehold === true);
    kindRows.push(
      `(${text(kind)}, ${bool(band !== undefined)}, ${int(band?.min)}, ${int(band?.max)}, ${household}, ` +
        `${text(rule.meetings?.per ?? null)}, ${int(rule.meetings?.count)})`,
    );
    const sizeRow = (special: boolean, category: string) => {
      const limits = sizeLimitsFor(rule, special, category === "" ? undefined : (category as SpecialCategory));
      if (limits !== undefined)
        sizeRows.push(`(${text(kind)}, ${bool(special)}, ${text(category)}, ${int(limits.min)}, ${int(limits.max)})`);
    };
    sizeRow(false, "");
    sizeRow(true, "");
    for (const category of ["", ...SpecialCategory.options]) {
      if (category !== "") sizeRow(true, category);
      const genders = gendersFor(rule, category === "" ? undefined : (category as SpecialCategory));
      if (genders === undefined) continue;
      // A row with no gender marks the kind and category as limited, even to no gender at all.
      for (const gender of [null, ...genders]) genderRows.push(`(${text(kind)}, ${text(category)}, ${text(gender)})`);
    }
  }
  // Ward and village rules, for every kind whose rule set has one (validateWards).
  const wardRows: string[] = [];
  for (const [kind, rule] of rules) {
    const wardRules =
      rule.wardCoverage === true || rule.wardCoverageTarget === true || rule.extraGroupOnlyWhenFull === true;
    const villageRules = rule.villageCoverage === true;
    if (!(wardRules || villageRules)) continue;
    const extraMax = rule.extraGroupOnlyWhenFull === true ? rule.groupSize?.max : undefined;
    wardRows.push(
      `(${text(kind)}, ${bool(resolved.named.has(kind))}, ${bool(wardRules)}, ${bool(rule.wardCoverage === true)}, ` +
        `${bool(rule.wardCoverageTarget === true)}, ${int(extraMax)}, ${bool(villageRules)})`,
    );
  }
  const kindRules = values(
    kindRows,
    "CAST(NULL AS TEXT), CAST(NULL AS BOOLEAN), CAST(NULL AS INTEGER), CAST(NULL AS INTEGER), " +
      "CAST(NULL AS BOOLEAN), CAST(NULL AS TEXT), CAST(NULL AS INTEGER)",
  );
  const sizeRules = values(
    sizeRows,
    "CAST(NULL AS TEXT), CAST(NULL AS BOOLEAN), CAST(NULL AS TEXT), CAST(NULL AS INTEGER), CAST(NULL AS INTEGER)",
  );
  const genderRules = values(genderRows, "CAST(NULL AS TEXT), CAST(NULL AS TEXT), CAST(NULL AS TEXT)");
  const wardRules = values(
    wardRows,
    "CAST(NULL AS TEXT), CAST(NULL AS BOOLEAN), CAST(NULL AS BOOLEAN), CAST(NULL AS BOOLEAN), " +
      "CAST(NULL AS BOOLEAN), CAST(NULL AS INTEGER), CAST(NULL AS BOOLEAN)",
  );
  const personName = resolved.personName === undefined ? "CAST(NULL AS TEXT)" : `pe.${resolved.personName}`;
  const groupName = resolved.groupName === undefined ? "CAST(NULL AS TEXT)" : `g.${resolved.groupName}`;
  const periodOf = (date: string) =>
    `CASE WHEN gc.per = 'month' THEN ${monthIndexSql(date)} ELSE ${weekIndexSql(dayNumberSql(date))} END`;
  const birth = dateKeySql("dob");
  const joined = dateKeySql("joined_on");
  const earliestEvent = "DATE '1950-01-01'";

  const sql = `WITH
settings AS (SELECT ${asOf} AS as_of, ${dateKeySql(asOf)} AS as_key),
records AS (
  SELECT COALESCE(${recordsFrom},
    (SELECT MIN(x.${mt.date}) FROM ${mt.table} x WHERE x.${mt.date} >= ${earliestEvent})) AS records_from
),
kind_rules(kind, has_age, age_min, age_max, household, per, cnt) AS (${kindRules}),
size_rules(kind, special, category, min_size, max_size) AS (${sizeRules}),
gender_rules(kind, category, gender) AS (${genderRules}),
ward_rules(kind, named, ward, required, target, extra_max, village) AS (${wardRules}),
rg AS (
  SELECT g.${g.id} AS id, g.${g.kind} AS kind, g.${g.unitId} AS unit_id, ${groupName} AS name,
    g.${g.formedOn} AS formed_on, g.${g.closedOn} AS closed_on,
    (COALESCE(g.${g.special}, FALSE) OR g.${g.specialCategory} IS NOT NULL) AS special,
    COALESCE(g.${g.specialCategory}, '') AS category,
    ((g.${g.formedOn} IS NULL OR g.${g.formedOn} <= s.as_of) AND (g.${g.closedOn} IS NULL OR s.as_of < g.${g.closedOn}))
      AS active,
    kr.per, kr.cnt
  FROM ${g.table} g JOIN kind_rules kr ON kr.kind = g.${g.kind} CROSS JOIN settings s
),
cm AS (
  SELECT m.${ms.groupId} AS group_id, m.${ms.personId} AS person_id, MIN(m.${ms.from}) AS joined_on
  FROM ${ms.table} m JOIN rg ON rg.id = m.${ms.groupId} AND rg.active CROSS JOIN settings s
  WHERE ${countedMemberSql(t, "m", "s.as_of")}
  GROUP BY m.${ms.groupId}, m.${ms.personId}
),
mb AS (
  SELECT cm.group_id, cm.person_id, cm.joined_on, rg.kind, rg.category,
    pe.${pe.dateOfBirth} AS dob, pe.${pe.gender} AS gender, pe.${pe.householdId} AS household_id,
    ${personName} AS name
  FROM cm JOIN rg ON rg.id = cm.group_id JOIN ${pe.table} pe ON pe.${pe.id} = cm.person_id
),
aged AS (
  SELECT *, CASE
      WHEN dob IS NULL THEN 'age.unknown'
      WHEN birth_key < 19000101 OR birth_key > as_key THEN NULL
      WHEN joined_key IS NOT NULL AND joined_key >= 19500101 AND joined_key >= birth_key AND joined_key <= as_key THEN
        CASE WHEN (age_min IS NOT NULL AND age_then < age_min) OR (age_max IS NOT NULL AND age_then > age_max)
            THEN 'age.out_of_band_at_joining'
          WHEN age_max IS NOT NULL AND age_now > age_max THEN 'age.aged_out' END
      WHEN age_min IS NOT NULL AND age_now < age_min THEN 'age.below_band'
      WHEN age_max IS NOT NULL AND age_now > age_max THEN 'age.above_band'
    END AS code
  FROM (
    SELECT keyed.*, ${yearsBetweenSql("as_key", "birth_key")} AS age_now,
      ${yearsBetweenSql("joined_key", "birth_key")} AS age_then
    FROM (
      SELECT mb.*, kr.age_min, kr.age_max, s.as_key, ${birth} AS birth_key, ${joined} AS joined_key
      FROM mb JOIN kind_rules kr ON kr.kind = mb.kind AND kr.has_age CROSS JOIN settings s
    ) keyed
  ) judged
),
gs AS (
  SELECT rg.id, rg.kind, rg.unit_id, rg.name, rg.special, rg.category, COUNT(cm.person_id) AS size
  FROM rg LEFT JOIN cm ON cm.group_id = rg.id
  WHERE rg.active
  GROUP BY rg.id, rg.kind, rg.unit_id, rg.name, rg.special, rg.category
),
hh AS (
  SELECT mb.* FROM mb JOIN kind_rules kr ON kr.kind = mb.kind AND kr.household WHERE mb.household_id IS NOT NULL
),
in_one AS (SELECT group_id, household_id FROM hh GROUP BY group_id, household_id HAVING COUNT(*) >= 2),
across AS (SELECT kind, household_id FROM hh GROUP BY kind, household_id HAVING COUNT(DISTINCT group_id) >= 2),
twice AS (SELECT kind, person_id FROM mb GROUP BY kind, person_id HAVING COUNT(*) >= 2),
tallies AS (
  SELECT kind, unit_id, COUNT(*) AS groups, SUM(size) AS members FROM gs GROUP BY kind, unit_id
),
wk AS (
  SELECT wr.* FROM ward_rules wr
  WHERE wr.named OR EXISTS (SELECT 1 FROM ${g.table} x WHERE x.${g.kind} = wr.kind)
),
spans AS (
  SELECT rg.id, rg.kind, rg.name, rg.per, rg.cnt,
    CASE WHEN rg.formed_on >= ${earliestEvent} AND rg.formed_on > r.records_from THEN rg.formed_on
      WHEN r.records_from < ${earliestEvent} THEN ${earliestEvent} ELSE r.records_from END AS from_date,
    CASE WHEN rg.closed_on IS NULL OR s.as_of <= rg.closed_on THEN s.as_of ELSE rg.closed_on END AS end_date
  FROM rg CROSS JOIN records r CROSS JOIN settings s
  WHERE rg.per IS NOT NULL AND r.records_from IS NOT NULL
),
gc AS (
  SELECT id, kind, name, per, cnt, p_first, p_stop FROM (
    SELECT id, kind, name, per, cnt,
      ${judgedPeriodsSql()}
    FROM spans
  ) bounds
  WHERE p_stop > p_first
),
kept AS (
  SELECT pc.group_id, pc.period FROM (
    SELECT mt.${mt.groupId} AS group_id, ${periodOf(`mt.${mt.date}`)} AS period, COUNT(*) AS n
    FROM ${mt.table} mt JOIN gc ON gc.id = mt.${mt.groupId}
    WHERE ${periodOf(`mt.${mt.date}`)} >= gc.p_first AND ${periodOf(`mt.${mt.date}`)} < gc.p_stop
    GROUP BY mt.${mt.groupId}, ${periodOf(`mt.${mt.date}`)}
  ) pc JOIN gc ON gc.id = pc.group_id
  WHERE pc.n >= gc.cnt
),
cadence AS (
  SELECT gc.id, gc.kind, gc.name, gc.p_stop - gc.p_first AS periods,
    gc.p_stop - gc.p_first - (SELECT COUNT(*) FROM kept k WHERE k.group_id = gc.id) AS missed
  FROM gc
),
first_missed AS (
  SELECT c.id, MIN(c.period) AS period FROM (
    SELECT id, p_first AS period FROM gc UNION ALL SELECT group_id, period + 1 FROM kept
  ) c JOIN gc ON gc.id = c.id
  WHERE c.period < gc.p_stop AND NOT EXISTS (SELECT 1 FROM kept k WHERE k.group_id = c.id AND k.period = c.period)
  GROUP BY c.id
),
last_missed AS (
  SELECT c.id, MAX(c.period) AS period FROM (
    SELECT id, p_stop - 1 AS period FROM gc UNION ALL SELECT group_id, period - 1 FROM kept
  ) c JOIN gc ON gc.id = c.id
  WHERE c.period >= gc.p_first AND NOT EXISTS (SELECT 1 FROM kept k WHERE k.group_id = c.id AND k.period = c.period)
  GROUP BY c.id
)
${[
  select(
    {
      code: "code",
      kind: "kind",
      group_id: "group_id",
      person_id: "person_id",
      name: "name",
      n: "CASE WHEN code = 'age.out_of_band_at_joining' THEN age_then ELSE age_now END",
      birth_key: "birth_key",
      date_key: "joined_key",
    },
    "FROM aged WHERE code IS NOT NULL",
  ),
  select(
    {
      code: "'gender.not_allowed'",
      kind: "kind",
      group_id: "group_id",
      person_id: "person_id",
      name: "name",
      gender: "gender",
      category: "category",
    },
    `FROM mb WHERE EXISTS (SELECT 1 FROM gender_rules r WHERE r.kind = mb.kind AND r.category = mb.category)
    AND NOT EXISTS (
      SELECT 1 FROM gender_rules r WHERE r.kind = mb.kind AND r.category = mb.category AND r.gender = mb.gender
    )`,
  ),
  select(
    {
      code:
        "CASE WHEN sr.min_size IS NOT NULL AND gs.size < sr.min_size THEN 'group.below_min_size' " +
        "ELSE 'group.above_max_size' END",
      kind: "gs.kind",
      group_id: "gs.id",
      name: "gs.name",
      category: "gs.category",
      special: "CASE WHEN gs.special THEN 1 ELSE 0 END",
      n: "gs.size",
    },
    `FROM gs JOIN size_rules sr ON sr.kind = gs.kind AND sr.special = gs.special AND sr.category = gs.category
  WHERE (sr.min_size IS NOT NULL AND gs.size < sr.min_size) OR (sr.max_size IS NOT NULL AND gs.size > sr.max_size)`,
  ),
  select(
    {
      code: "'household.duplicate'",
      kind: "hh.kind",
      group_id: "hh.group_id",
      person_id: "hh.person_id",
      household_id: "hh.household_id",
      name: "rg.name",
    },
    `FROM hh JOIN in_one ON in_one.group_id = hh.group_id AND in_one.household_id = hh.household_id
    JOIN rg ON rg.id = hh.group_id`,
  ),
  select(
    {
      code: "'household.multiple_groups'",
      kind: "hh.kind",
      group_id: "hh.group_id",
      person_id: "hh.person_id",
      household_id: "hh.household_id",
      name: "hh.name",
    },
    "FROM hh JOIN across ON across.kind = hh.kind AND across.household_id = hh.household_id",
  ),
  select(
    {
      code: "'membership.multiple_groups'",
      kind: "mb.kind",
      group_id: "mb.group_id",
      person_id: "mb.person_id",
      name: "mb.name",
    },
    "FROM mb JOIN twice ON twice.kind = mb.kind AND twice.person_id = mb.person_id",
  ),
  select(
    {
      code:
        `CASE WHEN un.${u.kind} = 'village' THEN 'village.no_group' ` +
        "WHEN COALESCE(tl.groups, 0) = 0 AND wk.required THEN 'ward.no_group' " +
        "WHEN COALESCE(tl.groups, 0) = 0 THEN 'ward.coverage_gap' ELSE 'ward.extra_group_not_needed' END",
      kind: "wk.kind",
      subject_id: `un.${u.id}`,
      name: `un.${u.name}`,
      n: "COALESCE(tl.groups, 0)",
      m: "COALESCE(tl.members, 0)",
    },
    `FROM ${u.table} un CROSS JOIN wk LEFT JOIN tallies tl ON tl.kind = wk.kind AND tl.unit_id = un.${u.id}
  WHERE (un.${u.kind} = 'village' AND wk.village AND COALESCE(tl.groups, 0) = 0)
    OR (un.${u.kind} = 'ward' AND wk.ward AND COALESCE(tl.groups, 0) = 0 AND (wk.required OR wk.target))
    OR (un.${u.kind} = 'ward' AND wk.ward AND tl.groups > 0 AND wk.extra_max IS NOT NULL
      AND tl.groups > CASE WHEN tl.members <= wk.extra_max THEN 1
        ELSE CAST(CEIL(CAST(tl.members AS FLOAT8) / wk.extra_max) AS INTEGER) END)`,
  ),
  select(
    {
      code: "'meeting.cadence_missed'",
      kind: "cadence.kind",
      group_id: "cadence.id",
      name: "cadence.name",
      n: "cadence.periods",
      m: "cadence.missed",
      first_period: "first_missed.period",
      last_period: "last_missed.period",
    },
    `FROM cadence JOIN first_missed ON first_missed.id = cadence.id JOIN last_missed ON last_missed.id = cadence.id
  WHERE cadence.missed > 0`,
  ),
  select(
    { code: "'meeting.cadence_unknown'" },
    "FROM records r WHERE r.records_from IS NULL AND EXISTS (SELECT 1 FROM rg WHERE rg.per IS NOT NULL)",
  ),
  ...(
    [
      ["groups.formedOn", "group", g.table, `x.${g.formedOn}`, `x.${g.id}`, "NULL"],
      ["groups.closedOn", "group", g.table, `x.${g.closedOn}`, `x.${g.id}`, "NULL"],
      ["memberships.from", "membership", ms.table, `x.${ms.from}`, `x.${ms.groupId}`, `x.${ms.personId}`],
      ["memberships.to", "membership", ms.table, `x.${ms.to}`, `x.${ms.groupId}`, `x.${ms.personId}`],
      ["meetings.date", "meeting", mt.table, `x.${mt.date}`, `x.${mt.id}`, "NULL"],
    ] as const
  ).map(([field, kind, table, date, id, personId]) =>
    select(
      {
        code: "'date.implausible'",
        field: `'${field}'`,
        kind: `'${kind}'`,
        subject_id: id,
        person_id: personId,
        date_key: dateKeySql(date),
      },
      `FROM ${table} x WHERE ${date} < ${earliestEvent}`,
    ),
  ),
  select(
    {
      code: "'date.implausible'",
      field: "'people.dateOfBirth'",
      kind: "'person'",
      subject_id: `x.${pe.id}`,
      date_key: dateKeySql(`x.${pe.dateOfBirth}`),
    },
    `FROM ${pe.table} x CROSS JOIN settings s
  WHERE x.${pe.dateOfBirth} < DATE '1900-01-01' OR x.${pe.dateOfBirth} > s.as_of`,
  ),
].join("\nUNION ALL\n")}`;
  return { text: sql, params: p.values };
}
