import { escapeControls } from "../internal/escapeText.js";
import { causeOf } from "./fileSystem.js";
import { processIo, run } from "./main.js";

// A reader that stops early (`kudumbashree summarize ... | head`) is not an error. Output that
// cannot be written (`> /dev/full`, a full disk) ends the command with one line and exit code 2.
let failed = false;
const fail = (name: string) => (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
  if (!failed && name === "standard output") {
    failed = true;
    try {
      process.stderr.write(`kudumbashree: cannot write ${name}: ${escapeControls(causeOf(error))}\n`);
    } catch {
      // Standard error cannot be written either: the exit code is all that is left.
    }
  }
  process.exit(2);
};
process.stdout.on("error", fail("standard output"));
process.stderr.on("error", fail("standard error"));

const code = run(process.argv.slice(2), processIo);
if (typeof code === "number") process.exitCode = code;
else
  void code.then((exit) => {
    process.exitCode = exit;
  });
