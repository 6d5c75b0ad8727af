import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type Dataset,
  deriveRuleSet,
  getRuleSet,
  type Issue,
  type Membership,
  type Person,
  type RuleSet,
  validate,
} from "../../src/index.js";
import {
  DEFAULT_SQL_TABLES,
  type IssuesSqlOptions,
  issuesFromRows,
  issuesSql,
  SQL_ISSUE_CODES,
  type SqlDialect,
  type SqlTables,
} from "../../src/sql/index.js";
import { generateSample } from "../../src/testing/index.js";
import { type Engine, loadDataset, openEngine } from "./engines.js";

const DIALECTS: readonly SqlDialect[] = ["duckdb", "postgres"];
const COVERED = new Set<string>(SQL_ISSUE_CODES);

type Run = Omit<IssuesSqlOptions, "dialect" | "tables" | "labels">;

/** The order both sides are compared in, written here independently of issuesFromRows. */
const keyOf = (issue: Issue) =>
  [issue.code, issue.subject?.kind ?? "", issue.subject?.id ?? "", JSON.stringify(issue.params ?? null)].join("\u0000");
const byKey = (a: Issue, b: Issue) => (keyOf(a) < keyOf(b) ? -1 : keyOf(a) > keyOf(b) ? 1 : 0);

/** validate's issues of the codes issuesSql covers, without `path` (a table has no positions), sorted. */
function expected(dataset: Dataset, run: Run): Issue[] {
  const report = validate(dataset, { ...run, maxIssues: Number.MAX_SAFE_INTEGER });
  return report.issues
    .filter((issue) => COVERED.has(issue.code))
    .map(({ path: _, ...rest }) => rest as Issue)
    .sort(byKey);
}

/** The dataset with groups in id order and each group's memberships in person-id order (see issuesFromRows). */
function inIdOrder(dataset: Dataset): Dataset {
  const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return {
    ...dataset,
    groups: [...dataset.groups].sort((a, b) => compare(a.id, b.id)),
    memberships: [...dataset.memberships].sort(
      (a, b) => compare(a.groupId, b.groupId) || compare(a.personId, b.personId),
    ),
  };
}

// Rule sets beyond the built-in ones, so that every rule has something to find: a ward rule that
// requires a group (auxiliary groups 1.0.0), and self-help groups with an age band, households,
// a monthly cadence and a group in every village.
const auxiliaryRequired = getRuleSet("kerala.auxiliaryGroup@1.0.0");
const villageShg = deriveRuleSet(getRuleSet("nrlm.selfHelpGroup@2.0.0"), {
  id: "test.selfHelpGroup",
  version: "1.0.0",
  sources: [{ title: "Test circular", publisher: "Test" }],
  ageBand: { min: 18, max: 60 },
  oneMemberPerHousehold: true,
  villageCoverage: true,
  meetings: { count: 2, per: "month" },
});
const wardBalasabha = deriveRuleSet(getRuleSet("kerala.balasabha@3.0.0"), {
  id: "test.balasabha",
  version: "1.0.0",
  sources: [{ title: "Test circular", publisher: "Test" }],
  wardCoverage: true,
});

/** People `prefix1` ... `prefixN`, each in a household of her own, all members of one group. */
function members(groupId: string, prefix: string, count: number, dateOfBirth: string, from?: string) {
  const people: Person[] = [];
  const rows: Membership[] = [];
  for (let i = 1; i <= count; i++) {
    const id = `${prefix}${String(i).padStart(2, "0")}`;
    people.push({ id, name: `Member ${id}`, gender: "female", dateOfBirth, householdId: `h-${id}` });
    rows.push({ groupId, personId: id, role: "member", ...(from === undefined ? {} : { from }) });
  }
  return { people, rows };
}

/** Meetings of a group: `count` on each of the dates. */
function meetingsOf(groupId: string, dates: readonly string[]) {
  return dates.map((date, i) => ({ id: `${groupId}-m${String(i).padStart(3, "0")}`, groupId, date }));
}

const weekly = (from: string, weeks: number, skip: readonly number[]) => {
  const start = Date.UTC(Number(from.slice(0, 4)), Number(from.slice(5, 7)) - 1, Number(from.slice(8, 10)));
  return Array.from({ length: weeks }, (_, w) => w)
    .filter((w) => !skip.includes(w))
    .map((w) => new Date(start + w * 7 * 86_400_000).toISOString().slice(0, 10));
};

const big = members("ag3", "pz", 51, "1995-06-15");
const full = members("n3", "py", 21, "1980-01-01");
const nhg = members("n1", "pn", 9, "1985-03-31", "2010-01-01");
const shg = members("s1", "ps", 10, "1990-02-28");

/**
 * Edge cases: births on 29 February judged on 28 February, 29 February and 1 March; month ends;
 * closed and future groups; ended memberships; a resource person; members without a household;
 * a person in two groups of a kind and households across groups; groups too small and too large;
 * wards and villages without a group; dates that cannot be real; weekly and monthly cadences.
 */
const edges: Dataset = inIdOrder({
  schemaVersion: 1,
  units: [
    { id: "d1", kind: "district", name: "District" },
    { id: "v1", kind: "village", name: "Village 1", parentId: "d1" },
    { id: "v2", kind: "village", name: "Village 2", parentId: "d1" },
    { id: "w1", kind: "ward", name: "Ward 1", parentId: "d1" },
    { id: "w2", kind: "ward", name: "Ward 2", parentId: "d1" },
    { id: "w3", kind: "ward", name: "Ward 3", parentId: "d1" },
    { id: "w4", kind: "ward", name: "Ward 4", parentId: "d1" },
  ],
  people: [
    { id: "a01", name: "Leap", gender: "female", dateOfBirth: "1984-02-29", householdId: "ha" },
    { id: "a02", gender: "female", dateOfBirth: "1983-02-28", householdId: "ha" },
    { id: "a03", name: "Late joiner", gender: "female", dateOfBirth: "1970-01-01" },
    { id: "a04", gender: "female" },
    { id: "a05", name: "Old", gender: "female", dateOfBirth: "1899-12-31" },
    { id: "a06", gender: "female", dateOfBirth: "2024-03-01" },
    { id: "a07", gender: "male", dateOfBirth: "1990-05-05" },
    { id: "a08", gender: "female", dateOfBirth: "1981-03-01" },
    { id: "a09", gender: "female", dateOfBirth: "2006-02-28" },
    { id: "a10", gender: "female", dateOfBirth: "2006-03-01" },
    { id: "a11", gender: "female", dateOfBirth: "1930-01-01" },
    { id: "b01", name: "Child", gender: "female", dateOfBirth: "2004-02-29" },
    { id: "b02", gender: "male", dateOfBirth: "2004-02-29" },
    { id: "b03", gender: "female", dateOfBirth: "2019-03-01" },
    { id: "b04", gender: "male", dateOfBirth: "2012-12-31" },
    { id: "t01", gender: "transgender", dateOfBirth: "1990-01-01", householdId: "ht" },
    { id: "t02", gender: "male", dateOfBirth: "1990-01-01", householdId: "ht" },
    { id: "x01", name: "Twice", gender: "female", dateOfBirth: "1988-08-08", householdId: "hx" },
    { id: "x02", gender: "female", dateOfBirth: "1988-08-09", householdId: "hx" },
    { id: "x03", gender: "female", dateOfBirth: "1988-08-10", householdId: "hx" },
    { id: "x04", gender: "female", dateOfBirth: "1950-02-28" },
    { id: "x05", gender: "female", dateOfBirth: "1964-02-29", householdId: "hy" },
    { id: "x06", gender: "female", dateOfBirth: "1975-01-31", householdId: "hy" },
    ...big.people,
    ...full.people,
    ...nhg.people,
    ...shg.people,
  ],
  groups: [
    { id: "ag1", name: "Aux 1", kind: "auxiliaryGroup", unitId: "w1", formedOn: "2021-10-02" },
    { id: "ag2", kind: "auxiliaryGroup", unitId: "w1", formedOn: "2022-01-31" },
    { id: "ag3", kind: "auxiliaryGroup", unitId: "w2", formedOn: "2021-11-01" },
    { id: "ag4", kind: "auxiliaryGroup", unitId: "w4", formedOn: "2021-10-15", closedOn: "2024-02-29" },
    { id: "ag5", kind: "auxiliaryGroup", unitId: "w2", formedOn: "2024-03-01" },
    { id: "bs1", name: "Balasabha", kind: "balasabha", unitId: "w2", formedOn: "1949-12-31" },
    { id: "n1", name: "NHG 1", kind: "neighbourhoodGroup", unitId: "w1", formedOn: "2019-02-28" },
    { id: "n2", kind: "neighbourhoodGroup", unitId: "w2", formedOn: "2023-12-31", specialCategory: "transgender" },
    { id: "n3", kind: "neighbourhoodGroup", unitId: "w2", closedOn: "2030-01-01", special: true },
    { id: "s1", name: "SHG 1", kind: "selfHelpGroup", unitId: "v1", formedOn: "2023-02-01" },
    { id: "s2", kind: "selfHelpGroup", unitId: "v1", closedOn: "1949-01-01" },
  ],
  memberships: [
    { groupId: "ag1", personId: "a01", role: "member" },
    { groupId: "ag1", personId: "a02", role: "member", to: "2024-02-29" },
    { groupId: "ag1", personId: "a03", role: "member", from: "2021-10-02" },
    { groupId: "ag1", personId: "a04", role: "member" },
    { groupId: "ag1", personId: "a05", role: "member" },
    { groupId: "ag1", personId: "a06", role: "member" },
    { groupId: "ag1", personId: "a07", role: "resourcePerson" },
    { groupId: "ag1", personId: "a08", role: "member", from: "2021-10-02" },
    { groupId: "ag1", personId: "a09", role: "member" },
    { groupId: "ag2", personId: "a10", role: "member", from: "1949-06-30" },
    { groupId: "ag2", personId: "a11", role: "member", from: "1949-12-31" },
    { groupId: "ag2", personId: "a08", role: "member", from: "2022-02-28", to: "2024-02-28" },
    { groupId: "ag2", personId: "x04", role: "member", from: "1940-01-01", to: "1949-12-31" },
    { groupId: "ag4", personId: "a09", role: "member" },
    ...big.rows,
    { groupId: "bs1", personId: "b01", role: "member" },
    { groupId: "bs1", personId: "b02", role: "member", from: "2015-01-01" },
    { groupId: "bs1", personId: "b03", role: "member" },
    { groupId: "bs1", personId: "b04", role: "leader", from: "2003-01-01" },
    ...nhg.rows,
    { groupId: "n1", personId: "x01", role: "member" },
    { groupId: "n1", personId: "x02", role: "member" },
    { groupId: "n1", personId: "a07", role: "member" },
    { groupId: "n1", personId: "x05", role: "member" },
    { groupId: "n2", personId: "x01", role: "member" },
    { groupId: "n2", personId: "x03", role: "member" },
    { groupId: "n2", personId: "t01", role: "member" },
    { groupId: "n2", personId: "t02", role: "member" },
    { groupId: "n2", personId: "x06", role: "member", from: "2024-02-29" },
    ...full.rows,
    ...shg.rows,
    { groupId: "s1", personId: "x05", role: "member", from: "2023-03-01" },
    { groupId: "s1", personId: "x06", role: "member" },
    { groupId: "s1", personId: "t02", role: "member" },
    { groupId: "s2", personId: "a09", role: "member" },
  ],
  meetings: [
    ...meetingsOf("ag1", ["2021-10-09", "2021-10-23", "2021-11-06", "2022-01-31", "2022-01-01", "2024-02-29"]),
    ...meetingsOf("ag2", ["2022-02-01", "2022-02-28", "2022-03-31", "2022-03-01"]),
    ...meetingsOf("ag4", ["2022-01-03", "2022-01-17", "2024-02-01", "2024-02-28"]),
    ...meetingsOf("bs1", ["1949-06-30", "2023-12-31", "2024-01-01", "2024-02-29"]),
    ...meetingsOf("n1", weekly("2023-12-04", 17, [3, 9, 10])),
    ...meetingsOf("n2", weekly("2024-01-01", 13, [])),
    ...meetingsOf("s1", ["2023-02-01", "2023-02-28", "2023-03-15", "2023-03-31", "2024-02-29", "2024-02-01"]),
  ],
});

const edgeRuns: Run[] = [
  { asOf: "2023-02-28" },
  { asOf: "2023-03-01", ruleSets: [villageShg] },
  { asOf: "2024-02-28", ruleSets: [auxiliaryRequired, villageShg] },
  { asOf: "2024-02-29", recordsFrom: "2023-01-31" },
  { asOf: "2024-03-01", ruleSets: [villageShg, wardBalasabha], recordsFrom: "2024-01-01" },
  { asOf: "2024-03-31", ruleSets: [auxiliaryRequired] },
  { asOf: "2021-10-31" },
  { asOf: "2030-12-31", ruleSets: [villageShg] },
];

/** No meeting: cadence cannot be judged (`meeting.cadence_unknown`); a kind named with no group of it. */
const noMeetings: Dataset = {
  schemaVersion: 1,
  units: [
    { id: "w1", kind: "ward", name: "Ward 1" },
    { id: "w2", kind: "ward", name: "Ward 2" },
  ],
  people: [{ id: "p1", gender: "female", dateOfBirth: "1990-01-01" }],
  groups: [{ id: "g1", kind: "auxiliaryGroup", unitId: "w1", formedOn: "2022-01-01" }],
  memberships: [{ groupId: "g1", personId: "p1", role: "member" }],
};

const HOSTILE = ["'); DROP TABLE units; --", 'w"q"', "w\\b\\", "വാർഡ് 1", "w$1", "w;1", "𝒲 ward"];

/** Hostile ids, names and households everywhere a value goes. */
const hostile: Dataset = inIdOrder({
  schemaVersion: 1,
  units: [
    { id: "d'); DROP TABLE groups; --", kind: "district", name: "Robert'); DROP TABLE people;--" },
    ...HOSTILE.map((id, i) => ({
      id,
      kind: i === 3 || i === 6 ? ("village" as const) : ("ward" as const),
      name: `${id} \\ name ' "`,
      parentId: "d'); DROP TABLE groups; --",
    })),
  ],
  people: [
    { id: "p'1", name: "O'Brien; --", gender: "female", dateOfBirth: "2004-02-29", householdId: "h'); DROP" },
    { id: 'p"2', name: 'Say "hi"', gender: "male", dateOfBirth: "1970-02-28", householdId: "h'); DROP" },
    { id: "p\\3", gender: "female", householdId: "h\\" },
    { id: "p;4 ✓", name: "അനിത", gender: "female", dateOfBirth: "1899-01-01", householdId: "h\\" },
    { id: "p$1", gender: "female", dateOfBirth: "1995-01-01", householdId: "h'); DROP" },
  ],
  groups: [
    { id: "g'; DELETE FROM memberships; --", name: "G'1", kind: "auxiliaryGroup", unitId: "'); DROP TABLE units; --" },
    { id: 'g"2', name: 'G"2', kind: "neighbourhoodGroup", unitId: 'w"q"', formedOn: "2023-06-01" },
    { id: "g\\3", kind: "neighbourhoodGroup", unitId: "w\\b\\", formedOn: "1900-01-01" },
    { id: "g$1", kind: "selfHelpGroup", unitId: "വാർഡ് 1", formedOn: "2024-01-01" },
  ],
  memberships: [
    { groupId: "g'; DELETE FROM memberships; --", personId: "p'1", role: "member", from: "2022-02-28" },
    { groupId: "g'; DELETE FROM memberships; --", personId: 'p"2', role: "member" },
    { groupId: 'g"2', personId: "p'1", role: "member" },
    { groupId: 'g"2', personId: "p\\3", role: "member" },
    { groupId: 'g"2', personId: "p$1", role: "member" },
    { groupId: "g\\3", personId: "p;4 ✓", role: "member" },
    { groupId: "g\\3", personId: 'p"2', role: "member" },
    { groupId: "g\\3", personId: "p$1", role: "member" },
    { groupId: "g$1", personId: "p\\3", role: "member" },
  ],
  meetings: [
    { id: "m'; DROP TABLE meetings; --", groupId: 'g"2', date: "2024-01-03" },
    { id: 'm"2', groupId: "g'; DELETE FROM memberships; --", date: "1949-12-31" },
    { id: "m\\3", groupId: "g$1", date: "2024-02-29" },
  ],
});

/** Table and column names a quoting mistake would break. */
const hostileTables: SqlTables = {
  units: { table: ['odd "schema"', 'units"; DROP TABLE x; --'], parentId: "parent's id", name: "select" },
  people: { table: "people ✓", dateOfBirth: 'date "of" birth', householdId: "house\\hold" },
  groups: { table: "select", unitId: "from", specialCategory: "$1" },
  memberships: { table: 'memberships"', from: "to", to: "from" },
  meetings: { table: "meetings\\", date: "order" },
  meetingAttendees: { table: "$1" },
  federations: { table: "federations'" },
  federationMembers: { table: "group" },
};

/** The first `count` groups of a dataset, with their members and meetings and every unit: a large preset cut down. */
function firstGroups(dataset: Dataset, count: number): Dataset {
  const groups = dataset.groups.slice(0, count);
  const ids = new Set(groups.map((group) => group.id));
  const memberships = dataset.memberships.filter((membership) => ids.has(membership.groupId));
  const people = new Set(memberships.map((membership) => membership.personId));
  return {
    schemaVersion: 1,
    units: dataset.units,
    people: dataset.people.filter((person) => people.has(person.id)),
    groups,
    memberships,
    meetings: (dataset.meetings ?? []).filter((meeting) => ids.has(meeting.groupId)),
  };
}

const balasabhas = generateSample("nro-balasabha-2020", { seed: 1 });
const auxiliary = generateSample("kerala-auxiliary-2021", { seed: 1 });

interface Sample {
  readonly name: string;
  readonly dataset: Dataset;
  readonly runs: readonly Run[];
  readonly tables?: SqlTables;
  readonly schema?: string;
  readonly names?: { readonly people: string; readonly groups: string };
  /** Run on this engine only: PGlite takes seconds to load a few lakh rows. */
  readonly only?: SqlDialect;
  /** Codes the runs must find between them, so that the comparison cannot pass on nothing. */
  readonly finds?: readonly string[];
}

const samples: readonly Sample[] = [
  {
    name: "edge dates and cases",
    dataset: edges,
    runs: edgeRuns,
    finds: SQL_ISSUE_CODES.filter((code) => code !== "meeting.cadence_unknown"),
  },
  {
    name: "no meetings, a kind named with no group of it",
    dataset: noMeetings,
    runs: [{ asOf: "2024-03-31" }, { asOf: "2024-03-31", ruleSets: [wardBalasabha], recordsFrom: "2024-01-01" }],
    finds: ["meeting.cadence_unknown", "ward.no_group", "ward.coverage_gap", "meeting.cadence_missed"],
  },
  {
    name: "hostile ids, names, households and table names",
    dataset: hostile,
    tables: hostileTables,
    schema: 'odd "schema"',
    names: { people: "name'; --", groups: 'na"me' },
    runs: [
      { asOf: "2024-03-31" },
      { asOf: "2024-02-29", ruleSets: [auxiliaryRequired, villageShg, wardBalasabha], recordsFrom: "2023-12-01" },
    ],
    finds: [
      "age.out_of_band_at_joining",
      "age.above_band",
      "age.unknown",
      "date.implausible",
      "gender.not_allowed",
      "group.below_min_size",
      "household.duplicate",
      "household.multiple_groups",
      "membership.multiple_groups",
      "meeting.cadence_missed",
      "ward.no_group",
      "ward.coverage_gap",
      "village.no_group",
    ],
  },
  ...[1, 2].map((seed) => ({
    name: `thiruvananthapuram-2021 seed ${seed}`,
    dataset: generateSample("thiruvananthapuram-2021", { seed }),
    runs: [{ asOf: "2021-11-06" }, { asOf: "2022-02-28", ruleSets: [auxiliaryRequired], recordsFrom: "2021-10-01" }],
    ...(seed === 2 ? { only: "duckdb" as const } : {}),
  })),
  {
    name: "nro-balasabha-2020 seed 1",
    dataset: balasabhas,
    runs: [{ asOf: "2020-03-31" }, { asOf: "2021-02-28" }],
    finds: ["group.below_min_size"],
    only: "duckdb",
  },
  {
    name: "nro-balasabha-2020 seed 1, first 600 groups",
    dataset: firstGroups(balasabhas, 600),
    runs: [{ asOf: "2020-03-31" }, { asOf: "2021-02-28" }],
    finds: ["group.below_min_size"],
    only: "postgres",
  },
  ...[3, 9].map((seed) => ({
    name: `kerala-nhg seed ${seed}, weekly meetings`,
    dataset: generateSample("kerala-nhg", { seed, members: 2000, meetingWeeks: 12 }),
    runs: [{ asOf: "2024-03-31" }, { asOf: "2024-02-29", recordsFrom: "2023-12-01" }],
  })),
  {
    name: "kerala-auxiliary-2021 seed 1, first 3,000 groups",
    dataset: firstGroups(auxiliary, 3000),
    runs: [{ asOf: "2021-11-30" }, { asOf: "2022-03-01", ruleSets: [auxiliaryRequired] }],
    finds: ["ward.coverage_gap", "ward.no_group"],
    only: "duckdb",
  },
  {
    name: "kerala-auxiliary-2021 seed 1, first 400 groups",
    dataset: firstGroups(auxiliary, 400),
    runs: [{ asOf: "2021-11-30" }],
    finds: ["ward.coverage_gap"],
    only: "postgres",
  },
  ...[7, 2].map((seed) => ({
    name: `nro-assam seed ${seed}`,
    dataset: generateSample("nro-assam", { seed, members: 1000 }),
    runs: [{ asOf: "2024-03-31" }, { asOf: "2024-03-01", ruleSets: [villageShg] }],
    finds: ["group.below_min_size"],
  })),
];

const tablesIn = (schema: string): SqlTables =>
  Object.fromEntries(
    Object.entries(DEFAULT_SQL_TABLES).map(([key, names]) => [key, { table: [schema, names.table] }]),
  ) as SqlTables;

const NAMES = { people: "name", groups: "name" } as const;
/** validate's answers, by sample and run: computed once for both engines. */
const validated = new Map<string, Issue[]>();

for (const dialect of DIALECTS) {
  describe(`issuesSql on ${dialect}`, () => {
    let engine: Engine;
    beforeAll(async () => {
      engine = await openEngine(dialect);
    }, 120_000);
    afterAll(async () => engine.close());

    samples.forEach((sample, n) => {
      if (sample.only !== undefined && sample.only !== dialect) return;
      describe(sample.name, () => {
        const schema = sample.schema ?? `issues ${n}`;
        const tables = sample.tables ?? tablesIn(schema);
        const names = sample.names ?? NAMES;
        const found = new Set<string>();
        beforeAll(async () => {
          await engine.run({ text: `CREATE SCHEMA "${schema.replaceAll('"', '""')}"`, params: [] });
          await loadDataset(engine, sample.dataset, tables, names);
        }, 120_000);
        sample.runs.forEach((run, r) => {
          const title = JSON.stringify({ ...run, ruleSets: run.ruleSets?.map((ruleSet: RuleSet) => ruleSet.id) });
          it(`${title} equals validate`, async () => {
            const options = { ...run, dialect, tables, labels: names };
            const fromSql = issuesFromRows(await engine.run(issuesSql(options)), options);
            expect([...fromSql].sort(byKey)).toEqual(fromSql); // the documented order
            const key = `${n}/${r}`;
            let inProcess = validated.get(key);
            if (inProcess === undefined) validated.set(key, (inProcess = expected(sample.dataset, run)));
            expect(fromSql).toEqual(inProcess);
            for (const issue of fromSql) found.add(issue.code);
          });
        });
        if (sample.finds !== undefined)
          it("finds every code it is meant to", () => {
            expect([...found].sort()).toEqual(expect.arrayContaining([...(sample.finds ?? [])].sort()));
          });
      });
    });

    describe("order of records", () => {
      const dataset: Dataset = {
        schemaVersion: 1,
        units: [{ id: "w1", kind: "ward", name: "Ward 1" }],
        people: [{ id: "p1", gender: "female", dateOfBirth: "1990-01-01" }],
        groups: [
          { id: "g2", kind: "auxiliaryGroup", unitId: "w1" },
          { id: "g1", kind: "auxiliaryGroup", unitId: "w1" },
        ],
        memberships: [
          { groupId: "g2", personId: "p1", role: "member" },
          { groupId: "g1", personId: "p1", role: "member" },
        ],
      };
      it("takes the first group in id order, as validate does on records in id order", async () => {
        const tables = tablesIn("order");
        await engine.run({ text: 'CREATE SCHEMA "order"', params: [] });
        await loadDataset(engine, dataset, tables);
        const options = { dialect, asOf: "2024-03-31", tables };
        const fromSql = issuesFromRows(await engine.run(issuesSql(options)), options);
        const twice = fromSql.filter((issue) => issue.code === "membership.multiple_groups");
        expect(twice.map((issue) => [issue.subject?.id, issue.params?.groupIds])).toEqual([["g2/p1", ["g1", "g2"]]]);
        expect(fromSql).toEqual(expected(inIdOrder(dataset), { asOf: "2024-03-31" }));
        // validate takes input order: the same finding, about the other group.
        expect(
          expected(dataset, { asOf: "2024-03-31" }).filter((i) => i.code === "membership.multiple_groups"),
        ).toEqual([
          expect.objectContaining({ subject: { kind: "membership", id: "g1/p1" }, params: expect.anything() }),
        ]);
      });
    });
  });
}

describe("issuesSql options and rows", () => {
  it("binds every value and quotes every name", () => {
    const query = issuesSql({
      dialect: "postgres",
      asOf: "2024-02-29",
      recordsFrom: "2024-01-01",
      tables: { groups: { table: ["mis", "shg"] } },
      labels: { people: "full name" },
    });
    expect(query.params.slice(0, 2)).toEqual(["2024-02-29", "2024-01-01"]);
    expect(query.text).toContain('"mis"."shg"');
    expect(query.text).toContain('pe."full name"');
    expect(query.text).not.toContain("2024-02-29");
    expect(query.text).not.toContain("neighbourhoodGroup");
  });

  it("refuses wrong options, naming the function", () => {
    const base = { dialect: "duckdb", asOf: "2024-03-31" } as const;
    expect(() => issuesSql({ ...base, dialect: "mysql" as never })).toThrow(/issuesSql: dialect/);
    expect(() => issuesSql({ ...base, asOf: "2023-02-29" })).toThrow(/issuesSql: asOf must be a real/);
    expect(() => issuesSql({ ...base, recordsFrom: "31-03-2024" })).toThrow(/issuesSql: recordsFrom/);
    expect(() => issuesSql({ ...base, labels: { people: "" } })).toThrow(/issuesSql: labels.people/);
    expect(() => issuesSql({ ...base, labels: { women: "name" } as never })).toThrow(/issuesSql: labels has no field/);
    expect(() => issuesSql({ ...base, tables: { people: { dob: "x" } } as never })).toThrow(/issuesSql: tables.people/);
    expect(() => issuesFromRows([], { ...base, asOf: "2024-13-01" })).toThrow(/issuesFromRows: asOf/);
  });

  it("refuses rows the query does not make", () => {
    const options = { dialect: "duckdb", asOf: "2024-03-31" } as const;
    expect(() => issuesFromRows("rows" as never, options)).toThrow(/issuesFromRows: rows must be an array/);
    expect(() => issuesFromRows([{ code: "leadership.missing" }], options)).toThrow(/not a row of the issues query/);
    expect(() => issuesFromRows([{ code: "age.unknown", kind: "federation" }], options)).toThrow(/no rule set/);
    expect(() =>
      issuesFromRows([{ code: "group.below_min_size", kind: "balasabha", group_id: "g", special: 0, n: -1 }], options),
    ).toThrow(/below 0/);
    expect(() =>
      issuesFromRows(
        [
          {
            code: "date.implausible",
            field: "people.dateOfBirth",
            kind: "person",
            subject_id: "p",
            date_key: 20230229,
          },
        ],
        options,
      ),
    ).toThrow(/not a date/);
    expect(issuesFromRows([], options)).toEqual([]);
  });
});
