// parseDataset, validate and summarize never throw and always answer with structured issues,
// for arbitrary JSON and for valid datasets with one random mutation. `npm run fuzz` runs the
// same properties for a long time (FUZZ_RUNS) and keeps every failing input in test/corpus/.
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Dataset, issueCodes, parseDataset, summarize, validate } from "../../src/index.js";
import { datasetArbitrary } from "../../src/testing/arbitraries.js";
import { mutate, mutationArbitrary } from "./mutations.js";

const runs = Number(process.env["FUZZ_RUNS"] ?? 0) || undefined;
const corpus = new URL("../corpus/", import.meta.url);

/** Every answer for an input: checks the contract and returns nothing (throws on a broken contract). */
function checkContract(input: unknown): void {
  const parsed = parseDataset(input);
  for (const issue of parsed.issues) {
    expect(issue.code in issueCodes, issue.code).toBe(true);
    expect(issue.severity).toBe(issueCodes[issue.code].severity);
    expect(typeof issue.message).toBe("string");
  }
  if (!parsed.ok) expect(parsed.issues.some((issue) => issue.severity === "error")).toBe(true);
  const report = validate(input, { asOf: "2021-12-15" });
  expect(report.ok).toBe(report.counts.error === 0);
  expect(report.counts.error + report.counts.warning).toBe(report.issues.length);
  if (!parsed.ok) expect(report.ok).toBe(false);
  for (const level of ["state", "ward"] as const) {
    const summary = summarize(input as Dataset, { level, asOf: "2021-12-15" });
    expect(JSON.parse(JSON.stringify(summary))).toEqual(summary);
    for (const value of [summary.total.groups, summary.total.members]) expect(Number.isInteger(value)).toBe(true);
    if (!parsed.ok) expect(summary.issues.some((issue) => issue.severity === "error")).toBe(true);
  }
  expect(Object.prototype).not.toHaveProperty("kind");
  expect(Object.prototype).not.toHaveProperty("polluted");
}

/** Runs a property; in fuzz mode, saves the counterexample to the corpus before failing. */
function assertOrKeep<T>(
  name: string,
  arbitrary: fc.Arbitrary<T>,
  toInput: (value: T) => unknown,
  numRuns: number,
): void {
  const details = fc.check(
    fc.property(arbitrary, (value) => checkContract(toInput(value))),
    { numRuns: runs ?? numRuns },
  );
  if (!details.failed) return;
  const input = toInput((details.counterexample as [T])[0]);
  let text: string;
  try {
    text = JSON.stringify(input);
  } catch {
    text = "null";
  }
  if (runs !== undefined) {
    mkdirSync(corpus, { recursive: true });
    const file = new URL(`${name}-${createHash("sha256").update(text).digest("hex").slice(0, 12)}.json`, corpus);
    writeFileSync(file, text);
  }
  throw new Error(`${name}: ${fc.defaultReportMessage(details) ?? "failed"}`);
}

describe("never throws, always answers with issues", () => {
  it("for arbitrary JSON values", () => {
    assertOrKeep("json", fc.jsonValue({ maxDepth: 4 }), (value) => value, 1500);
  });

  it("for arbitrary objects shaped almost like a dataset", () => {
    const almost = fc.record({
      schemaVersion: fc.oneof(fc.constant(1), fc.jsonValue()),
      units: fc.array(
        fc.dictionary(
          fc.constantFrom("id", "kind", "name", "parentId", "__proto__", "constructor"),
          fc.jsonValue({ maxDepth: 1 }),
        ),
        { maxLength: 4 },
      ),
      people: fc.array(fc.dictionary(fc.constantFrom("id", "gender", "dateOfBirth"), fc.jsonValue({ maxDepth: 1 })), {
        maxLength: 4,
      }),
      groups: fc.array(
        fc.dictionary(fc.constantFrom("id", "kind", "unitId", "formedOn"), fc.jsonValue({ maxDepth: 1 })),
        { maxLength: 4 },
      ),
      memberships: fc.array(
        fc.dictionary(fc.constantFrom("groupId", "personId", "role"), fc.jsonValue({ maxDepth: 1 })),
        { maxLength: 4 },
      ),
    });
    assertOrKeep("almost", almost, (value) => JSON.parse(JSON.stringify(value)) as unknown, 1000);
  });

  it("for valid datasets with one random mutation", () => {
    assertOrKeep(
      "mutation",
      fc.tuple(datasetArbitrary, mutationArbitrary),
      ([dataset, mutation]) => mutate(dataset, mutation),
      1000,
    );
  });

  it("for every input kept in test/corpus/", () => {
    const files = readdirSync(corpus).filter((file) => file.endsWith(".json"));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) checkContract(JSON.parse(readFileSync(new URL(file, corpus), "utf8")) as unknown);
  });
});
