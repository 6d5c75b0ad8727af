import { describe, expect, it } from "vitest";
import { ageingOut, type Dataset } from "../../../src/index.js";

function dataset(births: string[]): Dataset {
  return {
    schemaVersion: 1,
    units: [{ id: "w1", kind: "ward", name: "Ward 1" }],
    people: births.map((dateOfBirth, i) => ({ id: `p${i}`, gender: "female", dateOfBirth })),
    groups: [
      { id: "g1", kind: "auxiliaryGroup", unitId: "w1" },
      { id: "g2", kind: "neighbourhoodGroup", unitId: "w1" },
    ],
    memberships: [
      ...births.map((_, i) => ({ groupId: "g1", personId: `p${i}`, role: "member" as const })),
      { groupId: "g2", personId: "p0", role: "member" as const },
    ],
  };
}

describe("ageingOut", () => {
  it("lists members whose 41st birthday falls after asOf and within the window, soonest first", () => {
    const rows = ageingOut(dataset(["1981-02-28", "1980-12-01", "1981-03-01", "1980-11-30", "1990-01-01"]), {
      asOf: "2021-11-30",
      withinMonths: 3,
    });
    expect(rows.map((row) => [row.personId, row.leavesOn, row.ageOnLeaving])).toEqual([
      ["p1", "2021-12-01", 41],
      ["p0", "2022-02-28", 41],
    ]);
    expect(rows[0]).toEqual({
      personId: "p1",
      groupId: "g1",
      groupKind: "auxiliaryGroup",
      ruleSet: "kerala.auxiliaryGroup@2.0.0",
      dateOfBirth: "1980-12-01",
      leavesOn: "2021-12-01",
      ageOnLeaving: 41,
    });
  });
  it("clamps the window to the end of a shorter month and moves 29 February birthdays to 1 March", () => {
    const rows = ageingOut(dataset(["1980-02-29", "1980-03-01", "1980-03-02"]), {
      asOf: "2021-01-31",
      withinMonths: 1,
    });
    expect(rows.map((row) => [row.personId, row.leavesOn])).toEqual([]);
    const later = ageingOut(dataset(["1980-02-29", "1980-03-01", "1980-03-02"]), {
      asOf: "2021-01-31",
      withinMonths: 2,
    });
    expect(later.map((row) => [row.personId, row.leavesOn])).toEqual([
      ["p0", "2021-03-01"],
      ["p1", "2021-03-01"],
      ["p2", "2021-03-02"],
    ]);
  });
  it("refuses a window that is not a whole number of months", () => {
    expect(() => ageingOut(dataset([]), { asOf: "2021-11-30", withinMonths: 1.5 })).toThrow(RangeError);
    expect(() => ageingOut(dataset([]), { asOf: "2021-11-31", withinMonths: 1 })).toThrow(RangeError);
  });
});
