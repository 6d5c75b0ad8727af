import { typeError } from "../internal/errors.js";
import { describeValue } from "../internal/guards.js";

/**
 * The tables the SQL of {@link summarySql} and {@link issuesSql} reads, and their columns: the
 * dataset format as tables (see `docs/sql.md`). Each table's name may be qualified with a schema
 * (`["mis", "shg_members"]`), and each column renamed to fit a schema that already exists; what is
 * left out keeps its default name (shown in {@link DEFAULT_SQL_TABLES}). Dates are `DATE` columns,
 * `special` and `attendance_recorded` are `BOOLEAN`, everything else is text.
 *
 * @since 0.2.0
 * @public
 *
 * @example
 * ```ts
 * import type { SqlTables } from "@kudumbashree/domain/sql";
 *
 * const mis: SqlTables = { people: { table: ["mis", "women"], dateOfBirth: "dob" } };
 * ```
 */
export interface SqlTables {
  /** Units of the administrative tree. */
  readonly units?: {
    readonly table?: SqlName;
    readonly id?: string;
    readonly kind?: string;
    readonly name?: string;
    readonly parentId?: string;
  };
  /** People. */
  readonly people?: {
    readonly table?: SqlName;
    readonly id?: string;
    readonly dateOfBirth?: string;
    readonly gender?: string;
    readonly householdId?: string;
  };
  /** Groups. */
  readonly groups?: {
    readonly table?: SqlName;
    readonly id?: string;
    readonly kind?: string;
    readonly unitId?: string;
    readonly formedOn?: string;
    readonly closedOn?: string;
    readonly special?: string;
    readonly specialCategory?: string;
  };
  /** Memberships. */
  readonly memberships?: {
    readonly table?: SqlName;
    readonly groupId?: string;
    readonly personId?: string;
    readonly role?: string;
    readonly from?: string;
    readonly to?: string;
  };
  /** Meetings; `attendanceRecorded` is true when the meeting has `attendeeIds` (an empty list included). */
  readonly meetings?: {
    readonly table?: SqlName;
    readonly id?: string;
    readonly groupId?: string;
    readonly date?: string;
    readonly attendanceRecorded?: string;
  };
  /** One row per attendee of a meeting (a meeting's `attendeeIds`). */
  readonly meetingAttendees?: { readonly table?: SqlName; readonly meetingId?: string; readonly personId?: string };
  /** Federations. */
  readonly federations?: {
    readonly table?: SqlName;
    readonly id?: string;
    readonly kind?: string;
    readonly unitId?: string;
    readonly formedOn?: string;
  };
  /** One row per member of a federation (a federation's `memberIds`). */
  readonly federationMembers?: { readonly table?: SqlName; readonly federationId?: string; readonly memberId?: string };
}

/**
 * A table's name: one identifier, or a qualified one as its parts (`["mis", "groups"]`).
 *
 * @since 0.2.0
 * @public
 *
 * @example
 * ```ts
 * import type { SqlName } from "@kudumbashree/domain/sql";
 *
 * const name: SqlName = ["mis", "groups"];
 * ```
 */
export type SqlName = string | readonly string[];

/**
 * The default table and column names of {@link SqlTables}.
 *
 * @since 0.2.0
 * @public
 *
 * @example
 * ```ts
 * import { DEFAULT_SQL_TABLES } from "@kudumbashree/domain/sql";
 *
 * [DEFAULT_SQL_TABLES.memberships.table, DEFAULT_SQL_TABLES.memberships.from];
 * //=> ["memberships", "from"]
 * ```
 */
export const DEFAULT_SQL_TABLES = Object.freeze({
  units: Object.freeze({ table: "units", id: "id", kind: "kind", name: "name", parentId: "parent_id" }),
  people: Object.freeze({
    table: "people",
    id: "id",
    dateOfBirth: "date_of_birth",
    gender: "gender",
    householdId: "household_id",
  }),
  groups: Object.freeze({
    table: "groups",
    id: "id",
    kind: "kind",
    unitId: "unit_id",
    formedOn: "formed_on",
    closedOn: "closed_on",
    special: "special",
    specialCategory: "special_category",
  }),
  memberships: Object.freeze({
    table: "memberships",
    groupId: "group_id",
    personId: "person_id",
    role: "role",
    from: "from",
    to: "to",
  }),
  meetings: Object.freeze({
    table: "meetings",
    id: "id",
    groupId: "group_id",
    date: "date",
    attendanceRecorded: "attendance_recorded",
  }),
  meetingAttendees: Object.freeze({ table: "meeting_attendees", meetingId: "meeting_id", personId: "person_id" }),
  federations: Object.freeze({
    table: "federations",
    id: "id",
    kind: "kind",
    unitId: "unit_id",
    formedOn: "formed_on",
  }),
  federationMembers: Object.freeze({
    table: "federation_members",
    federationId: "federation_id",
    memberId: "member_id",
  }),
});

type Defaults = typeof DEFAULT_SQL_TABLES;

/** Every table and column as quoted SQL text. @internal */
export type QuotedTables = { readonly [T in keyof Defaults]: { readonly [C in keyof Defaults[T]]: string } };

/**
 * An identifier quoted for both dialects: in double quotes, a double quote inside doubled. Text
 * that cannot be an identifier (empty, longer than 63 UTF-8 bytes in PostgreSQL's limit, or with
 * a NUL character) is refused rather than cut. @internal
 */
export function quoteIdentifier(name: unknown, fn: string, what: string): string {
  if (typeof name !== "string" || name.length === 0 || name.includes("\u0000") || name.length > 1000) {
    throw typeError(`${fn}: ${what} must be a name of 1 to 1000 characters without NUL, got ${describeValue(name)}`);
  }
  return `"${name.replaceAll('"', '""')}"`;
}

/** Quotes every table and column of the options, the defaults for what is left out. @internal */
export function quoteTables(tables: SqlTables | undefined, fn: string): QuotedTables {
  if (tables !== undefined && (typeof tables !== "object" || tables === null || Array.isArray(tables)))
    throw typeError(`${fn}: tables must be an object, got ${describeValue(tables)}`);
  const out: Record<string, Record<string, string>> = {};
  for (const [table, defaults] of Object.entries(DEFAULT_SQL_TABLES)) {
    const given = (tables as Record<string, unknown> | undefined)?.[table];
    if (given !== undefined && (typeof given !== "object" || given === null || Array.isArray(given)))
      throw typeError(`${fn}: tables.${table} must be an object, got ${describeValue(given)}`);
    const names = given as Record<string, unknown> | undefined;
    for (const key of Object.keys(names ?? {}))
      if (!Object.hasOwn(defaults, key)) throw typeError(`${fn}: tables.${table} has no field ${JSON.stringify(key)}`);
    const quoted: Record<string, string> = {};
    for (const [column, name] of Object.entries(defaults)) {
      const value = names !== undefined && Object.hasOwn(names, column) ? names[column] : name;
      if (column === "table" && Array.isArray(value)) {
        if (value.length === 0) throw typeError(`${fn}: tables.${table}.table must name a table, got []`);
        quoted[column] = value.map((part) => quoteIdentifier(part, fn, `tables.${table}.table`)).join(".");
      } else quoted[column] = quoteIdentifier(value, fn, `tables.${table}.${column}`);
    }
    out[table] = quoted;
  }
  return out as unknown as QuotedTables;
}
