// parseSummary and the checks mergeSummaries runs on its arguments (issue 13, point 2): every
// summary the package makes passes; forged ones are refused with issues that name the row and the
// field; mergeSummaries throws the package's TypeError for them. Fixtures: test/fixtures/hostile/.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseSummary } from "../../src/aggregate/parseSummary.js";
import {
  type Dataset,
  emptySummary,
  GroupKind,
  type Issue,
  issueCodes,
  mergeSummaries,
  type Summary,
  type SummaryStreamRecord,
  type SuppressedSummary,
  summarize,
  summarizeStream,
  suppressSummary,
  UnitKind,
} from "../../src/index.js";
import { packageErrorDetail } from "../../src/internal/errors.js";
import { generateSample, type SamplePreset, samplePresets, sampleStream } from "../../src/testing/index.js";
import { datasetArbitrary, districtPart, isoDateArbitrary } from "../helpers/arbitraries.js";
import { exampleDataset } from "../helpers/example.js";
import { summaryFixture } from "./summaryFixture.js";

const plain = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
const levels = fc.constantFrom(...UnitKind.options);
const kinds = fc.constantFrom(undefined, ...GroupKind.options);
const fixture = summaryFixture;

/** Asserts that parseSummary accepts a summary as it is, with no issue, and returns an equal copy. */
function expectValid(summary: unknown): void {
  const result = parseSummary(summary);
  expect(result.issues).toEqual([]);
  expect(result.ok).toBe(true);
  if (result.ok) expect(result.summary).toEqual(summary);
}

/** The issues of a summary parseSummary refuses, as `code path rule-or-reason` lines. */
function refusal(summary: unknown): string[] {
  const result = parseSummary(summary);
  expect(result.ok).toBe(false);
  expect(result.issues.length).toBeGreaterThan(0);
  for (const found of result.issues) expect(found.severity).toBe(issueCodes[found.code].severity);
  return result.issues.map(
    (found) =>
      `${found.code} ${found.path?.join(".") ?? ""} ${found.params?.["rule"] ?? found.params?.["reason"] ?? ""}`,
  );
}

/** What mergeSummaries throws, as the package's error type and what it says. */
function mergeError(a: unknown, b: unknown): { type: string; detail: string | undefined } {
  try {
    mergeSummaries(a as Summary, b as Summary);
  } catch (error) {
    return { type: (error as Error).constructor.name, detail: packageErrorDetail(error) };
  }
  return { type: "none", detail: undefined };
}

async function* recordsOf(dataset: Dataset): AsyncGenerator<SummaryStreamRecord> {
  const births = new Map(dataset.people.map((person) => [person.id, person.dateOfBirth]));
  for (const membership of dataset.memberships)
    yield { type: "membership", membership, dateOfBirth: births.get(membership.personId) };
  for (const group of dataset.groups) yield { type: "group", group };
  for (const meeting of dataset.meetings ?? []) yield { type: "meeting", meeting };
}

/**
 * Datasets with any unit tree: units of random kinds under random earlier units (or none),
 * groups in any unit, some of them missing, so that summaries have groups under no unit of the
 * level, wards under none, villages, broken units and unknown references.
 */
const wildDataset: fc.Arbitrary<Dataset> = fc
  .record({
    units: fc.array(fc.record({ kind: fc.constantFrom(...UnitKind.options), parent: fc.option(fc.nat()) }), {
      minLength: 1,
      maxLength: 12,
    }),
    groups: fc.array(
      fc.record({
        kind: fc.constantFrom(...GroupKind.options),
        unit: fc.nat(),
        formedOn: fc.option(isoDateArbitrary("2021-01-01", "2021-12-31"), { nil: undefined }),
        members: fc.array(fc.option(isoDateArbitrary("1950-01-01", "2016-12-31"), { nil: undefined }), {
          maxLength: 7,
        }),
        meetings: fc.array(fc.record({ date: isoDateArbitrary("2021-01-01", "2021-12-31"), attendees: fc.nat(9) }), {
          maxLength: 6,
        }),
      }),
      { maxLength: 10 },
    ),
  })
  .map(({ units, groups }) => {
    const dataset: Dataset = {
      schemaVersion: 1,
      units: units.map((unit, i) => ({
        id: `u${i}`,
        kind: unit.kind,
        name: `Unit ${i}`,
        ...(unit.parent === null ? {} : { parentId: `u${unit.parent % (units.length + 1)}` }),
      })),
      people: [],
      groups: [],
      memberships: [],
      meetings: [],
    };
    groups.forEach((group, g) => {
      const groupId = `g${g}`;
      dataset.groups.push({
        id: groupId,
        kind: group.kind,
        unitId: `u${group.unit % (units.length + 1)}`,
        ...(group.formedOn === undefined ? {} : { formedOn: group.formedOn }),
      });
      group.members.forEach((dateOfBirth, m) => {
        const personId = `p${g}-${m}`;
        dataset.people.push({ id: personId, gender: "female", ...(dateOfBirth === undefined ? {} : { dateOfBirth }) });
        dataset.memberships.push({ groupId, personId, role: "member" });
      });
      group.meetings.forEach((meeting, m) => {
        const attendeeIds = group.members.slice(0, meeting.attendees).map((_, i) => `p${g}-${i}`);
        dataset.meetings?.push({ id: `m${g}-${m}`, groupId, date: meeting.date, attendeeIds });
      });
    });
    return dataset;
  });

const options = fc.record({
  level: levels,
  groupKind: kinds,
  asOf: isoDateArbitrary("2021-06-01", "2022-03-31"),
  recordsFrom: fc.constantFrom(undefined, "2021-03-01"),
  ageBands: fc.constantFrom(undefined, [], [18], [5, 18, 60]),
});

describe("every summary the package makes passes parseSummary (properties)", () => {
  it("summarize and summarizeStream, at every level and kind, suppressed, and after a JSON round trip", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(datasetArbitrary, wildDataset),
        options,
        fc.integer({ min: 1, max: 30 }),
        async (dataset, chosen, k) => {
          const summary = summarize(dataset, chosen);
          expectValid(summary);
          expectValid(plain(summary));
          expectValid(suppressSummary(summary, k));
          expectValid(plain(suppressSummary(summary, k)));
          expectValid(await summarizeStream(dataset.units, recordsOf(dataset), chosen));
        },
      ),
      { numRuns: 300 },
    );
  });

  it("merged summaries of districts, in any order and grouping, and with emptySummary()", () => {
    const parts = datasetArbitrary.chain((dataset) =>
      fc.tuple(levels, kinds, isoDateArbitrary("2021-06-01", "2022-03-31")).map(([level, groupKind, day]) => {
        const chosen = { level, groupKind, asOf: day, recordsFrom: "2021-03-01" };
        const districts = dataset.units.filter((unit) => unit.kind === "district").map((unit) => unit.id);
        return districts.map((id) => plain(summarize(districtPart(dataset, id), chosen)));
      }),
    );
    fc.assert(
      fc.property(parts, fc.integer({ min: 1, max: 10 }), (parts, k) => {
        const merged = parts.reduce(mergeSummaries, emptySummary());
        expectValid(merged);
        expectValid(plain(merged));
        expectValid(suppressSummary(merged, k));
        expectValid(parts.reduceRight((acc, part) => mergeSummaries(part, acc), emptySummary()));
        // The same parts again under other ids (as a second export of the same data would be): still adds up.
        const again = plain(merged) as unknown as { provenance: { parts: string[] } };
        again.provenance.parts = again.provenance.parts.map((part) => `${part}/again`);
        expectValid(mergeSummaries(merged, again as unknown as Summary));
      }),
      { numRuns: 150 },
    );
  });

  it("summaries of damaged datasets (references, duplicates, cycles) still add up", () => {
    fc.assert(
      fc.property(wildDataset, options, fc.nat(), (dataset, chosen, seed) => {
        const damaged = plain(dataset);
        const group = damaged.groups[seed % Math.max(1, damaged.groups.length)];
        if (group !== undefined) damaged.groups.push({ ...group });
        const unit = damaged.units[seed % damaged.units.length];
        if (unit !== undefined) damaged.units.push({ ...unit, name: "again" });
        damaged.memberships.push({ groupId: "ghost", personId: "nobody", role: "member" });
        expectValid(summarize(damaged, chosen));
      }),
      { numRuns: 150 },
    );
  });

  it("emptySummary(), alone, merged with itself, and as JSON", () => {
    expectValid(emptySummary());
    expectValid(plain(emptySummary()));
    expectValid(mergeSummaries(emptySummary(), emptySummary()));
    expectValid(suppressSummary(emptySummary(), 5));
  });

  // The largest preset (all of Kerala's auxiliary groups) at the level with the most rows; the
  // others at every level, of every kind and of their own kind.
  const sampleLevels = (preset: SamplePreset): readonly (typeof UnitKind.options)[number][] =>
    preset === "kerala-auxiliary-2021" ? ["ward"] : UnitKind.options;

  it.each(samplePresets.map((preset) => [preset]))(
    "the %s sample, whole, suppressed and streamed",
    async (preset: SamplePreset) => {
      const sampleOptions = { seed: 3, members: 4000, meetingWeeks: 6 };
      const dataset = generateSample(preset, sampleOptions);
      const day = { "thiruvananthapuram-2021": "2021-11-06", "nro-balasabha-2020": "2020-08-14" }[preset as string];
      const big = preset === "kerala-auxiliary-2021";
      for (const level of sampleLevels(preset)) {
        for (const groupKind of big ? [undefined] : [undefined, dataset.groups[0]?.kind]) {
          const chosen = { level, groupKind, asOf: day ?? "2024-03-31" };
          const summary = summarize(dataset, chosen);
          expectValid(summary);
          expectValid(suppressSummary(summary, 10));
          if (preset === "kerala-nhg") {
            const { units, records } = sampleStream(preset, sampleOptions);
            expectValid(await summarizeStream(units, records, chosen));
          }
        }
      }
    },
    300_000,
  );
});

describe("parseSummary", () => {
  // Three rows (local bodies), no group under no local body.
  const summary = () => plain(summarize(exampleDataset(), { level: "localBody", asOf: "2021-11-30" }));
  const byKindSummary = () => {
    const made = summary();
    expect(made.rows.length).toBeGreaterThan(1);
    expect(made.unplaced).toBe(0);
    return made as { -readonly [K in keyof Summary]: Summary[K] } & Record<string, unknown>;
  };
  type Mutable = Record<string, unknown>;
  const row = (made: Summary | SuppressedSummary, i = 0) => made.rows[i] as unknown as Mutable;
  const kindOf = (made: Summary, i = 0) => {
    const [kind, figures] = Object.entries(made.rows[i]?.byKind ?? {})[0] as unknown as [string, Mutable];
    return { kind, figures };
  };

  it("returns a copy that later changes to the input do not reach", () => {
    const input = summary();
    const result = parseSummary(input);
    expect(result.ok).toBe(true);
    row(input).members = "1";
    if (result.ok) expect(result.summary.rows[0]?.members).toBe(summary().rows[0]?.members);
  });

  it("refuses string counts, which would concatenate", () => {
    const made = summary();
    row(made).members = "1";
    expect(refusal(made)).toEqual(["schema.invalid rows.0.members invalid_type"]);
  });

  it.each([
    ["negative", -3, "negative"],
    ["fractional", 2.5, "not_whole"],
    ["beyond 2^53", 2 ** 60, "too_large"],
  ])("refuses %s counts", (_, value, rule) => {
    const made = summary();
    const { kind, figures } = kindOf(made);
    figures["attendees"] = value;
    expect(refusal(made)[0]).toBe(`summary.inconsistent rows.0.byKind.${kind}.attendees ${rule}`);
  });

  it("refuses NaN and Infinity (not JSON numbers), and null counts in a summary that is not suppressed", () => {
    for (const value of [Number.NaN, Number.POSITIVE_INFINITY]) {
      const made = summary();
      row(made).groups = value;
      expect(refusal(made)).toEqual(["schema.invalid rows.0.groups invalid_type"]);
    }
    const made = summary();
    row(made).groups = null;
    expect(refusal(made)).toContain("summary.inconsistent rows.0.groups null_not_suppressed");
  });

  it("refuses a total that disagrees with its rows", () => {
    const made = byKindSummary();
    (made.total as unknown as Mutable).members = (made.total.members as number) + 1;
    expect(refusal(made)).toContain("summary.inconsistent total.members total_mismatch");
  });

  it("refuses covered wards above the wards, which gave a coverage of 25.5", () => {
    const made = summary();
    const first = row(made);
    first.wardsWithGroup = (first["wards"] as number) * 25.5;
    first.coverage = 25.5;
    expect(refusal(made)).toContain("summary.inconsistent rows.0.wardsWithGroup part_above_whole");
  });

  it("refuses ratios that their counts do not give, the smallest group above the largest, impossible sizes", () => {
    const made = summary();
    row(made).meanGroupSize = 99;
    expect(refusal(made)).toEqual(["summary.inconsistent rows.0.meanGroupSize ratio_mismatch"]);
    const swapped = summary();
    const first = row(swapped);
    [first.minGroupSize, first.maxGroupSize] = [first["maxGroupSize"], first["minGroupSize"]];
    expect(refusal(swapped)).toContain("summary.inconsistent rows.0.minGroupSize min_above_max");
    const bounds = summary();
    row(bounds).maxGroupSize = 1000;
    expect(refusal(bounds)).toContain("summary.inconsistent rows.0.members size_bounds");
  });

  it("refuses a row that is not the sum of its kinds, and age bands that do not add up to the members", () => {
    const made = summary();
    const { figures } = kindOf(made);
    figures["capacity"] = (figures["capacity"] as number) + 50;
    figures["capacityUse"] = (figures["cappedMembers"] as number) / (figures["capacity"] as number);
    expect(refusal(made)).toContain("summary.inconsistent rows.0.capacity sum_mismatch");
    const bands = summary();
    (row(bands)["ageBands"] as Mutable)["unknown"] = 1000;
    expect(refusal(bands)).toContain("summary.inconsistent rows.0.ageBands sum_mismatch");
  });

  it("refuses a real summary with level null, which merging took for an empty one", () => {
    const made = summary() as unknown as Mutable;
    made["level"] = null;
    expect(refusal(made)).toEqual(["schema.invalid level custom"]);
    const fixtureIssues = refusal(fixture("summary-level-null.json"));
    expect(fixtureIssues).toEqual(["schema.invalid level custom"]);
  });

  it("refuses another format or version, unknown keys, unknown levels, kinds and dates", () => {
    const cases: [string, (made: Mutable) => void, string][] = [
      ["format", (made) => (made["format"] = "kudumbashree.report"), "schema.invalid format invalid_value"],
      ["formatVersion", (made) => (made["formatVersion"] = 3), "schema.invalid formatVersion invalid_value"],
      ["unknown key", (made) => (made["hello"] = 1), "schema.invalid hello unrecognized_keys"],
      ["level", (made) => (made["level"] = "planet"), "schema.invalid level invalid_value"],
      ["groupKind", (made) => (made["groupKind"] = "club"), "schema.invalid groupKind invalid_value"],
      ["asOf", (made) => (made["asOf"] = "2021-02-30"), "schema.invalid asOf invalid_format"],
      ["ageBands", (made) => (made["ageBands"] = [18, 5]), "schema.invalid ageBands custom"],
      ["suppressBelow", (made) => (made["suppressBelow"] = 0), "schema.invalid suppressBelow too_small"],
      ["omittedIssues", (made) => (made["omittedIssues"] = -1), "schema.invalid omittedIssues too_small"],
    ];
    for (const [name, change, expected] of cases) {
      const made = summary() as unknown as Mutable;
      change(made);
      expect(refusal(made), name).toEqual([expected]);
    }
  });

  it("refuses a byKind key __proto__ as JSON.parse makes it (an own key), and constructor", () => {
    const text = JSON.stringify(summary()).replace('"byKind":{', '"byKind":{"__proto__":{"groups":1},');
    const made = JSON.parse(text) as Summary;
    expect(Object.hasOwn(made.rows[0]?.byKind ?? {}, "__proto__")).toBe(true);
    expect(refusal(made)).toEqual(["summary.inconsistent rows.0.byKind.__proto__ unknown_kind"]);
    const issue = parseSummary(made).issues[0] as Issue;
    expect(issue.params).toMatchObject({ unitId: made.rows[0]?.unitId, kind: "__proto__", rule: "unknown_kind" });
    expect(refusal(fixture("summary-bykind-proto.json"))).toEqual([
      "summary.inconsistent rows.0.byKind.__proto__ unknown_kind",
    ]);
    const other = summary();
    (row(other)["byKind"] as Mutable)["constructor"] = kindOf(other).figures;
    expect(refusal(other)).toEqual(["summary.inconsistent rows.0.byKind.constructor unknown_kind"]);
  });

  it("refuses __proto__ keys in age bands and issue params, which zod records would drop silently", () => {
    const bands = JSON.parse(JSON.stringify(summary()).replace('"ageBands":{"<5"', '"ageBands":{"__proto__":1,"<5"'));
    expect(refusal(bands)).toEqual(["schema.invalid rows.0.ageBands.__proto__ custom"]);
    const params = plain(summary()) as unknown as Mutable;
    params["issues"] = [
      JSON.parse('{"code":"id.duplicate","severity":"error","message":"x","params":{"__proto__":{"polluted":1}}}'),
    ];
    expect(refusal(params)).toEqual(["schema.invalid issues.0.params.__proto__ custom"]);
    expect(Object.prototype).not.toHaveProperty("polluted");
  });

  it("refuses issues with unknown codes, severities other than the table's, or params of the wrong type", () => {
    const base = { code: "ward.no_group", severity: "error", message: "m" };
    const cases: [unknown, string][] = [
      [{ ...base, code: "made.up" }, "schema.invalid issues.0.code invalid_value"],
      [{ ...base, severity: "warning" }, "schema.invalid issues.0.severity custom"],
      [{ ...base, message: 3 }, "schema.invalid issues.0.message invalid_type"],
      [{ ...base, params: { kind: {} } }, "schema.invalid issues.0.params.kind custom"],
      [{ ...base, subject: { kind: "planet", id: "x" } }, "schema.invalid issues.0.subject.kind invalid_value"],
      [{ ...base, path: ["a", -1] }, "schema.invalid issues.0.path.1 custom"],
      [{ ...base, extra: 1 }, "schema.invalid issues.0.extra unrecognized_keys"],
    ];
    for (const [forged, expected] of cases) {
      const made = summary() as unknown as Mutable;
      made["issues"] = [forged];
      expect(refusal(made)).toEqual([expected]);
    }
    const made = summary() as unknown as Mutable;
    made["issues"] = [{ ...base, path: ["groups", 3], subject: { kind: "unit", id: "w" }, params: { n: [1, "a"] } }];
    expectValid(made);
  });

  it("refuses breakdowns by kind where they do not belong, and suppressed lists where nothing is", () => {
    const made = summary();
    delete row(made)["byKind"];
    expect(refusal(made)).toEqual(["schema.invalid rows.0.byKind custom"]);
    const one = plain(summarize(exampleDataset(), { level: "district", asOf: "2021-11-30", groupKind: "balasabha" }));
    (row(one) as Mutable)["byKind"] = {};
    expect(refusal(one)).toEqual(["schema.invalid rows.0.byKind custom"]);
    const listed = summary();
    row(listed).suppressed = ["members"];
    expect(refusal(listed)).toEqual(["schema.invalid rows.0.suppressed custom"]);
    const band = summary();
    (row(band)["ageBands"] as Mutable)["99+"] = 0;
    expect(refusal(band)).toEqual(["schema.invalid rows.0.ageBands.99+ unrecognized_keys"]);
  });

  it("refuses two rows of one unit", () => {
    const made = summary() as unknown as { rows: unknown[] };
    made.rows.push(made.rows[0]);
    expect(refusal(made)).toContain("summary.inconsistent rows.3.unitId duplicate_unit");
  });

  it("in a suppressed summary compares only the values that are shown", () => {
    const suppressed = plain(suppressSummary(summarize(exampleDataset(), { level: "ward", asOf: "2021-11-30" }), 5));
    expect(JSON.stringify(suppressed)).toContain("null");
    expectValid(suppressed);
    const blanked = plain(suppressSummary(summary(), 2));
    const shown = row(blanked);
    expect(shown["members"]).toBeGreaterThan(0);
    shown["members"] = null;
    shown["meanGroupSize"] = null;
    shown["suppressed"] = ["members", "meanGroupSize"];
    expectValid(blanked);
    shown["wards"] = -1;
    expect(refusal(blanked)[0]).toBe("summary.inconsistent rows.0.wards negative");
  });

  it("never throws: getters that throw, proxies, cycles, sparse and huge arrays, odd values", () => {
    const throwing = summary() as unknown as Mutable;
    Object.defineProperty(throwing, "rows", {
      enumerable: true,
      get() {
        throw new Error("boom");
      },
    });
    expect(refusal(throwing)).toEqual(["input.unreadable  "]);
    const evil = new Proxy(summary(), {
      get() {
        throw { toString: () => ({}) }; // not even an Error, and its toString is broken
      },
    });
    expect(refusal(evil)).toEqual(["input.unreadable  "]);
    const cyclic = summary() as unknown as Mutable;
    row(cyclic as unknown as Summary).byKind = cyclic;
    expect(refusal(cyclic).length).toBeGreaterThan(0);
    const sparse = summary() as unknown as Mutable;
    const huge: unknown[] = [];
    huge.length = 2 ** 32 - 1;
    sparse["rows"] = huge;
    const started = Date.now();
    expect(refusal(sparse)).toEqual(["schema.invalid rows too_big"]);
    expect(Date.now() - started).toBeLessThan(1000);
    const holes = summary() as unknown as Mutable;
    const many: unknown[] = [];
    many.length = 2_000_000;
    holes["rows"] = many;
    const issues = parseSummary(holes).issues;
    expect(issues.length).toBe(1001);
    expect(issues[1000]?.params).toEqual({ reason: "truncated", omitted: 2_000_000 - 1000 });
    for (const value of [null, undefined, 1, "summary", [], () => 1, Symbol("s"), 10n, new Date(0), new Map()]) {
      const result = parseSummary(value);
      expect(result.ok).toBe(false);
      expect(result.issues).toHaveLength(1);
    }
  });
});

describe("mergeSummaries on summaries it is handed", () => {
  const base = { level: "district" as const, asOf: "2021-11-30" };
  /** A real summary; parts to merge need parts of their own (`part`), or merging refuses them as one part twice. */
  const made = (part = "kerala/a") =>
    plain(summarize(exampleDataset(), { ...base, level: "localBody", part })) as unknown as Record<string, unknown> &
      Summary;

  it("throws the package's TypeError naming the argument, the row and the field", () => {
    const forged = made();
    (forged.rows[1] as unknown as Record<string, unknown>)["members"] = "1";
    expect(mergeError(made(), forged)).toEqual({
      type: "TypeError",
      detail: "mergeSummaries: the second argument is not a valid summary: " + 'rows[1].members: "1" is not a number.',
    });
    const negative = made();
    (negative.rows[0] as unknown as Record<string, unknown>)["groupsCompliant"] = -1;
    const { type, detail } = mergeError(negative, made());
    expect(type).toBe("TypeError");
    expect(detail).toMatch(
      new RegExp(
        "^mergeSummaries: the first argument is not a valid summary: " +
          'rows\\.0\\.groupsCompliant: groupsCompliant breaks negative in the row of unit "[^"]+"',
      ),
    );
  });

  it("says that { hello: 1 } is not a summary, rather than that it is suppressed", () => {
    expect(mergeError(made(), { hello: 1 })).toEqual({
      type: "TypeError",
      detail:
        "mergeSummaries: the second argument is not a valid summary: " +
        "format: missing; format must be kudumbashree.summary.",
    });
    expect(mergeError(null, made())).toEqual({
      type: "TypeError",
      detail: "mergeSummaries: the first argument is not a summary: expected an object, got null",
    });
  });

  it.each([
    ["summary-string-counts.json", "rows.0.members"],
    ["summary-negative-count.json", "rows.0.members"],
    ["summary-null-count.json", "rows.0.groups"],
    ["summary-not-a-summary.json", "format"],
    ["summary-total-mismatch.json", "total.groups"],
    ["summary-coverage.json", "rows.0.wardsWithGroup"],
    ["summary-level-null.json", "level"],
    ["summary-format.json", "format"],
    ["summary-version.json", "formatVersion"],
    ["summary-unknown-key.json", "hello"],
    ["summary-bykind-proto.json", "rows.0.byKind.__proto__"],
  ])("refuses %s, naming %s", (name, path) => {
    const forged = fixture(name);
    expect(parseSummary(forged).ok).toBe(false);
    expect(parseSummary(forged).issues[0]?.path?.join(".")).toBe(path);
    const { type, detail } = mergeError(forged, emptySummary());
    expect(type).toBe("TypeError");
    // Shape messages write positions in lists as a reader of JSON does: rows[0].members.
    const shape = parseSummary(forged).issues[0]?.code === "schema.invalid";
    const where = shape ? path.replace(/\.(\d+)/g, "[$1]") : path;
    expect(detail).toContain(`mergeSummaries: the first argument is not a valid summary: ${where}: `);
    expect(mergeError(emptySummary(), forged).detail).toContain("the second argument");
  });

  it("accepts the valid fixture, and still refuses with a RangeError summaries made differently or suppressed", () => {
    // Written before recordsFromInferred and setAside: they read as false and null (not known).
    const valid = fixture("summary-valid.json") as Summary;
    expect(valid).not.toHaveProperty("setAside");
    const read = { ...valid, recordsFromInferred: false, setAside: null };
    expect(parseSummary(valid)).toEqual({ ok: true, summary: read, issues: [] });
    expectValid(read);
    expect(mergeSummaries(valid, emptySummary())).toEqual(read);
    const other = plain(summarize(exampleDataset(), { ...base, level: "localBody", asOf: "2021-12-31" }));
    expect(mergeError(made(), other)).toMatchObject({ type: "RangeError", detail: expect.stringMatching(/asOf/) });
    expect(mergeError(suppressSummary(made() as Summary, 5), made())).toMatchObject({
      type: "RangeError",
      detail: expect.stringMatching(/suppressed/),
    });
  });

  it("adds up omittedIssues, present when present in either argument", () => {
    const capped = { ...made(), omittedIssues: 3 };
    expect(mergeSummaries(capped, made("kerala/b")).omittedIssues).toBe(3);
    expect(mergeSummaries(made("kerala/b"), capped).omittedIssues).toBe(3);
    expect(mergeSummaries(capped, { ...made("kerala/b"), omittedIssues: 4 }).omittedIssues).toBe(7);
    expect(mergeSummaries(capped, emptySummary()).omittedIssues).toBe(3);
    expect(mergeSummaries({ ...emptySummary(), omittedIssues: 2 }, capped).omittedIssues).toBe(5);
    expect(mergeSummaries(made(), made("kerala/b"))).not.toHaveProperty("omittedIssues");
  });

  it("refuses to merge counts that would no longer be exact", () => {
    const big = made();
    expect(big.total.wards).toBeGreaterThan(4);
    const scale = 2 ** 50; // the total's wards end up between 2^52 and 2^53, twice that is too large
    const grow = (figures: Record<string, unknown>) => {
      figures["wards"] = (figures["wards"] as number) * scale;
      figures["coverage"] = (figures["wardsWithGroup"] as number) / (figures["wards"] as number);
      for (const kind of Object.values((figures["byKind"] as Record<string, Record<string, unknown>>) ?? {})) {
        kind["wards"] = figures["wards"];
        kind["coverage"] = (kind["wardsWithGroup"] as number) / (kind["wards"] as number);
      }
    };
    for (const each of [...big.rows, big.total]) grow(each as unknown as Record<string, unknown>);
    expectValid(big);
    const other = { ...big, provenance: { ...(big.provenance as object), parts: ["kerala/b"] } };
    expect(mergeError(big, other)).toMatchObject({ type: "RangeError", detail: expect.stringMatching(/too large/) });
  });

  it("uses the checked copies: a getter read once cannot change a figure after the check", () => {
    const tricky = made();
    let reads = 0;
    const first = tricky.rows[0] as unknown as Record<string, unknown>;
    const members = first["members"];
    Object.defineProperty(first, "members", {
      enumerable: true,
      get: () => (reads++ === 0 ? members : "1"),
    });
    const merged = mergeSummaries(tricky, emptySummary());
    expect(merged.rows[0]?.members).toBe(members);
  });
});
