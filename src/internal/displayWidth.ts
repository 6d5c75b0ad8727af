// How many columns a text takes in a table: one per grapheme cluster (a Malayalam conjunct such as
// ക്കൂ, a letter with its vowel sign, an emoji with its modifiers), not one per UTF-16 unit. An
// approximation: terminals differ on Indic scripts, and East Asian wide characters (two columns)
// are counted as one; the tables this package writes hold neither.

let segmenter: Intl.Segmenter | undefined;

/**
 * The columns `text` takes: its grapheme clusters (plain ASCII: its length).
 *
 * @internal
 */
export function displayWidth(text: string): number {
  // Printable ASCII, the common case of numbers and ids, needs no segmenting.
  if (/^[\x20-\x7e]*$/.test(text)) return text.length;
  segmenter ??= new Intl.Segmenter("en", { granularity: "grapheme" });
  let width = 0;
  for (const _ of segmenter.segment(text)) width++;
  return width;
}

/**
 * `text` padded with spaces to `width` columns, on the right (`end`) or the left (`start`).
 *
 * @internal
 */
export function padTo(text: string, width: number, side: "start" | "end"): string {
  const pad = " ".repeat(Math.max(0, width - displayWidth(text)));
  return side === "end" ? text + pad : pad + text;
}
