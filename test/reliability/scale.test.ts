// Large inputs run without a stack overflow (no spreading of large arrays, no recursion over records).
import { describe, expect, it } from "vitest";
import { type Dataset, parseDataset, summarize, validate } from "../../src/index.js";
import { generateSample } from "../../src/testing/index.js";

describe("scale", () => {
  it("validates and summarises a dataset with 10^6 members", () => {
    const dataset = generateSample("kerala-nhg", { members: 1_000_000, seed: 2 });
    const report = validate(dataset, { asOf: "2024-03-31" });
    expect(report.counts).toEqual({ error: 0, warning: 1 }); // no meetings recorded: cadence unknown
    const summary = summarize(dataset, { level: "state", asOf: "2024-03-31" });
    expect([summary.total.members, summary.rows[0]?.members]).toEqual([1_000_000, 1_000_000]);
  }, 120_000);

  it("handles a ward with 10^5 groups, and 10^5 issues from one group", () => {
    const groups = 100_000;
    const dataset: Dataset = {
      schemaVersion: 1,
      units: [{ id: "w", kind: "ward", name: "Crowded ward" }],
      people: Array.from({ length: groups }, (_, i) => ({
        id: `p${i}`,
        gender: "female" as const,
        dateOfBirth: "1960-01-01",
      })),
      groups: Array.from({ length: groups }, (_, i) => ({
        id: `g${i}`,
        kind: "auxiliaryGroup" as const,
        unitId: "w",
        formedOn: "2021-10-02",
      })),
      memberships: Array.from({ length: groups }, (_, i) => ({
        groupId: `g${i}`,
        personId: `p${i}`,
        role: "member" as const,
      })),
      meetings: [],
    };
    // Every issue listed (maxIssues above the default of 10,000), to show lists of 10^5 are handled.
    const all = { asOf: "2021-11-30", maxIssues: 1_000_000 };
    const report = validate(dataset, all);
    expect(report.issues.filter((issue) => issue.code === "age.above_band")).toHaveLength(groups);
    const capped = validate(dataset, { asOf: "2021-11-30" });
    expect([capped.issues.length, capped.omittedIssues, capped.counts]).toEqual([
      10_000,
      report.issues.length - 10_000,
      report.counts,
    ]);
    expect(report.issues.filter((issue) => issue.code === "ward.extra_group_not_needed")).toHaveLength(1);
    expect(summarize(dataset, { level: "ward", asOf: "2021-11-30" }).rows[0]?.groups).toBe(groups);

    const oneGroup: Dataset = {
      ...dataset,
      groups: [{ id: "g0", kind: "auxiliaryGroup", unitId: "w" }],
      memberships: dataset.memberships.map((m) => ({ ...m, groupId: "g0" })),
    };
    expect(validate(oneGroup, { asOf: "2021-11-30" }).counts.error).toBe(groups + 1); // every age, and the size

    const dangling = { ...dataset, memberships: dataset.memberships.map((m) => ({ ...m, groupId: `x${m.groupId}` })) };
    expect(parseDataset(dangling).issues).toHaveLength(groups);
    expect(summarize(dangling, { level: "ward", ...all }).issues).toHaveLength(groups);
    const cappedSummary = summarize(dangling, { level: "ward", asOf: "2021-11-30" });
    expect([cappedSummary.issues.length, cappedSummary.omittedIssues]).toEqual([10_000, groups - 10_000]);
  }, 120_000);

  it("walks a unit tree 10^5 levels deep", () => {
    const units = Array.from({ length: 100_000 }, (_, i) => ({
      id: `u${i}`,
      kind: "village" as const,
      name: `U${i}`,
      ...(i > 0 ? { parentId: `u${i - 1}` } : {}),
    }));
    const result = parseDataset({ schemaVersion: 1, units, people: [], groups: [], memberships: [] });
    expect(result.issues).toHaveLength(99_999); // every village under a village is out of order
    expect(result.issues.every((issue) => issue.code === "unit.kind_order")).toBe(true);
  }, 60_000);
});
