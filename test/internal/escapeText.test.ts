import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { csvQuote, csvText, escapeControls, escapeJsonControls, startsFormula } from "../../src/internal/escapeText.js";

// biome-ignore lint/suspicious/noControlCharactersInRegex: the test looks for control characters
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
const char = fc.oneof(
  fc.constantFrom(
    "\u001b",
    "\u0007",
    "\u0000",
    "\n",
    "\r",
    "\t",
    "\u007f",
    "\u009b",
    "\u202e",
    "\u2066",
    "\u200f",
    "\\",
  ),
  fc.string({ unit: "binary", minLength: 1, maxLength: 1 }),
);

describe("escapeControls", () => {
  it("writes C0, DEL, C1 and bidi controls as escapes a person can read", () => {
    expect(escapeControls("a\u001b[2Jb")).toBe("a\\u001b[2Jb");
    expect(escapeControls("\t\n\r")).toBe("\\t\\n\\r");
    expect(escapeControls("\u0000\u007f\u0085\u009b")).toBe("\\u0000\\u007f\\u0085\\u009b");
    expect(escapeControls("\u202aa\u202eb\u2066c\u2069\u061c\u200e\u200f")).toBe(
      "\\u202aa\\u202eb\\u2066c\\u2069\\u061c\\u200e\\u200f",
    );
  });

  it("keeps every other character, Malayalam with its joiners included", () => {
    const malayalam = "കുടുംബശ്രീ അയല്‍ക്കൂട്ടം \u200d\u200c";
    expect(escapeControls(malayalam)).toBe(malayalam);
    expect(escapeControls("C:\\path ＝ é 😀")).toBe("C:\\path ＝ é 😀");
  });

  it("property: the result holds no control character, and text without one is kept", () => {
    fc.assert(
      fc.property(fc.string({ unit: char }), (text) => {
        const escaped = escapeControls(text);
        expect(escaped).not.toMatch(CONTROL);
        if (!CONTROL.test(text)) expect(escaped).toBe(text);
      }),
    );
  });
});

describe("escapeJsonControls", () => {
  it("property: the same JSON values, with no C1 or bidi control left raw", () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 3, stringUnit: char }), (value) => {
        const json = escapeJsonControls(JSON.stringify(value, null, 2));
        expect(json.replace(/\n/g, "")).not.toMatch(CONTROL);
        expect(JSON.parse(json)).toEqual(JSON.parse(JSON.stringify(value)));
      }),
    );
  });
});

describe("csvText", () => {
  it("neutralises cells that start a formula, OWASP's way, and quotes them", () => {
    expect(csvText("=1+1")).toBe(`"'=1+1"`);
    expect(csvText('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvText("+1")).toBe(`"'+1"`);
    expect(csvText("-1")).toBe(`"'-1"`);
    expect(csvText("@SUM(A1)")).toBe(`"'@SUM(A1)"`);
    expect(csvText("\t=1")).toBe(`"'\t=1"`);
    expect(csvText("\r=1")).toBe(`"'\r=1"`);
    expect(csvText("\uff1d1+1")).toBe(`"'\uff1d1+1"`);
    expect(csvText("a=1")).toBe("a=1");
    expect(csvText("Ward 1, north")).toBe('"Ward 1, north"');
    expect(csvText("")).toBe("");
    expect(startsFormula("")).toBe(false);
    expect(csvQuote('say "hi"')).toBe('"say ""hi"""');
  });
});
