// Fails when a change to src/ comes without a changeset (npm run changeset:check; run by .ci/run).
//
// The rule: no commit after the last one that added, changed or removed a .changeset/*.md file may
// change src/. CI runs on a fresh clone of main with no record of what main was before the push, so
// the base is read off the history itself: the last commit that touched a changeset (the base may be
// HEAD, which then carries its own changeset). Then `changeset status --since=<base>` fails when a
// file matching "changedFilePatterns" in .changeset/config.json (src/**) changed since the base and
// no changeset was added since it. Only commits count: commit the changeset with the change.
//
// A change that no user can see (a refactor, a comment) still needs a changeset: an empty one,
// `npx changeset add --empty`, which says so and releases nothing.
//
// With no history to read (a shallow clone in which no commit touches a changeset), the base is
// HEAD's parent. Where there is nothing to compare (not a git work tree, or HEAD has no parent: a
// clone of depth 1), the check says so and passes.
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** changesets' own command line, from this repository's node_modules (the checked folder may have none). */
const CHANGESET_BIN = join(dirname(createRequire(import.meta.url).resolve("@changesets/cli/package.json")), "bin.js");

function git(cwd: string, args: string[]): string | undefined {
  const result = spawnSync("git", args, { cwd, encoding: "utf8" });
  return result.status === 0 ? result.stdout.trim() : undefined;
}

/** The commit to compare with (none when there is nothing to compare), and how it was chosen. */
export function changesetBase(cwd: string): { base: string | undefined; why: string } {
  if (git(cwd, ["rev-parse", "--is-inside-work-tree"]) !== "true")
    return { base: undefined, why: "not a git work tree" };
  const head = git(cwd, ["rev-parse", "--verify", "--quiet", "HEAD"]);
  if (!head) return { base: undefined, why: "no commit yet" };
  const last = git(cwd, ["log", "-1", "--format=%H %P", "--", ":(glob).changeset/*.md"])?.split(" ");
  // A commit with no parent (the first, or where a shallow clone ends) shows every file as added, so
  // it seems to touch a changeset: a fair base all the same, since the real one can only be older.
  if (last?.[0] === head && last.length === 1) return { base: undefined, why: "HEAD is the only commit" };
  if (last?.[0]) return { base: last[0], why: "the last commit that touched a changeset" };
  const parent = git(cwd, ["rev-parse", "--verify", "--quiet", "HEAD~1"]);
  if (parent) return { base: parent, why: "HEAD's parent (no commit in this history touches a changeset)" };
  return { base: undefined, why: "HEAD has no parent in this history (a clone of depth 1)" };
}

/** Runs the check in the repository at `cwd`, and says whether it passed. */
export function checkChangeset(cwd: string, log: (line: string) => void = console.log): boolean {
  const { base, why } = changesetBase(cwd);
  if (base === undefined) {
    log(`changeset check: skipped, nothing to compare with: ${why}`);
    return true;
  }
  const short = git(cwd, ["rev-parse", "--short", base]);
  log(`changeset check: looking for changes to src/ since ${short} (${why}) that need a changeset`);
  const status = spawnSync(process.execPath, [CHANGESET_BIN, "status", `--since=${base}`], { cwd, encoding: "utf8" });
  if (status.status === 0) {
    log(`changeset check: passed, no change to src/ since ${short} lacks a changeset`);
    return true;
  }
  log(`${status.stdout}${status.stderr}`.trim());
  log(
    `changeset check: src/ changed since ${short} without a changeset. Add one: \`npx changeset\` ` +
      "(or write .changeset/<name>.md by hand), or `npx changeset add --empty` for a change no user sees.",
  );
  return false;
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url))
  process.exitCode = checkChangeset(process.cwd()) ? 0 : 1;
