import { readFileSync } from "node:fs";
import { expect, it } from "vitest";
import { ruleSetKey, ruleSets } from "../../src/index.js";

it("docs/rules.md has a row for every built-in rule set, citing its sources", () => {
  const doc = readFileSync(new URL("../../docs/rules.md", import.meta.url), "utf8");
  const rows = [...doc.matchAll(/^\| `([^`]+@[^`]+)` \|.*$/gm)];
  expect(rows.map((row) => row[1])).toEqual(ruleSets.map(ruleSetKey));
  for (const [i, ruleSet] of ruleSets.entries()) {
    // A source with an address is linked; one without (a paper circular) is named by its publisher.
    for (const source of ruleSet.sources) expect(rows[i]?.[0]).toContain(source.url ?? source.publisher);
  }
});
