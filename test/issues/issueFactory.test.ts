import { describe, expect, it } from "vitest";
import { type IssueCode, type IssueParams, issueCodes } from "../../src/index.js";
import { issue } from "../../src/issues/issueFactory.js";

// Params for every code: the record is typed, so a new code fails to compile here until it has
// an example, and the loop below renders every code's message.
const examples: { readonly [C in IssueCode]: IssueParams[C] } = {
  "input.unreadable": undefined,
  "schema.invalid": { reason: "invalid_type" },
  "id.duplicate": undefined,
  "reference.unknown": { id: "w9" },
  "reference.wrong_kind": { id: "p1", foundKind: "person" },
  "unit.cycle": { cycle: ["a", "b"] },
  "unit.kind_order": { kind: "ward", parentKind: "ward", name: "Ward 2", parentName: "Ward 1" },
  "group.unit_kind": { unitKind: "district", unitId: "d1" },
  "group.dates_reversed": { formedOn: "2021-10-02", closedOn: "2021-01-01" },
  "membership.dates_reversed": { from: "2021-10-02", to: "2021-01-01" },
  "age.below_band": { age: 17, min: 18, max: 40, dateOfBirth: "2004-01-01", asOf: "2021-11-30" },
  "age.above_band": { age: 41, min: 18, max: 40, dateOfBirth: "1980-01-01", asOf: "2021-11-30" },
  "age.unknown": { min: 18, max: 40 },
  "gender.not_allowed": { gender: "male", allowed: ["female"] },
  "group.below_min_size": { size: 9, min: 10, max: 20, special: false },
  "group.above_max_size": { size: 51, min: null, max: 50, special: false },
  "household.duplicate": { householdId: "h1", personIds: ["p1", "p2"] },
  "membership.multiple_groups": { personId: "p1", groupIds: ["g1", "g2"], kind: "auxiliaryGroup", asOf: "2021-11-30" },
  "meeting.cadence_missed": {
    periodsJudged: 5,
    periodsMissed: 1,
    firstMissed: "2022-W02",
    lastMissed: "2022-W02",
    required: 1,
  },
  "meeting.cadence_unknown": undefined,
  "ward.no_group": { kind: "auxiliaryGroup", asOf: "2021-11-30" },
  "ward.extra_group_not_needed": { kind: "auxiliaryGroup", groups: 2, members: 40, needed: 1, max: 50 },
  "leadership.missing": { role: "volunteer", required: 3, found: 2 },
  "leadership.girl_required": { roles: ["leader", "deputyLeader"] },
  "federation.too_few_groups": { memberGroups: 1, min: 2, memberKind: "neighbourhoodGroup" },
  "federation.duplicate_in_ward": { unitId: "w1", count: 2 },
  "date.implausible": { field: "meetings.date", date: "0001-01-01", earliest: "1950-01-01", latest: "2021-11-30" },
  "membership.duplicate": { personId: "p1", groupId: "g1", rows: 60 },
  "id.lookalike": { id: "P1 ", other: "p1", collection: "people" },
  "summary.inconsistent": { unitId: "w1", kind: "balasabha", field: "members", rule: "part_above_whole" },
  "reference.set_aside": { id: "p1", because: "schema.invalid" },
  "village.no_group": { kind: "selfHelpGroup", asOf: "2026-03-31" },
  "federation.member_too_young": { memberId: "shg1", formedOn: "2026-01-10", ageMonths: 2, minAgeMonths: 6 },
  "meeting.attendee_not_member": { personId: "p9", groupId: "g1" },
  "input.columns_ignored": { file: "people.csv", columns: ["Mobile", "Caste"] },
  "household.multiple_groups": {
    householdId: "h1",
    personId: "p2",
    groupId: "nhg2",
    otherPersonId: "p1",
    otherGroupId: "nhg1",
  },
  "federation.member_in_two": { memberId: "nhg1", otherFederationId: "ads1" },
  "age.out_of_band_at_joining": { age: 41, min: 18, max: 40, dateOfBirth: "1980-01-01", joinedOn: "2021-10-02" },
  "age.aged_out": { age: 41, max: 40, dateOfBirth: "1983-01-01", agedOutOn: "2024-01-01" },
  "ward.coverage_gap": { kind: "auxiliaryGroup", asOf: "2021-11-30" },
};

describe("issue(), the one factory", () => {
  it.each(Object.keys(issueCodes) as IssueCode[])(
    "%s: severity from the table, a message, the params as given",
    (code) => {
      const made = issue(code, examples[code] as never, {
        path: ["groups", 0, "unitId"],
        subject: { kind: "group", id: "g1" },
        ruleSet: { key: "kerala.test@1.0.0", title: "A test rule set" },
        label: "Group one (g1)",
        detail: "from outside",
      });
      expect(made.code).toBe(code);
      expect(made.severity).toBe(issueCodes[code].severity);
      expect(made.message.length).toBeGreaterThan(10);
      expect(made.message).not.toMatch(/undefined|\[object Object\]|NaN/);
      expect(made.params).toEqual(examples[code]);
      expect(made.ruleSet).toBe("kerala.test@1.0.0");
      expect(made.path).toEqual(["groups", 0, "unitId"]);
    },
  );

  it("leaves out what it was not given", () => {
    expect(issue("meeting.cadence_unknown", undefined)).toEqual({
      code: "meeting.cadence_unknown",
      severity: "warning",
      message: "The dataset records no meeting, so no group's meeting cadence could be checked.",
    });
  });

  it("names the referencing field in reference messages", () => {
    const at = (
      path: (string | number)[],
      kind: "unit" | "group" | "federation" | "membership" | "meeting",
      id: string,
    ) => ({ path, subject: { kind, id } });
    expect(issue("reference.unknown", { id: "x" }, at(["units", 1, "parentId"], "unit", "w2")).message).toBe(
      'Unit "w2" names the parent "x", which is not in the dataset.',
    );
    expect(issue("reference.unknown", { id: "x" }, at(["groups", 0, "unitId"], "group", "g1")).message).toBe(
      'Group "g1" names the ward or village "x", which is not in the dataset.',
    );
    expect(
      issue("reference.unknown", { id: "x" }, at(["meetings", 3, "attendeeIds", 2], "meeting", "m1")).message,
    ).toBe('Meeting "m1" names the attendee "x", which is not in the dataset.');
    expect(
      issue(
        "reference.wrong_kind",
        { id: "p1", foundKind: "person" },
        at(["federations", 0, "memberIds", 1], "federation", "ads1"),
      ).message,
    ).toBe('Federation "ads1" names the member "p1", which is a person, not a group or a federation.');
    expect(issue("reference.unknown", { id: "ghost" }, { subject: { kind: "group", id: "ghost" } }).message).toMatch(
      /^Memberships or meetings name the group "ghost"/,
    );
  });
});
