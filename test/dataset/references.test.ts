import { describe, expect, it } from "vitest";
import { type Dataset, parseDataset } from "../../src/index.js";

const base: Dataset = {
  schemaVersion: 1,
  units: [{ id: "w1", kind: "ward", name: "Ward 1" }],
  people: [{ id: "p1", gender: "female" }],
  groups: [{ id: "g1", kind: "neighbourhoodGroup", unitId: "w1" }],
  memberships: [{ groupId: "g1", personId: "p1", role: "member" }],
};

const codes = (data: Dataset) =>
  parseDataset(data).issues.map((issue) => [issue.code, issue.path?.join("."), issue.params]);

describe("references to a record of the wrong kind (reference.wrong_kind)", () => {
  it("a federation member that is a person or a unit", () => {
    const data = {
      ...base,
      federations: [
        { id: "ads1", kind: "areaDevelopmentSociety" as const, unitId: "w1", memberIds: ["g1", "p1", "w1", "nobody"] },
      ],
    };
    expect(codes(data)).toEqual([
      ["reference.wrong_kind", "federations.0.memberIds.1", { id: "p1", foundKind: "person" }],
      ["reference.wrong_kind", "federations.0.memberIds.2", { id: "w1", foundKind: "unit" }],
      ["reference.unknown", "federations.0.memberIds.3", { id: "nobody" }],
    ]);
  });

  it("a membership or meeting whose group is a federation, a group whose ward is a group", () => {
    const data: Dataset = {
      ...base,
      groups: [...base.groups, { id: "g2", kind: "neighbourhoodGroup", unitId: "g1" }],
      federations: [{ id: "ads1", kind: "areaDevelopmentSociety", unitId: "w1", memberIds: ["g1"] }],
      memberships: [...base.memberships, { groupId: "ads1", personId: "p1", role: "member" }],
      meetings: [{ id: "m1", groupId: "ads1", date: "2021-01-01" }],
    };
    expect(codes(data)).toEqual([
      ["reference.wrong_kind", "groups.1.unitId", { id: "g1", foundKind: "group" }],
      ["reference.wrong_kind", "memberships.1.groupId", { id: "ads1", foundKind: "federation" }],
      ["reference.wrong_kind", "meetings.0.groupId", { id: "ads1", foundKind: "federation" }],
    ]);
  });
});
