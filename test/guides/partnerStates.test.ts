// docs/partner-states.md, end to end: the village-based preset through the command line with a
// derived rule-set file and a bad cell, then district summaries merged into the state report.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  type Dataset,
  deriveRuleSet,
  getRuleSet,
  mergeSummaries,
  parseSummary,
  type Summary,
  summarize,
  validate,
} from "../../src/index.js";
import { generateSample } from "../../src/testing/generateSample.js";
import { cli } from "../helpers/cli.js";

const asOf = "2024-03-31";

const sources = [{ title: "State order", publisher: "ASRLMS" }];
const ruleSets = [
  deriveRuleSet(getRuleSet("kerala.balasabha@3.0.0"), {
    id: "assam.balasabha",
    version: "1.0.0",
    sources,
    groupSize: { min: 10, max: 30 },
  }),
  deriveRuleSet(getRuleSet("nrlm.selfHelpGroup@2.0.0"), {
    id: "assam.selfHelpGroup",
    version: "1.0.0",
    sources,
    meetings: { count: 1, per: "week" },
  }),
];

/** The part of a dataset under one unit (its ancestors kept), as a district office exports it. */
function partUnder(data: Dataset, unitId: string): Dataset {
  const parent = new Map(data.units.map((unit) => [unit.id, unit.parentId]));
  const under = (id: string | undefined): boolean => {
    for (let at = id; at !== undefined; at = parent.get(at)) if (at === unitId) return true;
    return false;
  };
  const ancestors = new Set<string>();
  for (let at = parent.get(unitId); at !== undefined; at = parent.get(at)) ancestors.add(at);
  const groups = data.groups.filter((group) => under(group.unitId));
  const groupIds = new Set(groups.map((group) => group.id));
  const memberships = data.memberships.filter((row) => groupIds.has(row.groupId));
  const personIds = new Set(memberships.map((row) => row.personId));
  return {
    schemaVersion: 1,
    units: data.units.filter((unit) => under(unit.id) || ancestors.has(unit.id)),
    people: data.people.filter((person) => personIds.has(person.id)),
    groups,
    federations: (data.federations ?? []).filter((federation) => under(federation.unitId)),
    memberships,
    meetings: (data.meetings ?? []).filter((meeting) => groupIds.has(meeting.groupId)),
  };
}

describe("docs/partner-states.md: an Assam export to a state report", () => {
  it("validates and summarises the village-based preset through the command line with a derived rule-set file", () => {
    const folder = mkdtempSync(join(tmpdir(), "kudumbashree-guide-"));
    const csv = join(folder, "assam");
    expect(cli(["sample", "nro-assam", "--format", "csv", "--out", csv]).code).toBe(0);
    const rulesFile = join(folder, "assam-rules.json");
    writeFileSync(rulesFile, JSON.stringify(ruleSets, null, 2));

    // A bad cell and a column of the state's own.
    const peopleFile = join(csv, "people.csv");
    const people = readFileSync(peopleFile, "utf8").split("\r\n");
    const cells = (people[5] as string).split(",");
    const badPerson = cells[0] as string;
    cells[2] = "31-02-1990";
    people[5] = cells.join(",");
    writeFileSync(peopleFile, people.join("\r\n"));
    const groupsFile = join(csv, "groups.csv");
    const groupLines = readFileSync(groupsFile, "utf8").split("\r\n");
    writeFileSync(
      groupsFile,
      groupLines
        .map((line, i) => (line === "" ? line : `${line},${i === 0 ? "Bank account" : `SBI-${i}`}`))
        .join("\r\n"),
    );

    const checked = cli(["validate", csv, "--as-of", asOf, "--rules", rulesFile, "--format", "json"]);
    expect(checked.code, checked.stderr).toBe(1);
    const report = JSON.parse(checked.stdout) as {
      ruleSets: string[];
      ruleSetHashes: { key: string; hash: string }[];
      issues: { code: string; subject?: { id: string } }[];
      setAside: Record<string, number>;
      recordsFrom: string;
      recordsFromInferred: boolean;
    };
    expect(report.ruleSets).toEqual(
      expect.arrayContaining(["assam.balasabha@1.0.0", "assam.selfHelpGroup@1.0.0", "nrlm.villageOrganisation@1.0.0"]),
    );
    expect(report.ruleSetHashes.map((entry) => entry.key)).toContain("assam.balasabha@1.0.0");
    expect([report.recordsFrom, report.recordsFromInferred]).toEqual(["2023-04-01", true]);
    expect(report.setAside).toMatchObject({ people: 1, memberships: 1 });
    const codes = new Set(report.issues.map((found) => found.code));
    for (const code of ["input.columns_ignored", "schema.invalid", "reference.set_aside"])
      expect(codes).toContain(code);

    // Every other group's issues are those of the export without the bad person.
    const sample = generateSample("nro-assam");
    const without: Dataset = {
      ...sample,
      people: sample.people.filter((person) => person.id !== badPerson),
      memberships: sample.memberships.filter((row) => row.personId !== badPerson),
      meetings: (sample.meetings ?? []).map((meeting) => ({
        ...meeting,
        ...(meeting.attendeeIds === undefined
          ? {}
          : { attendeeIds: meeting.attendeeIds.filter((id) => id !== badPerson) }),
      })),
    };
    const expected = validate(without, { asOf, ruleSets });
    const ruleCodes = (issues: readonly { code: string; subject?: { id: string } }[]) =>
      issues
        .filter((found) => /^(group|meeting|age|federation|village)\./.test(found.code))
        .map((found) => `${found.code} ${found.subject?.id}`)
        .sort();
    expect(ruleCodes(report.issues)).toEqual(ruleCodes(expected.issues));
    expect(ruleCodes(report.issues).length).toBeGreaterThan(10);

    const summarised = cli([
      "summarize",
      csv,
      "--level",
      "block",
      "--as-of",
      asOf,
      "--rules",
      rulesFile,
      "--format",
      "json",
    ]);
    // Exit 1: the data has errors (the bad cell); the figures leave the records concerned out.
    expect(summarised.code, summarised.stderr).toBe(1);
    const parsed = parseSummary(JSON.parse(summarised.stdout));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    const summary = parsed.summary;
    const direct = summarize(without, { asOf, ruleSets, level: "block" });
    expect(summary.rows).toEqual(direct.rows);
    expect(summary.total.villages).toBeGreaterThan(0);
    expect(summary.total.villagesWithGroup).toBeLessThanOrEqual(summary.total.villages as number);
    expect(summary.total.federations).toMatchObject({ villageOrganisation: expect.any(Number) });
    expect(summary.total.federatedShare).toBeGreaterThan(0.5);
    expect(summary.setAside).toMatchObject({ people: 1, memberships: 1 });
  });

  it("merges the districts' summaries into the state's", () => {
    const data = generateSample("nro-assam");
    const districts = data.units.filter((unit) => unit.kind === "district").map((unit) => unit.id);
    expect(districts.length).toBeGreaterThan(1);
    const options = { asOf, ruleSets, level: "district" as const, recordsFrom: "2023-04-01" };
    const parts = districts.map((id) => summarize(partUnder(data, id), options));
    const state = parts.reduce((merged: Summary, part) => mergeSummaries(merged, part));
    const whole = summarize(data, options);
    expect(state.rows).toEqual(whole.rows);
    expect(state.total).toEqual(whole.total);
  });

  it("runs the guide's TypeScript", () => {
    const data = generateSample("nro-assam");
    const report = validate(data, { asOf, ruleSets });
    expect(report.recordsFrom).toBe("2023-04-01");
    const byBlock = summarize(data, { asOf, ruleSets, level: "block" });
    expect(byBlock.total.members + 1).toBeGreaterThan(1);
    expect(byBlock.total.federatedShare).toBeGreaterThan(0);
  });
});
