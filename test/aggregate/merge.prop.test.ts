import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Dataset, emptySummary, getRuleSet, mergeSummaries, type Summary, summarize, type SummarizeOptions, summarizeStream, type SummaryStreamRecord, suppressSummary } from "../../src/index.js";
import { datasetArbitrary, districtPart } from "../helpers/arbitraries.js";
import { exampleDataset } from "../helpers/example.js";

const asOf = "2021-12-15";
const plain = (summary: Summary) => JSON.parse(JSON.stringify(summary)) as unknown;
const districts = (dataset: Dataset) => dataset.units.filter((unit) => unit.kind === "district").map((unit) => unit.id);
const levels = fc.constantFrom<SummarizeOptions["level"]>("state", "district", "localBody", "ward");
const kinds = fc.constantFrom(undefined, "auxiliaryGroup" as const, "neighbourhoodGroup" as const);

/** Summaries of the districts of one dataset, made with the same options. */
const parts = fc.tuple(datasetArbitrary, levels, kinds).map(([dataset, level, groupKind]) => {
  const options = { level, asOf, groupKind, recordsFrom: "2021-03-01" };
  return { dataset, options, parts: districts(dataset).map((id) => summarize(districtPart(dataset, id), options)) };
});

describe("mergeSummaries (properties)", () => {
  it("summarising a dataset split by district and merging equals summarising it whole", () => {
    fc.assert(
      fc.property(parts, ({ dataset, options, parts }) => {
        expect(plain(parts.reduce(mergeSummaries, emptySummary()))).toEqual(plain(summarize(dataset, options)));
      }),
      { numRuns: 150 },
    );
  });

  it("is commutative", () => {
    fc.assert(
      fc.property(parts, ({ parts }) => {
        const [a = emptySummary(), b = emptySummary()] = parts;
        expect(plain(mergeSummaries(a, b))).toEqual(plain(mergeSummaries(b, a)));
      }),
      { numRuns: 150 },
    );
  });

  it("is associative", () => {
    fc.assert(
      fc.property(parts, ({ parts }) => {
        const [a = emptySummary(), b = emptySummary(), c = emptySummary()] = parts;
        expect(plain(mergeSummaries(mergeSummaries(a, b), c))).toEqual(plain(mergeSummaries(a, mergeSummaries(b, c))));
      }),
      { numRuns: 150 },
    );
  });

  it("has emptySummary() as its identity on both sides", () => {
    fc.assert(
      fc.property(parts, ({ dataset, options }) => {
        const whole = summarize(dataset, options);
        expect(plain(mergeSummaries(whole, emptySummary()))).toEqual(plain(whole));
        expect(plain(mergeSummaries(emptySummary(), whole))).toEqual(plain(whole));
      }),
      { numRuns: 100 },
    );
    expect(plain(mergeSummaries(emptySummary(), emptySummary()))).toEqual(plain(emptySummary()));
  });

  it("survives a JSON round trip, as partials sent between apps do", () => {
    fc.assert(
      fc.property(parts, ({ dataset, options, parts }) => {
        const sent = parts.map((part) => JSON.parse(JSON.stringify(part)) as Summary);
        expect(plain(sent.reduce(mergeSummaries, emptySummary()))).toEqual(plain(summarize(dataset, options)));
      }),
      { numRuns: 50 },
    );
  });
});

describe("mergeSummaries refuses summaries made differently", () => {
  const base = { level: "district" as const, asOf: "2021-11-30" };
  const dataset = exampleDataset();
  it.each([
    ["level", { ...base, level: "state" as const }],
    ["asOf", { ...base, asOf: "2021-12-31" }],
    ["groupKind", { ...base, groupKind: "auxiliaryGroup" as const }],
    ["recordsFrom", { ...base, recordsFrom: "2021-01-01" }],
    ["ruleSets", { ...base, ruleSets: [getRuleSet("kerala.balasabha@2.0.0")] }],
    ["ageBands", { ...base, ageBands: [18] }],
  ])("with a different %s", (field, other) => {
    expect(() => mergeSummaries(summarize(dataset, base), summarize(dataset, other))).toThrow(new RegExp(`different ${field}`));
  });
  it("that are suppressed, or that name a unit differently", () => {
    expect(() => mergeSummaries(suppressSummary(summarize(dataset, base), 5), summarize(dataset, base))).toThrow(/suppressed/);
    const renamed = exampleDataset();
    (renamed.units[2] as { name: string }).name = "Trivandrum";
    expect(() => mergeSummaries(summarize(dataset, base), summarize(renamed, base))).toThrow(/differently/);
  });
});

describe("summarizeStream", () => {
  async function* recordsOf(dataset: Dataset): AsyncGenerator<SummaryStreamRecord> {
    const births = new Map(dataset.people.map((person) => [person.id, person.dateOfBirth]));
    // Memberships and meetings first: the stream may come in any order.
    for (const membership of dataset.memberships) yield { type: "membership", membership, dateOfBirth: births.get(membership.personId) };
    for (const group of dataset.groups) yield { type: "group", group };
    for (const meeting of dataset.meetings ?? []) yield { type: "meeting", meeting };
  }

  it("agrees with summarize on the same records (property)", async () => {
    await fc.assert(
      fc.asyncProperty(parts, async ({ dataset, options }) => {
        expect(plain(await summarizeStream(dataset.units, recordsOf(dataset), options))).toEqual(plain(summarize(dataset, options)));
      }),
      { numRuns: 100 },
    );
  });

  it("reports bad records and memberships of groups that never come, and leaves them out", async () => {
    const dataset = exampleDataset();
    const records: SummaryStreamRecord[] = [
      ...dataset.groups.map((group) => ({ type: "group" as const, group })),
      { type: "group", group: dataset.groups[0] as Dataset["groups"][number] },
      { type: "membership", membership: { groupId: "ghost", personId: "x", role: "member" } },
      { type: "meeting", meeting: { id: "m", groupId: "g", date: "2021-02-30" } },
      { type: "person" } as unknown as SummaryStreamRecord,
    ];
    const summary = await summarizeStream(dataset.units, records, { level: "district", asOf: "2021-11-30" });
    expect(summary.issues.map((issue) => [issue.code, issue.path?.join(".") ?? issue.subject?.id])).toEqual([
      ["id.duplicate", `records.${dataset.groups.length}`],
      ["reference.unknown", "ghost"],
      ["schema.invalid", `records.${dataset.groups.length + 2}`],
      ["schema.invalid", `records.${dataset.groups.length + 3}`],
    ]);
    expect(summary.total.groups).toBe(dataset.groups.length);
  });
});
