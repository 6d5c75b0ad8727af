import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { foldId } from "../../src/dataset/findLookalikes.js";
import { Id } from "../../src/entities/Id.js";
import { type Dataset, type Issue, parseDataset, summarize, validate } from "../../src/index.js";
import { generateSample, samplePresets } from "../../src/testing/index.js";
import { exampleDataset, tinyDataset } from "../helpers/example.js";

const hostile = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`../fixtures/hostile/${name}`, import.meta.url), "utf8"));

const lookalikes = (issues: readonly Issue[]) => issues.filter((issue) => issue.code === "id.lookalike");

/** A dataset whose people have these ids (nothing else refers to them). */
function withPeople(ids: readonly string[]): Dataset {
  const people = ids.map((id) => ({ id, gender: "female" as const }));
  return { ...tinyDataset(), people, memberships: [], meetings: [] };
}

/** [position, id, other] of each lookalike among the people. */
function peopleLookalikes(ids: readonly string[]): [number, string, string][] {
  const result = parseDataset(withPeople(ids));
  // Only duplicates (errors) and lookalikes (warnings) can come from ids alone.
  expect(result.issues.filter((issue) => issue.code !== "id.duplicate" && issue.code !== "id.lookalike")).toEqual([]);
  return lookalikes(result.issues).map((issue) => [
    issue.path?.[1] as number,
    issue.params?.["id"] as string,
    issue.params?.["other"] as string,
  ]);
}

describe("id.lookalike", () => {
  it.each([
    ["composed and decomposed é (Unicode normalisation)", "\u00e9", "e\u0301"],
    ["case", "P1", "p1"],
    ["a zero-width space", "p1", "p1\u200b"],
    ["a leading space", " p1", "p1"],
    ["a trailing tab", "p1", "p1\t"],
    ["fullwidth letters and digits (NFKC)", "\uff50\uff11", "p1"],
    ["a soft hyphen", "p1", "p\u00ad1"],
    ["a byte-order mark", "\ufeffp1", "p1"],
    ["a bidirectional control", "p1\u202e", "p1"],
    ["a no-break space at the end", "p1\u00a0", "p1"],
    ["case and a zero-width joiner together", "AB-1", "a\u200db-1"],
  ])("finds ids that differ only by %s, each order", (_, first, second) => {
    expect(peopleLookalikes([first, second])).toEqual([[1, second, first]]);
    expect(peopleLookalikes([second, first])).toEqual([[1, first, second]]);
    expect(foldId(first)).toBe(foldId(second));
  });

  it("finds none among distinct ids", () => {
    expect(
      peopleLookalikes([
        "p1",
        "p2",
        "p 1",
        "p-1",
        "p_1",
        "p1a",
        "l",
        "I",
        "1",
        "\u00e9",
        "e",
        "\u0d15",
        "x\ud83d\ude00",
      ]),
    ).toEqual([]);
  });

  it("does not take letters of different scripts for one another (documented limit)", () => {
    // Cyrillic р (U+0440) looks like Latin p, but confusables are not folded.
    expect(peopleLookalikes(["p1", "\u04401"])).toEqual([]);
  });

  it("reports each later id once, naming the first of its kind; duplicates only as duplicates", () => {
    expect(peopleLookalikes(["q", "P1", "p1", "p1", "p1 ", "P1\u200b", "P1"])).toEqual([
      [2, "p1", "P1"],
      [4, "p1 ", "P1"],
      [5, "P1\u200b", "P1"],
    ]);
    const result = parseDataset(withPeople(["P1", "p1", "p1"]));
    expect(result.issues.map((issue) => [issue.code, issue.path])).toEqual([
      ["id.duplicate", ["people", 2, "id"]],
      ["id.lookalike", ["people", 1, "id"]],
    ]);
  });

  it("names the id already in folded form when it comes later", () => {
    expect(peopleLookalikes(["P1 ", "P1", "p1"])).toEqual([
      [1, "P1", "P1 "],
      [2, "p1", "P1 "],
    ]);
  });

  it("finds them whichever letter case most ids are written in", () => {
    const upper = Array.from({ length: 50 }, (_, i) => `P${i}`);
    const lower = upper.map((id) => id.toLowerCase());
    expect(peopleLookalikes([...upper, "p7", "p8\u200b"])).toEqual([
      [50, "p7", "P7"],
      [51, "p8\u200b", "P8"],
    ]);
    expect(peopleLookalikes([...lower, "P7", "p8\u200b"])).toEqual([
      [50, "P7", "p7"],
      [51, "p8\u200b", "p8"],
    ]);
  });

  it("finds the same lookalikes as folding every id (property)", () => {
    const part = fc.constantFrom("a", "A", "b", "B", "1", "-", " ", "\t", "\u200b", "\u00ad", "\uff41", "\u00e9");
    const id = fc
      .array(fc.oneof(part, fc.constant("e\u0301")), { minLength: 1, maxLength: 4 })
      .map((parts) => parts.join(""))
      .filter((value) => Id.safeParse(value).success);
    fc.assert(
      fc.property(fc.array(id, { maxLength: 40 }), (ids) => {
        const expected: [number, string, string][] = [];
        const seen = new Set<string>();
        const firstOf = new Map<string, string>();
        ids.forEach((value, position) => {
          if (seen.has(value)) return;
          seen.add(value);
          const other = firstOf.get(foldId(value));
          if (other === undefined) firstOf.set(foldId(value), value);
          else expected.push([position, value, other]);
        });
        expect(peopleLookalikes(ids)).toEqual(expected);
      }),
      { numRuns: 500 },
    );
  });

  it("finds them in every collection of the hostile fixture, as warnings", () => {
    const result = parseDataset(hostile("ids-lookalikes.json"));
    expect(result.ok).toBe(true);
    expect(result.issues.every((issue) => issue.code === "id.lookalike" && issue.severity === "warning")).toBe(true);
    expect(result.issues.map((issue) => [issue.path?.join("."), issue.params, issue.subject])).toEqual([
      ["units.3.id", { id: "W1", other: "w1", collection: "units" }, { kind: "unit", id: "W1" }],
      ["people.1.id", { id: "P1", other: "p1", collection: "people" }, { kind: "person", id: "P1" }],
      ["people.3.id", { id: "e\u0301", other: "\u00e9", collection: "people" }, { kind: "person", id: "e\u0301" }],
      ["people.5.id", { id: "p2\u200b", other: "p2", collection: "people" }, { kind: "person", id: "p2\u200b" }],
      ["people.7.id", { id: "p3", other: " p3", collection: "people" }, { kind: "person", id: "p3" }],
      ["people.9.id", { id: "p4", other: "\uff50\uff14", collection: "people" }, { kind: "person", id: "p4" }],
      ["people.11.id", { id: "p\u00ad5", other: "p5", collection: "people" }, { kind: "person", id: "p\u00ad5" }],
      ["people.13.id", { id: "p6\u202e", other: "p6", collection: "people" }, { kind: "person", id: "p6\u202e" }],
      ["groups.1.id", { id: "\ufeffg1", other: "g1", collection: "groups" }, { kind: "group", id: "\ufeffg1" }],
      ["federations.1.id", { id: "F1", other: "f1", collection: "federations" }, { kind: "federation", id: "F1" }],
      ["meetings.1.id", { id: "m1\t", other: "m1", collection: "meetings" }, { kind: "meeting", id: "m1\t" }],
    ]);
    expect(result.issues[1]?.message).toBe(
      'The id "P1" in people looks like "p1": they differ only by case, spaces, invisible characters or Unicode form.',
    );
  });

  it("come after the duplicates and before the reference issues", () => {
    const dataset = withPeople(["p1", "P1", "p1"]);
    dataset.memberships = [{ groupId: "g1", personId: "nobody", role: "member" }];
    expect(parseDataset(dataset).issues.map((issue) => issue.code)).toEqual([
      "id.duplicate",
      "id.lookalike",
      "reference.unknown",
    ]);
  });

  it("finds none in the bundled example dataset and in the sample presets", () => {
    expect(lookalikes(parseDataset(exampleDataset()).issues)).toEqual([]);
    for (const preset of samplePresets) {
      const options = preset === "kerala-nhg" ? { members: 20_000, meetingWeeks: 4 } : {};
      const result = parseDataset(generateSample(preset, options));
      expect(result.ok, preset).toBe(true);
      expect(lookalikes(result.issues), preset).toEqual([]);
    }
  }, 60_000);

  it("are warnings in validate's report and summarize's issues: the data stays ok", () => {
    const dataset = exampleDataset();
    const [first] = dataset.people;
    dataset.people.push({ ...(first as Dataset["people"][number]), id: ` ${first?.id.toLowerCase()}\u200b` });
    const report = validate(dataset, { asOf: "2021-11-30" });
    expect(report.ok).toBe(true);
    expect(report.counts).toEqual({ error: 0, warning: 1 });
    expect(report.issues.map((issue) => [issue.code, issue.severity, issue.params?.["other"]])).toEqual([
      ["id.lookalike", "warning", first?.id],
    ]);
    const summary = summarize(dataset, { level: "district", asOf: "2021-11-30" });
    expect(summary.issues.map((issue) => [issue.code, issue.severity])).toEqual([["id.lookalike", "warning"]]);
  });
});
