// combineSummaries (issue 17, point 2): partner states summarised with different rule sets make
// one national table, the figures that do not depend on the rules totalled over every state and
// the others kept per set of rule sets.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type CombinedSummary,
  combineSummaries,
  type Dataset,
  deriveRuleSet,
  emptySummary,
  getRuleSet,
  mergeSummaries,
  RULE_DEPENDENT_FIGURES,
  type RuleSet,
  type Summary,
  summarize,
  suppressSummary,
} from "../../src/index.js";
import { packageErrorDetail } from "../../src/internal/errors.js";
import { datasetArbitrary, districtPart } from "../helpers/arbitraries.js";
import { summaryFixture } from "./summaryFixture.js";

const asOf = "2024-03-31";
const options = { level: "state", asOf, groupKind: "balasabha", recordsFrom: "2024-01-01" } as const;
const plain = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

function thrown(run: () => unknown): { type: string; detail: string | undefined } {
  try {
    run();
  } catch (error) {
    return { type: (error as Error).constructor.name, detail: packageErrorDetail(error) };
  }
  return { type: "none", detail: undefined };
}

/** A Balasabha rule set as a state derives it (an illustration, not the state's guideline). */
const balasabha = (id: string, max: number, meetings?: RuleSet["meetings"]): RuleSet =>
  deriveRuleSet(getRuleSet("kerala.balasabha@3.0.0"), {
    id,
    version: "1.0.0",
    sources: [{ title: "Balasabha guideline (illustration)", publisher: id }],
    groupSize: { min: 10, max },
    ...(meetings === undefined ? {} : { meetings }),
  });

/** A state: villages each with one Balasabha of the sizes given, meeting on the first of each month. */
function state(id: string, sizes: readonly number[]): Dataset {
  const units = [
    { id, kind: "state" as const, name: id },
    ...sizes.map((_, v) => ({ id: `${id}-v${v}`, kind: "village" as const, name: `Village ${v}`, parentId: id })),
  ];
  const people = sizes.flatMap((size, v) =>
    Array.from({ length: size }, (_, i) => ({
      id: `${id}-v${v}-c${i}`,
      gender: "female" as const,
      dateOfBirth: "2012-06-01",
    })),
  );
  return {
    schemaVersion: 1,
    units,
    people,
    groups: sizes.map((_, v) => ({ id: `${id}-b${v}`, kind: "balasabha" as const, unitId: `${id}-v${v}` })),
    memberships: sizes.flatMap((size, v) =>
      Array.from({ length: size }, (_, i) => ({
        groupId: `${id}-b${v}`,
        personId: `${id}-v${v}-c${i}`,
        role: "member" as const,
      })),
    ),
    meetings: sizes.flatMap((_, v) =>
      ["2024-01-05", "2024-02-05", "2024-03-05"].map((date) => ({
        id: `${id}-b${v}-${date}`,
        groupId: `${id}-b${v}`,
        date,
      })),
    ),
  };
}

const tripuraRules = balasabha("tripura.balasabha", 30);
const jharkhandRules = balasabha("jharkhand.balasabha", 60, { count: 2, per: "month" });
const tripura = () =>
  summarize(state("TR", [12, 14]), { ...options, ruleSets: [tripuraRules], part: "tripura/2024-03-31" });
const jharkhand = () =>
  summarize(state("JH", [15, 20, 11]), { ...options, ruleSets: [jharkhandRules], part: "jharkhand/2024-03-31" });
// Assam applies Tripura's rules (the same key and content): its figures go with Tripura's.
const assam = () => summarize(state("AS", [16]), { ...options, ruleSets: [tripuraRules], part: "assam/2024-03-31" });

describe("combineSummaries", () => {
  it("totals what does not depend on the rules and keeps the rest per set of rule sets", () => {
    const national = combineSummaries([tripura(), jharkhand(), assam()]);
    expect(national.format).toBe("kudumbashree.combinedSummary");
    expect(national.provenance.parts).toEqual(["assam/2024-03-31", "jharkhand/2024-03-31", "tripura/2024-03-31"]);
    expect(national.rows.map((row) => [row.unitId, row.groups, row.members, row.villages, row.capacity])).toEqual([
      ["AS", 1, 16, 1, null],
      ["JH", 3, 46, 3, null],
      ["TR", 2, 26, 2, null],
    ]);
    const { total } = national;
    expect([total.groups, total.members, total.minGroupSize, total.maxGroupSize, total.meanGroupSize]).toEqual([
      6,
      88,
      11,
      20,
      88 / 6,
    ]);
    expect([total.villages, total.villagesWithGroup, total.coverage, total.ageBands["10-14"]]).toEqual([6, 6, 1, 88]);
    for (const field of RULE_DEPENDENT_FIGURES) {
      expect(total[field], field).toBeNull();
      expect(national.rows[0]?.[field], field).toBeNull();
    }
    // One summary per set of rule sets, each exactly the merge of its states.
    expect(national.byRuleSets.map((group) => group.ruleSets)).toEqual([
      ["jharkhand.balasabha@1.0.0"],
      ["tripura.balasabha@1.0.0"],
    ]);
    expect(national.byRuleSets).toEqual([jharkhand(), mergeSummaries(tripura(), assam())]);
    const [jh, tr] = national.byRuleSets as [Summary, Summary];
    // Capacity use against each state's own maximum: 46 of 3 x 60, and 42 of 3 x 30.
    expect([jh.total.capacity, jh.total.capacityUse, tr.total.capacity, tr.total.capacityUse]).toEqual([
      180,
      46 / 180,
      90,
      42 / 90,
    ]);
    // January and February are judged (March is not over on asOf): Jharkhand asks for two meetings a
    // month and its groups held one; Tripura and Assam ask for one.
    expect([
      jh.total.meetingsExpected,
      jh.total.meetingCompliance,
      tr.total.meetingsExpected,
      tr.total.meetingCompliance,
    ]).toEqual([3 * 2 * 2, 0, 3 * 2 * 1, 1]);
  });

  it("keeps apart two states that applied one key with different contents", () => {
    const same = (max: number) => balasabha("nro.balasabha", max);
    const tr = summarize(state("TR", [12]), { ...options, ruleSets: [same(30)], part: "tripura/2024-03-31" });
    const jh = summarize(state("JH", [15]), { ...options, ruleSets: [same(60)], part: "jharkhand/2024-03-31" });
    expect(() => mergeSummaries(tr, jh)).toThrow(/both applied nro\.balasabha@1\.0\.0 with different contents/);
    const national = combineSummaries([tr, jh]);
    expect(national.byRuleSets.map((group) => [group.ruleSets, group.provenance?.parts])).toEqual(
      expect.arrayContaining([
        [["nro.balasabha@1.0.0"], ["tripura/2024-03-31"]],
        [["nro.balasabha@1.0.0"], ["jharkhand/2024-03-31"]],
      ]),
    );
    expect(national.byRuleSets).toHaveLength(2);
    expect([national.total.groups, national.total.members]).toEqual([2, 27]);
  });

  it("does not depend on the order of the summaries, and leaves empty summaries out", () => {
    const parts = [tripura(), jharkhand(), assam()];
    const expected = plain(combineSummaries(parts));
    for (const order of [
      [2, 1, 0],
      [1, 0, 2],
      [0, 2, 1],
    ])
      expect(plain(combineSummaries(order.map((i) => parts[i] as Summary)))).toEqual(expected);
    expect(plain(combineSummaries([emptySummary(), ...parts, emptySummary()]))).toEqual(expected);
    expect(plain(combineSummaries(parts.map((part) => plain(part))))).toEqual(expected);
  });

  it("of one rule set, is the merge: the same figures, and the merged summary as its one table", () => {
    fc.assert(
      fc.property(datasetArbitrary, fc.boolean(), (dataset, perKind) => {
        const chosen = { level: "district" as const, asOf: "2021-12-15", recordsFrom: "2021-03-01" };
        const districts = dataset.units.filter((unit) => unit.kind === "district").map((unit) => unit.id);
        const parts = districts.map((id) => summarize(districtPart(dataset, id), chosen));
        const combined = combineSummaries(parts);
        const merged = parts.reduce(mergeSummaries, emptySummary());
        expect(combined.byRuleSets).toEqual(merged.level === null ? [] : [merged]);
        const ruleFree = (row: Summary["total"]) => {
          const copy: Record<string, unknown> = { ...row };
          for (const field of RULE_DEPENDENT_FIGURES) copy[field] = null;
          if (row.byKind !== undefined && perKind)
            copy["byKind"] = Object.fromEntries(
              Object.entries(row.byKind).map(([kind, figures]) => [kind, ruleFree(figures as Summary["total"])]),
            );
          else delete copy["byKind"];
          return copy;
        };
        const strip = (row: CombinedSummary["total"]) => {
          const copy: Record<string, unknown> = { ...row };
          if (!perKind) delete copy["byKind"];
          return copy;
        };
        expect(strip(combined.total)).toEqual(ruleFree(merged.total));
        expect(combined.rows.map(strip)).toEqual(merged.rows.map(ruleFree));
        expect([combined.unplaced, combined.setAside]).toEqual([merged.unplaced, merged.setAside]);
      }),
      { numRuns: 80 },
    );
  });

  it("of nothing, is empty", () => {
    const nothing = combineSummaries([]);
    expect([nothing.level, nothing.rows, nothing.byRuleSets, nothing.provenance.parts, nothing.total.groups]).toEqual([
      null,
      [],
      [],
      [],
      0,
    ]);
  });

  it("refuses what mergeSummaries refuses but different rules, naming the summary", () => {
    const refusal = (summaries: unknown) => thrown(() => combineSummaries(summaries as Summary[]));
    expect(refusal([tripura(), tripura()])).toEqual({
      type: "RangeError",
      detail:
        'combineSummaries: part "tripura/2024-03-31" is in both summaries; the same export merged twice would ' +
        "count every figure twice (merge each part once; two different exports need different part ids, which " +
        "summarize's part option gives)",
    });
    // A part in common across two sets of rule sets is refused too.
    const tripuraUnderOtherRules = summarize(state("TR", [12, 14]), {
      ...options,
      ruleSets: [jharkhandRules],
      part: "tripura/2024-03-31",
    });
    expect(refusal([tripura(), tripuraUnderOtherRules]).detail).toMatch(/part "tripura\/2024-03-31" is in both/);
    const later = summarize(state("JH", [15]), { ...options, asOf: "2024-04-30", part: "jharkhand/2024-04-30" });
    expect(refusal([tripura(), later])).toEqual({
      type: "RangeError",
      detail: 'combineSummaries: cannot merge summaries made with different asOf ("2024-03-31" and "2024-04-30")',
    });
    expect(refusal([tripura(), suppressSummary(jharkhand(), 5)]).detail).toMatch(/^combineSummaries: suppressed/);
    expect(refusal([tripura(), summaryFixture("summary-v1.json")]).detail).toMatch(
      /^combineSummaries: summaries\[1\] was written before summaries carried provenance/,
    );
    expect(refusal([tripura(), { hello: 1 }])).toMatchObject({
      type: "TypeError",
      detail: expect.stringMatching(/^combineSummaries: summaries\[1\] is not a valid summary: format: /),
    });
    // The first summary that is not one is named, before any that is one but cannot be merged.
    expect(refusal([suppressSummary(tripura(), 5), null])).toEqual({
      type: "TypeError",
      detail: "combineSummaries: summaries[1] is not a summary: expected an object, got null",
    });
    expect(refusal("tripura.json")).toEqual({
      type: "TypeError",
      detail: 'combineSummaries needs an array of summaries, got "tripura.json"',
    });
  });
});
