// Every locale has a message for every issue code, and each message says every param of its code:
// each example of src/locales/messageExamples.ts is rendered with its values replaced by sentinels
// (a distinctive number, a name no message writes, a date no message writes), which must all
// appear, numbers and dates written the locale's way. A new code, or a new param, fails here until
// every locale says it.
import { describe, expect, it } from "vitest";
import { type IssueCode, issueCodes, type Locale, type LocaleFormat } from "../../src/index.js";
import type { MessageContext } from "../../src/issues/messages/MessageContext.js";
import { localeFormat } from "../../src/locales/localeFormat.js";
import { DATE_PARAMS, messageExamples, SELECTOR_PARAMS } from "../../src/locales/messageExamples.js";
import { localeCodes, locales } from "./locales.js";

type Template = (params: unknown, context: MessageContext, format: LocaleFormat) => string;
type Value = string | number | boolean | null | readonly (string | number)[];

/** The params with every quoted value replaced by a sentinel, and what each must appear as. */
function sentinels(
  params: Readonly<Record<string, Value>> | undefined,
  format: LocaleFormat,
): { params: Record<string, Value> | undefined; expected: Map<string, readonly string[][]> } {
  if (params === undefined) return { params: undefined, expected: new Map() };
  let n = 0;
  const replaced: Record<string, Value> = {};
  const expected = new Map<string, string[][]>();
  const number = () => 987_601 + n++;
  const text = () => `ZQX${++n}Q`;
  const date = () => `20${(91 + n++).toString().padStart(2, "0")}-0${(n % 9) + 1}-1${n % 10}`;
  // Each sentinel must appear in one of its spellings: a number as format.number writes it or bare.
  const spell = (value: string | number, key: string): string[] =>
    typeof value === "number"
      ? [format.number(value), String(value)]
      : DATE_PARAMS.has(key)
        ? [format.date(value)]
        : [value];
  for (const [key, value] of Object.entries(params)) {
    if (SELECTOR_PARAMS.has(key) || typeof value === "boolean") {
      replaced[key] = value;
      continue;
    }
    const one = (like: string | number | null) =>
      typeof like === "number" || like === null ? number() : DATE_PARAMS.has(key) ? date() : text();
    const sentinel: Value = Array.isArray(value)
      ? value.map((item) => one(item))
      : one(value as string | number | null);
    replaced[key] = sentinel;
    expected.set(
      key,
      (Array.isArray(sentinel) ? sentinel : [sentinel as string | number]).map((item) => spell(item, key)),
    );
  }
  return { params: replaced, expected };
}

const codes = Object.keys(issueCodes) as IssueCode[];

const graphemes = new Intl.Segmenter("en", { granularity: "grapheme" });
/**
 * A term without its last grapheme cluster, as it stands in an inflected form: അയൽക്കൂട്ടം in
 * അയൽക്കൂട്ടങ്ങൾ, secretary in secretaries. Terms of two clusters or fewer are kept whole.
 */
function stem(term: string): string {
  const clusters = [...graphemes.segment(term)].map((one) => one.segment);
  return clusters.length <= 2 ? term : clusters.slice(0, -1).join("");
}

describe("the catalogues", () => {
  it("are found in src/locales: English and the other four", () => {
    expect(localeCodes).toEqual(expect.arrayContaining(["en"]));
    for (const code of localeCodes) expect(locales.get(code)?.tag, code).toMatch(/^[a-z]{2,3}-IN$/);
  });

  describe.each(localeCodes)("%s", (code) => {
    const locale = locales.get(code) as Locale;
    const format = localeFormat(locale, "test");
    const messages = locale.messages as unknown as Record<string, Template>;

    it("has a message for every issue code, and nothing else", () => {
      expect(Object.keys(locale.messages).sort()).toEqual([...codes].sort());
      for (const issueCode of codes) expect(typeof messages[issueCode], issueCode).toBe("function");
    });

    it.each(codes)("%s says every param, the label and the rule set's title", (issueCode) => {
      const template = messages[issueCode] as Template;
      for (const example of messageExamples[issueCode]) {
        const { params, expected } = sentinels(example.params as Readonly<Record<string, Value>> | undefined, format);
        const message = template(params, example.context, format);
        expect(typeof message).toBe("string");
        expect(message).not.toMatch(/undefined|NaN|\[object |null|ZQX\d+Q\d/);
        for (const [key, spellings] of expected)
          for (const options of spellings)
            expect(
              options.some((spelling) => message.includes(spelling)),
              `${issueCode}.${key} (${options.join(" or ")}) in: ${message}`,
            ).toBe(true);
        if (example.context.label !== undefined) expect(message).toContain(example.context.label);
        if (example.context.ruleSet !== undefined) expect(message).toContain(example.context.ruleSet.title);
        // A boolean param must change the message.
        for (const [key, value] of Object.entries(params ?? {}))
          if (typeof value === "boolean")
            expect(template({ ...params, [key]: !value }, example.context, format), `${issueCode}.${key}`).not.toBe(
              message,
            );
      }
    });

    it.each(codes.filter((issueCode) => issueCode !== "schema.invalid"))(
      "%s names kinds, roles and genders with the locale's terms (the glossary)",
      (issueCode) => {
        const template = messages[issueCode] as Template;
        const tables = [
          locale.terms.groupKinds,
          locale.terms.federationKinds,
          locale.terms.unitKinds,
          locale.terms.roles,
          locale.terms.genders,
        ] as readonly Readonly<Record<string, string>>[];
        for (const example of messageExamples[issueCode]) {
          const message = template(example.params, example.context, format);
          const values = Object.values((example.params ?? {}) as Record<string, Value>).flatMap((value) =>
            Array.isArray(value) ? value : [value],
          );
          for (const value of values) {
            if (typeof value !== "string") continue;
            const terms = tables.flatMap((table) => (Object.hasOwn(table, value) ? [table[value] as string] : []));
            if (terms.length === 0) continue;
            expect(
              terms.some((term) => message.includes(term) || message.includes(stem(term))),
              `${issueCode}: ${value} as ${terms.join(" or ")} in: ${message}`,
            ).toBe(true);
          }
        }
      },
    );

    it("is frozen all the way down", () => {
      const unfrozen: string[] = [];
      const walk = (value: unknown, at: string) => {
        if (typeof value !== "object" || value === null) return;
        if (!Object.isFrozen(value)) unfrozen.push(at);
        for (const [key, inner] of Object.entries(value)) walk(inner, `${at}.${key}`);
      };
      walk(locale, code);
      expect(unfrozen).toEqual([]);
    });

    it("labels every column, and says the numbers and dates it is given", () => {
      const { labels } = locale;
      for (const [column, heading] of Object.entries(labels.summary.columns))
        expect(heading.trim().length, column).toBeGreaterThan(0);
      for (const [column, heading] of Object.entries(labels.cli.ageingOutColumns))
        expect(heading.trim().length, column).toBeGreaterThan(0);
      const n = 987_654;
      const shown = format.number(n);
      for (const collection of ["units", "people", "groups", "federations", "memberships", "meetings"] as const) {
        expect(labels.records(collection, n, format)).toContain(shown);
        expect(labels.records(collection, 1, format)).toContain(format.number(1));
      }
      const title = labels.summary.title(
        { groupKind: "ZQX1Q", level: "ZQX2Q", asOf: "ZQX3Q", suppressBelow: n },
        format,
      );
      for (const part of ["ZQX1Q", "ZQX2Q", "ZQX3Q", shown]) expect(title).toContain(part);
      const allKinds = labels.summary.title(
        { groupKind: null, level: "ZQX2Q", asOf: "ZQX3Q", suppressBelow: null },
        format,
      );
      expect(allKinds).not.toMatch(/null|undefined/);
      expect(labels.summary.setAside("ZQX4Q")).toContain("ZQX4Q");
      const result = { file: "ZQX5Q", errors: n, warnings: n + 1, asOf: "ZQX6Q", ruleSets: ["ZQX7Q"] };
      for (const ok of [true, false]) {
        const line = labels.cli.validateResult({ ...result, ok }, format);
        for (const part of ["ZQX5Q", shown, format.number(n + 1), "ZQX6Q", "ZQX7Q"]) expect(line).toContain(part);
      }
      expect(labels.cli.validateResult({ ...result, ok: true }, format)).not.toBe(
        labels.cli.validateResult({ ...result, ok: false }, format),
      );
      expect(labels.cli.validateSetAside("ZQX4Q")).toContain("ZQX4Q");
      for (const source of ["option", "inferred", "stated"] as const)
        expect(labels.cli.recordsFrom("ZQX8Q", source)).toContain("ZQX8Q");
      expect(labels.cli.asOfToday("ZQX8Q")).toContain("ZQX8Q");
      expect(labels.cli.summarizeErrors("ZQX5Q", n, format)).toMatch(new RegExp(`ZQX5Q.*${shown}|${shown}.*ZQX5Q`));
      expect(labels.cli.strictRefused("ZQX5Q")).toContain("ZQX5Q");
      const leaving = labels.cli.ageingOutResult({ file: "ZQX5Q", members: n, asOf: "ZQX6Q", until: "ZQX8Q" }, format);
      for (const part of ["ZQX5Q", shown, "ZQX6Q", "ZQX8Q"]) expect(leaving).toContain(part);
      expect(labels.cli.ageingOutStopped("ZQX5Q", n, format)).toContain(shown);
      expect(labels.help.runHelp("validate")).toContain("kudumbashree validate --help");
      for (const heading of ["usage", "commands", "options", "examples", "showHelp", "exitCodes", "pathNote"] as const)
        expect(labels.help[heading].trim().length, heading).toBeGreaterThan(0);
    });
  });
});
