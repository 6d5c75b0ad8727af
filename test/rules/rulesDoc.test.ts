import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  FederationKind,
  GroupKind,
  nrlmSelfHelpGroupV2,
  parseRuleSet,
  type RuleSet,
  ruleSetInForce,
  ruleSetKey,
  ruleSets,
  unconfirmedFieldsOf,
} from "../../src/index.js";

const doc = readFileSync(new URL("../../docs/rules.md", import.meta.url), "utf8");
const rows = [...doc.matchAll(/^\| `([^`]+@[^`]+)` \|.*$/gm)];
/** The cells of a built-in rule set's row: key, kind, in force, rules, sources. */
const cells = (ruleSet: RuleSet) =>
  rows
    .find((row) => row[1] === ruleSetKey(ruleSet))?.[0]
    .split(" | ")
    .map((cell) => cell.replace(/^\| |\|$/g, "").trim()) ?? [];

it("docs/rules.md has a row for every built-in rule set, citing its sources", () => {
  expect(rows.map((row) => row[1])).toEqual(ruleSets.map(ruleSetKey));
  for (const [i, ruleSet] of ruleSets.entries()) {
    // A source with an address is linked; one without (a paper circular) is named by its publisher.
    for (const source of ruleSet.sources) expect(rows[i]?.[0]).toContain(source.url ?? source.publisher);
  }
});

describe("docs/rules.md says what the code does", () => {
  it("marks every date no source gives as (unconfirmed), and no other", () => {
    for (const ruleSet of ruleSets) {
      const inForce = cells(ruleSet)[2] ?? "";
      const [from = "", to = ""] = inForce.split(";")[0]?.split(" to ") ?? [];
      const unconfirmed = unconfirmedFieldsOf(ruleSet);
      const shown = (field: "effectiveFrom" | "effectiveTo") => {
        const day = ruleSet[field];
        if (day === undefined) return "-";
        return unconfirmed.includes(field) ? `${day} (unconfirmed)` : day;
      };
      expect([from, to], ruleSetKey(ruleSet)).toEqual([shown("effectiveFrom"), shown("effectiveTo")]);
    }
  });

  it("says which built-in rule sets are never the default: superseded, or to be passed", () => {
    const days = ["1990-01-01", "2016-12-31", "2017-01-01", "2021-04-01", "2021-10-02", "2030-01-01"];
    days.push(new Date().toISOString().slice(0, 10));
    const defaults = new Set<RuleSet>();
    for (const day of days)
      for (const kind of [...GroupKind.options, ...FederationKind.options]) {
        const ruleSet = ruleSetInForce(kind, day);
        if (ruleSet !== undefined) defaults.add(ruleSet);
      }
    for (const ruleSet of ruleSets) {
      const inForce = cells(ruleSet)[2] ?? "";
      if (defaults.has(ruleSet)) expect(inForce, ruleSetKey(ruleSet)).not.toMatch(/superseded|pass it/);
      else expect(inForce, ruleSetKey(ruleSet)).toMatch(/superseded by \d|pass it to apply/);
    }
  });

  it("quotes the refusal of a rule set that enforces a field it lists as unconfirmed", () => {
    const result = parseRuleSet({ ...nrlmSelfHelpGroupV2, id: "x.shg", meetings: { count: 1, per: "week" } });
    expect(result.ok).toBe(false);
    expect(doc).toContain(`\`${result.issues[0]?.message}\``);
  });

  it("labels the Tripura Balasabha rule set as an illustration, with no made-up address", () => {
    const blocks = [...doc.matchAll(/```ts\n([\s\S]*?)```/g)].map((block) => block[1] ?? "");
    const tripura = blocks.filter((block) => block.includes("tripura."));
    expect(tripura.length).toBeGreaterThan(0);
    for (const block of tripura) {
      expect(block).toMatch(/illustration/);
      expect(block).not.toMatch(/url:/);
    }
    expect(doc).toMatch(/no Tripura Balasabha guideline is cited by this\s+library/);
  });

  it("names the source of the SHG cadence finding and says no earlier SHG size rule was confirmed", () => {
    expect(doc).toContain("http://www.ikp.serp.ap.gov.in/IHCBAP/SHG.aspx");
    expect(doc).toMatch(/10-15 persons/);
    expect(doc).toMatch(/no earlier version is\s+modelled/);
  });
});
