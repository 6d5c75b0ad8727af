// Rule sets handed to the library (a JSON file an officer wrote, a variant made on another
// machine) are checked: each hole of issue 13 point 6 has a hostile file and a test here.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  type Dataset,
  deriveRuleSet,
  getRuleSet,
  keralaAuxiliaryGroup,
  keralaBalasabhaCurrent,
  keralaNeighbourhoodGroup,
  nrlmClusterLevelFederation,
  nrlmVillageOrganisation,
  type RuleSet,
  ruleSetKey,
  ruleSets,
  summarize,
  validate,
} from "../../../src/index.js";
import { ageingOut } from "../../../src/rules/queries/ageingOut.js";
import { parseRuleSet } from "../../../src/rules/registry/parseRuleSet.js";
import { RuleSet as RuleSetSchema } from "../../../src/rules/registry/RuleSet.js";

const hostile = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`../../fixtures/hostile/${name}`, import.meta.url), "utf8"));

/** `[reason, path]` of each issue of a refused rule set. */
function problems(input: unknown): [unknown, string][] {
  const result = parseRuleSet(input);
  expect(result.ok).toBe(false);
  for (const found of result.issues) expect(found.severity).toBe("error");
  return result.issues.map((found) => [found.params?.["reason"], (found.path ?? []).join(".")]);
}

function isDeeplyFrozen(value: unknown): boolean {
  if (typeof value !== "object" || value === null) return true;
  return Object.isFrozen(value) && Object.values(value).every(isDeeplyFrozen);
}

const asOf = "2021-11-30";
/** A ward with one NHG of 10 women and one man, which an NHG rule set admitting only women flags. */
function nhgDataset(): Dataset {
  const people = Array.from({ length: 11 }, (_, i) => ({
    id: `p${i}`,
    gender: i === 10 ? ("male" as const) : ("female" as const),
    dateOfBirth: "1990-01-01",
    householdId: `h${i}`,
  }));
  return {
    schemaVersion: 1,
    units: [{ id: "w1", kind: "ward", name: "Ward 1" }],
    people,
    groups: [{ id: "g1", kind: "neighbourhoodGroup", unitId: "w1", formedOn: "2000-01-01" }],
    memberships: people.map((person) => ({ groupId: "g1", personId: person.id, role: "member" as const })),
  };
}

/** What `validate` throws for `ruleSets`, as `[kind of error, message]`. */
function validateError(ruleSetsOption: unknown): [string, string] {
  try {
    validate(nhgDataset(), { asOf, ruleSets: ruleSetsOption as readonly RuleSet[] });
  } catch (error) {
    return [(error as Error).constructor.name, (error as Error).message];
  }
  return ["none", ""];
}

describe("parseRuleSet", () => {
  it("accepts every built-in rule set, and a JSON copy of one, as that built-in rule set", () => {
    for (const ruleSet of ruleSets) {
      expect(RuleSetSchema.safeParse(ruleSet).success).toBe(true);
      expect(parseRuleSet(ruleSet)).toEqual({ ok: true, ruleSet, issues: [] });
      const copy = parseRuleSet(JSON.parse(JSON.stringify(ruleSet)));
      expect(copy.ok && copy.ruleSet).toBe(ruleSet);
    }
  });

  it("returns a deeply frozen copy of a valid rule set, recognised when given back", () => {
    const input = hostile("ruleset-valid.json") as Record<string, unknown>;
    const result = parseRuleSet(input);
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect(result.ruleSet).toEqual(input);
    expect(result.ruleSet).not.toBe(input);
    expect(isDeeplyFrozen(result.ruleSet)).toBe(true);
    expect(Object.isFrozen(input)).toBe(false);
    expect(parseRuleSet(result.ruleSet)).toEqual({ ok: true, ruleSet: result.ruleSet, issues: [] });
    (input["groupSize"] as { max: number }).max = 2;
    expect(result.ruleSet.groupSize).toEqual({ min: 10, max: 30 });
  });

  it("never throws, whatever it is given", () => {
    const throwing = new Proxy(
      {},
      {
        ownKeys() {
          throw new Error("boom");
        },
        get() {
          throw new Error("boom");
        },
      },
    );
    for (const input of [
      undefined,
      null,
      0,
      Number.NaN,
      "kerala.balasabha@3.0.0",
      [],
      [keralaAuxiliaryGroup],
      throwing,
    ]) {
      const result = parseRuleSet(input);
      expect(result.ok).toBe(false);
      expect(result.issues.length).toBeGreaterThan(0);
    }
    expect(parseRuleSet(throwing).issues.map((found) => found.code)).toEqual(["input.unreadable"]);
  });

  it("hole: gender matched by substring - a string of genders is refused", () => {
    const input = hostile("ruleset-gender-substring.json");
    expect(problems(input)).toEqual([["invalid_type", "gender"]]);
    // Before, "female,male".includes("male") admitted men into a women's group.
    expect(validateError([input])).toEqual([
      "TypeError",
      "@kudumbashree/domain: ruleSets[0] is not a valid rule set: " + 'gender: "female,male" is not a list.',
    ]);
    expect(problems({ ...keralaNeighbourhoodGroup, gender: ["female", "female"] })).toEqual([["custom", "gender"]]);
    expect(problems({ ...keralaNeighbourhoodGroup, gender: ["fem"] })).toEqual([["invalid_value", "gender.0"]]);
    expect(problems({ ...keralaNeighbourhoodGroup, gender: [] })).toEqual([["too_small", "gender"]]);
  });

  it('hole: ageBand "abc" switched the age check off - refused', () => {
    expect(problems(hostile("ruleset-ageband-string.json"))).toEqual([["invalid_type", "ageBand"]]);
    expect(problems({ ...keralaAuxiliaryGroup, ageBand: {} })).toEqual([["custom", "ageBand"]]);
    expect(problems({ ...keralaAuxiliaryGroup, ageBand: { min: 18.5 } })).toEqual([["invalid_type", "ageBand.min"]]);
    expect(problems({ ...keralaAuxiliaryGroup, ageBand: { min: -1, max: 121 } })).toEqual([
      ["too_small", "ageBand.min"],
      ["too_big", "ageBand.max"],
    ]);
    expect(problems({ ...keralaAuxiliaryGroup, ageBand: { min: 40, max: 18 } })).toEqual([["custom", "ageBand"]]);
    expect(validateError([hostile("ruleset-ageband-string.json")])[0]).toBe("TypeError");
  });

  it("hole: unknown keys were kept - refused, each named in the path", () => {
    // Each says what it holds, and which fields a rule set has (a typo is found in the list).
    const fields =
      "id, version, groupKind, title, sources, effectiveFrom, effectiveTo, derivedFrom, ageBand, groupSize, " +
      "specialGroupSize, gender, specialCategories, oneMemberPerHousehold, meetings, wardCoverage, " +
      "wardCoverageTarget, villageCoverage, extraGroupOnlyWhenFull, leadership, federation, unconfirmed, " +
      "unconfirmedFields";
    expect(problems(hostile("ruleset-unknown-key.json"))).toEqual([
      ["unrecognized_keys", "maxMembers"],
      ["unrecognized_keys", "groupSzie"],
    ]);
    expect(parseRuleSet(hostile("ruleset-unknown-key.json")).issues.map((issue) => issue.message)).toEqual([
      `maxMembers: not a field the format knows (it holds 12); the fields are: ${fields}.`,
      `groupSzie: not a field the format knows (it holds {…}); the fields are: ${fields}.`,
    ]);
    expect(problems({ ...keralaBalasabhaCurrent, id: "x.b", groupSize: { min: 1, most: 3 } })).toEqual([
      ["unrecognized_keys", "groupSize.most"],
    ]);
  });

  it("hole: a __proto__ key (as JSON.parse makes it) is refused, in a rule set and in deriveRuleSet's changes", () => {
    const input = hostile("ruleset-proto-key.json");
    expect(Object.keys(input as object)).toContain("__proto__");
    expect(problems(input)).toEqual([["unrecognized_keys", "__proto__"]]);
    expect(validateError([input])[0]).toBe("TypeError");

    const changes = hostile("ruleset-changes-proto.json") as Parameters<typeof deriveRuleSet>[1];
    expect(() => deriveRuleSet(keralaBalasabhaCurrent, changes)).toThrow(TypeError);
    expect(() => deriveRuleSet(keralaBalasabhaCurrent, changes)).toThrow(/cannot change "__proto__"/);
    const defined = { id: "t.balasabha", version: "1", sources: keralaBalasabhaCurrent.sources };
    Object.defineProperty(defined, "__proto__", { value: { ageBand: { min: 99 } } });
    expect(() => deriveRuleSet(keralaBalasabhaCurrent, defined)).toThrow(/cannot change "__proto__"/);
    // Before, the hidden prototype supplied rules no key showed.
    const inheriting = Object.assign(Object.create({ ageBand: { min: 99 } }) as object, {
      id: "t.balasabha",
      version: "2",
      sources: keralaBalasabhaCurrent.sources,
    });
    const derived = deriveRuleSet(keralaBalasabhaCurrent, inheriting as Parameters<typeof deriveRuleSet>[1]);
    expect(Object.getPrototypeOf(derived)).toBe(Object.prototype);
    expect(derived.ageBand).toEqual({ min: 5, max: 18 });
    expect(Object.prototype).not.toHaveProperty("ageBand");
  });

  it("hole: sizes that overflow 32 bits (2^31 became 0) - sizes are whole numbers 1 to 10,000", () => {
    const input = hostile("ruleset-size-overflow.json");
    expect(problems(input)).toEqual([["too_big", "groupSize.max"]]);
    expect(validateError([input])).toEqual([
      "TypeError",
      "@kudumbashree/domain: ruleSets[0] is not a valid rule set: " +
        "groupSize.max: 2147483648 is too large; max must be at most 10,000.",
    ]);
    for (const bad of [0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 31, 2 ** 53, "20", null]) {
      expect(parseRuleSet({ ...keralaNeighbourhoodGroup, groupSize: { max: bad } }).ok).toBe(false);
    }
    expect(problems({ ...keralaNeighbourhoodGroup, meetings: { count: 8, per: "week" } })).toEqual([
      ["custom", "meetings.count"],
    ]);
    expect(problems({ ...keralaNeighbourhoodGroup, meetings: { count: 0, per: "month" } })).toEqual([
      ["too_small", "meetings.count"],
    ]);
    expect(
      problems({ ...keralaNeighbourhoodGroup, leadership: { roles: [{ role: "president", count: 2 ** 31 }] } }),
    ).toEqual([["too_big", "leadership.roles.0.count"]]);
  });

  it("hole: a forged derivedFrom - it must name a built-in rule set of the same kind, not itself", () => {
    const input = hostile("ruleset-derived-from-forged.json");
    expect(problems(input)).toEqual([["invalid_value", "derivedFrom"]]);
    const valid = hostile("ruleset-valid.json") as RuleSet;
    expect(problems({ ...valid, derivedFrom: "tripura.balasabha@1.0.0" })).toEqual([["invalid_value", "derivedFrom"]]);
    // The message lists the built-in rule sets of the same kind, which are the values allowed.
    const otherKind = parseRuleSet({ ...valid, derivedFrom: "kerala.neighbourhoodGroup@1.0.0" });
    expect(otherKind.issues.map((found) => [found.path, found.params])).toEqual([
      [
        ["derivedFrom"],
        {
          reason: "invalid_value",
          field: "derivedFrom",
          value: "kerala.neighbourhoodGroup@1.0.0",
          allowed: ["kerala.balasabha@1.0.0", "kerala.balasabha@2.0.0", "kerala.balasabha@3.0.0"],
        },
      ],
    ]);
    expect(otherKind.issues[0]?.message).toBe(
      'derivedFrom: "kerala.neighbourhoodGroup@1.0.0" is not allowed; derivedFrom must be one of: ' +
        "kerala.balasabha@1.0.0, kerala.balasabha@2.0.0, kerala.balasabha@3.0.0.",
    );
    expect(problems({ ...valid, derivedFrom: "@" })).toEqual([["invalid_format", "derivedFrom"]]);
    // A variant derived on another machine keeps its derivedFrom.
    const elsewhere = parseRuleSet({ ...valid, derivedFrom: "kerala.balasabha@3.0.0" });
    expect(elsewhere.ok && elsewhere.ruleSet.derivedFrom).toBe("kerala.balasabha@3.0.0");
  });

  it("hole: sources: [null] - every source is a full citation; an address, when given, is http(s)", () => {
    expect(problems(hostile("ruleset-sources-null.json"))).toEqual([["invalid_type", "sources.0"]]);
    expect(problems(hostile("ruleset-citation-script-url.json"))).toEqual([["invalid_format", "sources.0.url"]]);
    const valid = hostile("ruleset-valid.json") as RuleSet;
    const source = valid.sources[0] as RuleSet["sources"][number];
    expect(problems({ ...valid, sources: [] })).toEqual([["too_small", "sources"]]);
    expect(problems({ ...valid, sources: [{ ...source, title: "" }] })).toEqual([["too_small", "sources.0.title"]]);
    expect(problems({ ...valid, sources: [{ ...source, date: "2021-02-29" }] })).toEqual([
      ["invalid_format", "sources.0.date"],
    ]);
    expect(problems({ ...valid, sources: [{ ...source, date: "last year" }] })).toEqual([
      ["invalid_format", "sources.0.date"],
    ]);
    for (const date of ["2021", "2021-11", "2021-11-06"])
      expect(parseRuleSet({ ...valid, sources: [{ ...source, date }] }).ok).toBe(true);
    // A circular issued on paper has no address; a web page that carries no date has none.
    const { url: _url, ...paper } = source;
    const { date: _date, ...undated } = source;
    for (const citation of [paper, undated, { title: source.title, publisher: source.publisher }]) {
      const result = parseRuleSet({ ...valid, sources: [citation] });
      expect(result.ok && result.ruleSet.sources).toEqual([citation]);
    }
    expect(problems({ ...valid, sources: [{ ...source, url: "" }] })).toEqual([["invalid_format", "sources.0.url"]]);
    expect(problems({ ...valid, sources: [{ ...source, url: undefined }] })).toEqual([
      ["invalid_type", "sources.0.url"],
    ]);
    expect(problems({ ...valid, sources: [{ title: source.title }] })).toEqual([["missing", "sources.0.publisher"]]);
  });

  it("hole: a derived or hand-written rule set reusing a built-in key - refused unless it is that rule set", () => {
    const input = hostile("ruleset-builtin-key.json");
    expect(ruleSetKey(input as RuleSet)).toBe("kerala.balasabha@3.0.0");
    expect(problems(input)).toEqual([["custom", "version"]]);
    expect(validateError([input])[1]).toMatch(/kerala\.balasabha@3\.0\.0 is a built-in rule set/);
    const source = keralaBalasabhaCurrent.sources;
    expect(() =>
      deriveRuleSet(keralaBalasabhaCurrent, { id: "kerala.balasabha", version: "2.0.0", sources: source }),
    ).toThrow(RangeError);
    expect(() =>
      deriveRuleSet(keralaBalasabhaCurrent, { id: "kerala.neighbourhoodGroup", version: "1.0.0", sources: source }),
    ).toThrow(/kerala\.neighbourhoodGroup@1\.0\.0 is a built-in rule set/);
  });

  it('hole: a hand-written rule set with id "" and key "@" - ids are dotted names, versions numbers', () => {
    const input = hostile("ruleset-empty-id.json");
    expect(problems(input)).toEqual([
      ["invalid_format", "id"],
      ["invalid_format", "version"],
    ]);
    const valid = hostile("ruleset-valid.json") as RuleSet;
    for (const id of [
      "@",
      "a@b",
      " tripura",
      "tripura.",
      ".balasabha",
      "tripura..balasabha",
      "1state",
      "x".repeat(101),
    ])
      expect(parseRuleSet({ ...valid, id }).ok, id).toBe(false);
    for (const version of ["@", "v1", "1.0.0.0", "1.0.0-", "1..0", " 1"])
      expect(parseRuleSet({ ...valid, version }).ok, version).toBe(false);
    for (const [id, version] of [
      ["tripura.balasabha", "1"],
      ["x", "2.1"],
      ["odisha.shg-variant_2", "1.0.0-draft.2"],
    ] as const)
      expect(parseRuleSet({ ...valid, id, version }).ok).toBe(true);
  });

  it("refuses rules of the wrong tier, a period that ends before it starts, and duplicate roles", () => {
    const valid = hostile("ruleset-valid.json") as RuleSet;
    expect(problems({ ...valid, federation: { memberKind: "balasabha", minMembers: 2 } })).toEqual([
      ["custom", "federation"],
    ]);
    expect(problems({ ...valid, groupKind: "villageOrganisation", ageBand: undefined, groupSize: undefined })).toEqual([
      ["invalid_type", "ageBand"],
      ["invalid_type", "groupSize"],
    ]);
    expect(problems({ ...valid, groupKind: "balasamiti" })).toEqual([
      ["custom", "ageBand"],
      ["custom", "groupSize"],
      ["custom", "meetings"],
    ]);
    expect(problems({ ...valid, effectiveTo: "2019-12-31" })).toEqual([["custom", "effectiveTo"]]);
    expect(problems({ ...valid, effectiveTo: undefined })).toEqual([["invalid_type", "effectiveTo"]]);
    expect(
      problems({
        ...valid,
        leadership: {
          roles: [
            { role: "leader", count: 1 },
            { role: "leader", count: 2 },
          ],
        },
      }),
    ).toEqual([["custom", "leadership.roles"]]);
  });

  it("lists at most 100 problems of a hostile rule set, then how many more", () => {
    const valid = hostile("ruleset-valid.json") as RuleSet;
    const nulls = Array.from({ length: 100 }, () => null);
    const result = parseRuleSet({ ...valid, unconfirmed: nulls, sources: nulls });
    expect(result.ok).toBe(false);
    expect(result.issues.length).toBe(101);
    expect(result.issues[100]?.params).toEqual({ reason: "truncated", omitted: 100 });
    // Lists longer than allowed are refused by their length, without a look at each element.
    const long = parseRuleSet({ ...valid, unconfirmed: Array.from({ length: 100_000 }, () => null) });
    expect(long.issues.map((found) => found.params?.["reason"])).toEqual(["too_big"]);
  });
});

describe("validate, summarize and ageingOut check their ruleSets", () => {
  it("apply a checked rule set, and refuse one that is not", () => {
    const valid = hostile("ruleset-valid.json") as RuleSet;
    const codes = (given?: readonly unknown[]) =>
      validate(nhgDataset(), { asOf, ...(given === undefined ? {} : { ruleSets: given as RuleSet[] }) }).issues.map(
        (found) => found.code,
      );
    expect(codes()).toContain("gender.not_allowed");
    const mixed = { ...keralaNeighbourhoodGroup, id: "x.neighbourhoodGroup", gender: ["female", "male"] };
    expect(codes([valid, mixed])).not.toContain("gender.not_allowed");
    const broken = hostile("ruleset-gender-substring.json") as RuleSet;
    const message = /^@kudumbashree\/domain: ruleSets\[1\] is not a valid rule set: gender: /;
    expect(() => validate(nhgDataset(), { asOf, ruleSets: [valid, broken] })).toThrow(message);
    expect(() => summarize(nhgDataset(), { asOf, level: "ward", ruleSets: [valid, broken] })).toThrow(message);
    expect(() => ageingOut(nhgDataset(), { asOf, withinMonths: 1, ruleSets: [valid, broken] })).toThrow(message);
  });

  it("refuse a ruleSets option that is not an array, with a TypeError", () => {
    expect(validateError("x")).toEqual([
      "TypeError",
      '@kudumbashree/domain: ruleSets must be an array of rule sets, got "x"',
    ]);
    expect(validateError(keralaAuxiliaryGroup)).toEqual([
      "TypeError",
      "@kudumbashree/domain: ruleSets must be an array of rule sets, got object",
    ]);
    expect(validateError([null])).toEqual([
      "TypeError",
      "@kudumbashree/domain: ruleSets[0] is not a valid rule set: The input: null is not an object.",
    ]);
    expect(validateError(undefined)).toEqual(["none", ""]);
    expect(validateError([])).toEqual(["none", ""]);
  });

  it("refuse two rule sets for one kind, with a RangeError naming both keys", () => {
    const valid = hostile("ruleset-valid.json") as RuleSet;
    const other = { ...valid, id: "assam.balasabha" };
    const message =
      "@kudumbashree/domain: two rule sets for balasabha: tripura.balasabha@1.0.0 and assam.balasabha@1.0.0; pass one";
    expect(validateError([valid, keralaNeighbourhoodGroup, other])).toEqual(["RangeError", message]);
    expect(() => summarize(nhgDataset(), { asOf, level: "ward", ruleSets: [valid, other] })).toThrow(message);
    expect(() => ageingOut(nhgDataset(), { asOf, withinMonths: 1, ruleSets: [valid, other] })).toThrow(message);
    // Two versions of one id are two rule sets too: pass the one to apply.
    expect(validateError([getRuleSet("kerala.balasabha@2.0.0"), keralaBalasabhaCurrent])).toEqual([
      "RangeError",
      "@kudumbashree/domain: two rule sets for balasabha: kerala.balasabha@2.0.0 and kerala.balasabha@3.0.0; pass one",
    ]);
    // The same rule set listed twice, or a JSON copy of it, is one rule set.
    expect(validateError([valid, JSON.parse(JSON.stringify(valid))])).toEqual(["none", ""]);
    expect(validateError([keralaBalasabhaCurrent, keralaBalasabhaCurrent])).toEqual(["none", ""]);
    // A rule set that is not valid is named first when it comes first.
    expect(validateError([null, valid, other])[0]).toBe("TypeError");
  });

  it("refuse two rule sets with one key and different rules", () => {
    const valid = hostile("ruleset-valid.json") as RuleSet;
    expect(validateError([valid, valid, { ...valid }])).toEqual(["none", ""]);
    expect(validateError([valid, { ...valid, groupSize: { min: 1, max: 30 } }])).toEqual([
      "TypeError",
      "@kudumbashree/domain: ruleSets[1] has the key tripura.balasabha@1.0.0 of ruleSets[0] but other rules",
    ]);
  });

  it("use the checked copy, so a rule set changed behind the check changes nothing", () => {
    let reads = 0;
    const shifty = {
      ...keralaNeighbourhoodGroup,
      id: "x.neighbourhoodGroup",
      get gender() {
        reads++;
        return reads === 1 ? ["female"] : "female,male";
      },
    };
    const report = validate(nhgDataset(), { asOf, ruleSets: [shifty as unknown as RuleSet] });
    expect(report.issues.map((found) => found.code)).toContain("gender.not_allowed");
    expect(report.ruleSets).toContain("x.neighbourhoodGroup@1.0.0");
  });

  it("a property that throws when read is the package's TypeError", () => {
    const throwing = {
      ...keralaNeighbourhoodGroup,
      get ageBand(): never {
        throw new Error("boom");
      },
    };
    expect(validateError([throwing])).toEqual([
      "TypeError",
      "@kudumbashree/domain: ruleSets[0] is not a valid rule set: could not be read: boom",
    ]);
  });
});

describe("deriveRuleSet checks what it is given and what it makes", () => {
  const sources = keralaBalasabhaCurrent.sources;

  it("refuses unknown changes, groupKind and derivedFrom, with a TypeError", () => {
    for (const key of ["groupKind", "derivedFrom", "groupSzie", "constructor"]) {
      const changes = { id: "t.balasabha", version: "1", sources, [key]: "x" } as never;
      expect(() => deriveRuleSet(keralaBalasabhaCurrent, changes), key).toThrow(TypeError);
    }
    const symbol = { id: "t.balasabha", version: "1", sources, [Symbol("x")]: 1 };
    expect(() => deriveRuleSet(keralaBalasabhaCurrent, symbol)).toThrow(TypeError);
    expect(() => deriveRuleSet(keralaBalasabhaCurrent, null as never)).toThrow(
      "@kudumbashree/domain: deriveRuleSet needs a changes object, got null",
    );
    expect(() => deriveRuleSet(keralaBalasabhaCurrent, { id: "t.balasabha", version: "1" } as never)).toThrow(
      "@kudumbashree/domain: deriveRuleSet needs changes.sources",
    );
  });

  it("refuses a base that is not a valid rule set, with a TypeError", () => {
    expect(() =>
      deriveRuleSet(hostile("ruleset-gender-substring.json") as RuleSet, { id: "t.n", version: "1", sources }),
    ).toThrow(/^@kudumbashree\/domain: the base of deriveRuleSet is not a valid rule set: gender: /);
    expect(() => deriveRuleSet(null as never, { id: "t.n", version: "1", sources })).toThrow(TypeError);
  });

  it("throws a TypeError for a change of the wrong type, a RangeError for one out of bounds", () => {
    const base = { id: "t.balasabha", version: "1", sources };
    const wrongType = [
      { gender: "female,male" },
      { ageBand: "abc" },
      { sources: [null] },
      { groupSize: { max: "30" } },
    ];
    for (const change of wrongType)
      expect(() => deriveRuleSet(keralaBalasabhaCurrent, { ...base, ...change } as never)).toThrow(TypeError);
    const outOfBounds = [{ groupSize: { max: 2 ** 31 } }, { ageBand: { max: 121 } }, { id: "" }, { version: "@" }];
    for (const change of outOfBounds)
      expect(() => deriveRuleSet(keralaBalasabhaCurrent, { ...base, ...change } as never)).toThrow(RangeError);
    expect(() => deriveRuleSet(keralaBalasabhaCurrent, { ...base, groupSize: { max: 2 ** 31 } })).toThrow(
      "@kudumbashree/domain: deriveRuleSet would make an invalid rule set: " +
        "groupSize.max: 2147483648 is too large; max must be at most 10,000.",
    );
  });

  it("records the built-in origin in derivedFrom, also for a variant of a variant", () => {
    const first = deriveRuleSet(keralaBalasabhaCurrent, { id: "tripura.balasabha", version: "1.0.0", sources });
    const second = deriveRuleSet(first, { id: "tripura.balasabha", version: "1.1.0", sources, title: undefined });
    expect([first.derivedFrom, second.derivedFrom]).toEqual(["kerala.balasabha@3.0.0", "kerala.balasabha@3.0.0"]);
    expect(second.title).toBe(
      "Kudumbashree Balasabha (Kerala, current: ages 5 to 18) (tripura.balasabha) (tripura.balasabha)",
    );
    const handWritten = parseRuleSet(hostile("ruleset-valid.json"));
    if (!handWritten.ok) throw new Error("valid fixture refused");
    const third = deriveRuleSet(handWritten.ruleSet, { id: "tripura.balasabha", version: "2.0.0", sources });
    expect(third.derivedFrom).toBeUndefined();
    expect(parseRuleSet(JSON.parse(JSON.stringify(second))).ok).toBe(true);
    for (const variant of [first, second, third])
      expect(validate(nhgDataset(), { asOf, ruleSets: [variant] }).ok).toBe(false);
  });

  it("derives a federation rule set: Assam's CLF taking VOs 3 months old", () => {
    const assamSource = { title: "CLF formation (hypothetical circular)", publisher: "ASRLM" };
    const assam = deriveRuleSet(nrlmClusterLevelFederation, {
      id: "assam.clusterLevelFederation",
      version: "1.0.0",
      sources: [assamSource],
      federation: { memberKind: "villageOrganisation", minMemberAgeMonths: 3, minMembers: 5 },
    });
    expect(assam).toMatchObject({
      groupKind: "clusterLevelFederation",
      derivedFrom: "nrlm.clusterLevelFederation@1.0.0",
      federation: { memberKind: "villageOrganisation", minMemberAgeMonths: 3, minMembers: 5 },
      sources: [assamSource],
    });
    expect(assam.unconfirmed).toBeUndefined();
    expect(isDeeplyFrozen(assam)).toBe(true);
    expect(parseRuleSet(JSON.parse(JSON.stringify(assam))).ok).toBe(true);
    expect(nrlmClusterLevelFederation.federation).toEqual({ memberKind: "villageOrganisation", minMemberAgeMonths: 6 });
    // A VO variant with a minimum, and a federation rule dropped altogether.
    const vo = deriveRuleSet(nrlmVillageOrganisation, {
      id: "x.villageOrganisation",
      version: "1",
      sources: [assamSource],
      federation: { memberKind: "selfHelpGroup", minMembers: 5 },
    });
    expect(vo.federation).toEqual({ memberKind: "selfHelpGroup", minMembers: 5 });
    const none = deriveRuleSet(nrlmVillageOrganisation, { id: "x.vo", version: "1", sources, federation: undefined });
    expect("federation" in none).toBe(false);
    // What a federation's rule set cannot be.
    const base = { id: "assam.clf", version: "1", sources };
    expect(() => deriveRuleSet(nrlmClusterLevelFederation, { ...base, villageCoverage: true })).toThrow(
      "@kudumbashree/domain: deriveRuleSet would make an invalid rule set: " +
        "villageCoverage: is a rule for groups, not for a clusterLevelFederation",
    );
    for (const federation of [
      { memberKind: "villageOrganisation", minMemberAgeMonths: -1 },
      { memberKind: "villageOrganisation", minMemberAgeMonths: 1.5 },
      { memberKind: "villageOrganisation", minMemberAgeMonths: 1201 },
      { memberKind: "village", minMemberAgeMonths: 3 },
    ])
      expect(() => deriveRuleSet(nrlmClusterLevelFederation, { ...base, federation } as never)).toThrow(RangeError);
    expect(() =>
      deriveRuleSet(nrlmClusterLevelFederation, {
        ...base,
        federation: { memberKind: "villageOrganisation", minMemberAgeMonths: "3" },
      } as never),
    ).toThrow(TypeError);
  });
});
