// Writes the pinning advice in README.md and docs/*.md (npm run docs:pinning); a test fails when the
// docs drift from it (test/package/pinning.test.ts).
//
// The advice names the version the docs will ship with: package.json's version raised by the
// pending changesets (.changeset/*.md), as `changeset version` will raise it. So the docs on main
// already say what the next release is, and `changeset version` leaves them right.
//
// It rewrites two things: the blocks between PINNING_START and PINNING_END, and every
// `"@kudumbashree/domain": "<range>"` and `"zod": "<range>"` written elsewhere in those files.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const PINNING_START =
  "<!-- pinning: written by `npm run docs:pinning` from package.json and .changeset; do not edit by hand -->";
export const PINNING_END = "<!-- /pinning -->";

export type Bump = "none" | "patch" | "minor" | "major";
const BUMPS: readonly Bump[] = ["none", "patch", "minor", "major"];

/** A version raised by a bump, as semver (and so changesets) does: 0.1.3 + minor is 0.2.0, + major is 1.0.0. */
export function raise(version: string, bump: Bump): string {
  const match = /^(\d+)\.(\d+)\.(\d+)$/.exec(version);
  if (match === null) throw new RangeError(`pinningAdvice: "${version}" is not a release version (x.y.z)`);
  const [major, minor, patch] = match.slice(1).map(Number) as [number, number, number];
  if (bump === "major") return `${major + 1}.0.0`;
  if (bump === "minor") return `${major}.${minor + 1}.0`;
  if (bump === "patch") return `${major}.${minor}.${patch + 1}`;
  return version;
}

/** The bump a changeset gives a package: its front-matter line `"name": patch|minor|major`, or none. */
export function bumpOf(text: string, name: string): Bump {
  const front = /^---\r?\n([\s\S]*?)\r?\n?---/.exec(text)?.[1] ?? "";
  for (const line of front.split(/\r?\n/)) {
    const match = /^\s*["']?([^"':]+)["']?\s*:\s*(patch|minor|major)\s*$/.exec(line);
    if (match?.[1] === name) return match[2] as Bump;
  }
  return "none";
}

/** The version the docs ship with, and how it is reached. */
export function releaseVersion(root: string) {
  const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as {
    name: string;
    version: string;
    peerDependencies?: Record<string, string>;
  };
  const folder = join(root, ".changeset");
  const files = readdirSync(folder).filter((file) => file.endsWith(".md") && file !== "README.md");
  let bump: Bump = "none";
  for (const file of files) {
    const own = bumpOf(readFileSync(join(folder, file), "utf8"), pkg.name);
    if (BUMPS.indexOf(own) > BUMPS.indexOf(bump)) bump = own;
  }
  return {
    name: pkg.name,
    current: pkg.version,
    next: raise(pkg.version, bump),
    bump,
    pending: files.length,
    zod: pkg.peerDependencies?.["zod"] ?? "",
  };
}

/** The range an app pins: `~0.2.0` before 1.0 (a minor version may break), `^1.4.0` after. */
export function pinRange(version: string): string {
  const [major, minor] = version.split(".");
  return major === "0" ? `~0.${minor}.0` : `^${major}.${minor}.0`;
}

/** Words in lines of at most `width` characters, as the guides are written. */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(" ")) {
    if (line !== "" && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line === "" ? word : `${line} ${word}`;
  }
  return line === "" ? lines : [...lines, line];
}

/** The advice block, markers included. */
export function renderAdvice(root: string): string {
  const { name, next, zod } = releaseVersion(root);
  const range = pinRange(next);
  const [major = 0, minor = 0] = next.split(".").map(Number);
  const rule =
    major === 0
      ? `Before 1.0 a minor version may break: \`${range}\` takes patches only. Read the changelog ` +
        `(\`CHANGELOG.md\`, in the package) before moving to 0.${minor + 1}.`
      : `\`${range}\` takes minor versions and patches, which break nothing; read the changelog ` +
        `(\`CHANGELOG.md\`, in the package) before moving to ${major + 1}.0.`;
  const lowestZod = zod.replace(/^[\^~>=]+/, "");
  const zodRule = `The zod range starts at the lowest version the package loads and type-checks with, ${lowestZod}.`;
  return [
    PINNING_START,
    "Pin the version your apps share, and a zod the package supports:",
    "",
    "```json",
    `{ "dependencies": { "${name}": "${range}", "zod": "${zod}" } }`,
    "```",
    "",
    ...wrap(`${rule} ${zodRule}`, 96),
    PINNING_END,
  ].join("\n");
}

/** The files that give pinning advice: the README and the guides. */
export function adviceFiles(root: string): string[] {
  const guides = readdirSync(join(root, "docs")).filter((file) => file.endsWith(".md"));
  return ["README.md", ...guides.sort().map((file) => `docs/${file}`)];
}

/** A file's text with the advice brought up to date. */
export function withAdvice(text: string, root: string): string {
  const { name, next, zod } = releaseVersion(root);
  const block = renderAdvice(root);
  let result = "";
  let rest = text;
  for (let start = rest.indexOf(PINNING_START); start !== -1; start = rest.indexOf(PINNING_START)) {
    const end = rest.indexOf(PINNING_END, start);
    if (end === -1) throw new Error(`pinningAdvice: a block opened by "${PINNING_START}" is never closed`);
    result += rest.slice(0, start) + block;
    rest = rest.slice(end + PINNING_END.length);
  }
  result += rest;
  const quoted = name.replace(/[/\\^$*+?.()|[\]{}@-]/g, "\\$&");
  return result
    .replace(new RegExp(`"${quoted}": "[^"]*"`, "g"), `"${name}": "${pinRange(next)}"`)
    .replace(/"zod": "[^"]*"/g, `"zod": "${zod}"`);
}

/**
 * Brings every advice file up to date (`write: false` only reports which drifted).
 *
 * @returns The files that were (or would be) changed.
 */
export function updateAdvice(root: string, { write = true } = {}): string[] {
  const drifted: string[] = [];
  for (const file of adviceFiles(root)) {
    const text = readFileSync(join(root, file), "utf8");
    const updated = withAdvice(text, root);
    if (updated === text) continue;
    drifted.push(file);
    if (write) writeFileSync(join(root, file), updated);
  }
  return drifted;
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
  const check = process.argv.includes("--check");
  const { current, next, pending } = releaseVersion(root);
  console.log(`pinningAdvice: ${current} with ${pending} pending changesets is released as ${next}`);
  const drifted = updateAdvice(root, { write: !check });
  for (const file of drifted) console.log(`pinningAdvice: ${check ? "out of date" : "rewrote"} ${file}`);
  if (check && drifted.length > 0) {
    console.error("pinningAdvice: run `npm run docs:pinning`");
    process.exitCode = 1;
  }
}
