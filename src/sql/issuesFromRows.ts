import type { GroupKind, SpecialCategory } from "../entities/Group.js";
import { parseIsoDate } from "../internal/calendar.js";
import { typeError } from "../internal/errors.js";
import { describeValue } from "../internal/guards.js";
import type { Issue, IssueSubject } from "../issues/Issue.js";
import type { IssueCode } from "../issues/issueCodes.js";
import { issue } from "../issues/issueFactory.js";
import { ruleIssue } from "../rules/checks/ruleIssue.js";
import { leavesBandOn } from "../rules/definitions/ageing.js";
import { periodLabel } from "../rules/definitions/cadence.js";
import { compareIds } from "../rules/definitions/compareIds.js";
import { gendersFor } from "../rules/definitions/gender.js";
import { groupsNeeded, sizeLimitsFor } from "../rules/definitions/groupSize.js";
import { EARLIEST_BIRTH, EARLIEST_EVENT } from "../rules/definitions/plausibleDates.js";
import type { RuleSet } from "../rules/registry/RuleSet.js";
import { type IssuesSqlOptions, resolveIssuesOptions } from "./issuesSql.js";

const FN = "issuesFromRows";

type Row = Readonly<Record<string, unknown>>;

/**
 * Makes the issues from the rows the query of {@link issuesSql} returned (as objects keyed by
 * column name, as `getRowObjectsJS()` in DuckDB or `rows` in PostgreSQL clients give them), with
 * the same options: each with the code, severity, subject, params, rule set, label and message
 * that `validate` gives for the same finding. Issues carry no `path` (a table has no positions).
 *
 * Order: by code, then subject kind and id, then params (as JSON), comparing text by UTF-16 code
 * units as every list of the package does; not `validate`'s input order. Where a rule names the
 * "first" of several records (the group a person is in first, the member of a household met
 * first), it is the first in id order: the answer `validate` gives when groups are listed in id
 * order and each group's memberships in person-id order.
 *
 * @param rows - The result rows of the query.
 * @param options - The options given to {@link issuesSql}.
 * @returns The issues, sorted.
 * @throws TypeError when a row is not one the query makes.
 * @since 0.2.0
 * @public
 *
 * @example
 * ```ts
 * import { issuesFromRows } from "@kudumbashree/domain/sql";
 *
 * const issues = issuesFromRows(
 *   [{ code: "ward.coverage_gap", kind: "auxiliaryGroup", subject_id: "w7", name: "Ward 7", n: 0, m: 0 }],
 *   { dialect: "postgres", asOf: "2024-03-31" },
 * );
 * issues.map((found) => [found.code, found.severity, found.subject?.id, found.ruleSet, found.label]);
 * //=> [["ward.coverage_gap", "warning", "w7", "kerala.auxiliaryGroup@2.0.0", "Ward 7 (w7)"]]
 * issues[0]?.params;
 * //=> { kind: "auxiliaryGroup", asOf: "2024-03-31" }
 * ```
 */
export function issuesFromRows(rows: readonly Readonly<Record<string, unknown>>[], options: IssuesSqlOptions): Issue[] {
  const { rules, asOf } = resolveIssuesOptions(options, FN);
  if (!Array.isArray(rows)) throw typeError(`${FN}: rows must be an array, got ${describeValue(rows)}`);
  const issues: Issue[] = [];
  // Findings that name a "first" record are gathered, then decided in id order.
  const households = new Map<string, { kind: GroupKind; members: Row[] }>();
  const duplicates = new Map<string, Row[]>();
  const twice = new Map<string, Row[]>();
  rows.forEach((row, i) => {
    if (typeof row !== "object" || row === null) throw typeError(`${FN}: row ${i} is not an object`);
    const code = row.code;
    const get = (column: string) => need(text(row, column, i), column, i);
    const ruleOf = () => {
      const kind = get("kind");
      const ruleSet = rules.get(kind as GroupKind);
      if (ruleSet === undefined) throw typeError(`${FN}: row ${i} names a kind with no rule set`);
      return ruleSet;
    };
    const member = () => {
      const groupId = get("group_id");
      const personId = get("person_id");
      return { subject: { kind: "membership", id: `${groupId}/${personId}` } as const, label: label(row, personId, i) };
    };
    const group = () => {
      const groupId = get("group_id");
      return { subject: { kind: "group", id: groupId } as const, label: label(row, groupId, i) };
    };
    switch (code) {
      case "age.unknown":
      case "age.below_band":
      case "age.above_band":
      case "age.out_of_band_at_joining":
      case "age.aged_out": {
        const ruleSet = ruleOf();
        const band = ruleSet.ageBand;
        if (band === undefined) throw typeError(`${FN}: row ${i} judges an age with no age band`);
        const bandParams = { min: band.min ?? null, max: band.max ?? null };
        if (code === "age.unknown") {
          issues.push(ruleIssue(code, bandParams, ruleSet, member()));
          break;
        }
        const age = whole(row, "n", i);
        const dateOfBirth = dateOf(row, "birth_key", i);
        if (code === "age.out_of_band_at_joining") {
          const params = { age, ...bandParams, dateOfBirth, joinedOn: dateOf(row, "date_key", i) };
          issues.push(ruleIssue(code, params, ruleSet, member()));
        } else if (code === "age.aged_out") {
          if (band.max === undefined) throw typeError(`${FN}: row ${i} ages out of a band with no maximum`);
          const birth = parseIsoDate(dateOfBirth) as NonNullable<ReturnType<typeof parseIsoDate>>;
          const params = { age, max: band.max, dateOfBirth, agedOutOn: leavesBandOn(birth, band.max) };
          issues.push(ruleIssue(code, params, ruleSet, member()));
        } else issues.push(ruleIssue(code, { age, ...bandParams, dateOfBirth, asOf }, ruleSet, member()));
        break;
      }
      case "gender.not_allowed": {
        const ruleSet = ruleOf();
        const allowed = gendersFor(ruleSet, category(row, i));
        if (allowed === undefined) throw typeError(`${FN}: row ${i} judges a gender its rule set admits`);
        issues.push(ruleIssue(code, { gender: get("gender") as never, allowed }, ruleSet, member()));
        break;
      }
      case "group.below_min_size":
      case "group.above_max_size": {
        const ruleSet = ruleOf();
        const special = whole(row, "special", i) === 1;
        const limits = sizeLimitsFor(ruleSet, special, category(row, i));
        if (limits === undefined) throw typeError(`${FN}: row ${i} judges a size with no limits`);
        const params = { size: whole(row, "n", i), min: limits.min ?? null, max: limits.max ?? null, special };
        issues.push(ruleIssue(code, params, ruleSet, group()));
        break;
      }
      case "household.duplicate": {
        const key = JSON.stringify([get("group_id"), get("household_id")]);
        const found = duplicates.get(key);
        if (found === undefined) duplicates.set(key, [row]);
        else found.push(row);
        break;
      }
      case "household.multiple_groups": {
        const kind = ruleOf().groupKind as GroupKind;
        const key = JSON.stringify([kind, get("household_id")]);
        const found = households.get(key);
        if (found === undefined) households.set(key, { kind, members: [row] });
        else found.members.push(row);
        break;
      }
      case "membership.multiple_groups": {
        const key = JSON.stringify([ruleOf().groupKind, get("person_id")]);
        const found = twice.get(key);
        if (found === undefined) twice.set(key, [row]);
        else found.push(row);
        break;
      }
      case "meeting.cadence_missed": {
        const ruleSet = ruleOf();
        const cadence = ruleSet.meetings;
        if (cadence === undefined) throw typeError(`${FN}: row ${i} judges a cadence its rule set does not set`);
        const params = {
          periodsJudged: whole(row, "n", i),
          periodsMissed: whole(row, "m", i),
          firstMissed: periodLabel(cadence, integer(row, "first_period", i)),
          lastMissed: periodLabel(cadence, integer(row, "last_period", i)),
          required: cadence.count,
        };
        issues.push(ruleIssue(code, params, ruleSet, group()));
        break;
      }
      case "ward.no_group":
      case "ward.coverage_gap":
      case "village.no_group":
      case "ward.extra_group_not_needed": {
        const ruleSet = ruleOf();
        const unitId = get("subject_id");
        const at = { subject: { kind: "unit", id: unitId } as const, label: `${get("name")} (${unitId})` };
        if (code !== "ward.extra_group_not_needed") {
          issues.push(ruleIssue(code, { kind: ruleSet.groupKind, asOf }, ruleSet, at));
          break;
        }
        const max = ruleSet.groupSize?.max;
        if (max === undefined) throw typeError(`${FN}: row ${i} judges extra groups with no maximum size`);
        const members = whole(row, "m", i);
        const params = {
          kind: ruleSet.groupKind,
          groups: whole(row, "n", i),
          members,
          needed: groupsNeeded(members, max),
          max,
        };
        issues.push(ruleIssue(code, params, ruleSet, at));
        break;
      }
      case "meeting.cadence_unknown":
        issues.push(issue(code, undefined, { subject: { kind: "dataset", id: "dataset" } }));
        break;
      case "date.implausible": {
        const field = get("field");
        const kind = get("kind");
        const id = get("subject_id");
        const birth = field === "people.dateOfBirth";
        if (!DATE_SUBJECTS.has(`${field} ${kind}`)) throw typeError(`${FN}: row ${i} names an unknown date field`);
        const subject: IssueSubject =
          kind === "membership"
            ? { kind, id: `${id}/${get("person_id")}` }
            : { kind: kind as IssueSubject["kind"], id };
        const params = {
          field,
          date: dateOf(row, "date_key", i),
          earliest: birth ? EARLIEST_BIRTH : EARLIEST_EVENT,
          latest: birth ? asOf : null,
        };
        issues.push(issue(code, params, { subject }));
        break;
      }
      default:
        throw typeError(`${FN}: row ${i} is not a row of the issues query (code ${describeValue(code)})`);
    }
  });
  for (const members of duplicates.values()) {
    const first = members[0] as Row;
    const ruleSet = rules.get(text(first, "kind", 0) as GroupKind) as RuleSet;
    const groupId = text(first, "group_id", 0) as string;
    const personIds = members.map((row) => text(row, "person_id", 0) as string).sort(compareIds);
    const params = { householdId: text(first, "household_id", 0) as string, personIds };
    const at = { subject: { kind: "group", id: groupId } as const, label: label(first, groupId, 0) };
    issues.push(ruleIssue("household.duplicate", params, ruleSet, at));
  }
  for (const { kind, members } of households.values()) {
    const ruleSet = rules.get(kind) as RuleSet;
    const pairs = members
      .map((row) => ({
        row,
        groupId: text(row, "group_id", 0) as string,
        personId: text(row, "person_id", 0) as string,
      }))
      .sort((a, b) => compareIds(a.groupId, b.groupId) || compareIds(a.personId, b.personId));
    const first = pairs[0] as (typeof pairs)[number];
    for (const { row, groupId, personId } of pairs) {
      if (groupId === first.groupId || personId === first.personId) continue;
      const params = {
        householdId: text(row, "household_id", 0) as string,
        personId,
        groupId,
        otherPersonId: first.personId,
        otherGroupId: first.groupId,
      };
      const at = {
        subject: { kind: "membership", id: `${groupId}/${personId}` } as const,
        label: label(row, personId, 0),
      };
      issues.push(ruleIssue("household.multiple_groups", params, ruleSet, at));
    }
  }
  for (const members of twice.values()) {
    const sorted = [...members].sort((a, b) => compareIds(text(a, "group_id", 0) ?? "", text(b, "group_id", 0) ?? ""));
    const firstId = text(sorted[0] as Row, "group_id", 0) as string;
    for (const row of sorted.slice(1)) {
      const ruleSet = rules.get(text(row, "kind", 0) as GroupKind) as RuleSet;
      const groupId = text(row, "group_id", 0) as string;
      const personId = text(row, "person_id", 0) as string;
      const params = { personId, groupIds: [firstId, groupId], kind: ruleSet.groupKind, asOf };
      const at = {
        subject: { kind: "membership", id: `${groupId}/${personId}` } as const,
        label: label(row, personId, 0),
      };
      issues.push(ruleIssue("membership.multiple_groups", params, ruleSet, at));
    }
  }
  return sortByFinding(issues);
}

/** The date fields the query reports, with the kind of their subject. */
const DATE_SUBJECTS = new Set([
  "groups.formedOn group",
  "groups.closedOn group",
  "memberships.from membership",
  "memberships.to membership",
  "meetings.date meeting",
  "people.dateOfBirth person",
]);

/** The order of {@link issuesFromRows}: code, subject kind, subject id, params as JSON. @internal */
export function sortByFinding(issues: readonly Issue[]): Issue[] {
  const keyed = issues.map(
    (found) =>
      [
        `${found.code}\u0000${found.subject?.kind ?? ""}\u0000${found.subject?.id ?? ""}\u0000` +
          JSON.stringify(found.params ?? null),
        found,
      ] as const,
  );
  keyed.sort((a, b) => compareIds(a[0], b[0]));
  return keyed.map(([, found]) => found);
}

function text(row: Row, column: string, i: number): string | null {
  const value = row[column];
  if (value === null || value === undefined) return null;
  if (typeof value !== "string") throw typeError(`${FN}: row ${i} has ${column} ${describeValue(value)}, not text`);
  return value;
}

function need(value: string | null, column: string, i: number): string {
  if (value === null) throw typeError(`${FN}: row ${i} has no ${column}`);
  return value;
}

/** How `validate` labels a person or group: `name (id)` when the record has a name. */
function label(row: Row, id: string, i: number): string | undefined {
  const name = text(row, "name", i);
  return name === null ? undefined : `${name} (${id})`;
}

function category(row: Row, i: number): SpecialCategory | undefined {
  const value = text(row, "category", i);
  return value === null || value === "" ? undefined : (value as SpecialCategory);
}

function integer(row: Row, column: string, i: number): number {
  const value = row[column];
  const number = typeof value === "bigint" ? Number(value) : value;
  if (typeof number !== "number" || !Number.isSafeInteger(number))
    throw typeError(`${FN}: row ${i} has ${column} ${describeValue(value)}, not a whole number`);
  return number;
}

function whole(row: Row, column: string, i: number): number {
  const number = integer(row, column, i);
  if (number < 0) throw typeError(`${FN}: row ${i} has ${column} ${number}, below 0`);
  return number;
}

/** A date the query returned as the number yyyymmdd, written `YYYY-MM-DD`. */
function dateOf(row: Row, column: string, i: number): string {
  const key = whole(row, column, i);
  const digits = String(key).padStart(8, "0");
  const date = `${digits.slice(0, 4)}-${digits.slice(4, 6)}-${digits.slice(6, 8)}`;
  if (key > 99991231 || parseIsoDate(date) === undefined)
    throw typeError(`${FN}: row ${i} has ${column} ${key}, not a date`);
  return date;
}

/**
 * The issue codes {@link issuesSql} checks in the database: filter a `validate` report to these to
 * compare the two, or to know which checks still need a run in process (see `docs/sql.md`).
 *
 * @since 0.2.0
 * @public
 *
 * @example
 * ```ts
 * import { SQL_ISSUE_CODES } from "@kudumbashree/domain/sql";
 *
 * [SQL_ISSUE_CODES.includes("age.above_band"), SQL_ISSUE_CODES.includes("leadership.missing")];
 * //=> [true, false]
 * ```
 */
export const SQL_ISSUE_CODES: readonly IssueCode[] = Object.freeze([
  "age.below_band",
  "age.above_band",
  "age.out_of_band_at_joining",
  "age.aged_out",
  "age.unknown",
  "gender.not_allowed",
  "group.below_min_size",
  "group.above_max_size",
  "household.duplicate",
  "household.multiple_groups",
  "membership.multiple_groups",
  "meeting.cadence_missed",
  "meeting.cadence_unknown",
  "ward.no_group",
  "ward.coverage_gap",
  "ward.extra_group_not_needed",
  "village.no_group",
  "date.implausible",
]);
