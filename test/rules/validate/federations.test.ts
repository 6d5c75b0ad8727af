// DAY-NRLM federations (issue 14): SHGs federate into Village Organisations (VO), VOs into
// Cluster Level Federations (CLF). A member counts when it is of the rule's kind and active on
// asOf; a member younger than the rule's minimum age is reported; villages without a group are
// reported where the kind's rule set asks for a group in every village.
import { describe, expect, it } from "vitest";
import {
  type Dataset,
  deriveRuleSet,
  getRuleSet,
  nrlmClusterLevelFederation,
  nrlmSelfHelpGroup,
  nrlmVillageOrganisation,
  type ValidateOptions,
  validate,
} from "../../../src/index.js";

const asOf = "2021-11-30";
const sources = [{ title: "A state's federation guideline (test)", publisher: "A State Rural Livelihoods Mission" }];

/**
 * A block with three villages and a ward. SHGs in village v1: s1 and s2 active, s3 closed on
 * 2021-06-01, s4 formed on 2021-09-30 (2 months before asOf), s5 formed after asOf; n1 an NHG.
 * VO vo1 lists them all (s1 twice). CLF clf1 lists vo1 (8 months old), vo2 (3 months), vo3 (no
 * formedOn), vo4 (formed after asOf) and an SHG.
 */
function federationsDataset(): Dataset {
  return {
    schemaVersion: 1,
    units: [
      { id: "b", kind: "block", name: "Block" },
      { id: "v1", kind: "village", name: "Village 1", parentId: "b" },
      { id: "v2", kind: "village", name: "Village 2", parentId: "b" },
      { id: "v3", kind: "village", name: "Village 3", parentId: "b" },
      { id: "w1", kind: "ward", name: "Ward 1", parentId: "b" },
    ],
    people: [],
    groups: [
      { id: "s1", kind: "selfHelpGroup", unitId: "v1", formedOn: "2020-01-01" },
      { id: "s2", kind: "selfHelpGroup", unitId: "v1", formedOn: "2021-01-01" },
      { id: "s3", kind: "selfHelpGroup", unitId: "v1", formedOn: "2020-01-01", closedOn: "2021-06-01" },
      { id: "s4", kind: "selfHelpGroup", unitId: "v1", formedOn: "2021-09-30" },
      { id: "s5", kind: "selfHelpGroup", unitId: "v1", formedOn: "2021-12-15" },
      { id: "n1", kind: "neighbourhoodGroup", unitId: "v1", formedOn: "2020-01-01" },
    ],
    memberships: [],
    federations: [
      {
        id: "vo1",
        kind: "villageOrganisation",
        unitId: "v1",
        formedOn: "2021-03-01",
        memberIds: ["s1", "s2", "s3", "s4", "s5", "n1", "s1"],
      },
      { id: "vo2", kind: "villageOrganisation", unitId: "v2", formedOn: "2021-08-15", memberIds: [] },
      { id: "vo3", kind: "villageOrganisation", unitId: "v3", memberIds: [] },
      { id: "vo4", kind: "villageOrganisation", unitId: "v3", formedOn: "2022-01-01", memberIds: [] },
      {
        id: "clf1",
        kind: "clusterLevelFederation",
        unitId: "b",
        formedOn: "2021-06-01",
        memberIds: ["vo1", "vo2", "vo3", "vo4", "s1"],
      },
    ],
  };
}

/** The federation and village issues of a report, as `[code, subject, params]`. */
function federationIssues(dataset: Dataset, options: Partial<ValidateOptions> = {}) {
  return validate(dataset, { asOf, ...options })
    .issues.filter((found) => /^(federation|village|ward)\./.test(found.code))
    .map((found): [string, string | undefined, unknown] => [found.code, found.subject?.id, found.params]);
}

describe("DAY-NRLM federations", () => {
  it("applies the built-in VO and CLF rule sets; the first CLF version asks for VOs 6 whole months old", () => {
    // In force: no minimum number or age of members for either (no national source gives one).
    const inForce = validate(federationsDataset(), { asOf });
    expect(inForce.ruleSets).toEqual(
      expect.arrayContaining(["nrlm.clusterLevelFederation@2.0.0", "nrlm.villageOrganisation@1.0.0"]),
    );
    expect(federationIssues(federationsDataset())).toEqual([]);
    // Pinned 1.0.0 (Assam's six months, read as national before the review) still answers as it did.
    const ruleSets = [getRuleSet("nrlm.clusterLevelFederation@1.0.0")];
    const report = validate(federationsDataset(), { asOf, ruleSets });
    expect(federationIssues(federationsDataset(), { ruleSets })).toEqual([
      [
        "federation.member_too_young",
        "clf1",
        { memberId: "vo2", formedOn: "2021-08-15", ageMonths: 3, minAgeMonths: 6 },
      ],
    ]);
    const young = report.issues.find((found) => found.code === "federation.member_too_young");
    expect(young).toMatchObject({
      severity: "error",
      ruleSet: "nrlm.clusterLevelFederation@1.0.0",
      path: ["federations", 4, "memberIds", 1],
      subject: { kind: "federation", id: "clf1" },
    });
    expect(young?.message).toContain('member "vo2", formed on 2021-08-15 (3 months old)');
  });

  it("counts active SHGs only (not closed, not yet formed, not of another kind, each once) in a VO", () => {
    const vo = deriveRuleSet(nrlmVillageOrganisation, {
      id: "test.villageOrganisation",
      version: "1.0.0",
      sources,
      federation: { memberKind: "selfHelpGroup", minMembers: 4, minMemberAgeMonths: 3 },
    });
    // Active: s1, s2 and s4 (3 of 4); s4, 2 months old, is too young; s3 (closed) and s5 are not judged.
    expect(federationIssues(federationsDataset(), { ruleSets: [vo] })).toEqual([
      ["federation.too_few_groups", "vo1", { memberGroups: 3, min: 4, memberKind: "selfHelpGroup" }],
      ["federation.member_too_young", "vo1", { memberId: "s4", formedOn: "2021-09-30", ageMonths: 2, minAgeMonths: 3 }],
      ["federation.too_few_groups", "vo2", { memberGroups: 0, min: 4, memberKind: "selfHelpGroup" }],
      ["federation.too_few_groups", "vo3", { memberGroups: 0, min: 4, memberKind: "selfHelpGroup" }],
      ["federation.too_few_groups", "vo4", { memberGroups: 0, min: 4, memberKind: "selfHelpGroup" }],
    ]);
    // Once s3 is open again and s4 has turned 3 months old, vo1 has 5 active SHGs: only s5, formed on
    // 2021-12-15, is too young.
    const dataset = federationsDataset();
    const s3 = dataset.groups[2];
    if (s3 === undefined) throw new Error("s3");
    delete s3.closedOn;
    const later = federationIssues(dataset, { asOf: "2021-12-31", ruleSets: [vo] });
    expect(later.filter(([, subject]) => subject === "vo1")).toEqual([
      ["federation.member_too_young", "vo1", { memberId: "s5", formedOn: "2021-12-15", ageMonths: 0, minAgeMonths: 3 }],
    ]);
  });

  it("counts VOs formed on or before asOf in a CLF, and reports too few only where the rule sets a minimum", () => {
    const assam = deriveRuleSet(nrlmClusterLevelFederation, {
      id: "assam.clusterLevelFederation",
      version: "1.0.0",
      sources,
      federation: { memberKind: "villageOrganisation", minMembers: 4, minMemberAgeMonths: 3 },
    });
    // vo1, vo2 (3 months: old enough here) and vo3 (no formedOn: counted, not judged); not vo4 nor s1.
    expect(federationIssues(federationsDataset(), { ruleSets: [assam] })).toEqual([
      ["federation.too_few_groups", "clf1", { memberGroups: 3, min: 4, memberKind: "villageOrganisation" }],
    ]);
    // A day before vo4 exists it is not counted; on the day it is formed it is, and is too young.
    const onTheDay = federationIssues(federationsDataset(), { asOf: "2022-01-01", ruleSets: [assam] });
    expect(onTheDay).toEqual([
      [
        "federation.member_too_young",
        "clf1",
        { memberId: "vo4", formedOn: "2022-01-01", ageMonths: 0, minAgeMonths: 3 },
      ],
    ]);
  });

  it("keeps the meaning of the ADS rule set: at least 2 NHGs, counted once each", () => {
    const dataset: Dataset = {
      schemaVersion: 1,
      units: [{ id: "w1", kind: "ward", name: "Ward 1" }],
      people: [],
      groups: [
        { id: "n1", kind: "neighbourhoodGroup", unitId: "w1" },
        { id: "n2", kind: "neighbourhoodGroup", unitId: "w1", closedOn: "2021-01-01" },
      ],
      memberships: [],
      federations: [{ id: "ads", kind: "areaDevelopmentSociety", unitId: "w1", memberIds: ["n1", "n1", "n2"] }],
    };
    expect(federationIssues(dataset)).toEqual([
      ["federation.too_few_groups", "ads", { memberGroups: 1, min: 2, memberKind: "neighbourhoodGroup" }],
    ]);
  });
});

describe("village coverage", () => {
  const everyVillage = deriveRuleSet(nrlmSelfHelpGroup, {
    id: "test.selfHelpGroup",
    version: "1.0.0",
    sources,
    villageCoverage: true,
  });

  it("reports each village without an active group of the kind, when the rule set asks for one", () => {
    const report = validate(federationsDataset(), { asOf, ruleSets: [everyVillage] });
    const found = report.issues.filter((issue) => issue.code === "village.no_group");
    // v1 has active SHGs; v2 and v3 have none; w1 is a ward, which village coverage does not judge.
    expect(found.map((issue) => [issue.subject, issue.path, issue.params, issue.ruleSet, issue.severity])).toEqual([
      [{ kind: "unit", id: "v2" }, ["units", 2], { kind: "selfHelpGroup", asOf }, "test.selfHelpGroup@1.0.0", "error"],
      [{ kind: "unit", id: "v3" }, ["units", 3], { kind: "selfHelpGroup", asOf }, "test.selfHelpGroup@1.0.0", "error"],
    ]);
    expect(found[0]?.message).toBe(
      `Village 2 (v2) has no active SHG on 2021-11-30; ${everyVillage.title} asks for one in every village.`,
    );
    expect(report.issues.some((issue) => issue.code === "ward.no_group")).toBe(false);
  });

  it("does not report villages otherwise", () => {
    expect(federationIssues(federationsDataset()).filter(([code]) => code === "village.no_group")).toEqual([]);
    const wardsOnly = deriveRuleSet(nrlmSelfHelpGroup, {
      id: "test.selfHelpGroup",
      version: "1.0.0",
      sources,
      wardCoverage: true,
    });
    expect(
      federationIssues(federationsDataset(), { ruleSets: [wardsOnly] }).filter(([code]) => /no_group/.test(code)),
    ).toEqual([["ward.no_group", "w1", { kind: "selfHelpGroup", asOf }]]);
  });

  it("a group that closed does not cover its village; a group formed later does not yet", () => {
    const dataset = federationsDataset();
    dataset.groups.push(
      { id: "s6", kind: "selfHelpGroup", unitId: "v2", formedOn: "2020-01-01", closedOn: "2021-11-30" },
      { id: "s7", kind: "selfHelpGroup", unitId: "v3", formedOn: "2021-11-30" },
    );
    const subjects = (day: string) =>
      federationIssues(dataset, { asOf: day, ruleSets: [everyVillage] })
        .filter(([code]) => code === "village.no_group")
        .map(([, subject]) => subject);
    expect(subjects("2021-11-29")).toEqual(["v3"]);
    expect(subjects("2021-11-30")).toEqual(["v2"]);
  });

  it("asks a dataset without groups of the kind only when the rule set is passed", () => {
    const dataset = federationsDataset();
    dataset.groups = [];
    dataset.federations = [];
    expect(federationIssues(dataset, { ruleSets: [everyVillage] }).map(([, subject]) => subject)).toEqual([
      "v1",
      "v2",
      "v3",
    ]);
    const withNhgs: Dataset = { ...dataset, groups: [{ id: "n1", kind: "neighbourhoodGroup", unitId: "v1" }] };
    expect(federationIssues(withNhgs)).toEqual([]);
  });
});
