// publint and attw on the tarball npm would publish (npm run check:package; also part of prepack).
//
// The tarball is packed here with --ignore-scripts, not by `attw --pack`: inside prepack, attw's own
// `npm pack` would run prepack again, forever, and would inherit the outer `npm pack --dry-run`'s
// settings through npm_config_* variables (and so write no tarball to check).
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const npm = process.platform === "win32" ? "npm.cmd" : "npm";
const npx = process.platform === "win32" ? "npx.cmd" : "npx";
/** The environment without the settings of an npm command this may be running inside. */
const env = Object.fromEntries(
  Object.entries(process.env).filter(
    ([name]) => !/^npm_config_(dry_run|ignore_scripts|pack_destination|json)$/i.test(name),
  ),
);
const run = (command, args) =>
  execFileSync(command, args, { encoding: "utf8", env, stdio: ["ignore", "pipe", "inherit"] });

const folder = mkdtempSync(join(tmpdir(), "kudumbashree-pack-"));
try {
  const [packed] = JSON.parse(run(npm, ["pack", "--ignore-scripts", "--json", "--pack-destination", folder]));
  const tarball = join(folder, packed.filename);
  console.log(`checkPackage: ${packed.filename}, ${packed.entryCount} files, ${packed.size} bytes`);
  process.stdout.write(run(npx, ["--no-install", "publint", "--strict"]));
  process.stdout.write(run(npx, ["--no-install", "attw", tarball]));
} catch (error) {
  const { stdout } = /** @type {{ stdout?: string }} */ (error);
  if (stdout) process.stdout.write(stdout);
  console.error(`checkPackage: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`);
  process.exitCode = 1;
} finally {
  rmSync(folder, { recursive: true, force: true });
}
