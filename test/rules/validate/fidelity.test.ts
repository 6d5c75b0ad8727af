// Rules that say what the sources say (issue 15, points 1, 5 and 7): one test per finding of the
// review of the rule sets against their sources (../shared/domain.md, last section), each one
// failing on the rule sets as they were released before it.
import { describe, expect, it } from "vitest";
import {
  type Dataset,
  deriveRuleSet,
  getRuleSet,
  keralaAuxiliaryGroupV2,
  nrlmClusterLevelFederationV2,
  nrlmSelfHelpGroupV2,
  summarize,
  validate,
} from "../../../src/index.js";

const asOf = "2021-11-30";

/** A state mission's circular for the variants below (a test source, issued on paper). */
const stateCircular = [{ title: "SHG norms circular (test)", publisher: "A State Rural Livelihoods Mission" }];

/** `count` women born in 1990 with ids `${prefix}1`, ... and a membership of `groupId` each from `from`. */
function members(prefix: string, groupId: string, count: number, from: string) {
  const ids = Array.from({ length: count }, (_, i) => `${prefix}${i + 1}`);
  return {
    people: ids.map((id) => ({ id, name: id, gender: "female" as const, dateOfBirth: "1990-01-01" })),
    memberships: ids.map((personId) => ({ groupId, personId, role: "member" as const, from })),
  };
}

/** The dates `day` of each month from June to November 2021. */
function monthly(groupId: string, days: readonly string[]) {
  return ["06", "07", "08", "09", "10", "11"].flatMap((month) =>
    days.map((day) => ({ id: `${groupId}-2021-${month}-${day}`, groupId, date: `2021-${month}-${day}` })),
  );
}

/** One SHG of 12 women in a village, formed on 1 June 2021, meeting on the given days of each month. */
function shgDataset(days: readonly string[]): Dataset {
  const { people, memberships } = members("p", "shg1", 12, "2021-06-01");
  return {
    schemaVersion: 1,
    units: [
      { id: "b", kind: "block", name: "Block" },
      { id: "v1", kind: "village", name: "Village 1", parentId: "b" },
    ],
    people,
    groups: [{ id: "shg1", kind: "selfHelpGroup", unitId: "v1", formedOn: "2021-06-01" }],
    memberships,
    meetings: monthly("shg1", days),
  };
}

const codes = (dataset: Dataset, ruleSets?: Parameters<typeof validate>[1]["ruleSets"]) =>
  validate(dataset, { asOf, ruleSets }).issues.map((found) => `${found.severity} ${found.code} ${found.ruleSet}`);

describe("point 1: a built-in rule set does not enforce what its notes call unconfirmed", () => {
  it("an SHG that meets monthly, not weekly, gets no error under the national rule set in force", () => {
    const report = validate(shgDataset(["10"]), { asOf });
    expect(report.ruleSets).toEqual(["nrlm.selfHelpGroup@2.0.0"]);
    expect(report.issues).toEqual([]);
    expect(report.ok).toBe(true);
    // From the new version's effectiveFrom on, and before it (no version starts earlier).
    expect(ruleSetKeyOn("2021-04-01")).toBe("nrlm.selfHelpGroup@2.0.0");
    expect(ruleSetKeyOn("2020-12-31")).toBe("nrlm.selfHelpGroup@2.0.0");
  });

  it("the same SHG misses its weeks under a state's derived weekly rule, and under the pinned 1.0.0", () => {
    const weekly = deriveRuleSet(nrlmSelfHelpGroupV2, {
      id: "example.selfHelpGroup",
      version: "1.0.0",
      sources: stateCircular,
      meetings: { count: 1, per: "week" },
    });
    expect(weekly.derivedFrom).toBe("nrlm.selfHelpGroup@2.0.0");
    expect(codes(shgDataset(["10"]), [weekly])).toEqual(["error meeting.cadence_missed example.selfHelpGroup@1.0.0"]);
    // An app that pinned the released version keeps its answers.
    expect(codes(shgDataset(["10"]), [getRuleSet("nrlm.selfHelpGroup@1.0.0")])).toEqual([
      "error meeting.cadence_missed nrlm.selfHelpGroup@1.0.0",
    ]);
  });

  it("a fortnightly state rule is written as 2 meetings a month", () => {
    const fortnightly = deriveRuleSet(nrlmSelfHelpGroupV2, {
      id: "example.selfHelpGroup",
      version: "1.0.0",
      sources: stateCircular,
      meetings: { count: 2, per: "month" },
    });
    expect(fortnightly.meetings).toEqual({ count: 2, per: "month" });
    // The national rule set's unconfirmed fields are about its sources, not the state's.
    expect(fortnightly.unconfirmedFields).toBeUndefined();
    expect(codes(shgDataset(["10"]), [fortnightly])).toEqual([
      "error meeting.cadence_missed example.selfHelpGroup@1.0.0",
    ]);
    expect(codes(shgDataset(["05", "19"]), [fortnightly])).toEqual([]);
  });

  /** A block CLF whose member VO was formed 2 months before asOf. */
  function clfDataset(): Dataset {
    return {
      schemaVersion: 1,
      units: [
        { id: "b", kind: "block", name: "Block" },
        { id: "v1", kind: "village", name: "Village 1", parentId: "b" },
      ],
      people: [],
      groups: [],
      memberships: [],
      federations: [
        { id: "vo1", kind: "villageOrganisation", unitId: "v1", formedOn: "2021-09-30", memberIds: [] },
        { id: "clf1", kind: "clusterLevelFederation", unitId: "b", formedOn: "2021-10-15", memberIds: ["vo1"] },
      ],
    };
  }

  it("a CLF may take a VO of 2 months under the national rule set; Assam derives its 6 months", () => {
    const report = validate(clfDataset(), { asOf });
    expect(report.ruleSets).toContain("nrlm.clusterLevelFederation@2.0.0");
    expect(report.issues).toEqual([]);
    const assam = deriveRuleSet(nrlmClusterLevelFederationV2, {
      id: "assam.clusterLevelFederation",
      version: "1.0.0",
      sources: nrlmClusterLevelFederationV2.sources.filter((source) => source.publisher.includes("Assam")),
      federation: { memberKind: "villageOrganisation", minMemberAgeMonths: 6 },
    });
    expect(assam.sources.map((source) => source.url)).toEqual([
      "https://asrlms.assam.gov.in/how-to/become-a-part-of-clf",
    ]);
    expect(codes(clfDataset(), [assam])).toEqual([
      "error federation.member_too_young assam.clusterLevelFederation@1.0.0",
    ]);
    expect(codes(clfDataset(), [getRuleSet("nrlm.clusterLevelFederation@1.0.0")])).toEqual([
      "error federation.member_too_young nrlm.clusterLevelFederation@1.0.0",
    ]);
  });
});

function ruleSetKeyOn(day: string): string {
  const [key] = validate(shgDataset(["10"]), { asOf: day }).ruleSets;
  return key ?? "none";
}

/**
 * A local body with three wards: w1 has one auxiliary group of 12 women meeting twice a month, w2
 * none, w3 two groups of 10 (one would hold them all).
 */
function auxiliaryDataset(): Dataset {
  const groups = ["a1", "a3", "a4"];
  const made = groups.map((id, i) => members(`${id}-p`, id, i === 0 ? 12 : 10, "2021-10-02"));
  return {
    schemaVersion: 1,
    units: [
      { id: "lb", kind: "localBody", name: "Grama panchayat", localBodyType: "gramaPanchayat" },
      { id: "w1", kind: "ward", name: "Ward 1", parentId: "lb" },
      { id: "w2", kind: "ward", name: "Ward 2", parentId: "lb" },
      { id: "w3", kind: "ward", name: "Ward 3", parentId: "lb" },
    ],
    people: made.flatMap((made) => made.people),
    groups: [
      { id: "a1", kind: "auxiliaryGroup", unitId: "w1", formedOn: "2021-10-02" },
      { id: "a3", kind: "auxiliaryGroup", unitId: "w3", formedOn: "2021-10-02" },
      { id: "a4", kind: "auxiliaryGroup", unitId: "w3", formedOn: "2021-10-02" },
    ],
    memberships: made.flatMap((made) => made.memberships),
    meetings: groups.flatMap((id) => monthly(id, ["05", "19"])),
  };
}

describe("point 5: a target is reported as a gap, not as an error", () => {
  it("a ward without an auxiliary group is the warning ward.coverage_gap; the dataset stays ok", () => {
    const report = validate(auxiliaryDataset(), { asOf });
    expect(report.ruleSets).toEqual(["kerala.auxiliaryGroup@2.0.0"]);
    expect(report.ok).toBe(true);
    const gap = report.issues.filter((found) => found.code === "ward.coverage_gap");
    expect(gap).toHaveLength(1);
    expect(gap[0]).toMatchObject({
      severity: "warning",
      ruleSet: "kerala.auxiliaryGroup@2.0.0",
      subject: { kind: "unit", id: "w2" },
      path: ["units", 2],
      params: { kind: "auxiliaryGroup", asOf },
    });
    expect(report.issues.some((found) => found.code === "ward.no_group")).toBe(false);
    // The coverage figure says the same: two of the three wards have a group.
    const summary = summarize(auxiliaryDataset(), { level: "localBody", groupKind: "auxiliaryGroup", asOf });
    expect(summary.total.coverage).toBeCloseTo(2 / 3);
  });

  it("an app that pinned kerala.auxiliaryGroup@1.0.0 still gets the error ward.no_group", () => {
    const report = validate(auxiliaryDataset(), { asOf, ruleSets: [getRuleSet("kerala.auxiliaryGroup@1.0.0")] });
    expect(report.ok).toBe(false);
    expect(report.issues.filter((found) => found.code.startsWith("ward.")).map((found) => found.code)).toEqual([
      "ward.no_group",
      "ward.extra_group_not_needed",
    ]);
  });

  it("a state that requires a group in every ward derives it: wardCoverage is still a requirement", () => {
    const required = deriveRuleSet(keralaAuxiliaryGroupV2, {
      id: "example.auxiliaryGroup",
      version: "1.0.0",
      sources: stateCircular,
      wardCoverage: true,
    });
    const wardCodes = validate(auxiliaryDataset(), { asOf, ruleSets: [required] })
      .issues.filter((found) => found.code.startsWith("ward."))
      .map((found) => `${found.severity} ${found.code}`);
    // Required and aimed at: the error alone.
    expect(wardCodes).toEqual(["error ward.no_group", "warning ward.extra_group_not_needed"]);
  });

  it("a second group a ward's members do not need is a warning, citing both readings of the circular", () => {
    const report = validate(auxiliaryDataset(), { asOf });
    const extra = report.issues.filter((found) => found.code === "ward.extra_group_not_needed");
    expect(extra.map((found) => [found.severity, found.subject?.id])).toEqual([["warning", "w3"]]);
    const urls = keralaAuxiliaryGroupV2.sources.map((source) => source.url);
    expect(urls).toContain(
      "https://lsgkerala.gov.in/en/kudumbashree/news/kudumbashree-auxiliary-group-formation-progressingen",
    );
    expect(urls).toContain(
      "https://indiansapidnews.com/india/kudumbashree-auxiliary-groups-established-in-all-wards-of-kozhikode-corpn/",
    );
    expect(keralaAuxiliaryGroupV2.unconfirmed?.some((note) => /any number of\s+auxiliary groups/.test(note))).toBe(
      true,
    );
  });
});
