import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import {
  deriveRuleSet,
  getRuleSet,
  keralaBalasabhaCurrent,
  type RuleSet,
  ruleSetInForce,
  ruleSetKey,
  ruleSets,
} from "../../../src/index.js";

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (typeof value === "object" && value !== null) {
    return `{${Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonical((value as Record<string, unknown>)[key])}`)
      .join(",")}}`;
  }
  return JSON.stringify(value);
}
const hash = (ruleSet: RuleSet) => createHash("sha256").update(canonical(ruleSet)).digest("hex").slice(0, 16);

// Released rule sets never change. When this test fails, you changed a released rule set:
// undo the change and release the new rules as a new version (see docs/rules.md). Add a line
// here only for a new version.
const released: Record<string, string> = {
  "kerala.areaDevelopmentSociety@1.0.0": "c637336e27374b36",
  "kerala.auxiliaryGroup@1.0.0": "1288d70eb741c88f",
  "kerala.auxiliaryGroup@2.0.0": "d22bc895bbe3085d",
  "kerala.balasabha@1.0.0": "a0719000ad2124cc",
  "kerala.balasabha@2.0.0": "5496db7b3e77d1ac",
  "kerala.balasabha@3.0.0": "b1351dd0161d38a2",
  "kerala.neighbourhoodGroup@1.0.0": "33799f6ecfd85710",
  "kerala.neighbourhoodGroup@2.0.0": "63bd6bee111e32d6",
  "nrlm.clusterLevelFederation@1.0.0": "9384b0e077cb53fb",
  "nrlm.clusterLevelFederation@2.0.0": "1323ac42a22907c4",
  "nrlm.selfHelpGroup@1.0.0": "15da8c679482b857",
  "nrlm.selfHelpGroup@2.0.0": "52dbe8be60fc0fd0",
  "nrlm.villageOrganisation@1.0.0": "2777a2fa273a5298",
};

/** Pages found only at an http address, cited as found. */
const HTTP_ONLY = ["http://www.ikp.serp.ap.gov.in/IHCBAP/SHG.aspx"];

describe("built-in rule sets", () => {
  it("match the content hash they were released with", () => {
    expect(Object.fromEntries(ruleSets.map((ruleSet) => [ruleSetKey(ruleSet), hash(ruleSet)]))).toEqual(released);
  });

  it("are deeply frozen, with unique keys, each citing a source", () => {
    expect(Object.isFrozen(ruleSets)).toBe(true);
    expect(new Set(ruleSets.map(ruleSetKey)).size).toBe(ruleSets.length);
    for (const ruleSet of ruleSets) {
      expect(Object.isFrozen(ruleSet)).toBe(true);
      expect(Object.isFrozen(ruleSet.sources)).toBe(true);
      if (ruleSet.ageBand !== undefined) expect(Object.isFrozen(ruleSet.ageBand)).toBe(true);
      expect(ruleSet.sources.length).toBeGreaterThan(0);
      // Every built-in source found on the web is cited with its address: https, but for the pages
      // found only at an http address. A source known only as quoted elsewhere has none, and says so.
      for (const source of ruleSet.sources) {
        if (source.url === undefined) expect(source.title, source.title).toMatch(/as quoted/);
        else expect(source.url.startsWith("https://") || HTTP_ONLY.includes(source.url), source.url).toBe(true);
      }
    }
    expect(() => {
      (getRuleSet("kerala.auxiliaryGroup@1.0.0").ageBand as { max: number }).max = 45;
    }).toThrow(TypeError);
  });

  it("encode the published numbers", () => {
    const nhg = getRuleSet("kerala.neighbourhoodGroup@1.0.0");
    expect([nhg.groupSize, nhg.specialGroupSize, nhg.gender, nhg.oneMemberPerHousehold, nhg.meetings]).toEqual([
      { min: 10, max: 20 },
      { max: 20 },
      ["female"],
      true,
      { count: 1, per: "week" },
    ]);
    expect(nhg.leadership?.roles.reduce((sum, role) => sum + role.count, 0)).toBe(5);
    const aux = getRuleSet("kerala.auxiliaryGroup@1.0.0");
    expect([
      aux.ageBand,
      aux.groupSize,
      aux.meetings,
      aux.wardCoverage,
      aux.extraGroupOnlyWhenFull,
      aux.oneMemberPerHousehold,
    ]).toEqual([{ min: 18, max: 40 }, { max: 50 }, { count: 2, per: "month" }, true, true, false]);
    expect(["1.0.0", "2.0.0", "3.0.0"].map((version) => getRuleSet(`kerala.balasabha@${version}`).ageBand)).toEqual([
      { min: 5, max: 15 },
      { min: 6, max: 18 },
      { min: 5, max: 18 },
    ]);
    expect(getRuleSet("kerala.balasabha@3.0.0").groupSize).toEqual({ min: 15, max: 30 });
    expect(getRuleSet("nrlm.selfHelpGroup@1.0.0").specialGroupSize).toEqual({ min: 5, max: 20 });
    // The versions of the review (issue 15): the same numbers, without what no source confirms.
    const aux2 = getRuleSet("kerala.auxiliaryGroup@2.0.0");
    expect([aux2.ageBand, aux2.groupSize, aux2.meetings, aux2.wardCoverage, aux2.wardCoverageTarget]).toEqual([
      { min: 18, max: 40 },
      { max: 50 },
      { count: 2, per: "month" },
      undefined,
      true,
    ]);
    expect([aux2.extraGroupOnlyWhenFull, aux2.oneMemberPerHousehold, aux2.effectiveFrom]).toEqual([
      true,
      false,
      "2021-10-02",
    ]);
    const shg2 = getRuleSet("nrlm.selfHelpGroup@2.0.0");
    expect([shg2.gender, shg2.groupSize, shg2.specialGroupSize, shg2.meetings, shg2.effectiveFrom]).toEqual([
      ["female"],
      { min: 10, max: 20 },
      { min: 5, max: 20 },
      undefined,
      "2021-04-01",
    ]);
    expect(getRuleSet("nrlm.clusterLevelFederation@2.0.0").federation).toEqual({ memberKind: "villageOrganisation" });
    expect(getRuleSet("kerala.areaDevelopmentSociety@1.0.0").federation?.minMembers).toBe(2);
    expect(getRuleSet("nrlm.villageOrganisation@1.0.0").federation).toEqual({ memberKind: "selfHelpGroup" });
    expect(getRuleSet("nrlm.clusterLevelFederation@1.0.0").federation).toEqual({
      memberKind: "villageOrganisation",
      minMemberAgeMonths: 6,
    });
  });

  it("say in their unconfirmed notes what no source gives for the DAY-NRLM federations", () => {
    for (const key of [
      "nrlm.villageOrganisation@1.0.0",
      "nrlm.clusterLevelFederation@1.0.0",
      "nrlm.clusterLevelFederation@2.0.0",
    ]) {
      const ruleSet = getRuleSet(key);
      expect(ruleSet.federation?.minMembers, key).toBeUndefined();
      expect(
        ruleSet.unconfirmed?.some((note) => /minimum number of (SHGs|VOs)/.test(note)),
        key,
      ).toBe(true);
    }
    for (const version of ["1.0.0", "2.0.0"]) {
      const clf = getRuleSet(`nrlm.clusterLevelFederation@${version}`);
      expect(clf.unconfirmed?.some((note) => note.includes("Assam"))).toBe(true);
      expect(clf.sources.map((source) => source.publisher)).toContain(
        "Assam State Rural Livelihood Mission (ASRLM), Government of Assam",
      );
    }
  });

  it("keep every superseded version resolvable by its key, unchanged, for apps that pinned it", () => {
    expect(getRuleSet("kerala.auxiliaryGroup@1.0.0").wardCoverage).toBe(true);
    expect(getRuleSet("nrlm.selfHelpGroup@1.0.0").meetings).toEqual({ count: 1, per: "week" });
    expect(getRuleSet("nrlm.clusterLevelFederation@1.0.0").federation?.minMemberAgeMonths).toBe(6);
  });

  it("getRuleSet throws a RangeError naming the keys that exist", () => {
    expect(() => getRuleSet("kerala.balasabha@4.0.0")).toThrow(RangeError);
    expect(() => getRuleSet("kerala.balasabha@4.0.0")).toThrow(/kerala\.balasabha@3\.0\.0/);
  });
});

describe("ruleSetInForce", () => {
  it("picks the version in force on the day", () => {
    expect(ruleSetKey(ruleSetInForce("balasabha", "2016-12-31") as RuleSet)).toBe("kerala.balasabha@1.0.0");
    expect(ruleSetKey(ruleSetInForce("balasabha", "2017-01-01") as RuleSet)).toBe("kerala.balasabha@3.0.0");
    // A correction starts when the version it corrects does: the later version wins the tie.
    expect(ruleSetKey(ruleSetInForce("auxiliaryGroup", "2021-10-02") as RuleSet)).toBe("kerala.auxiliaryGroup@2.0.0");
    expect(ruleSetKey(ruleSetInForce("selfHelpGroup", "2021-04-01") as RuleSet)).toBe("nrlm.selfHelpGroup@2.0.0");
  });
  it("falls back to the nearest rule set when none is in force, ties going to the later version", () => {
    expect(ruleSetKey(ruleSetInForce("auxiliaryGroup", "2021-10-01") as RuleSet)).toBe("kerala.auxiliaryGroup@2.0.0");
    expect(ruleSetKey(ruleSetInForce("selfHelpGroup", "2019-06-01") as RuleSet)).toBe("nrlm.selfHelpGroup@2.0.0");
    const old = deriveRuleSet(keralaBalasabhaCurrent, {
      id: "x.balasabha",
      version: "1",
      sources: keralaBalasabhaCurrent.sources,
      effectiveFrom: "2010-01-01",
      effectiveTo: "2012-12-31",
    });
    const later = deriveRuleSet(keralaBalasabhaCurrent, {
      id: "x.balasabha",
      version: "2",
      sources: keralaBalasabhaCurrent.sources,
      effectiveFrom: "2030-01-01",
    });
    expect(ruleSetInForce("balasabha", "2020-01-01", [old, later])?.version).toBe("1");
    expect(ruleSetInForce("balasabha", "2000-01-01", [later, old])?.version).toBe("1");
    expect(ruleSetInForce("selfHelpGroup", "2020-01-01", [old])).toBeUndefined();
    const laterToo = deriveRuleSet(later, { id: "x.balasabha", version: "3", sources: later.sources });
    expect(ruleSetInForce("balasabha", "2025-01-01", [later, laterToo])?.version).toBe("3");
    expect(ruleSetInForce("balasabha", "2025-01-01", [laterToo, later])?.version).toBe("2");
  });
  it("gives the DAY-NRLM federation rule sets, which have no dates, on any day", () => {
    for (const asOf of ["2000-01-01", "2021-11-30"]) {
      expect(ruleSetKey(ruleSetInForce("villageOrganisation", asOf) as RuleSet)).toBe("nrlm.villageOrganisation@1.0.0");
      expect(ruleSetKey(ruleSetInForce("clusterLevelFederation", asOf) as RuleSet)).toBe(
        "nrlm.clusterLevelFederation@2.0.0",
      );
    }
    expect(ruleSetInForce("balaPanchayat", "2021-11-30")).toBeUndefined();
  });
});

describe("deriveRuleSet", () => {
  const tripuraSource = {
    title: "Balasabha in NRO partner states",
    publisher: "Kudumbashree NRO",
    date: "2020-08-14",
    url: "https://www.kudumbashree.org/",
  };

  it("makes a frozen variant without touching the base", () => {
    const before = hash(keralaBalasabhaCurrent);
    const tripura = deriveRuleSet(keralaBalasabhaCurrent, {
      id: "tripura.balasabha",
      version: "1.0.0",
      sources: [tripuraSource],
      groupSize: { min: 10, max: 30 },
      leadership: undefined,
    });
    expect(tripura).toMatchObject({
      id: "tripura.balasabha",
      version: "1.0.0",
      groupKind: "balasabha",
      groupSize: { min: 10, max: 30 },
      ageBand: { min: 5, max: 18 },
      derivedFrom: "kerala.balasabha@3.0.0",
    });
    expect(tripura.leadership).toBeUndefined();
    expect("leadership" in tripura).toBe(false);
    expect(tripura.unconfirmed).toBeUndefined();
    expect(tripura.sources).toEqual([tripuraSource]);
    expect(Object.isFrozen(tripura.groupSize)).toBe(true);
    expect(hash(keralaBalasabhaCurrent)).toBe(before);
  });

  it("refuses inconsistent variants with a RangeError", () => {
    const base = { id: "t.b", version: "1", sources: [tripuraSource] };
    expect(() => deriveRuleSet(keralaBalasabhaCurrent, { ...base, groupSize: { min: 31, max: 30 } })).toThrow(
      /min 31 above max 30/,
    );
    expect(() => deriveRuleSet(keralaBalasabhaCurrent, { ...base, ageBand: { min: -1 } })).toThrow(RangeError);
    expect(() => deriveRuleSet(keralaBalasabhaCurrent, { ...base, meetings: { count: 0.5, per: "month" } })).toThrow(
      RangeError,
    );
    expect(() => deriveRuleSet(keralaBalasabhaCurrent, { ...base, effectiveFrom: "2021-02-29" })).toThrow(RangeError);
    expect(() => deriveRuleSet(keralaBalasabhaCurrent, { ...base, id: "" })).toThrow(RangeError);
    expect(() => deriveRuleSet(keralaBalasabhaCurrent, { ...base, sources: [] })).toThrow(RangeError);
    expect(() =>
      deriveRuleSet(keralaBalasabhaCurrent, { id: "kerala.balasabha", version: "3.0.0", sources: [tripuraSource] }),
    ).toThrow(/its own id or version/);
  });
});
