// Forged summaries (issue 13, point 2): real summaries with one random mutation (a count made a
// string, negative, NaN, null, huge or fractional; a key dropped or added, `__proto__` included;
// the level made null; a total or row broken; another format or version; provenance forged: a hash
// that is not one, a part twice or out of order, a control character, a wrong type). parseSummary never
// throws and refuses every mutation that breaks the format; mergeSummaries throws nothing but the
// package's TypeError and RangeError, and what it merges is valid. `FUZZ_RUNS=100000 npx vitest
// run test/reliability/summaries.prop.test.ts` runs it for a long time.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseSummary } from "../../src/aggregate/parseSummary.js";
import {
  emptySummary,
  GroupKind,
  issueCodes,
  mergeSummaries,
  type Summary,
  type SuppressedSummary,
  summarize,
  UnitKind,
} from "../../src/index.js";
import { packageErrorDetail } from "../../src/internal/errors.js";
import { datasetArbitrary, isoDateArbitrary } from "../helpers/arbitraries.js";

const runs = Number(process.env["FUZZ_RUNS"] ?? 0) || undefined;

type Json = Record<string, unknown>;

const COUNTS = [
  "wards",
  "wardsWithGroup",
  "groups",
  "members",
  "minGroupSize",
  "maxGroupSize",
  "cappedMembers",
  "capacity",
  "groupsJudged",
  "groupsCompliant",
  "meetingsHeld",
  "meetingsExpected",
  "attendees",
  "attendanceSlots",
] as const;
const RATIOS = ["meanGroupSize", "coverage", "capacityUse", "meetingCompliance", "attendanceRate"] as const;
const TOP_KEYS = [
  "format",
  "formatVersion",
  "provenance",
  "level",
  "groupKind",
  "asOf",
  "recordsFrom",
  "ruleSets",
  "ageBands",
  "suppressBelow",
  "rows",
  "total",
  "unplaced",
  "issues",
] as const;

/** A value put in place of a count: `refused` says whether any summary with it must be refused. */
const badValues: readonly {
  readonly name: string;
  readonly value: (old: number) => unknown;
  readonly refused: boolean;
}[] = [
  { name: "string", value: (old) => String(old), refused: true },
  { name: "negative", value: (old) => -old - 1, refused: true },
  { name: "NaN", value: () => Number.NaN, refused: true },
  { name: "Infinity", value: () => Number.POSITIVE_INFINITY, refused: true },
  { name: "huge", value: () => 2 ** 60, refused: true },
  { name: "1e308", value: () => 1e308, refused: true },
  { name: "float", value: (old) => old + 0.5, refused: true },
  { name: "boolean", value: () => true, refused: true },
  { name: "object", value: () => ({}), refused: true },
  { name: "array", value: (old) => [old], refused: true },
  { name: "null", value: () => null, refused: false }, // refused unless suppressed (see below)
  { name: "-0", value: () => -0, refused: false }, // 0 once sent as JSON
];

type Mutation =
  | { readonly kind: "count"; readonly at: number; readonly field: number; readonly bad: number }
  | { readonly kind: "band"; readonly at: number; readonly band: number; readonly bad: number }
  | { readonly kind: "ratio"; readonly at: number; readonly field: number; readonly bad: number }
  | { readonly kind: "dropKey"; readonly place: "top" | "figures"; readonly at: number; readonly key: number }
  | { readonly kind: "addKey"; readonly place: AddPlace; readonly at: number; readonly key: string }
  | { readonly kind: "levelNull" }
  | { readonly kind: "breakTotal"; readonly field: number; readonly delta: number }
  | { readonly kind: "breakRow"; readonly at: number; readonly field: number; readonly delta: number }
  | { readonly kind: "format"; readonly format: unknown }
  | { readonly kind: "formatVersion"; readonly version: unknown }
  | { readonly kind: "provenance"; readonly forgery: number };

/** Forged provenance, each refused: what parseSummary checks beyond the shape. */
const FORGERIES: readonly ((provenance: Json) => void)[] = [
  (provenance) => {
    const hashes = provenance["ruleSets"] as Json;
    const [key] = Object.keys(hashes);
    if (key === undefined)
      hashes["made.up@1.0.0"] = `sha256:${"0".repeat(64)}`; // a rule set not applied
    else hashes[key] = "sha256:not-a-hash";
  },
  (provenance) => {
    const hashes = provenance["ruleSets"] as Json;
    hashes["forged.ruleSet@1.0.0"] = `sha256:${"ab".repeat(32)}`;
  },
  (provenance) => {
    const parts = provenance["parts"] as string[];
    parts.push(parts[0] ?? "a", parts[0] ?? "a"); // a part twice
  },
  (provenance) => {
    (provenance["parts"] as string[]).unshift("\uffff last"); // out of order
  },
  (provenance) => {
    (provenance["parts"] as string[]).push("\uffff\u001b[2J"); // a control character
  },
  (provenance) => {
    provenance["library"] = "kudumbashree";
  },
  (provenance) => {
    provenance["parts"] = "kerala";
  },
  (provenance) => {
    defineKey(provenance["ruleSets"] as Json, "__proto__", `sha256:${"0".repeat(64)}`);
  },
];

type AddPlace = "top" | "figures" | "byKind" | "ageBands" | "issue" | "params";

const mutationArbitrary: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({
    kind: fc.constant("count" as const),
    at: fc.nat(),
    field: fc.nat(COUNTS.length - 1),
    bad: fc.nat(badValues.length - 1),
  }),
  fc.record({ kind: fc.constant("band" as const), at: fc.nat(), band: fc.nat(), bad: fc.nat(badValues.length - 1) }),
  fc.record({
    kind: fc.constant("ratio" as const),
    at: fc.nat(),
    field: fc.nat(RATIOS.length - 1),
    bad: fc.nat(badValues.length - 1),
  }),
  fc.record({
    kind: fc.constant("dropKey" as const),
    place: fc.constantFrom("top" as const, "figures" as const),
    at: fc.nat(),
    key: fc.nat(),
  }),
  fc.record({
    kind: fc.constant("addKey" as const),
    place: fc.constantFrom<AddPlace>("top", "figures", "byKind", "ageBands", "issue", "params"),
    at: fc.nat(),
    key: fc.constantFrom("__proto__", "constructor", "toString", "hello", "prototype", "valueOf"),
  }),
  fc.constant({ kind: "levelNull" as const }),
  fc.record({
    kind: fc.constant("breakTotal" as const),
    field: fc.nat(COUNTS.length - 1),
    delta: fc.integer({ min: 1, max: 1000 }),
  }),
  fc.record({
    kind: fc.constant("breakRow" as const),
    at: fc.nat(),
    field: fc.nat(COUNTS.length - 1),
    delta: fc.integer({ min: 1, max: 1000 }),
  }),
  fc.record({
    kind: fc.constant("format" as const),
    format: fc.oneof(fc.constantFrom("kudumbashree.dataset", "", "KUDUMBASHREE.SUMMARY", null), fc.string()),
  }),
  fc.record({
    kind: fc.constant("formatVersion" as const),
    version: fc.constantFrom(0, 3, "1", "2", 1.5, null, true, -1),
  }),
  fc.record({ kind: fc.constant("provenance" as const), forgery: fc.nat(FORGERIES.length - 1) }),
);

/** Every figures object of a summary: rows, total, and each breakdown by kind, with whether it is a row. */
function figuresOf(summary: Json): Json[] {
  const rows = [...(summary["rows"] as Json[]), summary["total"] as Json];
  return rows.flatMap((row) => [row, ...Object.values((row["byKind"] as Record<string, Json> | undefined) ?? {})]);
}

/** Defines an own key, as JSON.parse does even for `__proto__`. */
function defineKey(target: Json, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/**
 * Applies a mutation to a copy of a summary. Returns the copy and whether it must be refused
 * (`undefined` when the mutation may leave a valid summary: a null where suppression may blank,
 * an optional key dropped, a figure changed where the groups under no unit could account for it).
 */
function mutate(
  original: Summary | SuppressedSummary,
  mutation: Mutation,
): { value: Json; refused: boolean | undefined } {
  const summary = JSON.parse(JSON.stringify(original)) as Json;
  const suppressed = original.suppressBelow !== null;
  const all = figuresOf(summary);
  const pick = (at: number) => all[at % all.length] as Json;
  switch (mutation.kind) {
    case "count":
    case "ratio":
    case "band": {
      const figures = pick(mutation.at);
      const bad = badValues[mutation.bad] as (typeof badValues)[number];
      let target = figures;
      let field: string;
      if (mutation.kind === "band") {
        target = figures["ageBands"] as Json;
        const labels = Object.keys(target);
        if (labels.length === 0) return { value: summary, refused: undefined };
        field = labels[mutation.band % labels.length] as string;
      } else field = (mutation.kind === "count" ? COUNTS[mutation.field] : RATIOS[mutation.field]) as string;
      const old = target[field];
      target[field] = bad.value(typeof old === "number" ? old : 0);
      if (mutation.kind === "ratio") {
        // Any non-negative ratio may stand where its counts are blanked; a wrong type never.
        const wrong = ["string", "NaN", "Infinity", "boolean", "object", "array", "negative"].includes(bad.name);
        return { value: summary, refused: wrong ? true : undefined };
      }
      if (bad.name === "null") {
        const sizeField = field === "minGroupSize" || field === "maxGroupSize";
        return { value: summary, refused: !suppressed && !sizeField ? true : undefined };
      }
      if (old === null && (bad.name === "negative" || bad.name === "float")) return { value: summary, refused: true };
      return { value: summary, refused: bad.refused ? true : undefined };
    }
    case "dropKey": {
      if (mutation.place === "top") {
        delete summary[TOP_KEYS[mutation.key % TOP_KEYS.length] as string];
        return { value: summary, refused: true };
      }
      const figures = pick(mutation.at);
      const keys = Object.keys(figures);
      const key = keys[mutation.key % keys.length] as string;
      delete figures[key];
      // A list of suppressed fields may go; a breakdown by kind's absence is refused.
      return { value: summary, refused: key === "suppressed" ? undefined : true };
    }
    case "addKey": {
      const { key } = mutation;
      const issues = summary["issues"] as Json[];
      switch (mutation.place) {
        case "top":
          defineKey(summary, key, 1);
          return { value: summary, refused: true };
        case "figures":
          defineKey(pick(mutation.at), key, 1);
          return { value: summary, refused: true };
        case "byKind": {
          const row = (summary["rows"] as Json[])[mutation.at] ?? (summary["total"] as Json);
          const byKind = row["byKind"] as Json | undefined;
          if (byKind === undefined) return { value: summary, refused: undefined };
          defineKey(byKind, key, Object.values(byKind)[0] ?? { groups: 1 });
          return { value: summary, refused: true };
        }
        case "ageBands":
          defineKey(pick(mutation.at)["ageBands"] as Json, key, 0);
          return { value: summary, refused: true };
        case "issue":
        case "params": {
          const forged: Json = { code: "ward.no_group", severity: "error", message: "forged", params: {} };
          issues.push(forged);
          defineKey(mutation.place === "issue" ? forged : (forged["params"] as Json), key, "x");
          return { value: summary, refused: mutation.place === "issue" || key === "__proto__" };
        }
      }
      return { value: summary, refused: undefined };
    }
    case "levelNull":
      summary["level"] = null;
      return { value: summary, refused: true };
    case "breakTotal":
    case "breakRow": {
      const row =
        mutation.kind === "breakTotal"
          ? (summary["total"] as Json)
          : ((summary["rows"] as Json[])[mutation.at % Math.max(1, (summary["rows"] as Json[]).length)] as
              | Json
              | undefined);
      if (row === undefined) return { value: summary, refused: undefined };
      const field = COUNTS[mutation.field] as string;
      const old = row[field];
      if (typeof old !== "number") return { value: summary, refused: undefined };
      row[field] = old + mutation.delta;
      // Without groups under no unit of the level, the total is exactly the sum of the rows (wards
      // aside: wards under no unit of the level count in the total only).
      const exact =
        !suppressed && original.unplaced === 0 && field !== "wards" && !field.endsWith("GroupSize") && original.level;
      return { value: summary, refused: exact ? true : undefined };
    }
    case "format":
      summary["format"] = mutation.format;
      return { value: summary, refused: mutation.format !== "kudumbashree.summary" ? true : undefined };
    case "formatVersion":
      summary["formatVersion"] = mutation.version;
      return { value: summary, refused: true };
    case "provenance":
      (FORGERIES[mutation.forgery] as (provenance: Json) => void)(summary["provenance"] as Json);
      return { value: summary, refused: true };
  }
}

/** What mergeSummaries does with a pair: returns a summary, or throws one of the package's errors. */
function checkMerge(a: unknown, b: unknown, refusedArgument: "first" | "second" | undefined): void {
  let merged: Summary | undefined;
  try {
    merged = mergeSummaries(a as Summary, b as Summary);
  } catch (error) {
    const detail = packageErrorDetail(error);
    expect(detail, String(error)).toBeDefined();
    expect(error instanceof TypeError || error instanceof RangeError).toBe(true);
    if (refusedArgument !== undefined) {
      expect(error).toBeInstanceOf(TypeError);
      expect(detail).toMatch(new RegExp(`^mergeSummaries: the ${refusedArgument} argument is not a (valid )?summary`));
    }
    return;
  }
  expect(refusedArgument).toBeUndefined();
  const again = parseSummary(merged);
  expect(again.issues).toEqual([]);
}

function checkAnswer(input: unknown): boolean {
  const result = parseSummary(input);
  for (const found of result.issues) {
    expect(found.code in issueCodes, found.code).toBe(true);
    expect(found.severity).toBe(issueCodes[found.code].severity);
    expect(typeof found.message).toBe("string");
  }
  if (result.ok) expect(result.issues).toEqual([]);
  else expect(result.issues.length).toBeGreaterThan(0);
  return result.ok;
}

const summaries: fc.Arbitrary<Summary | SuppressedSummary> = fc
  .record({
    dataset: datasetArbitrary,
    level: fc.constantFrom(...UnitKind.options),
    groupKind: fc.constantFrom(undefined, ...GroupKind.options),
    asOf: isoDateArbitrary("2021-06-01", "2022-03-31"),
    suppressBelow: fc.option(fc.integer({ min: 1, max: 8 }), { nil: undefined, freq: 4 }),
  })
  .map(({ dataset, level, groupKind, asOf, suppressBelow }) =>
    summarize(dataset, { level, groupKind, asOf, recordsFrom: "2021-03-01", suppressBelow }),
  );

describe("forged summaries (fuzz)", () => {
  it("parseSummary never throws and refuses every mutation that breaks the format", () => {
    fc.assert(
      fc.property(summaries, mutationArbitrary, (summary, mutation) => {
        const { value, refused } = mutate(summary, mutation);
        const ok = checkAnswer(value);
        if (refused === true) expect(ok, JSON.stringify(mutation)).toBe(false);
        // The same bytes sent as JSON (`__proto__` keys survive as own keys; NaN becomes null).
        const sent = JSON.parse(JSON.stringify(value)) as unknown;
        const okSent = checkAnswer(sent);
        if (refused === true && mutation.kind === "addKey") expect(okSent).toBe(false);
        expect(Object.prototype).not.toHaveProperty("polluted");
        expect(Object.prototype).not.toHaveProperty("groups");
      }),
      { numRuns: runs ?? 1500 },
    );
  });

  it("mergeSummaries throws only the package's TypeError or RangeError, and what it merges is valid", () => {
    fc.assert(
      fc.property(summaries, mutationArbitrary, fc.boolean(), (summary, mutation, forgedFirst) => {
        const { value } = mutate(summary, mutation);
        const refused = !parseSummary(value).ok;
        const pair = forgedFirst ? [value, summary] : [summary, value];
        checkMerge(pair[0], pair[1], refused ? (forgedFirst ? "first" : "second") : undefined);
        checkMerge(value, emptySummary(), refused ? "first" : undefined);
      }),
      { numRuns: runs ?? 500 },
    );
  });

  it("arbitrary JSON and objects shaped almost like a summary", () => {
    const almost = fc.dictionary(
      fc.constantFrom(...TOP_KEYS, "__proto__", "omittedIssues", "hello"),
      fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constant("kudumbashree.summary"), fc.constant(1)),
    );
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue({ maxDepth: 4 }), almost), (value) => {
        const sent = JSON.parse(JSON.stringify(value) ?? "null") as unknown;
        checkAnswer(sent);
        checkMerge(sent, emptySummary(), parseSummary(sent).ok ? undefined : "first");
      }),
      { numRuns: runs ?? 1000 },
    );
  });
});
