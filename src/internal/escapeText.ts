// Text from untrusted data, made safe for whoever reads it: on a terminal (control characters
// shown as escapes, never acted on) and in a spreadsheet (a CSV cell never starts a formula).

/**
 * Whether a UTF-16 code unit is shown escaped: a C0 control (U+0000-U+001F), DEL (U+007F), a C1
 * control (U+0080-U+009F), or one of Unicode's Bidi_Control characters (U+061C, U+200E, U+200F,
 * the embeddings and overrides U+202A-U+202E, the isolates U+2066-U+2069), which reorder text
 * on screen so that what is shown is not what is written.
 */
function isControl(code: number): boolean {
  return (
    code < 0x20 ||
    (code >= 0x7f && code <= 0x9f) ||
    code === 0x61c ||
    code === 0x200e ||
    code === 0x200f ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2066 && code <= 0x2069)
  );
}

const SHORT: Readonly<Record<number, string>> = { 9: "\\t", 10: "\\n", 13: "\\r" };

function escapeCode(code: number): string {
  return SHORT[code] ?? `\\u${code.toString(16).padStart(4, "0")}`;
}

/**
 * The text with every control character (see `isControl`) written as an escape a person can
 * read: `\t`, `\n` and `\r`, otherwise `\u` and four hex digits (`\u001b` for ESC, `\u202e` for
 * RIGHT-TO-LEFT OVERRIDE). For text shown on a terminal or in a report; other characters,
 * backslashes included, are kept as they are, so the escapes are for display, not a lossless
 * encoding (write JSON for that).
 */
export function escapeControls(text: string): string {
  let out = "";
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (!isControl(code)) continue;
    out += text.slice(from, i) + escapeCode(code);
    from = i + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}

/**
 * JSON text (as `JSON.stringify` writes it) with DEL, the C1 controls and the Bidi_Control
 * characters written as `\uXXXX` escapes as well (`JSON.stringify` escapes only U+0000-U+001F).
 * The JSON means exactly the same values; it is only safe to print. These characters can occur
 * only inside strings of such text, where the escape is valid JSON.
 */
export function escapeJsonControls(json: string): string {
  let out = "";
  let from = 0;
  for (let i = 0; i < json.length; i++) {
    const code = json.charCodeAt(i);
    if (code < 0x7f || !isControl(code)) continue;
    out += `${json.slice(from, i)}\\u${code.toString(16).padStart(4, "0")}`;
    from = i + 1;
  }
  return from === 0 ? json : out + json.slice(from);
}

/**
 * The characters that make a spreadsheet read a cell as a formula when it starts with one:
 * OWASP's list (`=`, `+`, `-`, `@`, tab, carriage return) and the full-width forms of the first
 * four (U+FF1D, U+FF0B, U+FF0D, U+FF20), which some spreadsheets in East Asian locales also take.
 */
const FORMULA_START = new Set(["=", "+", "-", "@", "\t", "\r", "\uff1d", "\uff0b", "\uff0d", "\uff20"]);

/** Whether a text cell would start a formula in a spreadsheet. */
export function startsFormula(text: string): boolean {
  return text.length > 0 && FORMULA_START.has(text[0] as string);
}

/** A CSV field as RFC 4180 writes it: quoted (quotes doubled) when it holds a comma, quote or line break. */
export function csvQuote(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * A CSV field for a text cell (a name, an id), neutralised the OWASP way: a cell that would start
 * a formula (see {@link startsFormula}) gets a leading `'` and is always quoted, so a spreadsheet
 * shows it as text (`=HYPERLINK(...)` is written `"'=HYPERLINK(...)"`). Numbers must not go
 * through here: `-3` written by a program is a number, not a formula.
 */
export function csvText(text: string): string {
  return startsFormula(text) ? `"'${text.replace(/"/g, '""')}"` : csvQuote(text);
}
