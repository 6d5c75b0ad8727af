import { mkdtempSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { readCsvDataset, writeCsvDataset } from "../../src/cli/csvDataset.js";
import type { Io, Meter } from "../../src/cli/io.js";
import { run } from "../../src/cli/main.js";
import {
  humanBytes,
  humanDuration,
  PROGRESS_DELAY_MS,
  progressLine,
  progressMeter,
} from "../../src/cli/progressMeter.js";
import { readCsv } from "../../src/cli/readCsv.js";
import { cli } from "../helpers/cli.js";
import { exampleDataset } from "../helpers/example.js";

/** An Io whose standard error is kept, write by write. */
function fakeIo(isTTY: boolean): Io & { writes: string[] } {
  const writes: string[] = [];
  return {
    writes,
    stdout: () => {},
    stderr: (text) => writes.push(text),
    stdin: () => "",
    isTTY,
    today: () => "2021-11-30",
  };
}

/** A clock the test moves by hand. */
function fakeClock(start = 5_000) {
  let time = start;
  return { now: () => time, tick: (ms: number) => (time += ms) };
}

/** The line on the screen after a redraw: what follows the last carriage return, spaces trimmed. */
const lastLine = (writes: readonly string[]) => (writes.at(-1) ?? "").split("\r").at(-1)?.trimEnd() ?? "";

const MB = 1_000_000;

describe("progressMeter", () => {
  it("writes nothing when standard error is not a terminal", () => {
    const io = fakeIo(false);
    const clock = fakeClock();
    const meter = progressMeter(io, { quiet: false, now: clock.now, width: 80 });
    meter.start(100 * MB);
    clock.tick(5_000);
    meter.advance(50 * MB, 1000);
    meter.stop();
    expect(io.writes).toEqual([]);
  });

  it("writes nothing with --quiet", () => {
    const io = fakeIo(true);
    const clock = fakeClock();
    const meter = progressMeter(io, { quiet: true, now: clock.now, width: 80 });
    meter.start(100 * MB);
    clock.tick(5_000);
    meter.advance(50 * MB, 1000);
    meter.stop();
    expect(io.writes).toEqual([]);
  });

  it("writes nothing for work that ends within the first second", () => {
    const io = fakeIo(true);
    const clock = fakeClock();
    const meter = progressMeter(io, { quiet: false, now: clock.now, width: 80 });
    meter.start(100 * MB);
    for (let k = 0; k < 9; k++) {
      clock.tick((PROGRESS_DELAY_MS - 1) / 9);
      meter.advance(10 * MB, 100);
    }
    meter.stop();
    expect(io.writes).toEqual([]);
  });

  it("shows the bar, the percentage, bytes of the total, records per second and time left", () => {
    const io = fakeIo(true);
    const clock = fakeClock();
    const meter = progressMeter(io, { quiet: false, now: clock.now, width: 100 });
    meter.start(436 * MB);
    clock.tick(2_000);
    meter.advance(109 * MB, 250_000); // a quarter in 2 s: 6 s left, 1,25,000 records a second
    expect(io.writes).toHaveLength(1);
    const line = lastLine(io.writes);
    expect(line).toMatch(/^\[#+\.+\] /);
    expect(line).toContain("25%");
    expect(line).toContain("109 MB / 436 MB");
    expect(line).toContain("1,25,000 records/s");
    expect(line).toContain("6 s left");
    // A quarter of the bar is filled.
    const bar = /^\[([#.]+)\]/.exec(line)?.[1] ?? "";
    expect(bar.split("#").length - 1).toBe(Math.floor(bar.length / 4));

    clock.tick(78_000); // 80 s in, 218 MB of 436: as long again
    meter.advance(109 * MB, 0);
    const later = lastLine(io.writes);
    expect(later).toContain("50%");
    expect(later).toContain("218 MB / 436 MB");
    expect(later).toContain("3,125 records/s");
    expect(later).toContain("1 min 20 s left");
  });

  it("redraws at most ten times a second", () => {
    const io = fakeIo(true);
    const clock = fakeClock();
    const meter = progressMeter(io, { quiet: false, now: clock.now, width: 80 });
    meter.start(1000 * MB);
    clock.tick(PROGRESS_DELAY_MS);
    // 1000 advances 1 ms apart: one second, so at most 10 redraws (and at least one).
    for (let k = 0; k < 1000; k++) {
      meter.advance(MB / 2, 10);
      clock.tick(1);
    }
    expect(io.writes.length).toBeGreaterThanOrEqual(9);
    expect(io.writes.length).toBeLessThanOrEqual(10);
    // 50 advances within 99 ms after a redraw: none drawn.
    const before = io.writes.length;
    clock.tick(100);
    meter.advance(MB, 1);
    for (let k = 0; k < 50; k++) {
      clock.tick(99 / 50);
      meter.advance(MB, 1);
    }
    expect(io.writes.length).toBe(before + 1);
  });

  it("redraws in place and clears the line on stop", () => {
    const io = fakeIo(true);
    const clock = fakeClock();
    const meter = progressMeter(io, { quiet: false, now: clock.now, width: 80 });
    meter.start(10 * MB);
    clock.tick(1_500);
    meter.advance(MB, 10);
    clock.tick(200);
    meter.advance(MB, 10);
    expect(io.writes).toHaveLength(2);
    for (const write of io.writes) {
      expect(write.startsWith("\r")).toBe(true);
      expect(write).not.toContain("\n");
    }
    const shown = Math.max(...io.writes.map((write) => write.length - 1));
    meter.stop();
    const cleared = io.writes.at(-1) as string;
    expect(cleared).toBe(`\r${" ".repeat(shown)}\r`);
    // Nothing more after the stop, and a second stop writes nothing.
    meter.stop();
    expect(io.writes).toHaveLength(3);
  });

  it("does not write a clearing line when nothing was drawn", () => {
    const io = fakeIo(true);
    const meter = progressMeter(io, { quiet: false, now: fakeClock().now, width: 80 });
    meter.start(10 * MB);
    meter.advance(MB, 1);
    meter.stop();
    expect(io.writes).toEqual([]);
  });

  it("never writes a line as wide as the terminal", () => {
    for (const width of [120, 80, 60, 40, 30, 20, 12, 8, 3, 1]) {
      const io = fakeIo(true);
      const clock = fakeClock();
      const meter = progressMeter(io, { quiet: false, now: clock.now, width });
      meter.start(123_456 * MB);
      clock.tick(2_000);
      meter.advance(45_678 * MB, 12_345_678);
      meter.stop();
      for (const write of io.writes)
        for (const part of write.split("\r")) expect(part.length, `width ${width}: ${part}`).toBeLessThan(width);
      if (width >= 12) expect(lastLine(io.writes.slice(0, 1))).toContain("%");
      if (width >= 80) expect(lastLine(io.writes.slice(0, 1))).toContain("left");
    }
  });

  it("handles a total of 0 and nonsense amounts without NaN or Infinity", () => {
    const io = fakeIo(true);
    const clock = fakeClock();
    const meter = progressMeter(io, { quiet: false, now: clock.now, width: 80 });
    meter.start(0);
    clock.tick(2_000);
    meter.advance(3 * MB, 500);
    clock.tick(200);
    meter.advance(Number.NaN, Number.POSITIVE_INFINITY);
    clock.tick(200);
    meter.advance(-5, -5);
    meter.stop();
    const text = io.writes.join("");
    expect(text).not.toMatch(/NaN|Infinity/);
    expect(lastLine(io.writes.slice(0, 1))).toContain("3.0 MB read");
    expect(text).not.toContain("%");
  });

  it("shows no time left before the first byte", () => {
    const line = progressLine({ total: 10 * MB, bytes: 0, records: 0, seconds: 2 }, 80);
    expect(line).toContain("0%");
    expect(line).not.toContain("left");
    expect(line).not.toMatch(/NaN|Infinity/);
  });

  it("stops at 100% when more is read than the total", () => {
    const io = fakeIo(true);
    const clock = fakeClock();
    const meter = progressMeter(io, { quiet: false, now: clock.now, width: 80 });
    meter.start(10 * MB);
    clock.tick(2_000);
    meter.advance(25 * MB, 100);
    const line = lastLine(io.writes);
    expect(line).toContain("100%");
    expect(line).toContain("10 MB / 10 MB");
    expect(line).toContain("0 s left");
    expect(line).not.toContain("250%");
    expect(line).toMatch(/^\[#+\]/);
  });

  it("starts itself at an advance without a start", () => {
    const io = fakeIo(true);
    const clock = fakeClock();
    const meter = progressMeter(io, { quiet: false, now: clock.now, width: 80 });
    meter.advance(MB, 1);
    clock.tick(2_000);
    meter.advance(MB, 1);
    expect(lastLine(io.writes)).toContain("2.0 MB read");
  });
});

describe("humanBytes and humanDuration", () => {
  it.each([
    [0, "0 B"],
    [999, "999 B"],
    [1000, "1.0 KB"],
    [4_360_000, "4.4 MB"],
    [9_960_000, "10 MB"],
    [436_000_000, "436 MB"],
    [999_700_000, "1.0 GB"],
    [12_300_000_000, "12 GB"],
  ])("%d bytes is %s", (bytes, text) => expect(humanBytes(bytes)).toBe(text));

  it.each([
    [0, "0 s"],
    [0.2, "1 s"],
    [59, "59 s"],
    [60, "1 min 0 s"],
    [80, "1 min 20 s"],
    [3599.5, "1 h 0 min"],
    [7260, "2 h 1 min"],
  ])("%d seconds is %s", (seconds, text) => expect(humanDuration(seconds)).toBe(text));
});

describe("reading a CSV folder with a meter", () => {
  it("starts with the size of the folder's tables and advances by the bytes and records read", () => {
    const folder = mkdtempSync(join(tmpdir(), "kudumbashree-meter-"));
    const files = writeCsvDataset(exampleDataset(), folder);
    writeFileSync(join(folder, "notes.txt"), "not a table: not counted");
    const calls: [string, ...number[]][] = [];
    const meter: Meter = {
      start: (total) => calls.push(["start", total]),
      advance: (bytes, records) => calls.push(["advance", bytes, records]),
      stop: () => calls.push(["stop"]),
    };
    const read = readCsvDataset(folder, { meter });
    const total = files.reduce((sum, file) => sum + statSync(file).size, 0);
    expect(calls[0]).toEqual(["start", total]);
    const advances = calls.filter((call) => call[0] === "advance");
    expect(advances).toHaveLength(files.length);
    expect(advances.reduce((sum, call) => sum + (call[1] as number), 0)).toBe(total);
    const input = read.input as Record<string, unknown[]>;
    const rows = Object.values(input).reduce((sum, value) => sum + (Array.isArray(value) ? value.length : 0), 0);
    expect(advances.reduce((sum, call) => sum + (call[2] as number), 0)).toBe(rows);
    // Stopping is the caller's: it prints next.
    expect(calls.some((call) => call[0] === "stop")).toBe(false);
  });

  it("hears of every chunk of a file, after the records it completed", () => {
    const folder = mkdtempSync(join(tmpdir(), "kudumbashree-meter-"));
    const file = join(folder, "t.csv");
    const text = `id,name\r\n${Array.from({ length: 200 }, (_, k) => `p${k},"Name, ${k}"`).join("\r\n")}\r\n`;
    writeFileSync(file, text);
    let records = 0;
    const seen: [number, number][] = [];
    readCsv(
      file,
      () => records++,
      64,
      (bytes) => seen.push([bytes, records]),
    );
    expect(seen.length).toBe(Math.ceil(Buffer.byteLength(text) / 64));
    expect(seen.reduce((sum, [bytes]) => sum + bytes, 0)).toBe(Buffer.byteLength(text));
    // Records counted by each chunk: never more than were complete, all of them by the last.
    const counts = seen.map(([, count]) => count);
    expect(counts).toEqual([...counts].sort((a, b) => a - b));
    expect(counts.at(-1)).toBe(201);
    expect(counts[0]).toBeLessThan(201);
  });
});

describe("--quiet", () => {
  const folder = mkdtempSync(join(tmpdir(), "kudumbashree-quiet-"));
  writeCsvDataset(exampleDataset(), folder);

  it.each([
    [["validate", folder, "--as-of", "2021-11-30"]],
    [["validate", folder, "--as-of", "2021-11-30", "--format", "json"]],
    [["summarize", folder, "--level", "district", "--as-of", "2021-11-30"]],
    [["summarize", folder, "--level", "ward", "--format", "csv"]],
  ])("is accepted by %j and changes nothing off a terminal", (args) => {
    const plain = cli(args);
    const quiet = cli([...args, "--quiet"]);
    expect(quiet).toEqual(plain);
    expect(plain.stdout).not.toBe("");
  });

  // main.ts prints progress lines and "done in" on a terminal after the first second: the clock is
  // moved on by 5 s when the command asks for today's date (summarize without --as-of).
  async function onSlowTerminal(args: string[]) {
    let stderr = "";
    let stdout = "";
    const io: Io = {
      stdout: (text) => (stdout += text),
      stderr: (text) => (stderr += text),
      stdin: () => "",
      isTTY: true,
      today: () => {
        vi.setSystemTime(Date.now() + 5_000);
        return "2021-11-30";
      },
    };
    vi.useFakeTimers({ toFake: ["Date"] });
    try {
      const code = await run(args, io);
      return { code, stdout, stderr };
    } finally {
      vi.useRealTimers();
    }
  }

  it("silences the progress lines of a slow run on a terminal, and nothing else", async () => {
    const args = ["summarize", folder, "--level", "district"];
    const talking = await onSlowTerminal(args);
    expect(talking.stderr).toContain("done in");
    const quiet = await onSlowTerminal([...args, "--quiet"]);
    expect(quiet.code).toBe(talking.code);
    expect(quiet.stdout).toBe(talking.stdout);
    expect(quiet.stderr).not.toMatch(/\r|done in|summaris/);
    // The note that the date is today's, and the issues, are still printed.
    expect(quiet.stderr).toBe(cli(args).stderr);
  });

  it("is refused by commands without a progress bar", () => {
    const answer = cli(["rules", "--quiet"]);
    expect(answer.code).toBe(2);
  });
});
