import { type Io, run } from "../../src/cli/main.js";

/** Runs the `kudumbashree` command in process, with standard output and error captured. */
export function cli(
  args: string[],
  stdin = "",
  today = "2021-11-30",
  env: Readonly<Record<string, string>> = {},
): { code: number; stdout: string; stderr: string } {
  let stdout = "";
  let stderr = "";
  const io: Io = {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    stdin: () => stdin,
    isTTY: false,
    today: () => today,
    env,
  };
  const code = run(args, io);
  if (typeof code !== "number") throw new Error(`cli: ${args[0]} answered with a promise; use cliAsync`);
  return { code, stdout, stderr };
}

/** As {@link cli}, for commands that may wait (`summarize --engine duckdb`, worker threads). */
export async function cliAsync(
  args: string[],
  stdin = "",
  today = "2021-11-30",
  env: Readonly<Record<string, string>> = {},
): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const io: Io = {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    stdin: () => stdin,
    isTTY: false,
    today: () => today,
    env,
  };
  const code = await run(args, io);
  return { code, stdout, stderr };
}
