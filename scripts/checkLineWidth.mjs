// Fails when a line of a source or JSON file is longer than the formatter's width. Biome keeps
// code within `formatter.lineWidth` but does not break long string literals, template literals
// or comments, so those are checked here.
//
// Files: those git tracks plus untracked ones git does not ignore, with the extensions below,
// minus the paths that biome.json's `files.includes` excludes (`!pattern`) and package-lock.json.
//
// Width is counted as the JavaScript string length of the line (UTF-16 code units), not as
// display columns; for the ASCII text of this repository the two agree.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";

const EXTENSIONS = [".ts", ".mts", ".cts", ".js", ".mjs", ".cjs", ".json"];
const ALSO_SKIPPED = ["package-lock.json"];

const biome = JSON.parse(readFileSync("biome.json", "utf8"));
const maxWidth = biome.formatter?.lineWidth ?? 80;
const includes = biome.files?.includes ?? ["**"];

/** A Biome glob as a regular expression over a repository-relative path. */
function globToRegExp(glob) {
  let source = "";
  for (let i = 0; i < glob.length; i++) {
    const char = glob[i];
    if (char === "*" && glob[i + 1] === "*") {
      // `**/` is any number of folders (none included); a final `**` is anything.
      if (glob[i + 2] === "/") {
        source += "(?:.*/)?";
        i += 2;
      } else {
        source += ".*";
        i += 1;
      }
    } else if (char === "*") source += "[^/]*";
    else if (char === "?") source += "[^/]";
    else source += char.replace(/[.+^${}()|[\]\\]/g, "\\$&");
  }
  return new RegExp(`^${source}$`);
}

/** Whether a pattern matches the path or one of the folders that hold it. */
function matches(pattern, path) {
  const parts = path.split("/");
  for (let n = parts.length; n > 0; n--) if (pattern.test(parts.slice(0, n).join("/"))) return true;
  return false;
}

const included = includes.filter((glob) => !glob.startsWith("!")).map(globToRegExp);
const excluded = includes.filter((glob) => glob.startsWith("!")).map((glob) => globToRegExp(glob.replace(/^!+/, "")));

const files = execFileSync("git", ["ls-files", "-co", "--exclude-standard", "-z"], { encoding: "utf8" })
  .split("\0")
  .filter((path) => path !== "")
  .filter((path) => EXTENSIONS.some((extension) => path.endsWith(extension)))
  .filter((path) => !ALSO_SKIPPED.includes(path))
  .filter((path) => included.some((pattern) => matches(pattern, path)))
  .filter((path) => !excluded.some((pattern) => matches(pattern, path)))
  .sort();

let failures = 0;
for (const file of files) {
  let text;
  try {
    text = readFileSync(file, "utf8");
  } catch {
    continue; // listed by git but deleted from the work tree
  }
  text.split(/\r?\n/).forEach((line, index) => {
    if (line.length > maxWidth) {
      failures++;
      console.log(`${file}:${index + 1}: ${line.length} columns (max ${maxWidth})`);
    }
  });
}

if (failures > 0) {
  console.log(`${failures} line(s) longer than ${maxWidth} columns`);
  process.exit(1);
}
