import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type Dataset,
  emptySummary,
  GroupKind,
  getRuleSet,
  mergeSummaries,
  type Summary,
  type SummaryStreamRecord,
  summarize,
  summarizeStream,
  suppressSummary,
  UnitKind,
} from "../../src/index.js";
import { datasetArbitrary, districtPart, isoDateArbitrary } from "../helpers/arbitraries.js";
import { countByUnit, figuresOf } from "../helpers/countOracle.js";
import { exampleDataset } from "../helpers/example.js";

const asOf = "2021-12-15";
const plain = (summary: Summary) => JSON.parse(JSON.stringify(summary)) as unknown;
const districts = (dataset: Dataset) => dataset.units.filter((unit) => unit.kind === "district").map((unit) => unit.id);
// Every level and every kind of group, so that a new one is covered without editing this file.
// The arbitrary's datasets have a state, districts, local bodies and wards: at the other levels
// every group counts in the total only (unplaced).
const levels = fc.constantFrom(...UnitKind.options);
const kinds = fc.constantFrom(undefined, ...GroupKind.options);

/**
 * The day to summarise on: often a day on which some group is formed or closed or some
 * membership starts or ends, where "active" is decided by `<` or `<=`, and otherwise any day
 * around the dataset's dates.
 */
const dayFor = (dataset: Dataset): fc.Arbitrary<string> => {
  const boundaries = [
    ...dataset.groups.flatMap((group) => [group.formedOn, group.closedOn]),
    ...dataset.memberships.flatMap((membership) => [membership.from, membership.to]),
  ].filter((day): day is string => day !== undefined);
  const around = fc.oneof(fc.constant(asOf), isoDateArbitrary("2020-12-01", "2022-07-31"));
  return boundaries.length === 0 ? around : fc.oneof(around, fc.constantFrom(...boundaries));
};

/**
 * A dataset, options to summarise it with, and the summaries of its districts made with them:
 * disjoint parts, each named by the caller (`D0/2021-12-15`) or, as often, by its data (the
 * derived ids of two districts differ, since their units and groups do).
 */
const parts = datasetArbitrary.chain((dataset) =>
  fc.tuple(levels, kinds, dayFor(dataset), fc.boolean()).map(([level, groupKind, day, named]) => {
    const options = { level, asOf: day, groupKind, recordsFrom: "2021-03-01" };
    const summaries = districts(dataset).map((id) =>
      summarize(districtPart(dataset, id), named ? { ...options, part: `${id}/${day}` } : options),
    );
    return { dataset, options, parts: summaries };
  }),
);

/** A summary as JSON, without the parts it covers (merged parts cover several, the whole one). */
const figures = (summary: Summary) => {
  const copy = plain(summary) as { provenance: { parts?: string[] } };
  delete copy.provenance.parts;
  return copy;
};
/** The parts of some summaries together, sorted as provenance lists them. */
const partsOf = (summaries: readonly Summary[]) =>
  summaries.flatMap((summary) => summary.provenance?.parts ?? []).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

describe("the count oracle (test/helpers/countOracle.ts)", () => {
  // Pins the oracle itself on hand-made records, one rule per record, so that it cannot drift
  // along with summarize.
  it("counts by the definitions of docs/aggregation.md", () => {
    const units = [
      { id: "S", kind: "state" },
      { id: "D", kind: "district", parentId: "S" },
      { id: "L", kind: "localBody", parentId: "D" },
      { id: "W", kind: "ward", parentId: "L" },
      { id: "V", kind: "village" },
    ];
    const groups = [
      { id: "open", kind: "neighbourhoodGroup", unitId: "W", formedOn: "2021-12-15" }, // formed on asOf: active
      { id: "future", kind: "neighbourhoodGroup", unitId: "W", formedOn: "2021-12-16" },
      { id: "closing", kind: "neighbourhoodGroup", unitId: "W", closedOn: "2021-12-15" }, // closed on asOf: not active
      { id: "closed-later", kind: "auxiliaryGroup", unitId: "W", closedOn: "2021-12-16" },
      { id: "village", kind: "balasabha", unitId: "V" }, // under no district: total and unplaced only
    ];
    const memberships = [
      { groupId: "open", role: "member" },
      { groupId: "open", role: "member" }, // a second row of the same person counts again
      { groupId: "open", role: "resourcePerson" },
      { groupId: "open", role: "member", to: "2021-12-15" }, // ends on asOf: counted
      { groupId: "open", role: "member", to: "2021-12-14" },
      { groupId: "open", role: "member", from: "2021-12-16" },
      { groupId: "future", role: "member" },
      { groupId: "closing", role: "member" },
      { groupId: "closed-later", role: "president", from: "2021-12-15" },
      { groupId: "village", role: "member" },
    ];
    const figures = countByUnit({ units, groups, memberships }, { level: "district", asOf });
    expect(figures.unplaced).toBe(1);
    expect(figures.rows).toEqual(
      new Map([
        [
          "D",
          {
            groups: 2,
            members: 4,
            minGroupSize: 1,
            maxGroupSize: 3,
            byKind: new Map([
              ["neighbourhoodGroup", { groups: 1, members: 3, minGroupSize: 3, maxGroupSize: 3 }],
              ["auxiliaryGroup", { groups: 1, members: 1, minGroupSize: 1, maxGroupSize: 1 }],
            ]),
          },
        ],
      ]),
    );
    expect([figures.total.groups, figures.total.members]).toEqual([3, 5]);
    expect(countByUnit({ units, groups, memberships }, { level: "ward", asOf, groupKind: "auxiliaryGroup" })).toEqual({
      rows: new Map([["W", { groups: 1, members: 1, minGroupSize: 1, maxGroupSize: 1 }]]),
      total: { groups: 1, members: 1, minGroupSize: 1, maxGroupSize: 1 },
      unplaced: 0,
    });
  });

  it("agrees with summarize on the example dataset, at every level", () => {
    const dataset = exampleDataset();
    for (const level of UnitKind.options) {
      for (const groupKind of [undefined, ...GroupKind.options]) {
        const options = { level, asOf: "2021-11-30", groupKind };
        expect(figuresOf(summarize(dataset, options))).toEqual(countByUnit(dataset, options));
      }
    }
  });
});

describe("mergeSummaries (properties)", () => {
  it("summarising a dataset split by district and merging gives the counts of an independent oracle", () => {
    fc.assert(
      fc.property(parts, ({ dataset, options, parts }) => {
        expect(figuresOf(parts.reduce(mergeSummaries, emptySummary()))).toEqual(countByUnit(dataset, options));
      }),
      { numRuns: 150 },
    );
  });

  it("each district's summary gives the oracle's counts of that district's part", () => {
    fc.assert(
      fc.property(parts, ({ dataset, options, parts }) => {
        districts(dataset).forEach((id, i) => {
          expect(figuresOf(parts[i] as Summary)).toEqual(countByUnit(districtPart(dataset, id), options));
        });
      }),
      { numRuns: 100 },
    );
  });

  it("summarising a dataset split by district and merging equals summarising it whole (every figure)", () => {
    fc.assert(
      fc.property(parts, ({ dataset, options, parts }) => {
        const merged = parts.reduce(mergeSummaries, emptySummary());
        expect(figures(merged)).toEqual(figures(summarize(dataset, options)));
        expect(merged.provenance?.parts).toEqual(partsOf(parts));
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
        const merged = sent.reduce(mergeSummaries, emptySummary());
        expect(figuresOf(merged)).toEqual(countByUnit(dataset, options));
        expect(figures(merged)).toEqual(figures(summarize(dataset, options)));
        expect(merged.provenance?.parts).toEqual(partsOf(parts));
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
    expect(() => mergeSummaries(summarize(dataset, base), summarize(dataset, other))).toThrow(
      new RegExp(`different ${field}`),
    );
  });
  it("that are suppressed, or that name a unit differently", () => {
    // A suppressed summary is not a Summary to the type checker either; the check holds at run time too.
    const suppressed = suppressSummary(summarize(dataset, base), 5) as unknown as Summary;
    expect(() => mergeSummaries(suppressed, summarize(dataset, base))).toThrow(/suppressed/);
    const renamed = exampleDataset();
    (renamed.units[2] as { name: string }).name = "Trivandrum";
    // Other parts, as two exports would be: the units' names are what differ.
    const [one, other] = [summarize(dataset, { ...base, part: "a" }), summarize(renamed, { ...base, part: "b" })];
    expect(() => mergeSummaries(one, other)).toThrow(/differently/);
  });
});

describe("summarizeStream", () => {
  async function* recordsOf(dataset: Dataset): AsyncGenerator<SummaryStreamRecord> {
    const births = new Map(dataset.people.map((person) => [person.id, person.dateOfBirth]));
    // Memberships and meetings first: the stream may come in any order.
    for (const membership of dataset.memberships)
      yield { type: "membership", membership, dateOfBirth: births.get(membership.personId) };
    for (const group of dataset.groups) yield { type: "group", group };
    for (const meeting of dataset.meetings ?? []) yield { type: "meeting", meeting };
    for (const federation of dataset.federations ?? []) yield { type: "federation", federation };
  }

  it("gives the oracle's counts and agrees with summarize on the same records (property)", async () => {
    await fc.assert(
      // With recordsFrom and without (both then infer it from the meetings, as validate does).
      fc.asyncProperty(parts, fc.boolean(), async ({ dataset, options: given }, infer) => {
        const options = infer ? { ...given, recordsFrom: undefined } : given;
        const streamed = await summarizeStream(dataset.units, recordsOf(dataset), options);
        expect(figuresOf(streamed)).toEqual(countByUnit(dataset, options));
        expect(plain(streamed)).toEqual(plain(summarize(dataset, options)));
      }),
      { numRuns: 100 },
    );
  });

  it("agrees with summarize on the example dataset (its federations and attendance too), at every level", async () => {
    const dataset = exampleDataset();
    for (const level of UnitKind.options) {
      const options = { level, asOf: "2021-11-30" };
      const { issues: _, ...streamed } = plain(
        await summarizeStream(dataset.units, recordsOf(dataset), options),
      ) as Summary;
      const { issues: __, ...whole } = plain(summarize(dataset, options)) as Summary;
      expect(streamed).toEqual(whole);
    }
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
