// Issue 15, "Rules that say what the sources say": one test per finding of the review of the rule
// sets against their sources (../shared/domain.md, last section) that concerns groups, their
// members and federations. Each would have failed before the change it names.
import { describe, expect, it } from "vitest";
import {
  ageingOut,
  checkAgeBand,
  type Dataset,
  deriveRuleSet,
  type Group,
  getRuleSet,
  keralaAreaDevelopmentSociety,
  keralaBalasabhaCurrent,
  keralaNeighbourhoodGroup,
  nrlmSelfHelpGroup,
  nrlmVillageOrganisation,
  parseRuleSet,
  type RuleSet,
  RuleSet as RuleSetSchema,
  type ValidateOptions,
  validate,
} from "../../../src/index.js";

const asOf = "2021-11-30";
const sources = [{ title: "A variant for a test", publisher: "A State Mission" }];
/** The auxiliary-group rule set of 2021 (ages 18 to 40), named so that a later version cannot change these tests. */
const auxiliary2021 = getRuleSet("kerala.auxiliaryGroup@1.0.0");

interface MemberSpec {
  readonly id: string;
  readonly household?: string;
  readonly gender?: "female" | "male" | "transgender";
  readonly born?: string;
  readonly from?: string;
  readonly to?: string;
}

/** An empty dataset with wards w1 to w3. */
function wards(): Dataset {
  return {
    schemaVersion: 1,
    units: [1, 2, 3].map((n) => ({ id: `w${n}`, kind: "ward" as const, name: `Ward ${n}` })),
    people: [],
    groups: [],
    memberships: [],
    federations: [],
    meetings: [],
  };
}

/** Adds a group and its members (each person added once, with the fields of her first mention). */
function addGroup(dataset: Dataset, group: Group, members: readonly MemberSpec[]): void {
  dataset.groups.push(group);
  for (const member of members) {
    if (!dataset.people.some((person) => person.id === member.id)) {
      dataset.people.push({
        id: member.id,
        gender: member.gender ?? "female",
        dateOfBirth: member.born ?? "1985-01-01",
        ...(member.household === undefined ? {} : { householdId: member.household }),
      });
    }
    dataset.memberships.push({
      groupId: group.id,
      personId: member.id,
      role: "member",
      ...(member.from === undefined ? {} : { from: member.from }),
      ...(member.to === undefined ? {} : { to: member.to }),
    });
  }
}

/** `count` members `prefix1`... each of her own household `prefix-h1`... */
function women(prefix: string, count: number, extra: Partial<MemberSpec> = {}): MemberSpec[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `${prefix}${i + 1}`,
    household: `${prefix}-h${i + 1}`,
    ...extra,
  }));
}

/** The issues of the given codes (by prefix), as `[code, subject, params]`. */
function issuesOf(dataset: Dataset, prefix: RegExp, options: Partial<ValidateOptions> = {}) {
  return validate(dataset, { asOf, ...options })
    .issues.filter((found) => prefix.test(found.code))
    .map((found): [string, string | undefined, unknown] => [found.code, found.subject?.id, found.params]);
}

describe("one NHG membership per household across the network (thekudumbashreestory.info NHG page)", () => {
  it("reports two women of one household in two NHGs: the later one, naming the first", () => {
    const dataset = wards();
    addGroup(dataset, { id: "n1", kind: "neighbourhoodGroup", unitId: "w1" }, [
      { id: "amma", household: "H" },
      ...women("a", 9),
    ]);
    addGroup(dataset, { id: "n2", kind: "neighbourhoodGroup", unitId: "w2" }, [
      ...women("b", 9),
      { id: "makal", household: "H" },
    ]);
    // Before: each NHG was checked alone, and neither has two women of household H.
    const report = validate(dataset, { asOf });
    const found = report.issues.filter((issue) => issue.code.startsWith("household."));
    expect(found.map((issue) => [issue.code, issue.severity, issue.subject, issue.path, issue.params])).toEqual([
      [
        "household.multiple_groups",
        "error",
        { kind: "membership", id: "n2/makal" },
        ["memberships", 19],
        { householdId: "H", personId: "makal", groupId: "n2", otherPersonId: "amma", otherGroupId: "n1" },
      ],
    ]);
    expect(found[0]?.ruleSet).toBe("kerala.neighbourhoodGroup@2.0.0");
    expect(found[0]?.message).toContain('"makal" of household "H" is a member of group "n2"');
  });

  it("names the first member met for every later one, and keeps household.duplicate for two in one NHG", () => {
    const dataset = wards();
    addGroup(dataset, { id: "n1", kind: "neighbourhoodGroup", unitId: "w1" }, [{ id: "p1", household: "H" }]);
    addGroup(dataset, { id: "n2", kind: "neighbourhoodGroup", unitId: "w2" }, [
      { id: "p2", household: "H" },
      { id: "p3", household: "H" },
    ]);
    addGroup(dataset, { id: "n3", kind: "neighbourhoodGroup", unitId: "w3" }, [{ id: "p4", household: "H" }]);
    expect(issuesOf(dataset, /^household\./)).toEqual([
      ["household.duplicate", "n2", { householdId: "H", personIds: ["p2", "p3"] }],
      [
        "household.multiple_groups",
        "n2/p2",
        { householdId: "H", personId: "p2", groupId: "n2", otherPersonId: "p1", otherGroupId: "n1" },
      ],
      [
        "household.multiple_groups",
        "n2/p3",
        { householdId: "H", personId: "p3", groupId: "n2", otherPersonId: "p1", otherGroupId: "n1" },
      ],
      [
        "household.multiple_groups",
        "n3/p4",
        { householdId: "H", personId: "p4", groupId: "n3", otherPersonId: "p1", otherGroupId: "n1" },
      ],
    ]);
  });

  it("judges only active members of active groups of a kind with the rule, and not one woman in two groups", () => {
    const dataset = wards();
    addGroup(dataset, { id: "closed", kind: "neighbourhoodGroup", unitId: "w1", closedOn: "2021-01-01" }, [
      { id: "c1", household: "H" },
    ]);
    addGroup(dataset, { id: "n1", kind: "neighbourhoodGroup", unitId: "w1" }, [
      { id: "left", household: "H", to: "2021-06-30" },
      { id: "both", household: "K" },
    ]);
    addGroup(dataset, { id: "n2", kind: "neighbourhoodGroup", unitId: "w2" }, [
      { id: "now", household: "H" },
      { id: "both", household: "K" },
    ]);
    // Auxiliary groups admit more than one woman from a household (The Hindu, 8 Nov 2021).
    addGroup(dataset, { id: "ag1", kind: "auxiliaryGroup", unitId: "w1" }, [
      { id: "x1", household: "X", born: "1995-01-01" },
    ]);
    addGroup(dataset, { id: "ag2", kind: "auxiliaryGroup", unitId: "w2" }, [
      { id: "x2", household: "X", born: "1996-01-01" },
    ]);
    // A woman of an NHG's household in an auxiliary group is another kind: not judged either.
    addGroup(dataset, { id: "ag3", kind: "auxiliaryGroup", unitId: "w3" }, [
      { id: "y", household: "H", born: "1997-01-01" },
    ]);
    expect(issuesOf(dataset, /^(household|membership)\./)).toEqual([
      [
        "membership.multiple_groups",
        "n2/both",
        { personId: "both", groupIds: ["n1", "n2"], kind: "neighbourhoodGroup", asOf },
      ],
    ]);
  });

  it("counts the members it cannot judge for want of a householdId, each person once", () => {
    const dataset = wards();
    addGroup(dataset, { id: "n1", kind: "neighbourhoodGroup", unitId: "w1" }, [
      { id: "p1" },
      { id: "p2" },
      { id: "p3", household: "H" },
      { id: "gone", to: "2021-01-01" },
    ]);
    addGroup(dataset, { id: "n2", kind: "neighbourhoodGroup", unitId: "w2" }, [{ id: "p1" }]);
    addGroup(dataset, { id: "ag", kind: "auxiliaryGroup", unitId: "w1" }, [{ id: "q1", born: "1995-01-01" }]);
    const report = validate(dataset, { asOf });
    // p1 (in two NHGs) and p2; not p3 (a household), nor the one who left, nor q1 (no household rule).
    expect(report.membersWithoutHousehold).toBe(2);
    expect(validate(wards(), { asOf }).membersWithoutHousehold).toBe(0);
    expect(validate(null, { asOf }).membersWithoutHousehold).toBe(0);
  });
});

describe("an NHG is a member of one ADS only (thekudumbashreestory.info ADS page)", () => {
  function adsDataset(): Dataset {
    const dataset = wards();
    for (const [id, unitId, closedOn] of [
      ["n1", "w1"],
      ["n2", "w1"],
      ["n3", "w2"],
      ["n4", "w2"],
      ["shut", "w1", "2021-06-01"],
    ] as const) {
      dataset.groups.push({ id, kind: "neighbourhoodGroup", unitId, ...(closedOn === undefined ? {} : { closedOn }) });
    }
    dataset.federations = [
      { id: "ads1", kind: "areaDevelopmentSociety", unitId: "w1", memberIds: ["n1", "n2", "shut", "n1"] },
      { id: "ads2", kind: "areaDevelopmentSociety", unitId: "w2", memberIds: ["n2", "n3", "n4", "shut"] },
    ];
    return dataset;
  }

  it("reports an NHG that a second ADS lists, about the second ADS", () => {
    // Before: each ADS was counted alone, and n2 counted in both.
    const report = validate(adsDataset(), { asOf });
    const found = report.issues.filter((issue) => issue.code.startsWith("federation."));
    expect(found.map((issue) => [issue.code, issue.severity, issue.subject?.id, issue.path, issue.params])).toEqual([
      [
        "federation.member_in_two",
        "error",
        "ads2",
        ["federations", 1, "memberIds", 0],
        { memberId: "n2", otherFederationId: "ads1" },
      ],
    ]);
    expect(found[0]?.ruleSet).toBe("kerala.areaDevelopmentSociety@1.0.0");
  });

  it("judges only members that count: a closed NHG is in neither ADS, and one listed twice by one ADS is one", () => {
    const dataset = adsDataset();
    const [ads1, ads2] = dataset.federations ?? [];
    if (ads1 === undefined || ads2 === undefined) throw new Error("two ADSs");
    ads1.memberIds = ["n1", "shut", "n1"];
    ads2.memberIds = ["n3", "n4", "shut"];
    // The closed NHG does not count toward ads1's minimum of 2, and is not "in two".
    expect(issuesOf(dataset, /^federation\./)).toEqual([
      ["federation.too_few_groups", "ads1", { memberGroups: 1, min: 2, memberKind: "neighbourhoodGroup" }],
    ]);
  });

  it("leaves kinds without onePerWard alone: no source limits an SHG to one VO", () => {
    const dataset = wards();
    dataset.units.push({ id: "v1", kind: "village", name: "Village 1" });
    dataset.groups.push({ id: "s1", kind: "selfHelpGroup", unitId: "v1" });
    dataset.federations = [
      { id: "vo1", kind: "villageOrganisation", unitId: "v1", memberIds: ["s1"] },
      { id: "vo2", kind: "villageOrganisation", unitId: "v1", memberIds: ["s1"] },
    ];
    expect((nrlmVillageOrganisation as RuleSet).federation?.onePerWard).toBeUndefined();
    expect(issuesOf(dataset, /^federation\./)).toEqual([]);
    // A variant that forms its federations once per ward gets the rule.
    const onePerWard = deriveRuleSet(nrlmVillageOrganisation, {
      id: "test.villageOrganisation",
      version: "1.0.0",
      sources,
      federation: { memberKind: "selfHelpGroup", onePerWard: true },
    });
    expect(issuesOf(dataset, /^federation\./, { ruleSets: [onePerWard] })).toEqual([
      ["federation.member_in_two", "vo2", { memberId: "s1", otherFederationId: "vo1" }],
    ]);
    expect(keralaAreaDevelopmentSociety.federation.onePerWard).toBe(true);
  });
});

describe("age on the day she joined, not ageing out (eligibility says who may become a member)", () => {
  const ages = (dataset: Dataset, ruleSets: readonly RuleSet[]) =>
    validate(dataset, { asOf, ruleSets })
      .issues.filter((found) => found.code.startsWith("age."))
      .map((found) => [found.code, found.severity, found.subject?.id, found.params]);

  it("a woman who joined an auxiliary group at 40 and is 41 now gets a warning only", () => {
    const dataset = wards();
    addGroup(dataset, { id: "ag", kind: "auxiliaryGroup", unitId: "w1", formedOn: "2021-10-02" }, [
      { id: "sobha", born: "1980-10-15", from: "2021-10-02" },
    ]);
    // Before: age.above_band, an error, as if she had to leave on her 41st birthday.
    expect(ages(dataset, [auxiliary2021])).toEqual([
      ["age.aged_out", "warning", "ag/sobha", { age: 41, max: 40, dateOfBirth: "1980-10-15", agedOutOn: "2021-10-15" }],
    ]);
    // One ward, one group: no coverage issue either, so the report has no error.
    dataset.units = dataset.units.slice(0, 1);
    expect(validate(dataset, { asOf, ruleSets: [auxiliary2021] }).counts.error).toBe(0);
  });

  it("a woman who joined at 41 is an error, with her age on the day she joined", () => {
    const dataset = wards();
    addGroup(dataset, { id: "ag", kind: "auxiliaryGroup", unitId: "w1", formedOn: "2021-10-02" }, [
      { id: "late", born: "1980-09-01", from: "2021-10-02" },
      { id: "young", born: "2003-11-01", from: "2021-10-02" },
    ]);
    expect(ages(dataset, [auxiliary2021])).toEqual([
      [
        "age.out_of_band_at_joining",
        "error",
        "ag/late",
        { age: 41, min: 18, max: 40, dateOfBirth: "1980-09-01", joinedOn: "2021-10-02" },
      ],
      // 18 on asOf, but 17 on the day she joined: before, this passed unseen.
      [
        "age.out_of_band_at_joining",
        "error",
        "ag/young",
        { age: 17, min: 18, max: 40, dateOfBirth: "2003-11-01", joinedOn: "2021-10-02" },
      ],
    ]);
  });

  it("a girl who joined a Balasabha at 4 is an error, though she is 5 now", () => {
    const dataset = wards();
    addGroup(dataset, { id: "bs", kind: "balasabha", unitId: "w1" }, [
      { id: "ammu", born: "2016-06-01", from: "2020-09-01" },
      { id: "kannan", gender: "male", born: "2010-01-01", from: "2020-09-01" },
    ]);
    expect(keralaBalasabhaCurrent.ageBand).toEqual({ min: 5, max: 18 });
    expect(ages(dataset, [keralaBalasabhaCurrent])).toEqual([
      [
        "age.out_of_band_at_joining",
        "error",
        "bs/ammu",
        { age: 4, min: 5, max: 18, dateOfBirth: "2016-06-01", joinedOn: "2020-09-01" },
      ],
    ]);
  });

  it("keeps the as-of check and its codes for a membership without from, or with a from it cannot use", () => {
    const dataset = wards();
    addGroup(dataset, { id: "ag", kind: "auxiliaryGroup", unitId: "w1" }, [
      { id: "old", born: "1980-10-15" },
      { id: "teen", born: "2004-01-01" },
      // Joined before she was born, or in 1900: the date is a slip, so her age on asOf is judged.
      { id: "slip", born: "1980-10-15", from: "1975-01-01" },
      { id: "ancient", born: "1980-10-15", from: "1900-01-01" },
    ]);
    expect(ages(dataset, [auxiliary2021]).map(([code, severity, subject]) => [code, severity, subject])).toEqual([
      ["age.above_band", "error", "ag/old"],
      ["age.below_band", "error", "ag/teen"],
      ["age.above_band", "error", "ag/slip"],
      ["age.above_band", "error", "ag/ancient"],
    ]);
  });

  it("gives as agedOutOn the day ageingOut gives as leavesOn, 29 February birthdays included", () => {
    const dataset = wards();
    addGroup(dataset, { id: "ag", kind: "auxiliaryGroup", unitId: "w1" }, [
      { id: "leap", born: "1984-02-29", from: "2021-10-02" },
    ]);
    const [row] = ageingOut(dataset, { asOf: "2025-02-28", withinMonths: 1, ruleSets: [auxiliary2021] });
    expect(row?.leavesOn).toBe("2025-03-01");
    const on = (day: string) =>
      validate(dataset, { asOf: day, ruleSets: [auxiliary2021] })
        .issues.filter((found) => found.code.startsWith("age."))
        .map((found) => found.params?.agedOutOn);
    expect(on("2025-02-28")).toEqual([]);
    expect(on("2025-03-01")).toEqual([row?.leavesOn]);
  });

  it("validate decides every member as checkAgeBand does, whatever her birth and joining dates", () => {
    // validate places most members without working out an age: its shortcut must agree with the check.
    const births = ["1980-09-30", "1980-10-01", "1980-10-02", "1980-11-30", "1980-12-01", "1984-02-29", "2003-10-02"];
    const joins = [undefined, "2021-10-01", "2021-10-02", "2021-11-30", "2020-02-29", "2003-10-01"];
    const dataset = wards();
    const members: MemberSpec[] = births.flatMap((born, b) =>
      joins.map((from, j) => ({ id: `p${b}-${j}`, born, ...(from === undefined ? {} : { from }) })),
    );
    addGroup(dataset, { id: "ag", kind: "auxiliaryGroup", unitId: "w1" }, members);
    const expected = members.flatMap((member) =>
      checkAgeBand(member.born, auxiliary2021, asOf, member.from === undefined ? {} : { joinedOn: member.from }).map(
        (found) => [found.code, `ag/${member.id}`, found.params],
      ),
    );
    expect(expected.length).toBeGreaterThan(10);
    expect(
      validate(dataset, { asOf, ruleSets: [auxiliary2021] })
        .issues.filter((found) => found.code.startsWith("age."))
        .map((found) => [found.code, found.subject?.id, found.params]),
    ).toEqual(expected);
  });
});

describe("special groups that may be mixed (RBI Master Circular, earlier edition; MyNation report)", () => {
  it("admits a transgender NHG's members under a rule set whose category admits them", () => {
    const dataset = wards();
    addGroup(
      dataset,
      { id: "tg", kind: "neighbourhoodGroup", unitId: "w1", specialCategory: "transgender" },
      women("t", 6, { gender: "transgender" }),
    );
    addGroup(dataset, { id: "n1", kind: "neighbourhoodGroup", unitId: "w2" }, [
      ...women("a", 9),
      { id: "arun", household: "a-h10", gender: "transgender" },
    ]);
    // The first released version admits women only: every member of the special NHG is reported.
    const first = issuesOf(dataset, /^(gender|group)\./, { ruleSets: [keralaNeighbourhoodGroup] });
    expect(first.filter(([code]) => code === "gender.not_allowed")).toHaveLength(7);
    // Version 2.0.0, the default, admits them (MyNation; The News Minute on Manaswini): only the
    // transgender member of an ordinary NHG is reported, and a special NHG of 6 is not too small.
    expect(issuesOf(dataset, /^(gender|group)\./)).toEqual([
      ["gender.not_allowed", "n1/arun", { gender: "transgender", allowed: ["female"] }],
    ]);
    expect(validate(dataset, { asOf }).ruleSets).toContain("kerala.neighbourhoodGroup@2.0.0");
    // Kerala's special NHGs of transgender persons: any transgender person aged 18 or over; the
    // 10-20 size condition relaxed (a derived rule set: the built-in ones are not changed here).
    const transgenderNhgs = deriveRuleSet(keralaNeighbourhoodGroup, {
      id: "test.neighbourhoodGroup",
      version: "1.0.0",
      sources,
      specialCategories: { transgender: { gender: ["transgender"], groupSize: { min: 5, max: 20 } } },
    });
    // Before: the rule set could not say so, and group.specialCategory did not exist.
    expect(issuesOf(dataset, /^(gender|group)\./, { ruleSets: [transgenderNhgs] })).toEqual([
      // The category's genders apply to the category's groups only.
      ["gender.not_allowed", "n1/arun", { gender: "transgender", allowed: ["female"] }],
    ]);
    const tooFew = wards();
    addGroup(
      tooFew,
      { id: "tg", kind: "neighbourhoodGroup", unitId: "w1", specialCategory: "transgender" },
      women("t", 4, { gender: "transgender" }),
    );
    expect(issuesOf(tooFew, /^group\./, { ruleSets: [transgenderNhgs] })).toEqual([
      ["group.below_min_size", "tg", { size: 4, min: 5, max: 20, special: true }],
    ]);
  });

  it("admits men and women in a special SHG of persons with disabilities when the category says so", () => {
    const dataset = wards();
    dataset.units.push({ id: "v1", kind: "village", name: "Village 1" });
    const mixed = [...women("f", 3), ...women("m", 3, { gender: "male" })];
    addGroup(dataset, { id: "pwd", kind: "selfHelpGroup", unitId: "v1", specialCategory: "disability" }, mixed);
    addGroup(dataset, { id: "remote", kind: "selfHelpGroup", unitId: "v1", specialCategory: "remoteArea" }, [
      ...women("r", 5),
      { id: "rm", household: "rm-h", gender: "male" },
    ]);
    addGroup(dataset, { id: "plain", kind: "selfHelpGroup", unitId: "v1", special: true }, [
      ...women("s", 5),
      { id: "sm", household: "sm-h", gender: "male" },
    ]);
    const mixedDisability = deriveRuleSet(nrlmSelfHelpGroup, {
      id: "test.selfHelpGroup",
      version: "1.0.0",
      sources,
      specialCategories: { disability: { gender: ["female", "male", "transgender"] } },
    });
    const notAllowed = (ruleSets: readonly RuleSet[]) =>
      issuesOf(dataset, /^(gender|group)\./, { ruleSets }).map(([code, subject]) => [code, subject]);
    expect(notAllowed([nrlmSelfHelpGroup])).toEqual([
      ["gender.not_allowed", "pwd/m1"],
      ["gender.not_allowed", "pwd/m2"],
      ["gender.not_allowed", "pwd/m3"],
      ["gender.not_allowed", "remote/rm"],
      ["gender.not_allowed", "plain/sm"],
    ]);
    // The men of the disability SHG are admitted; a remote-area SHG and an uncategorised special
    // SHG still admit women only. Every one is special: 5 to 20 members, so 6 is enough.
    expect(notAllowed([mixedDisability])).toEqual([
      ["gender.not_allowed", "remote/rm"],
      ["gender.not_allowed", "plain/sm"],
    ]);
  });

  it("takes a category's size limits first, and specialGroupSize for a category without its own", () => {
    const elders = deriveRuleSet(nrlmSelfHelpGroup, {
      id: "test.selfHelpGroup",
      version: "1.0.0",
      sources,
      specialCategories: { elderly: { groupSize: { min: 3, max: 10 } } },
    });
    const dataset = wards();
    dataset.units.push({ id: "v1", kind: "village", name: "Village 1" });
    addGroup(dataset, { id: "old", kind: "selfHelpGroup", unitId: "v1", specialCategory: "elderly" }, women("e", 4));
    addGroup(dataset, { id: "pwd", kind: "selfHelpGroup", unitId: "v1", specialCategory: "disability" }, women("d", 4));
    addGroup(dataset, { id: "sp", kind: "selfHelpGroup", unitId: "v1", special: true }, women("s", 4));
    expect(issuesOf(dataset, /^group\./, { ruleSets: [elders] })).toEqual([
      ["group.below_min_size", "pwd", { size: 4, min: 5, max: 20, special: true }],
      ["group.below_min_size", "sp", { size: 4, min: 5, max: 20, special: true }],
    ]);
  });

  it("reads specialCategories strictly: known categories, at least one rule each, the usual bounds", () => {
    const base = { ...nrlmSelfHelpGroup, id: "test.selfHelpGroup" };
    const reasons = (specialCategories: unknown) => {
      const result = parseRuleSet({ ...base, specialCategories });
      return result.ok ? [] : result.issues.map((found) => [found.path, found.params?.reason]);
    };
    expect(reasons({ disability: { gender: ["female", "male"] }, elderly: { groupSize: { min: 5 } } })).toEqual([]);
    expect(reasons({ widows: { groupSize: { min: 5 } } })).toEqual([
      [["specialCategories", "widows"], "unrecognized_keys"],
    ]);
    expect(reasons(JSON.parse('{"__proto__": {"groupSize": {"min": 1}}}'))).toEqual([
      [["specialCategories", "__proto__"], "unrecognized_keys"],
    ]);
    expect(reasons({ elderly: {} })).toEqual([[["specialCategories", "elderly"], "custom"]]);
    expect(reasons({ elderly: { gender: ["male", "male"] } })).toEqual([
      [["specialCategories", "elderly", "gender"], "custom"],
    ]);
    expect(reasons({ elderly: { groupSize: { max: 10_001 } } })).toEqual([
      [["specialCategories", "elderly", "groupSize", "max"], "too_big"],
    ]);
    expect(reasons({ elderly: { groupSize: { min: 5 }, size: 3 } })).toEqual([
      [["specialCategories", "elderly", "size"], "unrecognized_keys"],
    ]);
    expect(RuleSetSchema.safeParse({ ...base, specialCategories: "disability" }).success).toBe(false);
    // deriveRuleSet checks the same way.
    expect(() =>
      deriveRuleSet(nrlmSelfHelpGroup, {
        id: "test.selfHelpGroup",
        version: "1.0.0",
        sources,
        specialCategories: { elderly: { groupSize: { min: 30, max: 10 } } },
      }),
    ).toThrow(RangeError);
  });
});
