// The changeset rule of .ci/run (scripts/checkChangeset.ts), on small throwaway repositories: a
// change to src/ after the last commit that touched a changeset fails; anything else passes.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { changesetBase, checkChangeset } from "../../scripts/checkChangeset.js";

const root = fileURLToPath(new URL("../../", import.meta.url));

let repo = "";
const git = (...args: string[]) =>
  execFileSync("git", ["-c", "user.email=ci@example.org", "-c", "user.name=CI", ...args], {
    cwd: repo,
    encoding: "utf8",
  }).trim();
const write = (file: string, text: string) => {
  mkdirSync(join(repo, file, ".."), { recursive: true });
  writeFileSync(join(repo, file), text);
};
const commit = (message: string, files: Record<string, string>) => {
  for (const [file, text] of Object.entries(files)) write(file, text);
  git("add", "-A");
  git("commit", "-q", "-m", message);
  return git("rev-parse", "HEAD");
};
const CHANGESET = '---\n"@kudumbashree/domain": minor\n---\n\nA new export.\n';
const run = (cwd = repo) => {
  const lines: string[] = [];
  const ok = checkChangeset(cwd, (line) => lines.push(line));
  return { ok, text: lines.join("\n") };
};

const made: string[] = [];
const scratch = (prefix: string) => {
  const folder = mkdtempSync(join(tmpdir(), prefix));
  made.push(folder);
  return folder;
};
afterEach(() => {
  for (const folder of made.splice(0)) rmSync(folder, { recursive: true, force: true });
});

beforeEach(() => {
  repo = scratch("kudumbashree-changeset-");
  git("init", "-q", "-b", "main");
  const pkg = { name: "@kudumbashree/domain", version: "0.1.0" };
  write("package.json", JSON.stringify(pkg));
  write(".changeset/config.json", readFileSync(join(root, ".changeset/config.json"), "utf8"));
  write("src/index.ts", "export const a = 1;\n");
});

describe("the changeset check", () => {
  it("uses the repository's own config, which counts changes to src/ only", () => {
    const config = JSON.parse(readFileSync(join(root, ".changeset/config.json"), "utf8")) as Record<string, unknown>;
    expect(config["changedFilePatterns"]).toEqual(["src/**"]);
  });

  it("passes with nothing to compare: not a repository, or one commit only", () => {
    const plain = scratch("kudumbashree-plain-");
    expect(run(plain)).toEqual({ ok: true, text: expect.stringContaining("not a git work tree") });
    commit("first", { ".changeset/one.md": CHANGESET });
    expect(run()).toEqual({ ok: true, text: expect.stringContaining("HEAD is the only commit") });
  });

  it("fails on a change to src/ after the last commit that touched a changeset", () => {
    const base = commit("first", { ".changeset/one.md": CHANGESET });
    commit("src without a changeset", { "src/index.ts": "export const a = 2;\n" });
    expect(changesetBase(repo)).toEqual({ base, why: "the last commit that touched a changeset" });
    const { ok, text } = run();
    expect(ok).toBe(false);
    expect(text).toContain(`src/ changed since ${base.slice(0, 7)} without a changeset`);
  });

  it("passes when the last commit carries a changeset, even if an earlier one had none", () => {
    commit("first", { ".changeset/one.md": CHANGESET });
    commit("src without a changeset", { "src/index.ts": "export const a = 2;\n" });
    const head = commit("the changeset", { ".changeset/two.md": CHANGESET, "src/index.ts": "export const a = 3;\n" });
    expect(changesetBase(repo).base).toBe(head);
    expect(run().ok).toBe(true);
  });

  it("passes on changes outside src/ (docs, tests) and takes an empty changeset for an unseen change", () => {
    commit("first", { ".changeset/one.md": CHANGESET });
    commit("docs", { "docs/guide.md": "# Guide\n", "test/a.test.ts": "// test\n" });
    expect(run().ok).toBe(true);
    commit("refactor", { "src/index.ts": "export const a = 1; // why\n", ".changeset/quiet.md": "---\n---\n" });
    expect(run().ok).toBe(true);
  });

  it("counts a release (changesets removed by changeset version) as the base", () => {
    commit("first", { ".changeset/one.md": CHANGESET });
    git("rm", "-q", ".changeset/one.md");
    const release = commit("release 0.2.0", { "CHANGELOG.md": "# @kudumbashree/domain\n\n## 0.2.0\n" });
    expect(changesetBase(repo).base).toBe(release);
    expect(run().ok).toBe(true);
    commit("src after the release", { "src/index.ts": "export const a = 4;\n" });
    expect(run().ok).toBe(false);
  });

  it("falls back to HEAD's parent when no commit touched a changeset, and fails a src change then", () => {
    const first = commit("first", {});
    commit("src", { "src/index.ts": "export const a = 5;\n" });
    expect(changesetBase(repo)).toEqual({
      base: first,
      why: "HEAD's parent (no commit in this history touches a changeset)",
    });
    expect(run().ok).toBe(false);
  });
});
