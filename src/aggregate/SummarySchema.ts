// The shape of a summary handed in as JSON (see Summary.ts), for parseSummary: strict zod schemas
// (unknown keys refused). Whether the figures add up is checked afterwards (summaryIntegrity.ts).
//
// Untrusted input may be huge or odd (sparse arrays, getters, proxies), so lists and records are
// read once, item by item, into new values: a list longer than its bound is refused before it is
// read, a list or record of plain values gives one issue at most, and the rows and issues of a
// summary are parsed one at a time by parseSummary, which stops listing after a bound. Nothing of
// the input is kept: what comes out is a copy, so a getter is read once.
import { z } from "zod";
import { FederationKind } from "../entities/Federation.js";
import { GroupKind } from "../entities/Group.js";
import { IsoDate } from "../entities/IsoDate.js";
import { UnitKind } from "../entities/Unit.js";
import { pure } from "../internal/pure.js";
import type { IssueCode } from "../issues/issueCodes.js";
import { issueSeverities } from "../issues/issueSeverities.js";
import { MAX_PARTS } from "./summaryProvenance.js";

/** The most rows, or issues, a summary may list (a longer list is refused before it is read). */
export const MAX_LIST = 10_000_000;
/** The most items of a small list (rule sets, age bands, suppressed fields, an issue's path or param). */
const MAX_SMALL_LIST = 100_000;

/** A value left out of a copy: the reader found it wrong. */
const WRONG: unique symbol = Symbol("wrong");
type Reader<T> = (value: unknown) => T | typeof WRONG;

const typeOf = (value: unknown): string => (value === null ? "null" : Array.isArray(value) ? "array" : typeof value);

/**
 * A list read once, item by item, into a new array; `read` copies (or refuses) an item. A list
 * longer than `max` is refused before any item is read, and the first wrong item ends the list.
 */
function listOf<T>(max: number, read: Reader<T>, expected: string) {
  return z.unknown().transform((value, ctx): T[] => {
    if (!Array.isArray(value)) {
      ctx.issues.push({
        code: "invalid_type",
        expected: "array",
        input: value,
        message: `Invalid input: expected array, received ${typeOf(value)}`,
      });
      return z.NEVER;
    }
    const length = value.length;
    if (length > max) {
      ctx.issues.push({
        code: "too_big",
        origin: "array",
        maximum: max,
        inclusive: true,
        input: value,
        message: `Too big: expected at most ${max} items, got ${length}`,
      });
      return z.NEVER;
    }
    const copy: T[] = [];
    for (let i = 0; i < length; i++) {
      const item = read(value[i]);
      if (item === WRONG) {
        ctx.issues.push({
          code: "custom",
          input: value,
          path: [i],
          message: `Invalid input: expected ${expected}, received ${typeOf(value[i])}`,
        });
        return z.NEVER;
      }
      copy.push(item);
    }
    return copy;
  });
}

/** The most shape issues a list of rows or issues gives; past it they are only counted. */
export const MAX_LISTED = 1000;

/**
 * A list of records (rows, issues) parsed one at a time with `schema` into a new array: each
 * record's issues are listed up to {@link MAX_LISTED}, then only counted (a custom issue with
 * `params.omitted` says how many more there were), so a huge broken list gives a bounded answer.
 */
function eachOf<T>(schema: z.ZodType<T>) {
  return listOf(MAX_LIST, anything, "list").transform((records, ctx): T[] => {
    const copy: T[] = [];
    let listed = 0;
    let omitted = 0;
    records.forEach((record, i) => {
      // Not a record at all (a hole, null, a number): said without zod, whose refusals cost more.
      if (typeof record !== "object" || record === null || Array.isArray(record)) {
        if (listed++ < MAX_LISTED)
          ctx.issues.push({
            code: "invalid_type",
            expected: "object",
            input: record,
            path: [i],
            message: `Invalid input: expected object, received ${typeOf(record)}`,
          });
        else omitted++;
        return;
      }
      const parsed = schema.safeParse(record);
      if (parsed.success) {
        copy.push(parsed.data);
        return;
      }
      for (const found of parsed.error.issues) {
        if (listed++ < MAX_LISTED)
          ctx.issues.push({ ...found, input: record, path: [i, ...found.path] } as z.core.$ZodRawIssue);
        else omitted++;
      }
    });
    if (omitted > 0) ctx.issues.push({ code: "custom", input: records, message: "more", params: { omitted } });
    return listed > 0 ? z.NEVER : copy;
  });
}

/**
 * A record (a plain object) read once, key by key, into a new object; `read` copies (or refuses)
 * a value. A `__proto__` key (which `JSON.parse` makes an own key) is refused, never copied.
 */
function recordOf<T>(read: Reader<T>, expected: string) {
  return z.unknown().transform((value, ctx): Record<string, T> => {
    if (typeof value !== "object" || value === null || Array.isArray(value)) {
      ctx.issues.push({
        code: "invalid_type",
        expected: "object",
        input: value,
        message: `Invalid input: expected object, received ${typeOf(value)}`,
      });
      return z.NEVER;
    }
    const copy: Record<string, T> = {};
    for (const key of Object.keys(value)) {
      const item = key === "__proto__" ? WRONG : read((value as Record<string, unknown>)[key]);
      if (item === WRONG) {
        ctx.issues.push({
          code: "custom",
          input: value,
          path: [key],
          message:
            key === "__proto__"
              ? 'unknown field "__proto__"'
              : `Invalid input: expected ${expected}, received ${typeOf((value as Record<string, unknown>)[key])}`,
        });
        return z.NEVER;
      }
      copy[key] = item;
    }
    return copy;
  });
}

const anything: Reader<unknown> = (value) => value;
const aString: Reader<string> = (value) => (typeof value === "string" ? value : WRONG);
const aKey: Reader<string> = (value) => (typeof value === "string" && value.length > 0 ? value : WRONG);
const aNumber: Reader<number> = (value) => (typeof value === "number" && Number.isFinite(value) ? value : WRONG);
const aNumberOrNull: Reader<number | null> = (value) => (value === null ? null : aNumber(value));
const aPathKey: Reader<string | number> = (value) =>
  typeof value === "string" || (typeof value === "number" && Number.isSafeInteger(value) && value >= 0) ? value : WRONG;
const aNameOrNumber: Reader<string | number> = (value) => (typeof value === "string" ? value : aNumber(value));
const nameOrNumberList: Reader<(string | number)[]> = (value) => {
  if (!Array.isArray(value) || value.length > MAX_SMALL_LIST) return WRONG;
  const copy: (string | number)[] = [];
  for (let i = 0; i < value.length; i++) {
    const item = aNameOrNumber(value[i]);
    if (item === WRONG) return WRONG;
    copy.push(item);
  }
  return copy;
};
/** A value in an issue's params (see IssueParam): a string, number, boolean, null, or a list of strings and numbers. */
const aParam: Reader<string | number | boolean | null | (string | number)[]> = (value) =>
  value === null || typeof value === "string" || typeof value === "boolean"
    ? value
    : typeof value === "number"
      ? aNumber(value)
      : nameOrNumberList(value);

/**
 * A count: a number or `null`. Whether it must be a whole number >= 0 and when it may be `null`
 * (blanked by suppression) is checked with the figures, as `summary.inconsistent` issues.
 */
const count = pure(() => z.number().nullable());
/** A ratio, checked with the figures against the counts it is derived from. */
const ratio = pure(() => z.number().nullable());

/** Federations by kind: a key that is not a kind of federation is refused; a kind left out has none. */
const Federations = pure(() =>
  z.strictObject(
    Object.fromEntries(FederationKind.options.map((kind) => [kind, count.optional()])) as Record<
      FederationKind,
      z.ZodOptional<typeof count>
    >,
  ),
);

/** The figures of a row or of one kind of group in it (see SummaryCounts and SummaryRatios). */
const figureShape = pure(() => ({
  wards: count,
  villages: count,
  wardsWithGroup: count,
  villagesWithGroup: count,
  groups: count,
  members: count,
  minGroupSize: count,
  maxGroupSize: count,
  cappedMembers: count,
  capacity: count,
  groupsJudged: count,
  groupsCompliant: count,
  meetingsHeld: count,
  meetingsExpected: count,
  attendees: count,
  attendanceSlots: count,
  federations: Federations,
  groupsFederated: count,
  ageBands: recordOf(aNumberOrNull, "number or null"),
  meanGroupSize: ratio,
  coverage: ratio,
  capacityUse: ratio,
  meetingCompliance: ratio,
  attendanceRate: ratio,
  federatedShare: ratio,
  suppressed: listOf(MAX_SMALL_LIST, aString, "string").optional(),
}));

const KindFigures = pure(() => z.strictObject(figureShape));

/** The breakdown by kind of group: a key that is not a kind of group is refused. */
const ByKind = pure(() =>
  z.strictObject(
    Object.fromEntries(GroupKind.options.map((kind) => [kind, KindFigures.optional()])) as Record<
      GroupKind,
      z.ZodOptional<typeof KindFigures>
    >,
  ),
);

/** One row of a summary: a unit's figures. */
const SummaryRowSchema = pure(() =>
  z.strictObject({ unitId: z.string().min(1), name: z.string(), ...figureShape, byKind: ByKind.optional() }),
);

/** The total row. */
const TotalRowSchema = pure(() =>
  z.strictObject({ unitId: z.null(), name: z.literal("Total"), ...figureShape, byKind: ByKind.optional() }),
);

const subjectKinds = ["dataset", "unit", "person", "group", "federation", "membership", "meeting"] as const;

/** An issue a summary carries: a known code with the severity of the code table. */
const SummaryIssueSchema = pure(() =>
  z
    .strictObject({
      code: z.enum(Object.keys(issueSeverities) as [IssueCode, ...IssueCode[]]),
      severity: z.enum(["error", "warning"]),
      message: z.string(),
      path: listOf(MAX_SMALL_LIST, aPathKey, "string or whole number >= 0").optional(),
      subject: z.strictObject({ kind: z.enum(subjectKinds), id: z.string() }).optional(),
      ruleSet: z.string().optional(),
      ruleSetTitle: z.string().optional(),
      label: z.string().optional(),
      params: recordOf(aParam, "string, number, boolean, null or a list of strings and numbers").optional(),
    })
    .refine((issue) => issueSeverities[issue.code] === issue.severity, {
      error: (found) => `Not the severity of its code: expected "${issueSeverities[(found.input as Issue).code]}"`,
      path: ["severity"],
    }),
);
type Issue = { readonly code: IssueCode };

/** Lower bounds of age bands, as `ageBandLabels` takes them: increasing whole numbers above 0. */
const increasing = (bounds: readonly number[]) =>
  bounds.every(
    (bound, i) => Number.isSafeInteger(bound) && bound > 0 && (i === 0 || bound > (bounds[i - 1] as number)),
  );

/** A count of records set aside: a whole number from 0 to 2^53 - 1. */
const setAsideCount = pure(() => z.int().min(0));

/** Records set aside, by collection (see SetAsideCounts). */
const SetAside = pure(() =>
  z.strictObject({
    units: setAsideCount,
    people: setAsideCount,
    groups: setAsideCount,
    federations: setAsideCount,
    memberships: setAsideCount,
    meetings: setAsideCount,
  }),
);

/**
 * Where a summary comes from (see SummaryProvenance): its shape here; whether the hashes are hashes,
 * the keys those of `ruleSets` and the parts sorted, unique and well-formed is checked by
 * provenanceIssues, which says which part or key is wrong.
 */
const ProvenanceSchema = pure(() =>
  z.strictObject({
    library: z.strictObject({ name: z.string().min(1).max(214), version: z.string().min(1).max(256) }),
    ruleSets: recordOf(aString, "string"),
    parts: listOf(MAX_PARTS, aString, "string"),
  }),
);

/**
 * A summary: its shape, not yet whether its figures add up. `recordsFromInferred` and `setAside`
 * may be missing (summaries written before they existed): parseSummary reads them as `false` and
 * `null`. `provenance` is missing exactly in a summary of format version 1 (parseSummary reads it
 * as `null`).
 */
export const SummarySchema = pure(() =>
  z.strictObject({
    format: z.literal("kudumbashree.summary", { error: 'Not a summary: expected format "kudumbashree.summary"' }),
    formatVersion: z.literal([1, 2], {
      error: "Expected 1 or 2: this version of the package reads versions 1 and 2 of the format",
    }),
    provenance: ProvenanceSchema.optional(),
    level: UnitKind.nullable(),
    groupKind: GroupKind.nullable(),
    asOf: IsoDate.nullable(),
    recordsFrom: IsoDate.nullable(),
    recordsFromInferred: z.boolean().optional(),
    ruleSets: listOf(MAX_SMALL_LIST, aKey, "non-empty string").nullable(),
    ageBands: listOf(MAX_SMALL_LIST, aNumber, "number")
      .refine(increasing, { error: "Age band bounds must be increasing whole numbers above 0" })
      .nullable(),
    suppressBelow: z.int().min(1).nullable(),
    rows: eachOf(SummaryRowSchema),
    total: TotalRowSchema,
    unplaced: count,
    setAside: SetAside.nullable().optional(),
    issues: eachOf(SummaryIssueSchema),
    omittedIssues: z.int().min(0).optional(),
  }),
);
