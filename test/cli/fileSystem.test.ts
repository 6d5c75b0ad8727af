import { mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { causeOf, fileError, makeFolder, readTextFile, writeTextFile } from "../../src/cli/fileSystem.js";

const tmp = () => mkdtempSync(join(tmpdir(), "kudumbashree-fs-"));
const errno = (code: string, message = `${code}: something, open '/x'`) => Object.assign(new Error(message), { code });

describe("causeOf: the cause of a file-system error in words", () => {
  it.each([
    ["ENOENT", "no such file or folder"],
    ["EACCES", "permission denied"],
    ["ELOOP", "too many levels of symbolic links"],
    ["ENOSPC", "no space left on device"],
    ["EISDIR", "is a folder, not a file"],
    [
      "ERR_STRING_TOO_LONG",
      "the file is too large to read as JSON (the most is about 500 MB): use a folder of CSV files",
    ],
    ["ERR_FS_FILE_TOO_LARGE", "the file is larger than 2 GB, too large to read as JSON: use a folder of CSV files"],
  ])("%s", (code, words) => {
    expect(causeOf(errno(code))).toBe(words);
  });

  it("takes Node's own words for other codes, without the code, the call and the path", () => {
    expect(causeOf(errno("ECONNRESET", "ECONNRESET: connection reset by peer, read"))).toBe("connection reset by peer");
    expect(causeOf(errno("EXDEV", "EXDEV: cross-device link not permitted, rename '/a' -> '/b'"))).toBe(
      "cross-device link not permitted",
    );
    expect(causeOf(new Error("something else"))).toBe("something else");
    expect(fileError("write", "out.json", errno("EROFS")).message).toBe("cannot write out.json: read-only file system");
    expect(fileError("read", "x", errno("EROFS")).exitCode).toBe(2);
  });
});

describe("files written whole, folders made", () => {
  it("makes nested folders, and is content when they are there", () => {
    const folder = join(tmp(), "a", "b", "c");
    makeFolder(folder);
    makeFolder(folder);
    expect(statSync(folder).isDirectory()).toBe(true);
  });

  it("writes and reads a text file", () => {
    const file = join(tmp(), "x.txt");
    writeTextFile(file, "ക\r\n");
    writeTextFile(file, "കുടുംബശ്രീ\n");
    expect(readTextFile(file)).toBe("കുടുംബശ്രീ\n");
    expect(readFileSync(file, "utf8")).toBe("കുടുംബശ്രീ\n");
  });

  it("refuses to read a folder or a device", () => {
    const folder = tmp();
    expect(() => readTextFile(folder)).toThrow(`cannot read ${folder}: is a folder, not a file`);
    expect(() => readTextFile("/dev/null")).toThrow("cannot read /dev/null: is a device, not a regular file");
    writeFileSync(join(folder, "f"), "");
    expect(readTextFile(join(folder, "f"))).toBe("");
  });
});
