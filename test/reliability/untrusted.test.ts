// Untrusted input to validate, summarize, summarizeStream, ageingOut and ageOn: no crash, no
// flood, no forged figure (issue 13, points 1, 3 and 7). Fixtures: test/fixtures/hostile/.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import {
  ageingOut,
  ageOn,
  type Dataset,
  getRuleSet,
  type SummaryStreamRecord,
  summarize,
  summarizeStream,
  validate,
} from "../../src/index.js";

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/hostile/${name}`, import.meta.url));
const asOf = "2021-11-30";

function auxiliaryDataset(members: number): Dataset {
  return {
    schemaVersion: 1,
    units: [{ id: "w1", kind: "ward", name: "Ward 1" }],
    people: Array.from({ length: members }, (_, i) => ({
      id: `p${i}`,
      gender: "female" as const,
      dateOfBirth: "1995-05-05",
    })),
    groups: [{ id: "g1", kind: "auxiliaryGroup", unitId: "w1", formedOn: "2021-10-02" }],
    memberships: Array.from({ length: members }, (_, i) => ({
      groupId: "g1",
      personId: `p${i}`,
      role: "member" as const,
    })),
    meetings: [],
  };
}

/** The weekly SHG rule of the first national rule set (pinned: the one in force sets no cadence). */
const weeklySelfHelpGroups = getRuleSet("nrlm.selfHelpGroup@1.0.0");

describe("the cadence bomb (validate-cadence-bomb.json: 1,000 groups, each one meeting dated 0001-01-01)", () => {
  it("validates in bounded memory: a child process with a 256 MB heap finishes, with one issue per bad date", () => {
    const entry = JSON.stringify(fileURLToPath(new URL("../../src/index.ts", import.meta.url)));
    const script = `
      import { readFileSync } from "node:fs";
      import { getRuleSet, validate } from ${entry};
      const data = JSON.parse(readFileSync(${JSON.stringify(fixture("validate-cadence-bomb.json"))}, "utf8"));
      // The weekly SHG rule (pinned: the national rule set in force sets no cadence).
      const report = validate(data, { asOf: "2021-11-30", ruleSets: [getRuleSet("nrlm.selfHelpGroup@1.0.0")] });
      const codes = [...new Set(report.issues.map((i) => i.code))];
      console.log(JSON.stringify({ issues: report.issues.length, codes }));
    `;
    const child = spawnSync(
      process.execPath,
      ["--max-old-space-size=256", "--import", "tsx", "--input-type=module", "-e", script],
      { encoding: "utf8", timeout: 60_000 },
    );
    expect(child.status, child.stderr).toBe(0);
    const out = JSON.parse(child.stdout) as { issues: number; codes: string[] };
    expect(out.codes.sort()).toEqual(["date.implausible", "group.below_min_size", "meeting.cadence_unknown"]);
    expect(out.issues).toBe(2001); // 1,000 bad dates, 1,000 empty groups, one dataset-wide warning
  });

  it("never judges a period before 1950, even when the caller says the records start in year 1", () => {
    const data = JSON.parse(readFileSync(fixture("validate-cadence-bomb.json"), "utf8")) as Dataset;
    const ruleSets = [weeklySelfHelpGroups];
    const report = validate(data, { asOf, recordsFrom: "0001-01-01", ruleSets });
    const cadence = report.issues.filter((issue) => issue.code === "meeting.cadence_missed");
    expect(cadence).toHaveLength(1000); // one per group, not one per week since year 1
    expect(cadence[0]?.params).toMatchObject({ firstMissed: "1950-W01", lastMissed: "2021-W47" });
    const summary = summarize(data, { level: "ward", asOf, recordsFrom: "0001-01-01", ruleSets });
    expect([summary.total.groupsJudged, summary.total.groupsCompliant, summary.total.meetingsHeld]).toEqual([
      1000, 0, 0,
    ]);
  });
});

describe("dates that cannot be real (date.implausible)", () => {
  it("are reported and left out of the cadence and age figures", () => {
    const data = auxiliaryDataset(3);
    (data.people as { dateOfBirth?: string }[])[0] = { ...data.people[0], dateOfBirth: "2050-01-01" } as never;
    (data.people as { dateOfBirth?: string }[])[1] = { ...data.people[1], dateOfBirth: "1850-01-01" } as never;
    (data.groups as { formedOn?: string }[])[0] = { ...data.groups[0], formedOn: "1900-01-01" } as never;
    (data.meetings as unknown[]).push({ id: "m1", groupId: "g1", date: "1949-12-31" });
    const report = validate(data, { asOf });
    expect(report.issues.map((issue) => [issue.code, issue.path?.join(".")])).toEqual([
      ["date.implausible", "groups.0.formedOn"],
      ["date.implausible", "meetings.0.date"],
      ["date.implausible", "people.0.dateOfBirth"],
      ["date.implausible", "people.1.dateOfBirth"],
      ["meeting.cadence_unknown", undefined],
    ]);
    const summary = summarize(data, { level: "ward", groupKind: "auxiliaryGroup", asOf });
    expect(summary.total.ageBands["unknown"]).toBe(2);
    expect(summary.total.groupsJudged).toBe(0); // formed "1900" is taken as unknown, so nothing is judged
  });
});

describe("maxIssues", () => {
  it("lists at most maxIssues, keeps counts exact and says how many were left out", () => {
    const data = auxiliaryDataset(5);
    (data.people as unknown[]).forEach((_, i) => {
      (data.people as { gender: string }[])[i] = { ...(data.people[i] as object), gender: "male" } as never;
    });
    const all = validate(data, { asOf });
    expect(all.issues).toHaveLength(6); // five men, and no meeting recorded at all
    expect(all.omittedIssues).toBe(0);
    const capped = validate(data, { asOf, maxIssues: 2 });
    expect(capped.issues).toEqual(all.issues.slice(0, 2));
    expect([capped.omittedIssues, capped.counts, capped.ok]).toEqual([4, all.counts, false]);
    expect(() => validate(data, { asOf, maxIssues: -1 })).toThrow(RangeError);
  });

  it("caps what summarizeStream collects from a stream of bad records", async () => {
    function* rows(): Generator<SummaryStreamRecord> {
      for (let i = 0; i < 50_000; i++) yield { type: "meeting", meeting: { id: `m${i}` } } as never;
    }
    const summary = await summarizeStream([], rows(), { level: "ward", asOf, maxIssues: 100 });
    expect(summary.issues).toHaveLength(100);
    expect(summary.omittedIssues).toBe(49_900);
  });
});

describe("duplicate membership rows (membership.duplicate)", () => {
  const data = auxiliaryDataset(1);
  const rows = Array.from({ length: 60 }, () => ({ groupId: "g1", personId: "p0", role: "member" as const }));
  const duplicated: Dataset = { ...data, memberships: rows };

  it("are reported once, and the person is counted once, in validate and in summarize", () => {
    const report = validate(duplicated, { asOf });
    expect(report.issues.filter((issue) => issue.code === "membership.duplicate").map((issue) => issue.params)).toEqual(
      [{ personId: "p0", groupId: "g1", rows: 60 }],
    );
    const summary = summarize(duplicated, { level: "ward", asOf });
    expect(summary.total.members).toBe(1);
    expect(summary.issues.map((issue) => issue.code)).toEqual(["membership.duplicate"]);
  });

  it("are counted once by summarizeStream when they come together", async () => {
    const records: SummaryStreamRecord[] = [
      { type: "group", group: data.groups[0] as Dataset["groups"][number] },
      ...rows.map((membership) => ({ type: "membership" as const, membership, dateOfBirth: "1995-05-05" })),
    ];
    const summary = await summarizeStream(data.units, records, { level: "ward", asOf });
    expect(summary.total.members).toBe(1);
    expect(summary.issues.map((issue) => [issue.code, issue.params?.rows])).toEqual([["membership.duplicate", 60]]);
  });

  it("a membership and an office held by the same person count her once", () => {
    const two: Dataset = {
      ...data,
      memberships: [
        { groupId: "g1", personId: "p0", role: "member" },
        { groupId: "g1", personId: "p0", role: "president" },
      ],
    };
    expect(summarize(two, { level: "ward", asOf }).total.members).toBe(1);
  });
});

describe("wrong input never throws anything but the package's errors", () => {
  it("summarize and ageingOut read anything as validate does", () => {
    for (const input of [null, undefined, 42, "x", [], { schemaVersion: 2 }]) {
      expect(summarize(input, { level: "ward", asOf }).issues[0]?.code).toBe("schema.invalid");
      expect(ageingOut(input, { asOf, withinMonths: 3 })).toEqual([]);
    }
  });

  it("refuses options of the wrong type or size with the package's TypeError or RangeError", () => {
    const data = auxiliaryDataset(1);
    expect(() => ageingOut(data, { asOf, withinMonths: 1e9 })).toThrow(
      "@kudumbashree/domain: withinMonths must be a whole number from 0 to 1200, got 1000000000",
    );
    expect(() => summarize(data, { level: "ward", asOf, ageBands: "x" as never })).toThrow(TypeError);
    expect(() => summarize(data, { level: "ward", asOf, maxIssues: 0.5 })).toThrow(RangeError);
  });

  it("ageOn refuses a day before the birth instead of answering a negative age", () => {
    expect(() => ageOn("2021-12-01", "2021-11-30")).toThrow(RangeError);
  });
});

describe("summarizeStream", () => {
  const units = [{ id: "w1", kind: "ward" as const, name: "Ward 1" }];

  it("takes a record whose getter throws as an issue, not a rejected promise", async () => {
    const hostile = {
      type: "group",
      get group(): never {
        throw new Error("boom");
      },
    };
    const summary = await summarizeStream(units, [hostile as never], { level: "ward", asOf });
    expect(summary.issues.map((issue) => [issue.code, issue.path, issue.message])).toEqual([
      ["input.unreadable", ["records", 0], "The input could not be read: boom"],
    ]);
  });

  it("stops reading when its signal aborts, rejecting with the signal's reason", async () => {
    const controller = new AbortController();
    let read = 0;
    async function* rows(): AsyncGenerator<SummaryStreamRecord> {
      for (;;) {
        read++;
        if (read === 10) controller.abort(new Error("stopped by the app"));
        yield { type: "group", group: { id: `g${read}`, kind: "auxiliaryGroup", unitId: "w1" } };
      }
    }
    await expect(summarizeStream(units, rows(), { level: "ward", asOf, signal: controller.signal })).rejects.toThrow(
      "stopped by the app",
    );
    expect(read).toBe(10);
  });

  it("refuses arguments of the wrong type with the package's TypeError", async () => {
    await expect(summarizeStream(5 as never, [], { level: "ward", asOf })).rejects.toThrow(
      "@kudumbashree/domain: units must be an iterable, got number",
    );
    await expect(summarizeStream(units, null as never, { level: "ward", asOf })).rejects.toThrow(TypeError);
    await expect(summarizeStream(units, [], { level: "ward", asOf, signal: "x" as never })).rejects.toThrow(TypeError);
  });
});
