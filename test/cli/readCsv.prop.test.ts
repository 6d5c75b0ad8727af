import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CsvSyntaxError, parseCsvText, readCsv } from "../../src/cli/readCsv.js";

const quote = (field: string) => (/[",\r\n]/.test(field) || field === "" ? `"${field.replace(/"/g, '""')}"` : field);
const field = fc.string({ unit: fc.constantFrom("a", "b", " ", ",", '"', "\n", "\r", "\r\n", "ക", "é"), maxLength: 8 });

/** Parses `text` fed in pieces cut at `cuts`, as readCsv feeds chunks. */
function parseInPieces(text: string, cuts: number[]): [string[], number][] {
  const records: [string[], number][] = [];
  const state = { line: 1, first: true };
  const ends = [...new Set(cuts.map((cut) => cut % (text.length + 1)))].sort((a, b) => a - b);
  let pending = "";
  let at = 0;
  for (const end of [...ends, text.length]) {
    const chunk = pending + text.slice(at, end);
    at = Math.max(at, end);
    const final = end === text.length;
    pending = chunk.slice(parseCsvText(chunk, final, state, (fields, line) => records.push([[...fields], line])));
    if (final) break;
  }
  return records;
}

describe("the CSV reader", () => {
  it("reads back what was written, with each record's first line, however the text is cut into chunks", () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(field, { minLength: 2, maxLength: 4 }), { minLength: 1, maxLength: 6 }),
        fc.constantFrom("\n", "\r\n", "\r"),
        fc.boolean(),
        fc.array(fc.nat(), { maxLength: 5 }),
        (rows, eol, bom, cuts) => {
          const text = (bom ? "\uFEFF" : "") + rows.map((row) => row.map(quote).join(",")).join(eol) + eol;
          let line = 1;
          const expected = rows.map((row) => {
            const start = line;
            for (const value of row) line += (value.match(/\r\n|\r|\n/g) ?? []).length;
            line++;
            return [row, start] as [string[], number];
          });
          expect(parseInPieces(text, cuts)).toEqual(expected);
        },
      ),
      { numRuns: 500 },
    );
  });

  it("skips empty lines, accepts a last line without a line break, and says where a quote is not closed", () => {
    expect(parseInPieces('a,b\n\n1,"x"\r\n2,y', [])).toEqual([
      [["a", "b"], 1],
      [["1", "x"], 3],
      [["2", "y"], 4],
    ]);
    expect(() => parseInPieces('a,b\n1,"open\n', [])).toThrow(CsvSyntaxError);
    try {
      parseInPieces('a,b\n1,"open\n', []);
    } catch (error) {
      expect([(error as CsvSyntaxError).line, (error as CsvSyntaxError).column, (error as Error).message]).toEqual([
        2,
        2,
        expect.stringMatching(/^Quote Not Closed/),
      ]);
    }
    expect(() => parseInPieces('a,b\n"x"y,1\n', [])).toThrow(/Invalid Closing Quote/);
  });

  it("reads a file chunk by chunk, with records and characters split across chunks", () => {
    const folder = mkdtempSync(join(tmpdir(), "kudumbashree-csv-"));
    const path = join(folder, "big.csv");
    const rows = Array.from(
      { length: 20_000 },
      (_, i) => `P${i},"ലത, ${i}
line two",2000-01-01`,
    );
    writeFileSync(path, `id,name,dateOfBirth\n${rows.join("\n")}\n`);
    let count = 0;
    let last: string[] = [];
    let lastLine = 0;
    readCsv(
      path,
      (fields, line) => {
        count++;
        last = [...fields];
        lastLine = line;
      },
      4099,
    );
    expect([count, last, lastLine]).toEqual([20_001, ["P19999", "ലത, 19999\nline two", "2000-01-01"], 40_000]);
  });
});
