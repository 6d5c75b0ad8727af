// Rule sets with one random mutation (a value of the wrong type, a number out of bounds, an
// unknown or __proto__ key, a null in a list, an empty string, a missing field, NaN, a throwing
// getter): parseRuleSet never throws and refuses every broken one; deriveRuleSet and validate
// throw nothing but the package's errors. FUZZ_RUNS=100000 runs it for longer.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Dataset, deriveRuleSet, type RuleSet, ruleSets, validate } from "../../src/index.js";
import { packageErrorDetail } from "../../src/internal/errors.js";
import { parseRuleSet } from "../../src/rules/registry/parseRuleSet.js";
import { RuleSet as RuleSetSchema } from "../../src/rules/registry/RuleSet.js";

const runs = Number(process.env["FUZZ_RUNS"] ?? 0) || undefined;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = readonly (string | number)[];

/** A built-in rule set under a new id, so a change is judged on its own and not as a forged built-in. */
const bases: readonly { [key: string]: Json }[] = ruleSets.map((ruleSet) => ({
  ...(JSON.parse(JSON.stringify(ruleSet)) as { [key: string]: Json }),
  id: `fuzz.${ruleSet.id.replace(".", "-")}`,
}));

/** Every place in a value: its path and what is there. */
function places(value: Json, path: Path = []): [Path, Json][] {
  const here: [Path, Json][] = [[path, value]];
  if (Array.isArray(value)) return here.concat(value.flatMap((item, i) => places(item, [...path, i])));
  if (typeof value === "object" && value !== null)
    return here.concat(Object.entries(value).flatMap(([key, item]) => places(item, [...path, key])));
  return here;
}

const jsonType = (value: unknown) => (value === null ? "null" : Array.isArray(value) ? "array" : typeof value);

/** Fields whose absence breaks the rule set, by their path without list positions; others are optional. */
const REQUIRED = new Set([
  "id",
  "version",
  "groupKind",
  "title",
  "sources",
  "sources.title",
  "sources.publisher",
  "meetings.count",
  "meetings.per",
  "leadership.roles",
  "leadership.roles.role",
  "leadership.roles.count",
  "federation.memberKind",
]);
const isRequired = (path: Path) => REQUIRED.has(path.filter((step) => typeof step === "string").join("."));

type Mutation =
  | { readonly kind: "wrongType"; readonly at: number; readonly value: Json }
  | { readonly kind: "outOfRange"; readonly at: number; readonly value: number }
  | { readonly kind: "unknownKey"; readonly at: number; readonly key: string }
  | { readonly kind: "nullInList"; readonly at: number }
  | { readonly kind: "emptyString"; readonly at: number }
  | { readonly kind: "deleteRequired"; readonly at: number }
  | { readonly kind: "deleteAny"; readonly at: number }
  | { readonly kind: "exotic"; readonly at: number; readonly value: "NaN" | "Infinity" | "undefined" | "throws" };

const mutationArbitrary: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({
    kind: fc.constant("wrongType" as const),
    at: fc.nat(),
    value: fc.constantFrom<Json>("x", "female,male", "abc", 1, 2 ** 31, true, null, [], {}, [null], { min: 1 }),
  }),
  fc.record({
    kind: fc.constant("outOfRange" as const),
    at: fc.nat(),
    value: fc.constantFrom(-1, 1.5, 0.5, 2 ** 31, 2 ** 32, 10_001, 1e21, -(2 ** 31)),
  }),
  fc.record({
    kind: fc.constant("unknownKey" as const),
    at: fc.nat(),
    key: fc.constantFrom("__proto__", "constructor", "toString", "groupSzie", "maxMembers", "prototype", ""),
  }),
  fc.record({ kind: fc.constant("nullInList" as const), at: fc.nat() }),
  fc.record({ kind: fc.constant("emptyString" as const), at: fc.nat() }),
  fc.record({ kind: fc.constant("deleteRequired" as const), at: fc.nat() }),
  fc.record({ kind: fc.constant("deleteAny" as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant("exotic" as const),
    at: fc.nat(),
    value: fc.constantFrom("NaN" as const, "Infinity" as const, "undefined" as const, "throws" as const),
  }),
);

/** The parent object or list of a path, and the last step, in `root`. */
function parentOf(root: Json, path: Path): [Record<string | number, unknown>, string | number] {
  let node = root as Record<string | number, unknown>;
  for (const step of path.slice(0, -1)) node = node[step] as Record<string | number, unknown>;
  return [node, path.at(-1) as string | number];
}

/**
 * Applies a mutation to a copy of a base. Returns the input (JSON text parsed again, so a
 * `__proto__` key is an own key as in a file, unless the mutation is not JSON) and whether the
 * mutation surely breaks the rule set (`deleteAny` may not).
 */
function mutate(base: { [key: string]: Json }, mutation: Mutation): { input: unknown; broken: boolean } {
  const copy = structuredClone(base) as Json;
  const all = places(copy);
  const pick = <T>(list: readonly T[]): T | undefined => list[mutation.at % Math.max(1, list.length)];
  const define = (node: object, key: string | number, value: unknown) =>
    Object.defineProperty(node, key, { value, enumerable: true, writable: true, configurable: true });
  const asJson = () => ({ input: JSON.parse(JSON.stringify(copy)) as unknown, broken: true });
  switch (mutation.kind) {
    case "wrongType": {
      const place = pick(
        all.filter(([path, value]) => path.length > 0 && jsonType(value) !== jsonType(mutation.value)),
      );
      if (place === undefined) break;
      const [node, key] = parentOf(copy, place[0]);
      node[key] = mutation.value;
      return asJson();
    }
    case "outOfRange": {
      const place = pick(all.filter(([, value]) => typeof value === "number"));
      if (place === undefined) break;
      const [node, key] = parentOf(copy, place[0]);
      node[key] = mutation.value;
      return asJson();
    }
    case "unknownKey": {
      const place = pick(all.filter(([, value]) => jsonType(value) === "object"));
      if (place === undefined) break;
      define(place[1] as object, mutation.key, { ageBand: { min: 99 } });
      return asJson();
    }
    case "nullInList": {
      const place = pick(all.filter(([, value]) => Array.isArray(value)));
      if (place === undefined) break;
      (place[1] as Json[]).push(null);
      return asJson();
    }
    case "emptyString": {
      const place = pick(all.filter(([, value]) => typeof value === "string"));
      if (place === undefined) break;
      const [node, key] = parentOf(copy, place[0]);
      node[key] = "";
      return asJson();
    }
    case "deleteRequired":
    case "deleteAny": {
      const required = mutation.kind === "deleteRequired";
      const place = pick(all.filter(([path]) => typeof path.at(-1) === "string" && isRequired(path) === required));
      if (place === undefined) break;
      const [node, key] = parentOf(copy, place[0]);
      delete node[key];
      return { input: JSON.parse(JSON.stringify(copy)) as unknown, broken: required };
    }
    case "exotic": {
      const numeric = mutation.value === "NaN" || mutation.value === "Infinity";
      const place = pick(all.filter(([path, value]) => path.length > 0 && (!numeric || typeof value === "number")));
      if (place === undefined) break;
      const [node, key] = parentOf(copy, place[0]);
      if (mutation.value === "throws") {
        Object.defineProperty(node, key, {
          enumerable: true,
          get() {
            throw new Error("a getter that throws");
          },
        });
      } else {
        node[key] = { NaN: Number.NaN, Infinity: Number.POSITIVE_INFINITY, undefined }[mutation.value];
      }
      return { input: copy, broken: true };
    }
  }
  return { input: copy, broken: false };
}

const dataset: Dataset = {
  schemaVersion: 1,
  units: [{ id: "w1", kind: "ward", name: "Ward 1" }],
  people: [{ id: "p1", gender: "female", dateOfBirth: "2010-01-01" }],
  groups: [{ id: "g1", kind: "balasabha", unitId: "w1" }],
  memberships: [{ groupId: "g1", personId: "p1", role: "leader" }],
};

/** Runs `act`; returns "ok", or the kind of the package's error it threw (fails on any other error). */
function outcome(act: () => unknown): "ok" | "TypeError" | "RangeError" {
  try {
    act();
    return "ok";
  } catch (error) {
    expect(packageErrorDetail(error), String(error)).toBeDefined();
    expect(error instanceof TypeError || error instanceof RangeError).toBe(true);
    return error instanceof TypeError ? "TypeError" : "RangeError";
  }
}

describe("rule sets with one random mutation", () => {
  it("the unmutated copies under a new id are valid", () => {
    for (const base of bases) expect(parseRuleSet(base).ok).toBe(true);
  });

  it("parseRuleSet never throws and refuses every broken one; validate and deriveRuleSet throw only ours", () => {
    fc.assert(
      fc.property(fc.nat(bases.length - 1), mutationArbitrary, (which, mutation) => {
        const base = bases[which] as { [key: string]: Json };
        const { input, broken } = mutate(base, mutation);
        const parsed = parseRuleSet(input);
        if (broken) {
          expect(parsed.ok, JSON.stringify(mutation)).toBe(false);
          for (const found of parsed.issues) expect(["schema.invalid", "input.unreadable"]).toContain(found.code);
          expect(parsed.issues.map((found) => found.params?.["reason"])).not.toContain("built_in_key");
        }
        if (parsed.ok) {
          expect(RuleSetSchema.safeParse(parsed.ruleSet).success).toBe(true);
          expect(Object.isFrozen(parsed.ruleSet)).toBe(true);
        }

        const validated = outcome(() => validate(dataset, { asOf: "2021-11-30", ruleSets: [input as RuleSet] }));
        expect(validated).toBe(parsed.ok ? "ok" : "TypeError");

        const builtIn = ruleSets[which] as RuleSet;
        let changes: Record<string, unknown> | undefined;
        try {
          const { groupKind: _kind, ...rest } = input as Record<string, unknown>;
          changes = rest;
        } catch {
          changes = undefined; // a getter that throws while copying: deriveRuleSet is given it as is
        }
        let derived: RuleSet | undefined;
        const result = outcome(() => {
          derived = deriveRuleSet(builtIn, (changes ?? input) as Parameters<typeof deriveRuleSet>[1]);
        });
        if (result === "ok") expect(parseRuleSet(derived).ok).toBe(true);
        return true;
      }),
      { numRuns: runs ?? 2000 },
    );
    expect(Object.prototype).not.toHaveProperty("ageBand");
  });

  it("parseRuleSet never throws on arbitrary JSON, nor on objects shaped almost like a rule set", () => {
    const almost = fc.dictionary(
      fc.constantFrom(
        "id",
        "version",
        "groupKind",
        "title",
        "sources",
        "ageBand",
        "groupSize",
        "gender",
        "meetings",
        "leadership",
        "federation",
        "derivedFrom",
        "__proto__",
      ),
      fc.jsonValue({ maxDepth: 2 }),
    );
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue({ maxDepth: 4 }), almost), (value) => {
        const input = JSON.parse(JSON.stringify(value)) as unknown;
        const parsed = parseRuleSet(input);
        if (parsed.ok) expect(RuleSetSchema.safeParse(parsed.ruleSet).success).toBe(true);
        else expect(parsed.issues.length).toBeGreaterThan(0);
        expect(outcome(() => validate(dataset, { asOf: "2021-11-30", ruleSets: [input as RuleSet] }))).toBe(
          parsed.ok ? "ok" : "TypeError",
        );
        return true;
      }),
      { numRuns: runs ?? 1000 },
    );
  });
});
