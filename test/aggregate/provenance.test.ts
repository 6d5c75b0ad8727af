// Provenance in every summary (issue 17, point 1): the library and format version that made it,
// the content hash of every rule set it applied and the parts it covers; mergeSummaries refuses
// two summaries that cover a part in common or applied one rule-set key with other contents, and
// a summary of format version 1; parseSummary checks provenance handed in.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseSummary } from "../../src/aggregate/parseSummary.js";
import {
  type Dataset,
  deriveRuleSet,
  emptySummary,
  getRuleSet,
  mergeSummaries,
  type RuleSet,
  ruleSetHash,
  SUMMARY_FORMAT_VERSION,
  type Summary,
  type SummaryStreamRecord,
  summarize,
  summarizeStream,
  suppressSummary,
} from "../../src/index.js";
import { packageErrorDetail } from "../../src/internal/errors.js";
import { sha256Hex } from "../../src/rules/registry/ruleSetHash.js";
import { datasetArbitrary } from "../helpers/arbitraries.js";
import { exampleDataset, tinyDataset } from "../helpers/example.js";
import { stateDataset as state } from "../helpers/stateDataset.js";
import { summaryFixture } from "./summaryFixture.js";

const packageVersion = (
  JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string }
).version;
const asOf = "2021-11-30";
const plain = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** What a call throws: the error's type and the package's message without its prefix. */
function thrown(run: () => unknown): { type: string; detail: string | undefined } {
  try {
    run();
  } catch (error) {
    return { type: (error as Error).constructor.name, detail: packageErrorDetail(error) };
  }
  return { type: "none", detail: undefined };
}

/** `nro.balasabha@1.0.0` as a state derives it: the same key, the state's own maximum size. */
const nroBalasabha = (max: number): RuleSet =>
  deriveRuleSet(getRuleSet("kerala.balasabha@3.0.0"), {
    id: "nro.balasabha",
    version: "1.0.0",
    sources: [{ title: "Balasabha guideline (illustration)", publisher: "NRO" }],
    groupSize: { min: 10, max },
  });

async function* recordsOf(dataset: Dataset): AsyncGenerator<SummaryStreamRecord> {
  const births = new Map(dataset.people.map((person) => [person.id, person.dateOfBirth]));
  // Memberships first, then groups in reverse: another order than the dataset's.
  for (const membership of dataset.memberships)
    yield { type: "membership", membership, dateOfBirth: births.get(membership.personId) };
  for (const group of [...dataset.groups].reverse()) yield { type: "group", group };
  for (const meeting of dataset.meetings ?? []) yield { type: "meeting", meeting };
  for (const federation of dataset.federations ?? []) yield { type: "federation", federation };
}

describe("a summary's provenance", () => {
  it("names the library (with package.json's version), the format version, the rule sets' hashes and the part", () => {
    const summary = summarize(exampleDataset(), { level: "district", asOf, part: "kerala/2021-11-30" });
    expect(summary.formatVersion).toBe(2);
    expect(SUMMARY_FORMAT_VERSION).toBe(2);
    expect(summary.provenance?.library).toEqual({ name: "@kudumbashree/domain", version: packageVersion });
    expect(summary.provenance?.parts).toEqual(["kerala/2021-11-30"]);
    expect(Object.keys(summary.provenance?.ruleSets ?? {})).toEqual(summary.ruleSets);
    for (const [key, hash] of Object.entries(summary.provenance?.ruleSets ?? {}))
      expect(hash).toBe(ruleSetHash(getRuleSet(key)));
    expect(summary.provenance?.ruleSets).toEqual({
      "kerala.auxiliaryGroup@2.0.0": "sha256:d22bc895bbe3085d30636fbfdeb49a7c133cde49efcf18638dbbfa0914b406f1",
      "kerala.balasabha@3.0.0": "sha256:b1351dd0161d38a23a234079fe6abba92226b2072e1d0dfe6270a12f2be0e4c5",
      "kerala.neighbourhoodGroup@2.0.0": "sha256:63bd6bee111e32d6a24b66f30a31d8bf9288a374c57007cd3457e66123ff7fd2",
      "nrlm.selfHelpGroup@2.0.0": "sha256:52dbe8be60fc0fd076bd5488afb92666bba607de336df86192c334789c466509",
    });
    // A rule set given has the hash ruleSetHash gives it; one kind summarised has one rule set.
    const tripura = nroBalasabha(30);
    const one = summarize(state("TR", 12), { level: "state", asOf, groupKind: "balasabha", ruleSets: [tripura] });
    expect(one.provenance?.ruleSets).toEqual({ "nro.balasabha@1.0.0": ruleSetHash(tripura) });
    expect(suppressSummary(one, 5).provenance).toEqual(one.provenance);
  });

  it("derives a part from the data when none is given: top unit, date and a fingerprint of units and groups", () => {
    const summary = summarize(exampleDataset(), { level: "district", asOf });
    const [part] = summary.provenance?.parts ?? [];
    expect(part).toMatch(/^[^/]+\/2021-11-30\/[0-9a-f]{16}$/);
    // The same data gives the same id, however it is summarised; other data another.
    expect(summarize(exampleDataset(), { level: "state", asOf }).provenance?.parts).toEqual([part]);
    const more = exampleDataset();
    more.groups.push({ id: "one-more", kind: "auxiliaryGroup", unitId: more.groups[0]?.unitId as string });
    expect(summarize(more, { level: "district", asOf }).provenance?.parts).not.toEqual([part]);
    const renamedUnit = exampleDataset();
    renamedUnit.units.push({ id: "W-extra", kind: "ward", name: "Extra", parentId: renamedUnit.units[0]?.id });
    expect(summarize(renamedUnit, { level: "district", asOf }).provenance?.parts).not.toEqual([part]);
    expect(summarize(tinyDataset(), { level: "district", asOf }).provenance?.parts[0]).toMatch(
      /^d1\/2021-11-30\/[0-9a-f]{16}$/,
    );
  });

  it("derives the same part in memory and from a stream in another order (property)", async () => {
    await fc.assert(
      fc.asyncProperty(datasetArbitrary, async (dataset) => {
        const options = { level: "district" as const, asOf: "2021-12-15", recordsFrom: "2021-03-01" };
        const streamed = await summarizeStream(dataset.units, recordsOf(dataset), options);
        expect(streamed.provenance).toEqual(summarize(dataset, options).provenance);
      }),
      { numRuns: 60 },
    );
    const named = await summarizeStream(exampleDataset().units, recordsOf(exampleDataset()), {
      level: "district",
      asOf,
      part: "kerala/stream",
    });
    expect(named.provenance?.parts).toEqual(["kerala/stream"]);
    await expect(summarizeStream([], [], { level: "district", asOf, part: "kerala\tstream" })).rejects.toThrow(
      /part must be text of 1 to 200 characters/,
    );
  });

  it("keeps a derived part readable and well-formed whatever the top units' ids", () => {
    const units = (ids: string[]): Dataset => ({
      schemaVersion: 1,
      units: ids.map((id) => ({ id, kind: "state" as const, name: id })),
      people: [],
      groups: [],
      memberships: [],
    });
    const partOf = (ids: string[]) => summarize(units(ids), { level: "state", asOf }).provenance?.parts[0] as string;
    expect(partOf(["TR", "JH", "AS"])).toMatch(/^AS\+2\/2021-11-30\/[0-9a-f]{16}$/);
    expect(partOf(["a\u001b[2Jb"])).toMatch(/^a\\u001b\[2Jb\/2021-11-30\//);
    expect(partOf(["x".repeat(500)])).toMatch(new RegExp(`^${"x".repeat(40)}/2021-11-30/`));
    expect(partOf(["😀".repeat(30)]).startsWith("😀".repeat(30).slice(0, 40))).toBe(true);
    expect(partOf(["\u0001".repeat(100)])).toMatch(/^(\\u0001){6}\\u00\/2021-11-30\//);
    for (const ids of [
      ["TR"],
      ["a\u001b[2Jb"],
      ["x".repeat(500)],
      ["😀".repeat(300)],
      [" spaced "],
      ["\u0001".repeat(99)],
    ]) {
      const summary = summarize(units(ids), { level: "state", asOf });
      expect(parseSummary(plain(summary)).issues).toEqual([]);
    }
    // No units at all (input that is not a dataset): a part still, from nothing.
    expect(summarize("not a dataset", { level: "state", asOf }).provenance?.parts[0]).toMatch(/^-\/2021-11-30\//);
  });

  it("refuses a part that is not a well-formed id, with the package's RangeError or TypeError", () => {
    const expected =
      "part must be text of 1 to 200 characters without control characters, broken Unicode or spaces at either end";
    for (const part of ["", " kerala", "kerala ", "kerala\n2024", "kerala\u0000", "p\ud800", "x".repeat(201)]) {
      const { type, detail } = thrown(() => summarize(tinyDataset(), { level: "district", asOf, part }));
      expect([type, detail?.startsWith(expected)]).toEqual(["RangeError", true]);
    }
    expect(thrown(() => summarize(tinyDataset(), { level: "district", asOf, part: 42 as unknown as string }))).toEqual({
      type: "TypeError",
      detail: `${expected}, got number`,
    });
    expect(summarize(tinyDataset(), { level: "district", asOf, part: "x".repeat(200) }).provenance?.parts).toEqual([
      "x".repeat(200),
    ]);
  });

  it("hashes with SHA-256 as node:crypto does, for every length around a block", () => {
    for (const length of [...Array.from({ length: 200 }, (_, i) => i), 1000, 65_537]) {
      const bytes = Uint8Array.from({ length }, (_, i) => (i * 31 + length) & 255);
      expect(sha256Hex(bytes), String(length)).toBe(createHash("sha256").update(bytes).digest("hex"));
    }
  });
});

describe("mergeSummaries and provenance", () => {
  const options = { level: "state", asOf, groupKind: "balasabha" } as const;

  it("covers the parts of both, sorted, with the rule sets' hashes, and names this library", () => {
    const tripura = summarize(state("TR", 12), { ...options, part: "tripura/2021-11-30" });
    const assam = summarize(state("AS", 15), { ...options, part: "assam/2021-11-30" });
    const merged = mergeSummaries(tripura, assam);
    expect(merged.provenance).toEqual({
      library: { name: "@kudumbashree/domain", version: packageVersion },
      ruleSets: tripura.provenance?.ruleSets,
      parts: ["assam/2021-11-30", "tripura/2021-11-30"],
    });
    expect(mergeSummaries(merged, emptySummary())).toEqual(merged);
  });

  it("refuses a part twice: the same export merged twice would count every figure twice", () => {
    const tripura = summarize(state("TR", 12), { ...options, part: "tripura/2021-11-30" });
    const assam = summarize(state("AS", 15), { ...options, part: "assam/2021-11-30" });
    const message =
      'mergeSummaries: part "tripura/2021-11-30" is in both summaries; the same export merged twice would count ' +
      "every figure twice (merge each part once; two different exports need different part ids, which " +
      "summarize's part option gives)";
    expect(thrown(() => mergeSummaries(tripura, tripura))).toEqual({ type: "RangeError", detail: message });
    // Inside a merged summary too, and under a corrected export sent with the same id.
    const corrected = summarize(state("TR", 13), { ...options, part: "tripura/2021-11-30" });
    expect(thrown(() => mergeSummaries(mergeSummaries(assam, tripura), corrected))).toEqual({
      type: "RangeError",
      detail: message,
    });
    // Without ids, the same export summarised twice has the same derived part.
    const derived = summarize(state("TR", 12), options);
    expect(thrown(() => mergeSummaries(derived, summarize(state("TR", 12), options))).detail).toMatch(
      /^mergeSummaries: part "TR\/2021-11-30\/[0-9a-f]{16}" is in both summaries/,
    );
  });

  it("refuses one rule-set key applied with different contents, naming the parts and both hashes", () => {
    const tripura = summarize(state("TR", 12), {
      ...options,
      ruleSets: [nroBalasabha(30)],
      part: "tripura/2021-11-30",
    });
    const jharkhand = summarize(state("JH", 14), {
      ...options,
      ruleSets: [nroBalasabha(60)],
      part: "jharkhand/2021-11-30",
    });
    const [thirty, sixty] = [ruleSetHash(nroBalasabha(30)), ruleSetHash(nroBalasabha(60))];
    expect(thirty).not.toBe(sixty);
    expect(thrown(() => mergeSummaries(tripura, jharkhand))).toEqual({
      type: "RangeError",
      detail:
        `mergeSummaries: "tripura/2021-11-30" and "jharkhand/2021-11-30" both applied nro.balasabha@1.0.0 with ` +
        `different contents (hash ${thirty.slice(0, 19)}... vs ${sixty.slice(0, 19)}...); derive each with its ` +
        "own id (deriveRuleSet) or keep their figures that depend on the rules apart with combineSummaries",
    });
    // Another key altogether: the summaries were made with other rule sets.
    const kerala = summarize(state("KL", 15), { ...options, part: "kerala/2021-11-30" });
    expect(thrown(() => mergeSummaries(tripura, kerala)).detail).toBe(
      'mergeSummaries: cannot merge summaries made with different ruleSets (["nro.balasabha@1.0.0"] and ' +
        '["kerala.balasabha@3.0.0"]); combineSummaries totals the figures that do not depend on the rules and ' +
        "keeps the others per rule set",
    );
  });

  it("refuses a summary of format version 1, which has no provenance, even with the empty summary", () => {
    const old = summaryFixture("summary-v1.json") as Summary;
    const read = parseSummary(old);
    expect(read.ok && [read.summary.formatVersion, read.summary.provenance]).toEqual([1, null]);
    const message =
      "mergeSummaries: the first argument was written before summaries carried provenance (format version 1), " +
      "so which parts it covers and which rules it applied are not known: merging it could count a part twice " +
      "or mix rules unnoticed; summarise its data again with this version";
    expect(thrown(() => mergeSummaries(old, emptySummary()))).toEqual({ type: "RangeError", detail: message });
    expect(thrown(() => mergeSummaries(emptySummary(), old)).detail).toBe(
      message.replace("the first argument", "the second argument"),
    );
  });
});

describe("parseSummary and provenance handed in", () => {
  const valid = () => summaryFixture("summary-valid.json") as Record<string, unknown> & Summary;
  const refusedAt = (summary: unknown) => {
    const result = parseSummary(summary);
    expect(result.ok).toBe(false);
    return result.issues.map((issue) => `${issue.code} ${issue.path?.join(".")}`);
  };

  it("accepts the valid fixture's provenance, and refuses each hostile fixture, naming where", () => {
    expect(parseSummary(valid()).issues).toEqual([]);
    const cases: [string, string][] = [
      ["summary-provenance-proto.json", "provenance.ruleSets.__proto__"],
      ["summary-provenance-hash.json", "provenance.ruleSets.kerala.balasabha@3.0.0"],
      ["summary-provenance-types.json", "provenance.parts.1"],
      ["summary-provenance-missing.json", "provenance"],
      ["summary-provenance-duplicate-part.json", "provenance.parts.1"],
      ["summary-provenance-extra-rule-set.json", "provenance.ruleSets.nro.balasabha@1.0.0"],
      ["summary-provenance-control-part.json", "provenance.parts.0"],
    ];
    for (const [file, path] of cases) {
      expect(refusedAt(summaryFixture(file)), file).toEqual([`schema.invalid ${path}`]);
      expect(Object.prototype).not.toHaveProperty("polluted");
    }
  });

  it("says what is wrong with a hash, a part or the rule sets", () => {
    const messages = (change: (summary: Record<string, unknown> & { provenance: Record<string, unknown> }) => void) => {
      const summary = valid() as unknown as Record<string, unknown> & { provenance: Record<string, unknown> };
      change(summary);
      return parseSummary(summary).issues.map((issue) => issue.params?.["detail"] ?? issue.message);
    };
    const detail = (text: string) => expect.stringContaining(text);
    expect(
      messages((s) => ((s.provenance["ruleSets"] as Record<string, string>)["kerala.balasabha@3.0.0"] = "md5:1")),
    ).toEqual([detail('not a content hash: expected "sha256:" and 64 lowercase hex digits, got "md5:1"')]);
    expect(messages((s) => (s.provenance["parts"] = ["b", "a"]))).toEqual([detail('not sorted: "a" comes after "b"')]);
    expect(messages((s) => (s.provenance["parts"] = ["a", "a"]))).toEqual([detail('"a" is listed twice')]);
    expect(messages((s) => (s.provenance["parts"] = [" a"]))).toEqual([
      detail("a part id must be text of 1 to 200 characters without control characters, broken Unicode or spaces"),
    ]);
    expect(
      messages((s) => delete (s.provenance["ruleSets"] as Record<string, string>)["kerala.balasabha@3.0.0"]),
    ).toEqual([detail("missing: every rule set applied has its hash")]);
    expect(messages((s) => (s["formatVersion"] = 1))).toEqual([
      detail("a summary of format version 1 has none (provenance came with 2)"),
    ]);
    expect(messages((s) => (s.provenance["library"] = { name: "", version: "1" })).length).toBe(1);
    expect(messages((s) => (s.provenance["library"] = "kudumbashree")).length).toBe(1);
    expect(messages((s) => (s.provenance["parts"] = []))).toEqual([
      detail("empty: a summary with a level covers at least one part"),
    ]);
    const empty = plain(emptySummary()) as unknown as { provenance: { parts: string[] } };
    empty.provenance.parts = ["kerala"];
    expect(refusedAt(empty)).toEqual(["schema.invalid level"]);
    expect(parseSummary(empty).issues[0]?.message).toContain("it covers parts");
  });

  it("refuses more than 100,000 parts before reading them, and reads 100,000", () => {
    const many = (count: number) => {
      const summary = valid() as unknown as { provenance: { parts: string[] } };
      summary.provenance.parts = Array.from({ length: count }, (_, i) => `part-${String(i).padStart(6, "0")}`);
      return summary;
    };
    expect(parseSummary(many(100_000)).issues).toEqual([]);
    expect(refusedAt(many(100_001))).toEqual(["schema.invalid provenance.parts"]);
    const huge = valid() as unknown as { provenance: { parts: unknown[] } };
    huge.provenance.parts = [];
    huge.provenance.parts.length = 2 ** 32 - 1;
    expect(refusedAt(huge)).toEqual(["schema.invalid provenance.parts"]);
  });

  it("reads a summary of format version 1 with provenance null, as the previous release wrote it", () => {
    const old = summaryFixture("summary-v1.json") as Summary;
    expect(old).not.toHaveProperty("provenance");
    const read = parseSummary(old);
    expect(read.issues).toEqual([]);
    expect(read.ok && read.summary).toEqual({
      ...old,
      provenance: null,
      recordsFromInferred: false,
      setAside: null,
    });
  });
});
