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

describe("kerala-nhg with federations", () => {
  const options = { members: 7000, seed: 6, meetingWeeks: 4, federations: true };
  const dataset = generateSample("kerala-nhg", options);
  const federations = dataset.federations ?? [];
  const ads = federations.filter((federation) => federation.kind === "areaDevelopmentSociety");
  const cds = federations.filter((federation) => federation.kind === "communityDevelopmentSociety");
  const unitOf = new Map(dataset.units.map((unit) => [unit.id, unit]));

  it("has an ADS of each ward's NHGs and a CDS of each grama panchayat's ADSs, formed after their members", () => {
    expect(federations).toHaveLength(ads.length + cds.length);
    const wards = dataset.units.filter((unit) => unit.kind === "ward");
    const groupsOf = new Map<string, string[]>();
    for (const group of dataset.groups) groupsOf.set(group.unitId, [...(groupsOf.get(group.unitId) ?? []), group.id]);
    // 467 NHGs, 13 a ward: 36 wards, the last of 12.
    expect([dataset.groups.length, wards.length, ads.length]).toEqual([467, 36, 36]);
    for (const [k, ward] of wards.entries()) {
      const one = ads[k];
      expect(one).toMatchObject({ id: `ADS-${ward.id.slice(3)}`, unitId: ward.id, formedOn: "2019-02-04" });
      expect(one?.memberIds).toEqual(groupsOf.get(ward.id));
    }
    const localBodies = dataset.units.filter((unit) => unit.kind === "localBody");
    expect(cds.map((one) => one.unitId)).toEqual(localBodies.map((unit) => unit.id));
    for (const one of cds) {
      expect(one.formedOn).toBe("2019-03-04");
      const expected = ads.filter((a) => unitOf.get(a.unitId)?.parentId === one.unitId).map((a) => a.id);
      expect(one.memberIds).toEqual(expected);
      expect(one.memberIds.length).toBeGreaterThan(0);
    }
    // Every NHG in one ADS; each ADS listed in the CDS before it and after its own ADSs.
    expect(ads.flatMap((one) => one.memberIds).sort()).toEqual(dataset.groups.map((group) => group.id).sort());
    for (const group of dataset.groups) expect((group.formedOn as string) < "2019-02-04").toBe(true);
    const position = new Map(federations.map((federation, k) => [federation.id, k]));
    for (const one of cds)
      for (const id of one.memberIds) expect(position.get(id)).toBeLessThan(position.get(one.id) as number);
  });

  it("passes validate with no issue, and summarize counts its federations", () => {
    expect(parseDataset(dataset).ok).toBe(true);
    const report = validate(dataset, { asOf: "2024-03-31" });
    expect(report.issues).toEqual([]);
    expect(report.ruleSets).toContain("kerala.areaDevelopmentSociety@1.0.0");
    const summary = summarize(dataset, { level: "district", asOf: "2024-03-31" });
    expect(summary.total.federations).toEqual({ areaDevelopmentSociety: 36, communityDevelopmentSociety: 2 });
    expect(summary.total.groupsFederated).toBe(467);
    // The day before the ADSs were formed, none is counted.
    const before = summarize(dataset, { level: "state", asOf: "2019-02-03" });
    expect(before.total.groupsFederated).toBe(0);
  });

  it("changes no other record, and adds no federations key without the option", () => {
    const without = generateSample("kerala-nhg", { ...options, federations: false });
    expect("federations" in without).toBe(false);
    expect("federations" in generateSample("kerala-nhg", { members: 100 })).toBe(false);
    const { federations: _, ...rest } = dataset;
    expect(digest(rest)).toBe(digest(without));
  });

  it("federates a ward of one NHG with the ward before it in its grama panchayat, and none alone", () => {
    // 14 NHGs: a ward of 13 and a ward of one.
    const fourteen = generateSample("kerala-nhg", { members: 210, federations: true }).federations ?? [];
    expect(fourteen.map((one) => [one.id, one.memberIds.length])).toEqual([
      ["ADS-THI-LB0001-W000001", 14],
      ["CDS-THI-LB0001", 1],
    ]);
    // 235 NHGs: 18 wards of 13 in the first grama panchayat, then one NHG alone in the next.
    const alone = generateSample("kerala-nhg", { members: 3525, federations: true });
    expect(alone.groups).toHaveLength(235);
    expect((alone.federations ?? []).flatMap((one) => one.memberIds)).not.toContain("NHG0000235");
    expect((alone.federations ?? []).map((one) => one.unitId)).not.toContain("KL-KOL-LB0002");
    expect(
      validate(alone, { asOf: "2024-03-31" }).issues.filter((issue) => issue.code.startsWith("federation")),
    ).toEqual([]);
    expect(generateSample("kerala-nhg", { members: 10, federations: true }).federations).toEqual([]);
  });

  it("is streamed by sampleStream with the same figures", async () => {
    const { summarizeStream } = await import("../../src/index.js");
    const { sampleStream } = await import("../../src/testing/index.js");
    const stream = sampleStream("kerala-nhg", options);
    const streamed = await summarizeStream(stream.units, stream.records, { level: "district", asOf: "2024-03-31" });
    const whole = summarize(dataset, { level: "district", asOf: "2024-03-31" });
    expect(JSON.stringify(streamed)).toBe(JSON.stringify(whole));
    expect(streamed.total.groupsFederated).toBe(467);
  });

  it("is only for kerala-nhg, and only true or false", () => {
    expect(() => generateSample("nro-assam", { federations: true })).toThrow(
      /federations is for kerala-nhg: nro-assam has federations of its own/,
    );
    expect(() => generateSample("thiruvananthapuram-2021", { federations: true })).toThrow(RangeError);
    expect(generateSample("nro-balasabha-2020", { federations: false }).federations).toBeUndefined();
    expect(() => generateSample("kerala-nhg", { members: 100, federations: "yes" as never })).toThrow(TypeError);
  });
});

describe("kerala-nhg sizes", () => {
  it("makes 21 or 22 women two NHGs (no NHG above 20)", () => {
    for (const members of [21, 22]) {
      const dataset = generateSample("kerala-nhg", { members });
      expect([dataset.groups.length, dataset.memberships.length]).toEqual([2, members]);
      expect(validate(dataset, { asOf: "2024-03-31" }).issues.filter((issue) => issue.severity === "error")).toEqual(
        [],
      );
    }
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
