// The meetings' passes of the columnar path in bounded memory: meeting ids' fingerprints, and the
// meetings of groups listed apart, go to temporary files past a limit (lowered here so that small
// folders reach them). The commands' answers must not change: the same output byte for byte, the
// same fall-back line when an id may repeat, and no temporary file left, after an error too.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import fc from "fast-check";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { resolveSummarizeOptions } from "../../src/aggregate/resolveSummarizeOptions.js";
import { GroupedRows } from "../../src/cli/columnar/GroupedRows.js";
import { IdFingerprints } from "../../src/cli/columnar/IdFingerprints.js";
import { type ColumnVisitor, readColumns } from "../../src/cli/columnar/readColumns.js";
import { SpillFolder, spillSettings } from "../../src/cli/columnar/SpillFiles.js";
import { writeCsvDataset } from "../../src/cli/csvDataset.js";
import { InputError } from "../../src/cli/fileSystem.js";
import { generateSample } from "../../src/testing/generateSample.js";
import { cli } from "../helpers/cli.js";

// The object path is taken when a folder is not seen as one: `objects` turns the columnar path off.
const mode = vi.hoisted(() => ({ objects: false, folders: 0 }));
vi.mock("../../src/cli/columnar/summarizeCsvColumns.js", async (original) => {
  const actual = await original<typeof import("../../src/cli/columnar/summarizeCsvColumns.js")>();
  const isCsvFolder = (path: string) => {
    const folder = !mode.objects && actual.isCsvFolder(path);
    if (folder) mode.folders++;
    return folder;
  };
  return { ...actual, isCsvFolder };
});

const defaults = { ...spillSettings };
let root = "";
/** Where the temporary folders go while the limits are low. */
let spillRoot = "";
/** The temporary folders made since the limits were lowered. */
let made: string[] = [];

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), "kudumbashree-columnar-meetings-"));
  spillRoot = join(root, "spill");
  mkdirSync(spillRoot);
});
afterAll(() => rmSync(root, { recursive: true, force: true }));
afterEach(() => {
  Object.assign(spillSettings, defaults);
  mode.objects = false;
});

/** Lowers the limits so that past `memoryRows` rows go to files, and notes each folder made. */
function lowLimits(memoryRows: number, partitionRows: number): void {
  made = [];
  Object.assign(spillSettings, {
    memoryRows,
    partitionRows,
    directory: spillRoot,
    made: (dir: string) => made.push(dir),
  });
}

/** Temporary folders were made (the files were used), and none is left. */
function expectSpilledAndGone(): void {
  expect(made.length).toBeGreaterThan(0);
  for (const dir of made) expect(existsSync(dir)).toBe(false);
  expect(readdirSync(spillRoot)).toEqual([]);
}

let folders = 0;
type Edit = (lines: string[]) => string[];
/**
 * A kerala-nhg sample as a CSV folder (about 4,000 meetings), with `edit` applied to its meetings'
 * lines and `editMemberships` to its memberships'.
 */
function sample(edit: Edit = (lines) => lines, editMemberships: Edit = (lines) => lines): string {
  const dir = join(root, `sample-${folders++}`);
  mkdirSync(dir);
  writeCsvDataset(generateSample("kerala-nhg", { seed: 3, members: 3000, meetingWeeks: 20 }), dir);
  for (const [file, change] of [
    ["meetings.csv", edit],
    ["memberships.csv", editMemberships],
  ] as const) {
    const path = join(dir, file);
    const [header, ...lines] = readFileSync(path, "utf8").split("\n");
    const records = lines.filter((line) => line !== "");
    writeFileSync(path, `${[header, ...change(records)].join("\n")}\n`);
  }
  return dir;
}

/** The records in an order of their own (seeded): every group's rows apart from one another. */
const shuffled = (lines: string[]) => {
  const out = [...lines];
  let state = 12345;
  for (let k = out.length - 1; k > 0; k--) {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    const j = state % (k + 1);
    [out[k], out[j]] = [out[j] as string, out[k] as string];
  }
  return out;
};

/** Meeting records in date order: every group's meetings apart from one another. */
const byDate = (lines: string[]) =>
  [...lines].sort((a, b) => (a.split(",")[2] as string).localeCompare(b.split(",")[2] as string));

/** The first index of an id that came before, or -1: what the fingerprints must find. */
function firstRepeat(ids: readonly string[]): number {
  const seen = new Set<string>();
  for (let k = 0; k < ids.length; k++) {
    if (seen.has(ids[k] as string)) return k;
    seen.add(ids[k] as string);
  }
  return -1;
}

/** Where IdFingerprints finds the first repeat: while adding, or by giving the ids again to its finder. */
function found(ids: readonly string[], expected: number): number {
  const prints = new IdFingerprints(expected);
  const add = (id: string, k: number, into: { add: IdFingerprints["add"]; addText: (id: string) => boolean }) => {
    if (k % 2 === 0) return into.addText(id);
    const bytes = Buffer.from(`,${id},`, "utf8");
    return into.add(bytes, 1, bytes.length - 1);
  };
  try {
    for (let k = 0; k < ids.length; k++) if (add(ids[k] as string, k, prints)) return k;
    const finder = prints.repeats();
    if (finder === undefined) return -1;
    for (let k = 0; k < ids.length; k++) if (add(ids[k] as string, k, finder)) return k;
    throw new Error("the finder found no repeat");
  } finally {
    prints.remove();
  }
}

describe("meeting ids' fingerprints past the memory limit", () => {
  it("find the first id that repeats, as the table in memory does", { timeout: 120_000 }, () => {
    // From a few ids (a repeat is sure) to a million (a repeat is rare).
    const ids = fc.integer({ min: 1, max: 1_000_000 }).chain((pool) =>
      fc.array(
        fc.nat(pool - 1).map((n) => `m${n}`),
        { maxLength: 600 },
      ),
    );
    fc.assert(
      fc.property(ids, fc.nat(40), fc.integer({ min: 2, max: 24 }), fc.nat(5000), (list, memory, part, expected) => {
        lowLimits(memory, part);
        expect(found(list, expected)).toBe(firstRepeat(list));
        for (const dir of made) expect(existsSync(dir)).toBe(false);
      }),
      { numRuns: 300 },
    );
    expect(readdirSync(spillRoot)).toEqual([]);
  });

  it("a clean list of many ids, split again and again: no repeat; a repeat at its very end is found", {
    timeout: 120_000,
  }, () => {
    lowLimits(1000, 50);
    const ids = Array.from({ length: 40_000 }, (_, k) => `NHG${k}-2024-01-01`);
    expect(found(ids, 100)).toBe(-1);
    expectSpilledAndGone();
    lowLimits(1000, 50);
    expect(found([...ids, "NHG17-2024-01-01"], 100)).toBe(40_000);
    expectSpilledAndGone();
  });

  it("an id repeated a lakh times is found at its second record, without splitting for ever", () => {
    lowLimits(10, 4);
    const ids = ["first", ...Array.from({ length: 20 }, (_, k) => `m${k}`), ...Array(100_000).fill("same")];
    expect(found(ids, 16)).toBe(22);
    expectSpilledAndGone();
  });

  it("small inputs stay in memory: no folder is made, and add tells the repeat at once", () => {
    lowLimits(100, 8);
    const prints = new IdFingerprints(50);
    expect(prints.addText("m1")).toBe(false);
    expect(prints.addText("m2")).toBe(false);
    expect(prints.addText("m1")).toBe(true);
    expect(prints.spilled).toBe(false);
    expect(prints.repeats()).toBeUndefined();
    prints.remove();
    expect(made).toEqual([]);
  });

  it("a folder that cannot be made is a clear error", () => {
    lowLimits(0, 8);
    spillSettings.directory = join(root, "no-such-folder");
    const prints = new IdFingerprints(10);
    try {
      expect(() => prints.addText("m1")).toThrow(InputError);
      expect(() => prints.addText("m1")).toThrow(/cannot write the temporary file .*no-such-folder.*no such file/);
    } finally {
      prints.remove();
    }
  });
});

describe("the rows of groups listed apart, past the memory limit", () => {
  /** The rows by group, as GroupedRows gives them: [group, its rows], by group. */
  const given = (rows: GroupedRows) => {
    const out: [number, number[][]][] = [];
    rows.forEachGroup((g, values, n) => {
      expect(values.length).toBe(n * rows.width);
      const mine: number[][] = [];
      for (let k = 0; k < n; k++) mine.push([...values.subarray(k * rows.width, (k + 1) * rows.width)]);
      out.push([g, mine]);
    });
    return out;
  };
  const expected = (groups: number, list: readonly (readonly number[])[]) => {
    const out: [number, number[][]][] = [];
    for (let g = 0; g < groups; g++) {
      const mine = list.filter((row) => row[0] === g).map((row) => [...row]);
      if (mine.length > 0) out.push([g, mine]);
    }
    return out;
  };

  it("are given back by group, in the order added, whether in memory or from files", { timeout: 120_000 }, () => {
    const int32 = fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 });
    const case_ = fc
      .record({ groups: fc.integer({ min: 1, max: 300 }), width: fc.constantFrom(2, 3, 6) })
      .chain(({ groups, width }) =>
        fc.tuple(
          fc.constant(groups),
          fc.constant(width),
          fc.array(
            fc
              .tuple(fc.nat(groups - 1), fc.array(int32, { minLength: width - 1, maxLength: width - 1 }))
              .map(([g, rest]) => [g, ...rest]),
            { maxLength: 800 },
          ),
          fc.nat(60),
          fc.integer({ min: 1, max: 40 }),
          fc.nat(3000),
        ),
      );
    fc.assert(
      fc.property(case_, ([groups, width, list, memory, part, expectedRows]) => {
        lowLimits(memory, part);
        const rows = new GroupedRows(groups, expectedRows, width);
        try {
          for (const row of list) rows.add(row);
          expect(given(rows)).toEqual(expected(groups, list));
        } finally {
          rows.remove();
        }
        for (const dir of made) expect(existsSync(dir)).toBe(false);
      }),
      { numRuns: 300 },
    );
    expect(readdirSync(spillRoot)).toEqual([]);
  });

  it("one group holding most rows is given whole; the folder goes when a group's judge throws", () => {
    lowLimits(5, 3);
    const rows = new GroupedRows(1000, 10, 3);
    const list: [number, number, number][] = [];
    for (let k = 0; k < 500; k++) list.push([k % 7 === 0 ? k : 999, k, 1 - k]);
    try {
      for (const row of list) rows.add(row);
      expect(given(rows)).toEqual(expected(1000, list));
    } finally {
      rows.remove();
    }
    expectSpilledAndGone();

    lowLimits(5, 3);
    const failing = new GroupedRows(10, 10, 6);
    try {
      for (let k = 0; k < 100; k++) failing.add([k % 10, k, k, k, k, k]);
      expect(() =>
        failing.forEachGroup((g) => {
          if (g === 4) throw new Error("judged badly");
        }),
      ).toThrow("judged badly");
    } finally {
      failing.remove();
    }
    expectSpilledAndGone();
  });
});

describe("temporary folders", () => {
  it("a folder left by a process of this machine that was killed is removed by the next; others stay", () => {
    lowLimits(0, 8);
    const first = new SpillFolder();
    first.file(1);
    const name = basename(made[0] as string);
    first.remove();
    expect(name).toMatch(new RegExp(`^kudumbashree-spill-[0-9a-f]{8}-${process.pid}-[A-Za-z0-9]{6}$`));
    const gone = spawnSync(process.execPath, ["-e", ""]).pid as number; // a process that has ended
    const as = (pid: number) => join(spillRoot, name.replace(`-${process.pid}-`, `-${pid}-`));
    const killed = as(gone);
    const running = as(process.ppid);
    const machine = name.split("-")[2] as string;
    const otherMachine = join(spillRoot, name.replace(machine, machine === "00000000" ? "ffffffff" : "00000000"));
    const notOurs = join(spillRoot, "kudumbashree-spill-Ab12Cd");
    for (const dir of [killed, running, otherMachine, notOurs]) {
      mkdirSync(dir);
      writeFileSync(join(dir, "0.bin"), "rows");
    }
    const next = new SpillFolder();
    next.file(1);
    next.remove();
    expect(existsSync(killed)).toBe(false);
    for (const dir of [running, otherMachine, notOurs]) expect(existsSync(join(dir, "0.bin"))).toBe(true);
    for (const dir of [running, otherMachine, notOurs]) rmSync(dir, { recursive: true });
  });
});

describe("summarize and validate with the meetings on disk", () => {
  const summarize = (dir: string, format = "json") =>
    cli(["summarize", dir, "--level", "district", "--as-of", "2024-03-31", "--format", format]);

  it("a clean folder: the same output, byte for byte, as in memory and as the object path", {
    timeout: 120_000,
  }, () => {
    const dirs = [sample(), sample(byDate)];
    for (const dir of dirs) {
      const inMemory = summarize(dir);
      const table = summarize(dir, "table");
      const validated = cli(["validate", dir, "--as-of", "2024-03-31", "--format", "json"]);
      lowLimits(100, 64);
      mode.folders = 0;
      const onDisk = summarize(dir);
      expect(mode.folders).toBe(1); // the columnar path was taken
      expect(onDisk).toEqual(inMemory);
      expect(onDisk.stderr).not.toContain("whole");
      expect(summarize(dir, "table")).toEqual(table);
      expect(cli(["validate", dir, "--as-of", "2024-03-31", "--format", "json"])).toEqual(validated);
      expectSpilledAndGone();
      mode.objects = true;
      expect(summarize(dir).stdout).toBe(onDisk.stdout);
      mode.objects = false;
      Object.assign(spillSettings, defaults);
    }
  });

  it("an id repeated deep in the file: the same line, naming the earliest repeat, and the same answer", {
    timeout: 120_000,
  }, () => {
    // m(100) comes again at record 2000, m(10) at the end: the repeat found first is m(100)'s.
    let repeatedId = "";
    const dir = sample((lines) => {
      const early = lines[10] as string;
      const later = lines[100] as string;
      repeatedId = later.split(",")[0] as string;
      return [...lines.slice(0, 2000), later, ...lines.slice(2000), early];
    });
    const inMemory = summarize(dir);
    const line =
      `kudumbashree: summarize: reading ${dir} whole: a meeting id may repeat ` +
      `(${JSON.stringify(repeatedId)}): id.duplicate needs every id`;
    expect(inMemory.stderr.split("\n").filter((each) => each.includes("whole"))).toEqual([line]);
    lowLimits(100, 64);
    expect(summarize(dir)).toEqual(inMemory);
    const validated = cli(["validate", dir, "--as-of", "2024-03-31"]);
    expect(validated.stderr).toContain(line.replace("summarize", "validate"));
    expectSpilledAndGone();
  });

  it("a malformed line after the ids went to disk: the same error, and no folder left", { timeout: 120_000 }, () => {
    const dir = sample((lines) => [...lines, "m-last,NHG0000001"]);
    const inMemory = summarize(dir);
    expect(inMemory.code).toBe(1);
    expect(inMemory.stderr).toContain("different number of fields");
    lowLimits(100, 64);
    expect(summarize(dir)).toEqual(inMemory);
    expectSpilledAndGone();
  });

  it("validate with memberships not listed group by group: the same report from disk, with issues", {
    timeout: 120_000,
  }, () => {
    // A second row of a member in her group (a duplicate) and one in another group (a second group):
    // issues that rest on the order of the groups and of the rows within one.
    const dir = sample(byDate, (lines) => {
      const first = lines[0] as string;
      const other = lines[lines.length - 1] as string;
      const [, person] = first.split(",");
      const [group] = other.split(",");
      return shuffled([...lines, first, [group, person, ...first.split(",").slice(2)].join(",")]);
    });
    const validate = () => cli(["validate", dir, "--as-of", "2024-03-31", "--format", "json"]);
    mode.folders = 0;
    const inMemory = validate();
    expect(mode.folders).toBe(1);
    expect(inMemory.stderr).not.toContain("whole");
    const codes = (JSON.parse(inMemory.stdout) as { issues: { code: string }[] }).issues.map((one) => one.code);
    expect(codes).toEqual(expect.arrayContaining(["membership.duplicate", "membership.multiple_groups"]));
    // The same meetings with the memberships in order make one temporary folder fewer: the rows' own.
    const ordered = sample(byDate);
    lowLimits(100, 64);
    cli(["validate", ordered, "--as-of", "2024-03-31", "--format", "json"]);
    const folders = made.length;
    lowLimits(100, 64);
    expect(validate()).toEqual(inMemory);
    expect(made.length).toBe(folders + 1);
    expectSpilledAndGone();
    mode.objects = true;
    expect(validate().stdout).toBe(inMemory.stdout);
  });

  it("validate: an error after the memberships went to disk leaves no folder", { timeout: 120_000 }, () => {
    // A malformed last meeting: the membership rows are on disk by the time it is read.
    const dir = sample((lines) => [...lines, "m-last,NHG0000001"], shuffled);
    const validate = () => cli(["validate", dir, "--as-of", "2024-03-31", "--format", "json"]);
    const inMemory = validate();
    expect(inMemory.code).toBe(1);
    expect(inMemory.stderr).toContain("different number of fields");
    lowLimits(100, 64);
    expect(validate()).toEqual(inMemory);
    expectSpilledAndGone();
  });

  it("an error while the meetings are folded: no folder left", { timeout: 120_000 }, () => {
    const dir = sample(byDate);
    lowLimits(100, 64);
    let meetings = 0;
    const visitor: ColumnVisitor = {
      person: () => {},
      structure: () => {},
      membership: () => {},
      membershipsDone: () => {},
      meetingsStart: () => {},
      meeting: () => {
        if (++meetings === 3000) throw new Error("stopped in the fold");
      },
    };
    const options = resolveSummarizeOptions({ level: "district", asOf: "2024-03-31" });
    expect(() => readColumns(dir, options, false, () => {}, visitor)).toThrow("stopped in the fold");
    expectSpilledAndGone();
  });
});
