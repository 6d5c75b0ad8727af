import { describe, expect, it } from "vitest";
import {
  checkAgeBand,
  checkFederationMemberAge,
  checkFederationSize,
  checkGender,
  checkGroupSize,
  checkHouseholds,
  checkLeadership,
  checkMeetingCadence,
  deriveRuleSet,
  gendersFor,
  getRuleSet,
  keralaAreaDevelopmentSociety,
  keralaAuxiliaryGroup,
  keralaBalasabhaCurrent,
  keralaNeighbourhoodGroup,
  nrlmClusterLevelFederation,
  nrlmSelfHelpGroup,
  nrlmVillageOrganisation,
  sizeLimitsFor,
} from "../../../src/index.js";
import { checkFederationMembership } from "../../../src/rules/checks/checkFederationMembership.js";
import { checkHouseholdAcrossGroups } from "../../../src/rules/checks/checkHouseholds.js";
import { checkVillageCoverage } from "../../../src/rules/checks/checkVillageCoverage.js";
import { checkWardCoverage } from "../../../src/rules/checks/checkWardCoverage.js";

const codes = (issues: readonly { code: string }[]) => issues.map((issue) => issue.code);

describe("checkAgeBand (auxiliary groups: 18 to 40 on 2021-11-30)", () => {
  const asOf = "2021-11-30";
  it.each([
    ["2003-11-30", []], // exactly 18
    ["2003-12-01", ["age.below_band"]], // 18 tomorrow
    ["1980-12-01", []], // 40 years and 364 days
    ["1980-11-30", ["age.above_band"]], // the 41st birthday
    [undefined, ["age.unknown"]],
  ])("born %s", (dateOfBirth, expected) => {
    expect(codes(checkAgeBand(dateOfBirth, keralaAuxiliaryGroup, asOf))).toEqual(expected);
  });
  it("carries the age, the band, the rule set and the subject", () => {
    const [issue] = checkAgeBand("2003-12-01", keralaAuxiliaryGroup, asOf, {
      subject: { kind: "person", id: "p1" },
      path: ["people", 0],
      label: "Divya (p1)",
    });
    expect(issue).toEqual({
      code: "age.below_band",
      severity: "error",
      message:
        "Divya (p1), born 2003-12-01, is 17 on 2021-11-30, younger than the 18 to 40 years " +
        "Kudumbashree auxiliary group for young women (Kerala, 2021) admits.",
      path: ["people", 0],
      subject: { kind: "person", id: "p1" },
      ruleSet: "kerala.auxiliaryGroup@1.0.0",
      ruleSetTitle: "Kudumbashree auxiliary group for young women (Kerala, 2021)",
      label: "Divya (p1)",
      params: { age: 17, min: 18, max: 40, dateOfBirth: "2003-12-01", asOf },
    });
    expect(checkAgeBand(undefined, keralaAuxiliaryGroup, asOf)[0]?.severity).toBe("warning");
  });
  it("uses each Balasabha version's band", () => {
    const born = "2003-06-01"; // 18 on 2021-11-30
    expect(codes(checkAgeBand(born, getRuleSet("kerala.balasabha@1.0.0"), "2021-11-30"))).toEqual(["age.above_band"]);
    expect(codes(checkAgeBand(born, getRuleSet("kerala.balasabha@2.0.0"), "2021-11-30"))).toEqual([]);
    expect(codes(checkAgeBand("2016-06-01", getRuleSet("kerala.balasabha@2.0.0"), "2021-11-30"))).toEqual([
      "age.below_band",
    ]);
    expect(codes(checkAgeBand("2016-06-01", getRuleSet("kerala.balasabha@3.0.0"), "2021-11-30"))).toEqual([]);
  });
  it("has nothing to say without a band, and throws on a bad asOf", () => {
    expect(checkAgeBand(undefined, nrlmSelfHelpGroup, "2021-11-30")).toEqual([]);
    expect(() => checkAgeBand("2000-01-01", keralaAuxiliaryGroup, "2021-11-31")).toThrow(RangeError);
  });
});

describe("checkGroupSize", () => {
  it.each([
    [keralaAuxiliaryGroup, 50, false, []],
    [keralaAuxiliaryGroup, 51, false, ["group.above_max_size"]],
    [keralaAuxiliaryGroup, 0, false, []],
    [keralaNeighbourhoodGroup, 10, false, []],
    [keralaNeighbourhoodGroup, 9, false, ["group.below_min_size"]],
    [keralaNeighbourhoodGroup, 21, false, ["group.above_max_size"]],
    [keralaNeighbourhoodGroup, 3, true, []],
    [keralaNeighbourhoodGroup, 21, true, ["group.above_max_size"]],
    [nrlmSelfHelpGroup, 5, true, []],
    [nrlmSelfHelpGroup, 4, true, ["group.below_min_size"]],
    [nrlmSelfHelpGroup, 5, false, ["group.below_min_size"]],
    [keralaBalasabhaCurrent, 15, false, []],
    [keralaBalasabhaCurrent, 14, false, ["group.below_min_size"]],
    [keralaBalasabhaCurrent, 31, false, ["group.above_max_size"]],
  ] as const)("%#: %s with %i members (special %s)", (ruleSet, size, special, expected) => {
    expect(codes(checkGroupSize(size, ruleSet, { special }))).toEqual(expected);
  });
});

describe("checkGender, checkHouseholds, checkLeadership, checkFederationSize", () => {
  it("admits only the genders of the rule set", () => {
    expect(codes(checkGender("transgender", keralaAuxiliaryGroup))).toEqual(["gender.not_allowed"]);
    expect(codes(checkGender("male", keralaBalasabhaCurrent))).toEqual([]);
  });
  it("allows one member per household only where the rule says so", () => {
    const members = [
      { id: "a", householdId: "h1" },
      { id: "b", householdId: "h1" },
      { id: "c", householdId: "h1" },
      { id: "d" },
      { id: "e" },
    ];
    expect(checkHouseholds(members, keralaNeighbourhoodGroup).map((issue) => issue.params)).toEqual([
      { householdId: "h1", personIds: ["a", "b", "c"] },
    ]);
    expect(checkHouseholds(members, keralaAuxiliaryGroup)).toEqual([]);
  });
  it("asks an NHG for a president, a secretary and three volunteers", () => {
    const full = [
      { role: "president" },
      { role: "secretary" },
      { role: "volunteer" },
      { role: "volunteer" },
      { role: "volunteer" },
    ] as const;
    expect(checkLeadership(full, keralaNeighbourhoodGroup)).toEqual([]);
    expect(checkLeadership(full.slice(0, 4), keralaNeighbourhoodGroup).map((issue) => issue.params)).toEqual([
      { role: "volunteer", required: 3, found: 2 },
    ]);
    expect(codes(checkLeadership([], keralaNeighbourhoodGroup))).toEqual([
      "leadership.missing",
      "leadership.missing",
      "leadership.missing",
    ]);
  });
  it("asks a Balasabha for a leader and a deputy, one of them a girl", () => {
    expect(
      checkLeadership(
        [
          { role: "leader", gender: "male" },
          { role: "deputyLeader", gender: "female" },
        ],
        keralaBalasabhaCurrent,
      ),
    ).toEqual([]);
    expect(
      codes(
        checkLeadership(
          [
            { role: "leader", gender: "male" },
            { role: "deputyLeader", gender: "transgender" },
          ],
          keralaBalasabhaCurrent,
        ),
      ),
    ).toEqual(["leadership.girl_required"]);
    expect(checkLeadership([], keralaAuxiliaryGroup)).toEqual([]);
  });
  it("forms an ADS only with at least 2 NHGs", () => {
    expect(codes(checkFederationSize(1, keralaAreaDevelopmentSociety))).toEqual(["federation.too_few_groups"]);
    expect(checkFederationSize(2, keralaAreaDevelopmentSociety)).toEqual([]);
  });
  it("asks no minimum number of members of a VO or a CLF", () => {
    expect(checkFederationSize(0, nrlmVillageOrganisation)).toEqual([]);
    expect(checkFederationSize(0, nrlmClusterLevelFederation)).toEqual([]);
    expect(checkFederationSize(0, nrlmSelfHelpGroup)).toEqual([]);
  });
});

describe("checkFederationMemberAge (a CLF takes VOs 6 whole months old)", () => {
  const age = (formedOn: string | undefined, asOf: string) =>
    checkFederationMemberAge({ id: "vo1", formedOn }, nrlmClusterLevelFederation, asOf).map(
      (issue) => issue.params?.["ageMonths"],
    );

  it("counts whole calendar months, the month end clamped", () => {
    expect(age("2021-05-30", "2021-11-30")).toEqual([]);
    expect(age("2021-05-30", "2021-11-29")).toEqual([5]);
    // 31 May plus 6 months is 30 November: 6 months old on the last day of November.
    expect(age("2021-05-31", "2021-11-30")).toEqual([]);
    expect(age("2021-05-31", "2021-11-29")).toEqual([5]);
    // 31 August plus 6 months is 28 February (29 in a leap year).
    expect(age("2021-08-31", "2022-02-28")).toEqual([]);
    expect(age("2023-08-31", "2024-02-28")).toEqual([5]);
    expect(age("2023-08-31", "2024-02-29")).toEqual([]);
    expect(age("2021-11-30", "2021-11-30")).toEqual([0]);
    expect(age("2020-12-01", "2021-05-31")).toEqual([5]);
    expect(age("2020-12-01", "2021-06-01")).toEqual([]);
  });

  it("carries the member, its age, the minimum, the rule set and the subject", () => {
    const [found, ...rest] = checkFederationMemberAge(
      { id: "vo2", formedOn: "2021-08-15" },
      nrlmClusterLevelFederation,
      "2021-11-30",
      { subject: { kind: "federation", id: "clf1" }, path: ["federations", 0, "memberIds", 1], label: "CLF 1 (clf1)" },
    );
    expect(rest).toEqual([]);
    expect(found).toMatchObject({
      code: "federation.member_too_young",
      severity: "error",
      ruleSet: "nrlm.clusterLevelFederation@1.0.0",
      params: { memberId: "vo2", formedOn: "2021-08-15", ageMonths: 3, minAgeMonths: 6 },
      subject: { kind: "federation", id: "clf1" },
      path: ["federations", 0, "memberIds", 1],
    });
    expect(found?.message).toContain("CLF 1 (clf1) has member");
  });

  it("judges no member without formedOn or formed after asOf, nor under a rule set without a minimum age", () => {
    expect(age(undefined, "2021-11-30")).toEqual([]);
    expect(age("2021-12-01", "2021-11-30")).toEqual([]);
    expect(
      checkFederationMemberAge({ id: "s1", formedOn: "2021-11-01" }, nrlmVillageOrganisation, "2021-11-30"),
    ).toEqual([]);
    expect(checkFederationMemberAge({ id: "s1", formedOn: "2021-11-01" }, nrlmSelfHelpGroup, "2021-11-30")).toEqual([]);
  });

  it("throws a RangeError for a date that is not real", () => {
    expect(() => age("2021-02-29", "2021-11-30")).toThrow(RangeError);
    expect(() => age("2021-01-01", "30/11/2021")).toThrow(/asOf must be a real calendar date/);
    // asOf is checked even when there is nothing to judge.
    expect(() => checkFederationMemberAge({ id: "s1" }, nrlmVillageOrganisation, "2021-13-01")).toThrow(RangeError);
  });
});

describe("checkWardCoverage and checkVillageCoverage", () => {
  const villages = { ...nrlmSelfHelpGroup, villageCoverage: true };
  it("ask for a group only where the rule set says so", () => {
    expect(codes(checkVillageCoverage(0, villages, "2021-11-30"))).toEqual(["village.no_group"]);
    expect(checkVillageCoverage(1, villages, "2021-11-30")).toEqual([]);
    expect(checkVillageCoverage(0, nrlmSelfHelpGroup, "2021-11-30")).toEqual([]);
    expect(checkWardCoverage(0, villages, "2021-11-30")).toEqual([]);
    expect(codes(checkWardCoverage(0, keralaAuxiliaryGroup, "2021-11-30"))).toEqual(["ward.no_group"]);
  });
});

describe("checkMeetingCadence", () => {
  const formed = { formedOn: "2021-10-02" };
  /** The missed months as [first, last, missed, judged], or null when the group kept its cadence. */
  const check = (
    dates: string[],
    asOf: string,
    group: { formedOn?: string; closedOn?: string } = formed,
    recordsFrom?: string,
  ) => {
    const issues = checkMeetingCadence(group, dates, keralaAuxiliaryGroup, {
      asOf,
      ...(recordsFrom === undefined ? {} : { recordsFrom }),
    });
    expect(issues.length).toBeLessThanOrEqual(1);
    const params = issues[0]?.params;
    return params === undefined
      ? null
      : [params["firstMissed"], params["lastMissed"], params["periodsMissed"], params["periodsJudged"]];
  };

  it("does not judge the month a group was formed in, unless formed on the 1st", () => {
    expect(check([], "2021-11-01")).toBeNull();
    expect(check([], "2021-11-01", { formedOn: "2021-10-01" })).toEqual(["2021-10", "2021-10", 1, 1]);
  });
  it("judges a month only once it is over", () => {
    expect(check(["2021-11-06"], "2021-11-30")).toBeNull();
    expect(check(["2021-11-06"], "2021-12-01")).toEqual(["2021-11", "2021-11", 1, 1]);
  });
  it("needs two meetings in a month: one is short, two are enough", () => {
    expect(check(["2021-11-06", "2021-11-20"], "2021-12-01")).toBeNull();
    expect(check(["2021-11-06", "2021-12-20", "2021-12-21"], "2022-01-01")).toEqual(["2021-11", "2021-11", 1, 2]);
  });
  it("stops at the day before the group closed", () => {
    expect(check([], "2022-06-01", { formedOn: "2021-10-02", closedOn: "2021-12-31" })).toEqual([
      "2021-11",
      "2021-11",
      1,
      1,
    ]);
    expect(check([], "2022-06-01", { formedOn: "2021-10-02", closedOn: "2022-01-01" })).toEqual([
      "2021-11",
      "2021-12",
      2,
      2,
    ]);
  });
  it("starts where the records start, and judges nothing without a start", () => {
    expect(check([], "2022-01-01", {}, "2021-12-01")).toEqual(["2021-12", "2021-12", 1, 1]);
    expect(check([], "2022-01-01", {})).toBeNull();
  });
  it("counts the missed months between the first and the last, kept ones in between", () => {
    const dates = ["2021-11-06", "2021-11-20", "2022-01-08", "2022-01-22"];
    expect(check(dates, "2022-04-01")).toEqual(["2021-12", "2022-03", 3, 5]);
  });
  it("gives one issue for a span of any length, and judges nothing before 1950", () => {
    expect(check([], "2022-01-01", { formedOn: "0001-01-01" })).toBeNull(); // a formation that cannot be real
    expect(check([], "2022-01-01", {}, "0001-01-01")).toEqual(["1950-01", "2021-12", 864, 864]);
  });
  it("counts ISO weeks, Monday to Sunday, for a weekly rule", () => {
    const issues = checkMeetingCadence(
      { formedOn: "2021-12-27" },
      ["2021-12-27", "2022-01-09", "2022-01-18"],
      nrlmSelfHelpGroup,
      { asOf: "2022-01-24" },
    );
    expect(issues.map((issue) => issue.params)).toEqual([
      { periodsJudged: 4, periodsMissed: 1, firstMissed: "2022-W02", lastMissed: "2022-W02", required: 1 },
    ]);
    expect(issues[0]?.message).toBe(
      "The group held fewer meetings than asked in 1 of the 4 weeks judged (in week 2022-W02); " +
        "DAY-NRLM self-help group (2021) asks for one meeting a week.",
    );
  });
});

// Issue 15: the sources say who may *become* a member; none says she must leave on ageing out.
describe("checkAgeBand with the day she joined (auxiliary groups: 18 to 40)", () => {
  const asOf = "2021-11-30";
  const judged = (dateOfBirth: string | undefined, joinedOn: string) =>
    checkAgeBand(dateOfBirth, keralaAuxiliaryGroup, asOf, { joinedOn }).map((issue) => [issue.code, issue.params]);

  it("judges her age on the day she joined: both ends of the band, inclusive", () => {
    expect(judged("2003-10-02", "2021-10-02")).toEqual([]); // 18 on the day
    expect(judged("2003-10-03", "2021-10-02")).toEqual([
      ["age.out_of_band_at_joining", { age: 17, min: 18, max: 40, dateOfBirth: "2003-10-03", joinedOn: "2021-10-02" }],
    ]);
    expect(judged("1980-10-03", "2021-10-02").map(([code]) => code)).toEqual(["age.aged_out"]); // 40 then, 41 now
    expect(judged("1980-10-02", "2021-10-02").map(([code]) => code)).toEqual(["age.out_of_band_at_joining"]);
  });

  it("warns that she has passed the band since, from her 41st birthday (1 March for 29 February)", () => {
    expect(judged("1980-12-01", "2021-10-02")).toEqual([]);
    expect(judged("1980-11-30", "2021-10-02")).toEqual([
      ["age.aged_out", { age: 41, max: 40, dateOfBirth: "1980-11-30", agedOutOn: "2021-11-30" }],
    ]);
    expect(
      checkAgeBand("1980-02-29", keralaAuxiliaryGroup, "2021-03-01", { joinedOn: "2020-10-01" }).map(
        (issue) => issue.params?.agedOutOn,
      ),
    ).toEqual(["2021-03-01"]);
    expect(checkAgeBand("1980-02-29", keralaAuxiliaryGroup, "2021-02-28", { joinedOn: "2020-10-01" })).toEqual([]);
    expect(checkAgeBand("1980-11-30", keralaAuxiliaryGroup, asOf, { joinedOn: "2021-10-02" })[0]?.severity).toBe(
      "warning",
    );
  });

  it("falls back to the as-of check for a joining date it cannot use, and throws on one that is not a date", () => {
    // Before her birth, before 1950, after asOf: her age on asOf, with the codes of old.
    for (const joinedOn of ["1975-01-01", "1949-12-31", "2021-12-01"])
      expect(judged("1980-11-30", joinedOn).map(([code]) => code)).toEqual(["age.above_band"]);
    expect(judged(undefined, "2021-10-02").map(([code]) => code)).toEqual(["age.unknown"]);
    expect(judged("2022-01-01", "2021-10-02").map(([code]) => code)).toEqual(["date.implausible"]);
    expect(() => judged("1990-01-01", "2021-02-30")).toThrow(RangeError);
    expect(checkAgeBand("1940-01-01", nrlmSelfHelpGroup, asOf, { joinedOn: "2021-01-01" })).toEqual([]);
  });
});

describe("special categories: sizeLimitsFor, gendersFor, checkGroupSize, checkGender", () => {
  const sources = [{ title: "A variant for a test", publisher: "A State Mission" }];
  const variant = deriveRuleSet(nrlmSelfHelpGroup, {
    id: "test.selfHelpGroup",
    version: "1.0.0",
    sources,
    specialCategories: {
      disability: { gender: ["female", "male", "transgender"] },
      elderly: { groupSize: { min: 3, max: 10 }, gender: ["female", "male"] },
    },
  });

  it("keeps sizeLimitsFor(ruleSet, special) as it was", () => {
    expect(sizeLimitsFor(nrlmSelfHelpGroup, false)).toEqual({ min: 10, max: 20 });
    expect(sizeLimitsFor(nrlmSelfHelpGroup, undefined)).toEqual({ min: 10, max: 20 });
    expect(sizeLimitsFor(nrlmSelfHelpGroup, true)).toEqual({ min: 5, max: 20 });
    expect(sizeLimitsFor(keralaAuxiliaryGroup, true)).toEqual({ max: 50 });
  });

  it("takes a category's own limits and genders first, then the special and ordinary ones", () => {
    expect(sizeLimitsFor(variant, true, "elderly")).toEqual({ min: 3, max: 10 });
    expect(sizeLimitsFor(variant, false, "disability")).toEqual({ min: 5, max: 20 }); // a category is special
    expect(sizeLimitsFor(keralaAuxiliaryGroup, false, "disability")).toEqual({ max: 50 });
    expect(gendersFor(variant, "elderly")).toEqual(["female", "male"]);
    expect(gendersFor(variant, "hiv")).toEqual(["female"]);
    expect(gendersFor(variant)).toEqual(["female"]);
    expect(gendersFor(keralaBalasabhaCurrent, "disability")).toBeUndefined();
  });

  it("judges size and gender by the category", () => {
    expect(checkGroupSize(4, variant, { specialCategory: "elderly" })).toEqual([]);
    expect(checkGroupSize(11, variant, { specialCategory: "elderly" }).map((issue) => issue.params)).toEqual([
      { size: 11, min: 3, max: 10, special: true },
    ]);
    expect(checkGroupSize(4, variant, { special: false, specialCategory: "hiv" }).map((issue) => issue.params)).toEqual(
      [{ size: 4, min: 5, max: 20, special: true }],
    );
    expect(checkGender("male", variant, { specialCategory: "disability" })).toEqual([]);
    expect(checkGender("transgender", variant, { specialCategory: "elderly" }).map((issue) => issue.params)).toEqual([
      { gender: "transgender", allowed: ["female", "male"] },
    ]);
    expect(codes(checkGender("male", variant))).toEqual(["gender.not_allowed"]);
  });
});

describe("checkHouseholdAcrossGroups, checkFederationMembership", () => {
  const member = { personId: "p2", groupId: "n2", householdId: "H" };

  it("reports a second member of a household in another group where the rule set admits one a household", () => {
    expect(
      checkHouseholdAcrossGroups(member, { personId: "p1", groupId: "n1" }, keralaNeighbourhoodGroup).map((issue) => [
        issue.code,
        issue.severity,
        issue.params,
      ]),
    ).toEqual([
      [
        "household.multiple_groups",
        "error",
        { householdId: "H", personId: "p2", groupId: "n2", otherPersonId: "p1", otherGroupId: "n1" },
      ],
    ]);
    expect(checkHouseholdAcrossGroups(member, undefined, keralaNeighbourhoodGroup)).toEqual([]);
    // Same group (household.duplicate says it), same person (membership.multiple_groups says it), no rule.
    expect(checkHouseholdAcrossGroups(member, { personId: "p1", groupId: "n2" }, keralaNeighbourhoodGroup)).toEqual([]);
    expect(checkHouseholdAcrossGroups(member, { personId: "p2", groupId: "n1" }, keralaNeighbourhoodGroup)).toEqual([]);
    expect(checkHouseholdAcrossGroups(member, { personId: "p1", groupId: "n1" }, keralaAuxiliaryGroup)).toEqual([]);
  });

  it("reports a member of a second federation of a kind formed once per ward", () => {
    expect(
      checkFederationMembership("n1", "ads1", "ads2", keralaAreaDevelopmentSociety).map((issue) => [
        issue.code,
        issue.severity,
        issue.params,
      ]),
    ).toEqual([["federation.member_in_two", "error", { memberId: "n1", otherFederationId: "ads1" }]]);
    expect(checkFederationMembership("n1", undefined, "ads2", keralaAreaDevelopmentSociety)).toEqual([]);
    expect(checkFederationMembership("n1", "ads2", "ads2", keralaAreaDevelopmentSociety)).toEqual([]);
    expect(checkFederationMembership("s1", "vo1", "vo2", nrlmVillageOrganisation)).toEqual([]);
  });
});
