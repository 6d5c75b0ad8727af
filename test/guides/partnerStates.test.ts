// docs/partner-states.md, end to end: the village-based preset through the command line with a
// derived rule-set file and a bad cell, then district summaries merged into the state report, and
// partner states with different rules combined into a national table.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  combineSummaries,
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

  it("merges district files on the command line, naming each part, and refuses a part twice (section 6)", () => {
    const data = generateSample("nro-assam");
    const folder = mkdtempSync(join(tmpdir(), "kudumbashree-guide-merge-"));
    const rulesFile = join(folder, "assam-rules.json");
    writeFileSync(rulesFile, JSON.stringify(ruleSets));
    const districts = data.units.filter((unit) => unit.kind === "district").map((unit) => unit.id);
    const files = districts.map((id) => {
      const dataFile = join(folder, `${id}.dataset.json`);
      writeFileSync(dataFile, JSON.stringify(partUnder(data, id)));
      const args = ["--level", "district", "--as-of", asOf, "--rules", rulesFile, "--records-from", "2023-04-01"];
      const part = ["--part", `assam/${id}/${asOf}`, "--format", "json"];
      const made = cli(["summarize", dataFile, ...args, ...part]);
      expect(made.code, made.stderr).toBeLessThan(2);
      const file = join(folder, `${id}.json`);
      writeFileSync(file, made.stdout);
      return file;
    });
    const merged = cli(["merge", ...files, "--format", "json"]);
    expect(merged.code, merged.stderr).toBeLessThan(2);
    const state = parseSummary(JSON.parse(merged.stdout));
    if (!state.ok) throw new Error(JSON.stringify(state.issues));
    const whole = summarize(data, { asOf, ruleSets, level: "district", recordsFrom: "2023-04-01" });
    expect([state.summary.rows, state.summary.total]).toEqual([whole.rows, whole.total]);
    expect(state.summary.provenance?.parts).toEqual(districts.map((id) => `assam/${id}/${asOf}`).sort());
    const twice = cli(["merge", ...files, files[0] as string]);
    expect(twice.code).toBe(2);
    expect(twice.stderr).toContain(`part "assam/${districts[0]}/${asOf}" is in both summaries`);
  });

  it("combines states with different rules into a national table (section 7)", () => {
    const base = getRuleSet("kerala.balasabha@3.0.0");
    const variant = (id: string, publisher: string, max: number) =>
      deriveRuleSet(base, {
        id,
        version: "1.0.0",
        sources: [{ title: "Balasabha guideline (illustration)", publisher }],
        groupSize: { min: 10, max },
      });
    const tripuraRules = variant("tripura.balasabha", "TRLM", 30);
    const jharkhandRules = variant("jharkhand.balasabha", "JSLPS", 60);
    const data = generateSample("nro-balasabha-2020");
    const options = { level: "state", groupKind: "balasabha", asOf: "2020-08-14" } as const;
    const tripura = summarize(partUnder(data, "TR"), {
      ...options,
      ruleSets: [tripuraRules],
      part: "tripura/2020-08-14",
    });
    const jharkhand = summarize(partUnder(data, "JH"), {
      ...options,
      ruleSets: [jharkhandRules],
      part: "jharkhand/2020-08-14",
    });
    expect(() => mergeSummaries(tripura, jharkhand)).toThrow(/cannot merge summaries made with different ruleSets/);
    const national = combineSummaries([tripura, jharkhand]);
    expect([national.total.groups, national.total.members]).toEqual([3025, 42819]);
    expect(national.total.capacityUse).toBeNull();
    expect(national.byRuleSets.map((group) => [group.ruleSets, group.total.capacityUse])).toEqual([
      [["jharkhand.balasabha@1.0.0"], 41290 / (2900 * 60)],
      [["tripura.balasabha@1.0.0"], 1529 / (125 * 30)],
    ]);
    // The command line gives the same table from the states' files.
    const folder = mkdtempSync(join(tmpdir(), "kudumbashree-guide-national-"));
    const files = [tripura, jharkhand].map((summary, i) => {
      const file = join(folder, i === 0 ? "tripura.json" : "jharkhand.json");
      writeFileSync(file, JSON.stringify(summary));
      return file;
    });
    const combined = cli(["merge", ...files, "--combine", "--format", "json"]);
    expect(combined.code, combined.stderr).toBe(0);
    expect(JSON.parse(combined.stdout)).toEqual(JSON.parse(JSON.stringify(national)));
    const table = cli(["merge", ...files, "--combine"]);
    expect(table.stdout).toContain("rule sets: jharkhand.balasabha@1.0.0\nparts: jharkhand/2020-08-14\n");
    // Both named nro.balasabha@1.0.0: merging says so, with both hashes; combining keeps them apart.
    const same = (max: number, publisher: string) => variant("nro.balasabha", publisher, max);
    const [tr, jh] = [
      summarize(partUnder(data, "TR"), { ...options, ruleSets: [same(30, "TRLM")], part: "tripura/2020-08-14" }),
      summarize(partUnder(data, "JH"), { ...options, ruleSets: [same(60, "JSLPS")], part: "jharkhand/2020-08-14" }),
    ];
    writeFileSync(files[0] as string, JSON.stringify(tr));
    writeFileSync(files[1] as string, JSON.stringify(jh));
    expect(cli(["merge", ...files]).stderr).toBe(
      `kudumbashree: ${files[1]} cannot be merged with ${files[0]}: "tripura/2020-08-14" and ` +
        '"jharkhand/2020-08-14" both applied nro.balasabha@1.0.0 with different contents (hash ' +
        "sha256:cc27c67694c4... vs sha256:ca22be73e4ab...); derive each with its own id (deriveRuleSet) or keep " +
        "their figures that depend on the rules apart with combineSummaries\n",
    );
    expect(combineSummaries([tr, jh]).byRuleSets).toHaveLength(2);
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
