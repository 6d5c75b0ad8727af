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
  return { code, stdout, stderr };
}
