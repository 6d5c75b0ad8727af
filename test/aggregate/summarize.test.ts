import { describe, expect, it } from "vitest";
import {
  compareWithPublished,
  type Dataset,
  formatSummary,
  parseDataset,
  planGroups,
  publishedFigures,
  summarize,
  summarizeStream,
  suppressSummary,
} from "../../src/index.js";
import { generateSample } from "../../src/testing/index.js";
import { exampleDataset } from "../helpers/example.js";

describe("the published figures", () => {
  const tvm = generateSample("thiruvananthapuram-2021", { seed: 1 });
  const nro = generateSample("nro-balasabha-2020", { seed: 1 });

  it("Thiruvananthapuram, Nov 2021: 1,546 wards, 1,550 groups, 25,823 members at district level", () => {
    const summary = summarize(tvm, { level: "district", groupKind: "auxiliaryGroup", asOf: "2021-11-06" });
    expect(summary.rows).toHaveLength(1);
    expect(summary.rows[0]).toMatchObject({
      unitId: "KL-TVM",
      name: "Thiruvananthapuram",
      wards: 1546,
      wardsWithGroup: 1546,
      groups: 1550,
      members: 25_823,
      coverage: 1,
      maxGroupSize: 50,
    });
    expect(compareWithPublished(summary, publishedFigures.thiruvananthapuramAuxiliaryGroups2021)).toEqual([]);
    expect(summary.issues).toEqual([]);
  });

  it("explains the extension from 1,546 to 1,550 groups with planGroups", () => {
    const perWard = new Map<string, number>();
    for (const membership of tvm.memberships) {
      const wardId = tvm.groups.find((group) => group.id === membership.groupId)?.unitId as string;
      perWard.set(wardId, (perWard.get(wardId) ?? 0) + 1);
    }
    const plan = planGroups(
      [...perWard].map(([wardId, eligibleMembers]) => ({ wardId, eligibleMembers })),
      { maxSize: 50 },
    );
    expect([plan.wards.length, plan.totalGroups, plan.extraGroups, plan.wardsWithExtraGroups]).toEqual([
      1546, 1550, 4, 4,
    ]);
  });

  it("NRO Balasabhas, Aug 2020: 4,195 Balasabhas and 60,369 children, means 12.2, 15, 14.24 and 15", () => {
    const summary = summarize(nro, { level: "state", groupKind: "balasabha", asOf: "2020-08-14" });
    expect(compareWithPublished(summary, publishedFigures.nroBalasabhas2020)).toEqual([]);
    expect([summary.total.groups, summary.total.members]).toEqual([4195, 60_369]);
    const means = Object.fromEntries(
      summary.rows.map((row) => [row.name, Number((row.meanGroupSize as number).toFixed(2))]),
    );
    expect(means).toEqual({ Tripura: 12.23, Assam: 15, Jharkhand: 14.24, Manipur: 15 });
  });

  it("lists every number that differs from a published table", () => {
    const summary = summarize(nro, { level: "state", groupKind: "balasabha", asOf: "2020-08-14" });
    const figure = {
      ...publishedFigures.nroBalasabhas2020,
      rows: [
        { name: "Tripura", groups: 126, members: 1529, meanGroupSize: 12.3, meanPrecision: 1 },
        { name: "Goa", groups: 1 },
      ],
    };
    expect(compareWithPublished(summary, figure)).toEqual([
      { name: "Tripura", field: "groups", published: 126, computed: 125 },
      { name: "Tripura", field: "meanGroupSize", published: 12.3, computed: 12.2 },
      { name: "Goa", field: "row", published: "Goa", computed: undefined },
    ]);
  });
});

describe("summarize", () => {
  const asOf = "2021-11-30";

  it("rolls the example dataset up to its local bodies, with a breakdown per kind", () => {
    const summary = summarize(exampleDataset(), { level: "localBody", asOf });
    expect(summary.rows.map((row) => [row.unitId, row.wards, row.wardsWithGroup, row.groups, row.members])).toEqual([
      ["KL-TVM-CORP", 2, 2, 2, 44],
      ["KL-TVM-KALLIYOOR", 3, 3, 10, 163],
      ["KL-TVM-NTA", 2, 2, 6, 85],
    ]);
    const kalliyoor = summary.rows[1];
    expect(Object.keys(kalliyoor?.byKind ?? {})).toEqual(["auxiliaryGroup", "balasabha", "neighbourhoodGroup"]);
    expect(kalliyoor?.byKind?.balasabha).toMatchObject({ groups: 1, members: 17, wards: 3, wardsWithGroup: 1 });
    expect(summary.total.members).toBe(292); // 293 memberships, one of them a resource person
    // One rule set of each kind of group (their versions are the registry's business).
    expect(summary.ruleSets?.map((key) => key.split("@")[0])).toEqual([
      "kerala.auxiliaryGroup",
      "kerala.balasabha",
      "kerala.neighbourhoodGroup",
      "nrlm.selfHelpGroup",
    ]);
  });

  it("counts only active groups and memberships, and never a resource person", () => {
    const dataset: Dataset = {
      schemaVersion: 1,
      units: [{ id: "w1", kind: "ward", name: "Ward 1" }],
      people: ["a", "b", "c", "d", "e"].map((id) => ({ id, gender: "female" as const, dateOfBirth: "1990-01-01" })),
      groups: [
        { id: "open", kind: "auxiliaryGroup", unitId: "w1", formedOn: "2021-10-02" },
        { id: "closed", kind: "auxiliaryGroup", unitId: "w1", formedOn: "2021-10-02", closedOn: "2021-11-30" },
        { id: "future", kind: "auxiliaryGroup", unitId: "w1", formedOn: "2021-12-01" },
      ],
      memberships: [
        { groupId: "open", personId: "a", role: "member" },
        { groupId: "open", personId: "b", role: "member", to: "2021-11-29" },
        { groupId: "open", personId: "c", role: "resourcePerson" },
        { groupId: "open", personId: "d", role: "member", from: "2021-11-30", to: "2021-11-30" },
        { groupId: "closed", personId: "e", role: "member" },
      ],
    };
    const [ward] = summarize(dataset, { level: "ward", asOf }).rows;
    expect([ward?.groups, ward?.members, ward?.minGroupSize, ward?.capacity]).toEqual([1, 2, 2, 50]);
  });

  it("judges meeting cadence over full months and derives compliance and attendance from the counts", () => {
    const dataset: Dataset = {
      schemaVersion: 1,
      units: [{ id: "w1", kind: "ward", name: "Ward 1" }],
      people: [
        { id: "a", gender: "female" },
        { id: "b", gender: "female" },
      ],
      groups: [
        { id: "g1", kind: "auxiliaryGroup", unitId: "w1", formedOn: "2021-10-02" },
        { id: "g2", kind: "auxiliaryGroup", unitId: "w1", formedOn: "2021-10-02" },
        { id: "g3", kind: "auxiliaryGroup", unitId: "w1", formedOn: "2021-12-10" },
      ],
      memberships: [
        { groupId: "g1", personId: "a", role: "member" },
        { groupId: "g1", personId: "b", role: "member" },
        { groupId: "g2", personId: "a", role: "member" },
      ],
      meetings: [
        // October is not judged (formed on the 2nd).
        { id: "1", groupId: "g1", date: "2021-10-09", attendeeIds: ["a", "b"] },
        { id: "2", groupId: "g1", date: "2021-11-06", attendeeIds: ["a", "b"] },
        { id: "3", groupId: "g1", date: "2021-11-20", attendeeIds: ["a"] },
        { id: "4", groupId: "g1", date: "2021-12-04" },
        { id: "5", groupId: "g1", date: "2021-12-18" },
        { id: "6", groupId: "g2", date: "2021-11-06", attendeeIds: ["a"] },
      ],
    };
    const summary = summarize(dataset, { level: "ward", groupKind: "auxiliaryGroup", asOf: "2022-01-01" });
    expect(summary.rows[0]).toMatchObject({
      groups: 3,
      groupsJudged: 2,
      groupsCompliant: 1,
      meetingsHeld: 5,
      meetingsExpected: 8,
      meetingCompliance: 0.5,
      attendees: 4,
      attendanceSlots: 5,
      attendanceRate: 0.8,
    });
  });

  /** One ward's auxiliary groups, their meetings judged from October 2021 to asOf. */
  const wardOptions = {
    level: "ward",
    groupKind: "auxiliaryGroup",
    asOf: "2022-01-01",
    recordsFrom: "2021-10-01",
  } as const;

  it("gives the same figures when one parsed dataset is summarised again and again (nothing left per person)", () => {
    const input: Dataset = {
      schemaVersion: 1,
      units: [{ id: "w1", kind: "ward", name: "Ward 1" }],
      people: ["a", "b", "c"].map((id) => ({ id, gender: "female" as const })),
      groups: [
        { id: "g1", kind: "auxiliaryGroup", unitId: "w1", formedOn: "2021-10-02" },
        { id: "g2", kind: "auxiliaryGroup", unitId: "w1", formedOn: "2021-10-02" },
      ],
      memberships: [
        { groupId: "g1", personId: "a", role: "member" },
        { groupId: "g1", personId: "a", role: "member" }, // counted once, reported as a duplicate
        { groupId: "g1", personId: "b", role: "member" },
        { groupId: "g2", personId: "c", role: "member" },
      ],
      meetings: [
        { id: "1", groupId: "g1", date: "2021-11-06", attendeeIds: ["a", "b", "c"] },
        { id: "2", groupId: "g2", date: "2021-11-06", attendeeIds: ["a", "c"] },
      ],
    };
    const parsed = parseDataset(input);
    if (!parsed.ok) throw new Error("the dataset should parse");
    // A small sample (the auxiliary preset is 3 lakh members whatever is asked).
    const other = generateSample("kerala-nhg", { seed: 2, members: 300, meetingWeeks: 4 });
    const first = summarize(parsed.data, wardOptions);
    expect(first.rows[0]).toMatchObject({ members: 3, attendees: 3, attendanceSlots: 3 });
    for (let round = 0; round < 3; round++) {
      summarize(other, { level: "district", asOf: "2022-01-01" }); // another people list in between
      expect(summarize(parsed.data, wardOptions)).toEqual(first);
    }
  });

  it("gives the same cadence and attendance whatever order the meetings come in, in memory and streamed", async () => {
    const dataset: Dataset = {
      schemaVersion: 1,
      units: [{ id: "w1", kind: "ward", name: "Ward 1" }],
      people: [
        { id: "a", gender: "female" },
        { id: "b", gender: "female" },
        { id: "c", gender: "female" },
      ],
      groups: [{ id: "g1", kind: "auxiliaryGroup", unitId: "w1", formedOn: "2021-10-02" }],
      memberships: ["a", "b", "c"].map((personId) => ({ groupId: "g1", personId, role: "member" as const })),
      meetings: [
        { id: "1", groupId: "g1", date: "2021-10-09", attendeeIds: ["a", "b", "c"] }, // before the judged months
        { id: "2", groupId: "g1", date: "2021-11-06", attendeeIds: ["a", "b"] },
        { id: "3", groupId: "g1", date: "2021-11-20" },
        { id: "4", groupId: "g1", date: "2021-12-04", attendeeIds: ["a"] },
        { id: "5", groupId: "g1", date: "2022-01-08", attendeeIds: ["a", "b", "c"] }, // after asOf's last full month
      ],
    };
    const expected = {
      groupsJudged: 1,
      groupsCompliant: 0,
      meetingsHeld: 3,
      meetingsExpected: 4,
      attendees: 3,
      attendanceSlots: 6,
    };
    const meetings = dataset.meetings ?? [];
    for (const order of [
      [0, 1, 2, 3, 4],
      [4, 3, 2, 1, 0],
      [2, 4, 0, 3, 1],
      [3, 0, 4, 1, 2],
    ]) {
      const shuffled = { ...dataset, meetings: order.map((i) => meetings[i] as (typeof meetings)[number]) };
      expect(summarize(shuffled, wardOptions).rows[0]).toMatchObject(expected);
      const records = [
        ...shuffled.meetings.map((meeting) => ({ type: "meeting" as const, meeting })),
        ...shuffled.memberships.map((membership) => ({ type: "membership" as const, membership })),
        ...shuffled.groups.map((group) => ({ type: "group" as const, group })),
      ];
      expect((await summarizeStream(shuffled.units, records, wardOptions)).rows[0]).toMatchObject(expected);
    }
  });

  it("counts members by age band on asOf", () => {
    const summary = summarize(generateSample("nro-balasabha-2020"), {
      level: "country",
      groupKind: "balasabha",
      asOf: "2020-08-14",
      ageBands: [6, 18],
    });
    expect(summary.total.ageBands).toEqual({ "<6": 0, "6-17": 60_369, "18+": 0, unknown: 0 });
  });

  it("reports bad input as issues instead of throwing, and throws only for bad options", () => {
    const summary = summarize({ schemaVersion: 1, units: [] } as unknown as Dataset, { level: "district", asOf });
    expect(summary.rows).toEqual([]);
    expect(summary.issues.map((issue) => issue.code)).toEqual(["schema.invalid", "schema.invalid", "schema.invalid"]);
    const dangling = exampleDataset();
    dangling.memberships.push({ groupId: "nowhere", personId: "P0001", role: "member" });
    expect(summarize(dangling, { level: "district", asOf }).issues.map((issue) => issue.code)).toEqual([
      "reference.unknown",
    ]);
    expect(() => summarize(exampleDataset(), { level: "taluk" as never, asOf })).toThrow(RangeError);
    expect(() => summarize(exampleDataset(), { level: "ward", asOf: "2021-02-30" })).toThrow(RangeError);
    expect(() => summarize(exampleDataset(), { level: "ward", asOf, suppressBelow: 0 })).toThrow(RangeError);
  });

  it("counts groups under no unit of the level in the total and in unplaced", () => {
    const summary = summarize(exampleDataset(), { level: "block", asOf });
    expect(summary.rows.map((row) => [row.unitId, row.groups])).toEqual([["KL-TVM-NEMOM", 10]]);
    expect([summary.unplaced, summary.total.groups]).toEqual([8, 18]);
  });
});

describe("suppression", () => {
  it("blanks counts from 1 to k - 1, and the ratios derived from them, and marks them", () => {
    const summary = summarize(exampleDataset(), {
      level: "ward",
      groupKind: "balasabha",
      asOf: "2021-11-30",
      suppressBelow: 5,
    });
    const ward = summary.rows.find((row) => row.unitId === "KL-TVM-KALLIYOOR-W01");
    expect(summary.suppressBelow).toBe(5);
    expect([ward?.wards, ward?.groups, ward?.members, ward?.meanGroupSize, ward?.coverage]).toEqual([
      null,
      null,
      17,
      null,
      null,
    ]);
    expect(ward?.suppressed).toEqual(expect.arrayContaining(["wards", "groups", "meanGroupSize", "coverage"]));
    const empty = summary.rows.find((row) => row.unitId === "KL-TVM-NTA-W01");
    expect([empty?.groups, empty?.members, empty?.suppressed?.includes("groups")]).toEqual([0, 0, false]);
    expect(() => suppressSummary(summary as never, 5)).toThrow(RangeError);
  });
});

describe("formatSummary", () => {
  const summary = summarize(exampleDataset(), { level: "localBody", asOf: "2021-11-30" });

  it("writes the same bytes for the same summary, in every format", () => {
    for (const format of ["table", "csv", "json"] as const) {
      expect(formatSummary(summary, { format })).toBe(
        formatSummary(summarize(exampleDataset(), { level: "localBody", asOf: "2021-11-30" }), { format }),
      );
    }
  });

  it("writes CSV with a header, a line per unit and kind, and age bands", () => {
    const lines = formatSummary(summary, { format: "csv" }).trimEnd().split("\r\n");
    expect(lines[0]).toMatch(/^unitId,unit,kind,wards,.*,age <5,age 5-9,.*,age 60\+,age unknown$/);
    expect(lines[1]).toMatch(/^KL-TVM-CORP,Thiruvananthapuram Corporation,all,2,2,2,44,22,20,24,1,0.44,/);
    expect(lines.filter((line) => line.startsWith(",Total,"))).toHaveLength(4);
    expect(JSON.parse(formatSummary(summary, { format: "json" }))).toEqual(JSON.parse(JSON.stringify(summary)));
  });

  it("writes a table with a title and aligned columns, showing suppressed values as x", () => {
    const table = formatSummary(
      summarize(exampleDataset(), { level: "ward", groupKind: "balasabha", asOf: "2021-11-30", suppressBelow: 5 }),
      { format: "table" },
    );
    expect(table.split("\n")[0]).toBe("Balasabhas by ward as of 2021-11-30 (counts below 5 suppressed)");
    expect(table).toMatch(/ x /);
  });
});
