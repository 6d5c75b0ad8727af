import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { ageOn, parseDataset, summarize, validate } from "../../src/index.js";
import { generateSample } from "../../src/testing/index.js";
import { countByUnit, figuresOf } from "../helpers/countOracle.js";

const digest = (value: unknown) => createHash("sha256").update(JSON.stringify(value)).digest("hex");

describe("generateSample", () => {
  it("is deterministic: the same preset and seed give the same dataset, another seed another", () => {
    expect(digest(generateSample("nro-balasabha-2020", { seed: 3 }))).toBe(
      digest(generateSample("nro-balasabha-2020", { seed: 3 })),
    );
    expect(digest(generateSample("nro-balasabha-2020", { seed: 3 }))).not.toBe(
      digest(generateSample("nro-balasabha-2020", { seed: 4 })),
    );
  });

  describe("thiruvananthapuram-2021", () => {
    const dataset = generateSample("thiruvananthapuram-2021");
    it("has the published shape: 1,546 wards over the three kinds of local body, 1,550 groups, 25,823 women", () => {
      expect(parseDataset(dataset).ok).toBe(true);
      expect(dataset.units.filter((unit) => unit.kind === "ward")).toHaveLength(1546);
      expect(new Set(dataset.units.map((unit) => unit.localBodyType).filter(Boolean))).toEqual(
        new Set(["gramaPanchayat", "municipality", "corporation"]),
      );
      expect(dataset.groups).toHaveLength(1550);
      expect(dataset.memberships).toHaveLength(25_823);
      const perWard = new Map<string, number>();
      for (const group of dataset.groups) perWard.set(group.unitId, (perWard.get(group.unitId) ?? 0) + 1);
      expect([...perWard.values()].filter((count) => count === 2)).toHaveLength(4);
      const sizes = new Map<string, number>();
      for (const membership of dataset.memberships)
        sizes.set(membership.groupId, (sizes.get(membership.groupId) ?? 0) + 1);
      expect(Math.max(...sizes.values())).toBe(50);
      for (const person of dataset.people) {
        expect(person.gender).toBe("female");
        expect(ageOn(person.dateOfBirth as string, "2021-11-06")).toBeGreaterThanOrEqual(18);
        expect(ageOn(person.dateOfBirth as string, "2021-11-30")).toBeLessThanOrEqual(40);
      }
    });
    it("passes validate with no issue on the day of the report, at the end of November and after it", () => {
      for (const asOf of ["2021-11-06", "2021-11-30", "2021-12-01"])
        expect(validate(dataset, { asOf }).issues).toEqual([]);
    });
  });

  describe("nro-balasabha-2020", () => {
    const dataset = generateSample("nro-balasabha-2020");
    it("has the published numbers per state, a resource person per Balasabha, Tripura below Kerala's minimum", () => {
      const summary = summarize(dataset, { level: "state", groupKind: "balasabha", asOf: "2020-08-14" });
      expect(summary.rows.map((row) => [row.name, row.groups, row.members])).toEqual([
        ["Assam", 1150, 17_250],
        ["Jharkhand", 2900, 41_290],
        ["Manipur", 20, 300],
        ["Tripura", 125, 1529],
      ]);
      expect(dataset.memberships.filter((membership) => membership.role === "resourcePerson")).toHaveLength(4195);
      const report = validate(dataset, { asOf: "2020-08-14" });
      expect(new Set(report.issues.map((issue) => issue.code))).toEqual(new Set(["group.below_min_size"]));
    });
  });

  describe("kerala-nhg", () => {
    it("scales with members and holds valid NHGs", () => {
      const dataset = generateSample("kerala-nhg", { members: 20_000, meetingWeeks: 4 });
      expect(dataset.memberships).toHaveLength(20_000);
      expect(dataset.units.filter((unit) => unit.kind === "district").length).toBeGreaterThan(1);
      expect(validate(dataset, { asOf: "2024-03-31" }).issues).toEqual([]);
    });
    it("refuses sizes out of range", () => {
      expect(() => generateSample("kerala-nhg", { members: 5 })).toThrow(RangeError);
      expect(() => generateSample("kerala-nhg", { members: 4_500_001 })).toThrow(RangeError);
      expect(() => generateSample("nowhere" as never)).toThrow(/no sample preset/);
    });
  });
});

describe("kerala-auxiliary-2021 and sampleStream", () => {
  it("has the statewide counts of 18 Nov 2021 and a year of meetings twice a month", () => {
    const dataset = generateSample("kerala-auxiliary-2021");
    expect([dataset.groups.length, dataset.memberships.length, dataset.meetings?.length]).toEqual([
      19_521,
      300_531,
      19_521 * 24,
    ]);
    expect(validate(dataset, { asOf: "2022-10-01" }).issues).toEqual([]);
  }, 60_000);

  it("streams the same records generateSample holds, every time it is iterated", async () => {
    const { summarizeStream } = await import("../../src/index.js");
    const { sampleStream } = await import("../../src/testing/index.js");
    const options = { members: 5000, meetingWeeks: 3, seed: 9 };
    const generated = generateSample("kerala-nhg", options);
    const whole = summarize(generated, { level: "district", asOf: "2024-03-31", recordsFrom: "2024-03-01" });
    // The figures themselves, counted independently: not only that the two ways agree.
    expect(generated.memberships).toHaveLength(5000);
    expect(figuresOf(whole)).toEqual(countByUnit(generated, { level: "district", asOf: "2024-03-31" }));
    const stream = sampleStream("kerala-nhg", options);
    for (let pass = 0; pass < 2; pass++) {
      const streamed = await summarizeStream(stream.units, stream.records, {
        level: "district",
        asOf: "2024-03-31",
        recordsFrom: "2024-03-01",
      });
      expect(JSON.stringify(streamed)).toBe(JSON.stringify(whole));
    }
  });
});
