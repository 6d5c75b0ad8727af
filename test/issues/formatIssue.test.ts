import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  en,
  formatIssue,
  type Issue,
  type IssueCode,
  type Locale,
  parseDataset,
  parseRuleSet,
  parseSummary,
  summarize,
  validate,
} from "../../src/index.js";
import { issue } from "../../src/issues/issueFactory.js";
import { messageExamples } from "../../src/locales/messageExamples.js";
import { generateSample, samplePresets } from "../../src/testing/generateSample.js";
import { exampleDataset, tinyDataset } from "../helpers/example.js";
import { locales } from "../locales/locales.js";

/** Issues of every kind the package writes: validate on the example data and the samples, the corpus, the examples. */
function issuesToSayAgain(): Issue[] {
  const found: Issue[] = [];
  found.push(...validate(exampleDataset(), { asOf: "2021-11-30" }).issues);
  const tiny = tinyDataset();
  found.push(
    ...validate(
      {
        ...tiny,
        people: [...tiny.people, { id: "p3", dateOfBirth: "1960-01-01", gender: "male" }],
        memberships: [...tiny.memberships, { groupId: "g1", personId: "p3", role: "member", from: "2021-10-02" }],
      },
      { asOf: "2021-11-30" },
    ).issues,
  );
  for (const preset of samplePresets)
    found.push(...validate(generateSample(preset, { seed: 3, members: 300 }), { asOf: "2021-11-30" }).issues);
  const corpus = new URL("../corpus/", import.meta.url);
  for (const file of readdirSync(corpus).filter((name) => name.endsWith(".json")))
    found.push(...parseDataset(JSON.parse(readFileSync(new URL(file, corpus), "utf8"))).issues);
  found.push(...parseRuleSet({ id: "x" }).issues, ...parseSummary({ format: "kudumbashree.summary" }).issues);
  for (const [code, examples] of Object.entries(messageExamples))
    for (const example of examples) found.push(issue(code as IssueCode, example.params as never, example.context));
  return found;
}

describe("formatIssue", () => {
  const issues = issuesToSayAgain();

  it("gives every issue's own message in English, and again after a JSON round trip", () => {
    const codes = new Set(issues.map((one) => one.code));
    expect(codes.size).toBeGreaterThan(30);
    const mismatches = issues.filter(
      (one) =>
        formatIssue(one) !== one.message || formatIssue(JSON.parse(JSON.stringify(one)) as Issue, en) !== one.message,
    );
    expect(mismatches.map((one) => [one.code, one.message, formatIssue(one)])).toEqual([]);
  });

  it("says each issue in every locale, with its label and rule set's title", () => {
    const labelled = issues.find((one) => one.code === "age.above_band" && one.label !== undefined) as Issue;
    expect(labelled.label).toMatch(/^\S.* \(.+\)$/);
    for (const [code, locale] of locales) {
      for (const one of issues) {
        const said = formatIssue(one, locale);
        expect(said.length, `${code} ${one.code}`).toBeGreaterThan(0);
        expect(said, `${code} ${one.code}`).not.toMatch(/(?<!received )undefined|\[object |NaN/);
      }
      const said = formatIssue(labelled, locale);
      expect(said).toContain(labelled.label);
      expect(said).toContain(labelled.ruleSetTitle);
      if (code !== "en") expect(said).not.toBe(labelled.message);
    }
  });

  it("says the issues of a summary read back from JSON, label and rule-set title kept", () => {
    const tiny = tinyDataset();
    const data = {
      ...tiny,
      people: [...tiny.people, { id: "p3", name: "Raghavan", dateOfBirth: "1960-01-01", gender: "male" as const }],
      memberships: [...tiny.memberships, { groupId: "g1", personId: "p3", role: "member" as const }],
    };
    const ruleIssues = validate(data, { asOf: "2021-11-30" }).issues;
    const summary = { ...summarize(tiny, { level: "ward", asOf: "2021-11-30" }), issues: ruleIssues };
    const parsed = parseSummary(JSON.parse(JSON.stringify(summary)));
    expect(parsed.ok).toBe(true);
    const read = parsed.ok ? parsed.summary.issues : [];
    expect(read.map((one) => [one.label, one.ruleSetTitle])).toEqual(
      ruleIssues.map(() => ["Raghavan (p3)", "Kudumbashree auxiliary group for young women (Kerala, 2021)"]),
    );
    expect(read.map((one) => formatIssue(one))).toEqual(ruleIssues.map((one) => one.message));
    const ml = locales.get("ml") as Locale;
    expect(read.map((one) => formatIssue(one, ml))).toEqual(ruleIssues.map((one) => formatIssue(one, ml)));
  });

  it("writes numbers and dates as the locale does", () => {
    const made = issue("schema.invalid", { reason: "truncated", omitted: 4_500_000 });
    expect(made.message).toMatch(/^45,00,000 more shape problems/);
    expect(formatIssue(made)).toBe(made.message);
    const aged = issue(
      "age.above_band",
      { age: 42, min: 18, max: 40, dateOfBirth: "1979-05-02", asOf: "2021-11-30" },
      { label: "Anitha (P0042)" },
    );
    expect(aged.message).toContain("born 1979-05-02");
    const ml = locales.get("ml") as Locale | undefined;
    if (ml !== undefined) {
      expect(formatIssue(aged, ml)).toContain("02-05-1979");
      expect(formatIssue(made, ml)).toContain("45,00,000");
    }
    const bn = locales.get("bn") as Locale | undefined;
    if (bn !== undefined) expect(formatIssue(made, bn)).toContain("৪৫,০০,০০০");
  });

  describe("on an issue it cannot say again", () => {
    const base = { code: "age.unknown", severity: "warning", message: "Said in English." } as const;

    it("gives the issue's own message: a newer code, params of another shape, a getter that throws", () => {
      expect(formatIssue({ ...base, code: "code.from_a_newer_version" } as never)).toBe("Said in English.");
      expect(formatIssue({ ...base, params: 7 } as never)).toBe("Said in English.");
      expect(formatIssue({ ...base, params: [1, 2] } as never)).toBe("Said in English.");
      expect(formatIssue({ ...base, code: "input.unreadable" } as never)).toBe("Said in English.");
      const throwing = {
        ...base,
        get params(): never {
          throw new Error("boom");
        },
      };
      expect(formatIssue(throwing as never)).toBe("Said in English.");
      expect(formatIssue({ ...base, code: "toString" } as never)).toBe("Said in English.");
      expect(formatIssue({ ...base, code: "__proto__" } as never)).toBe("Said in English.");
    });

    it("ignores a malformed subject, path, label or title and still says the message", () => {
      const forged = {
        code: "group.below_min_size",
        severity: "error",
        message: "m",
        params: { size: 9, min: 10, max: 20, special: false },
        subject: "g1",
        path: [{}],
        label: 5,
        ruleSetTitle: ["x"],
      };
      expect(formatIssue(forged as never)).toBe("The group has 9 active members; the rule set needs 10 to 20 members.");
    });

    it("throws the package's TypeError when there is nothing to say", () => {
      const say = (value: unknown, locale?: unknown) => () => formatIssue(value as never, locale as never);
      expect(say({ code: "nope" })).toThrow(
        new TypeError(
          "@kudumbashree/domain: formatIssue cannot say this issue: it has no code this version knows and no message",
        ),
      );
      expect(say(null)).toThrow(new TypeError("@kudumbashree/domain: formatIssue needs an issue object, got null"));
      expect(say("age.unknown")).toThrow(/^@kudumbashree\/domain: formatIssue needs an issue object, got "age/);
      const throwing = {
        get code(): never {
          throw new Error("boom");
        },
        get message(): never {
          throw new Error("boom");
        },
      };
      expect(say(throwing)).toThrow(/^@kudumbashree\/domain: formatIssue cannot say this issue/);
    });

    it("refuses a locale that is not one, and a tag Intl cannot read", () => {
      const made = issue("meeting.cadence_unknown", undefined);
      expect(() => formatIssue(made, "ml" as never)).toThrow(
        new TypeError(
          "@kudumbashree/domain: formatIssue's locale must be a Locale such as en or ml " +
            '(from @kudumbashree/domain/locales/ml), got "ml"',
        ),
      );
      expect(() => formatIssue(made, { ...en, tag: "not a tag!" })).toThrow(
        new RangeError(
          '@kudumbashree/domain: formatIssue\'s locale.tag must be a BCP 47 language tag such as "ml-IN", ' +
            'got "not a tag!"',
        ),
      );
    });
  });
});
