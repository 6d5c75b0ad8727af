// What keeps validate's columnar path small at a state's size without changing a word of its
// report: household ids known by fingerprint (HouseholdNumbers), checked against people.csv before
// an issue is trusted (a collision is forced here with a weaker fingerprint), and id tables that
// find sorted ids without a hash table and keep ids of one length without a table of offsets.
import fc from "fast-check";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ColumnarValidator } from "../../src/cli/columnar/ColumnarValidator.js";
import { type Fingerprint, fingerprintBytes, HouseholdNumbers } from "../../src/cli/columnar/HouseholdNumbers.js";
import { IdTable } from "../../src/cli/columnar/IdTable.js";
import { cli } from "../helpers/cli.js";
import { table, tempFolders } from "../helpers/hostileFolders.js";

// The object path is taken when a folder is not seen as one: `objects` turns the columnar path off.
const mode = vi.hoisted(() => ({ objects: false }));
vi.mock("../../src/cli/columnar/summarizeCsvColumns.js", async (original) => {
  const actual = await original<typeof import("../../src/cli/columnar/summarizeCsvColumns.js")>();
  return { ...actual, isCsvFolder: (path: string) => !mode.objects && actual.isCsvFolder(path) };
});

const folders = tempFolders("kudumbashree-columnar-memory-");

afterEach(() => {
  ColumnarValidator.householdFingerprint = fingerprintBytes;
});

/** A fingerprint under which each id of `aliases` is known as the id it names (they collide). */
function colliding(aliases: Readonly<Record<string, string>>): Fingerprint {
  return (bytes, start, end, out) => {
    const id = Buffer.from(bytes.subarray(start, end)).toString("utf8");
    const known = Buffer.from(aliases[id] ?? id, "utf8");
    fingerprintBytes(known, 0, known.length, out);
  };
}

/**
 * Neighbourhood groups (one member per household): P3 shares H1 with P1 in another group, P4 and
 * P5 share H3 in one group; P2 (H2), P6 (H4, in G2) and P7 (H5, in no group) share with no one.
 */
function households(): string {
  return folders.hostile({
    "people.csv": table([
      "id,name,gender,dateOfBirth,householdId",
      "P1,Asha,female,1990-01-01,H1",
      "P2,Bindu,female,1991-01-01,H2",
      "P3,Chitra,female,1992-01-01,H1",
      "P4,,female,1993-01-01,H3",
      "P5,Elsy,female,1994-01-01,H3",
      "P6,Fathima,female,1995-01-01,H4",
      "P7,Gita,female,1996-01-01,H5",
    ]),
    "groups.csv": table([
      "id,name,kind,unitId,formedOn",
      "G1,Group one,neighbourhoodGroup,w1,2020-01-01",
      "G2,,neighbourhoodGroup,w2,2020-01-01",
    ]),
    "memberships.csv": table([
      "groupId,personId,role",
      "G1,P1,president",
      "G1,P2,secretary",
      "G1,P4,member",
      "G1,P5,member",
      "G2,P3,member",
      "G2,P6,member",
    ]),
  });
}

interface Run {
  readonly whole: boolean;
  readonly stderr: string;
  readonly report: { issues: { code: string; params?: Record<string, unknown> }[] };
}

/** validate both ways on `dir`: the same output and exit code; the columnar run's story. */
function compare(dir: string): Run {
  const args = ["validate", dir, "--as-of", "2024-03-31", "--format", "json"];
  mode.objects = true;
  const objects = cli(args);
  mode.objects = false;
  const columns = cli(args);
  expect(columns.stdout).toBe(objects.stdout);
  expect(columns.code).toBe(objects.code);
  return {
    whole: columns.stderr.includes(" whole"),
    stderr: columns.stderr,
    report: JSON.parse(columns.stdout) as Run["report"],
  };
}

const householdIssues = (run: Run) =>
  run.report.issues
    .filter((found) => found.code.startsWith("household."))
    .map((found) => [
      found.code,
      found.params?.["householdId"],
      found.params?.["personId"] ?? found.params?.["personIds"],
    ]);

describe("household ids known by fingerprint", () => {
  const expected = [
    ["household.duplicate", "H3", ["P4", "P5"]],
    ["household.multiple_groups", "H1", "P3"],
  ];

  it("name the households' own ids in their issues, as the object path does", () => {
    const run = compare(households());
    expect(run.whole).toBe(false);
    expect(householdIssues(run)).toEqual(expected);
    expect(JSON.stringify(run.report)).not.toContain("\\u0000");
  });

  it("a collision behind an issue in one group is seen, and the folder read whole", () => {
    // H2 taken for H1: P1 and P2 would be one household in G1, and P3's issue would name both.
    ColumnarValidator.householdFingerprint = colliding({ H2: "H1" });
    const run = compare(households());
    expect(run.whole).toBe(true);
    expect(run.stderr).toContain('household ids "H1" and "H2" share a fingerprint');
    expect(householdIssues(run)).toEqual(expected);
  });

  it("a collision across groups is seen too: no issue for a household that is not shared", () => {
    // H4 taken for H2: P6 in G2 would be reported as P2's household member in G1.
    ColumnarValidator.householdFingerprint = colliding({ H4: "H2" });
    const run = compare(households());
    expect(run.whole).toBe(true);
    expect(run.stderr).toContain('household ids "H4" and "H2" share a fingerprint');
    expect(householdIssues(run)).toEqual(expected);
  });

  it("a collision that no issue rests on changes nothing: the folder is still read column by column", () => {
    // H5 taken for H2: P7 is in no group, so the two households never meet.
    ColumnarValidator.householdFingerprint = colliding({ H5: "H2" });
    const run = compare(households());
    expect(run.whole).toBe(false);
    expect(householdIssues(run)).toEqual(expected);
  });

  it("every id with one fingerprint: whatever the households, the report is the object path's", () => {
    ColumnarValidator.householdFingerprint = (_bytes, _start, _end, out) => {
      out[0] = 7;
      out[1] = 7;
    };
    const run = compare(households());
    expect(run.whole).toBe(true);
    expect(householdIssues(run)).toEqual(expected);
  });
});

describe("HouseholdNumbers", () => {
  it("gives one number per id, from bytes or text alike, and forgets the ids once sealed", () => {
    const numbers = new HouseholdNumbers(2);
    const ids = Array.from({ length: 5000 }, (_, k) => `H${(k * 7919) % 3001}`);
    const given = ids.map((id, k) =>
      k % 2 === 0 ? numbers.addText(id) : numbers.add(Buffer.from(` ${id}`), 1, id.length + 1),
    );
    const first = new Map<string, number>();
    ids.forEach((id, k) => {
      if (!first.has(id)) first.set(id, given[k] as number);
      expect(given[k]).toBe(first.get(id));
    });
    expect(numbers.size).toBe(first.size);
    expect([...first.values()]).toEqual([...first.keys()].map((_, k) => k)); // numbered in the order first met
    numbers.seal();
    expect(numbers.bytes).toBe(0);
    expect(() => numbers.addText("H1")).toThrow("sealed");
  });

  it("the fingerprint tells ids apart by every byte and by length", () => {
    const print = (id: string) => {
      const out = new Int32Array(2);
      fingerprintBytes(Buffer.from(id), 0, Buffer.byteLength(id), out);
      return `${out[0]},${out[1]}`;
    };
    const ids = ["", "a", "b", "ab", "ba", "a\u0000", "H0000001-0", "H0000001-1", "H0000010-0", "\u0d2e"];
    expect(new Set(ids.map(print)).size).toBe(ids.length);
  });
});

describe("IdTable", () => {
  /** A generator of numbers from a seed (the same every run). */
  const random = (seed: number) => () => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return seed / 2 ** 32;
  };

  it("finds ids added in order, near and far, without a hash table, as a Map would", () => {
    const table = new IdTable(10);
    const ids = Array.from({ length: 3000 }, (_, k) => `P${String(k * 3).padStart(6, "0")}`);
    for (const id of ids) table.addText(id);
    const bytes = table.bytes;
    for (let k = 0; k < 20_000; k++) {
      const n = (k * 7 + (k % 3)) % 3000; // a few ids on from the last, as attendees follow members
      expect(table.get(ids[n] as string)).toBe(n);
      expect(table.get(`P${String(3 * n + 1).padStart(6, "0")}`)).toBe(-1);
    }
    expect(table.bytes).toBe(bytes); // no hash table was built
    const next = random(1);
    for (let k = 0; k < 10_000; k++) {
      const id = `P${String(Math.floor(next() * 9000)).padStart(6, "0")}`;
      expect(table.get(id)).toBe(ids.indexOf(id));
    }
    expect(table.get("P")).toBe(-1);
    expect(table.get("Q000000")).toBe(-1);
    expect(table.get("")).toBe(-1);
  });

  it("ids of one length keep no offsets; one of another length, or out of order, changes nothing found", () => {
    const table = new IdTable(4);
    for (const id of ["A1", "A2", "A3", "A4", "A5"]) table.addText(id);
    const uniform = table.bytes;
    expect(table.addText("A10")).toBe(5); // another length, still in order
    expect(table.bytes).toBeGreaterThan(uniform); // the offsets, written out only now
    expect(table.addText("A0")).toBe(6); // out of order: hashed from here on
    expect(table.addText("A3")).toBe(-1 - 2);
    expect(["A0", "A1", "A10", "A3", "A5", "A6"].map((id) => table.get(id))).toEqual([6, 0, 5, 2, 4, -1]);
    expect(Array.from({ length: 7 }, (_, n) => table.idAt(n))).toEqual(["A1", "A2", "A3", "A4", "A5", "A10", "A0"]);
  });

  it("lookups scattered over a sorted table still find every id (the hash table is built for them)", () => {
    const table = new IdTable(50_000);
    const ids = Array.from({ length: 50_000 }, (_, k) => `M${k.toString(36).padStart(5, "0")}`).sort();
    for (const id of ids) table.addText(id);
    const bytes = table.bytes;
    const next = random(7);
    for (let k = 0; k < 12_000; k++) {
      const n = Math.floor(next() * ids.length);
      expect(table.get(ids[n] as string)).toBe(n);
    }
    expect(table.bytes).toBeGreaterThan(bytes);
  });

  it("ids added in any order, past what was expected, are numbered as a Map would (the table doubles)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: "grapheme", maxLength: 6 }), { maxLength: 400, size: "max" }),
        fc.nat(64),
        (ids, expected) => {
          const table = new IdTable(expected);
          const map = new Map<string, number>();
          for (const id of ids) {
            const known = map.get(id);
            expect(table.addText(id)).toBe(known === undefined ? map.size : -1 - known);
            if (known === undefined) map.set(id, map.size);
          }
          for (const [id, n] of map) expect(table.get(id)).toBe(n);
          for (const id of ids) expect(table.get(`${id}~`)).toBe(map.get(`${id}~`) ?? -1);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("random folders with households, second groups and repeated rows", () => {
  /** A generator of numbers from a seed (the same every run). */
  const random = (seed: number) => () => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return seed / 2 ** 32;
  };

  /** A folder of `seed`: people in or out of order, households shared in and across groups, rows apart or together. */
  function folder(seed: number): string {
    const next = random(seed);
    const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)] as T;
    const count = 20 + Math.floor(next() * 40);
    const people = Array.from({ length: count }, (_, k) => {
      const household = next() < 0.15 ? "" : `H${1 + Math.floor(next() * (count / 3))}`;
      const born = `${1950 + Math.floor(next() * 60)}-0${1 + Math.floor(next() * 9)}-1${Math.floor(next() * 9)}`;
      return `P${k + 1},${next() < 0.5 ? `Name${k}` : ""},${next() < 0.9 ? "female" : "male"},${born},${household}`;
    });
    if (next() < 0.5) people.reverse();
    const groups = Array.from({ length: 6 }, (_, g) => {
      const kind = g < 4 ? "neighbourhoodGroup" : "auxiliaryGroup";
      return `G${g + 1},${g % 2 === 0 ? `Group ${g}` : ""},${kind},${pick(["w1", "w2"])},2015-01-01`;
    });
    const rows: string[] = [];
    for (let g = 1; g <= 6; g++)
      for (let k = 1; k <= count; k++) {
        if (next() > 0.35) continue;
        const role = next() < 0.8 ? "member" : pick(["president", "secretary", "resourcePerson"]);
        const to = next() < 0.1 ? "2020-01-01" : "";
        rows.push(`G${g},P${k},${role},,${to}`);
        if (next() < 0.05) rows.push(`G${g},P${k},member,,`);
      }
    if (next() < 0.5) rows.sort(() => next() - 0.5);
    return folders.hostile({
      "people.csv": table(["id,name,gender,dateOfBirth,householdId", ...people]),
      "groups.csv": table(["id,name,kind,unitId,formedOn", ...groups]),
      "memberships.csv": table(["groupId,personId,role,from,to", ...rows]),
    });
  }

  it.each(Array.from({ length: 24 }, (_, k) => k + 1))("seed %i: the same report, column by column", (seed) => {
    const run = compare(folder(seed));
    expect(run.whole).toBe(false);
  });

  it("the seeds meet every household issue and second groups", () => {
    const codes = new Set<string>();
    for (let seed = 1; seed <= 24; seed++) {
      mode.objects = true;
      const report = JSON.parse(cli(["validate", folder(seed), "--as-of", "2024-03-31", "--format", "json"]).stdout);
      for (const found of (report as Run["report"]).issues) codes.add(found.code);
    }
    mode.objects = false;
    expect([...codes].filter((code) => /household|multiple_groups|duplicate/.test(code)).sort()).toEqual([
      "household.duplicate",
      "household.multiple_groups",
      "membership.duplicate",
      "membership.multiple_groups",
    ]);
  });
});
