// Every @example in the JSDoc of src/ runs here. A line `//=> value` after an expression
// statement asserts that the expression equals `value` (deep equality).
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { transformSync } from "esbuild";
import { describe, expect, it } from "vitest";
import * as lib from "../../src/index.js";
import fc from "fast-check";
import * as arbitraries from "../../src/testing/arbitrariesEntry.js";
import * as testing from "../../src/testing/index.js";

const srcDir = fileURLToPath(new URL("../../src/", import.meta.url));
const modules: Record<string, unknown> = { "@kudumbashree/domain": lib, "@kudumbashree/domain/testing": testing, "@kudumbashree/domain/testing/arbitraries": arbitraries, "fast-check": { default: fc, ...fc } };

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "cli" ? [] : sourceFiles(path);
    return entry.name.endsWith(".ts") ? [path] : [];
  });
}

interface Example {
  readonly file: string;
  readonly line: number;
  readonly code: string;
}

function examplesIn(file: string): Example[] {
  const text = readFileSync(file, "utf8");
  const examples: Example[] = [];
  for (const block of text.matchAll(/\/\*\*[\s\S]*?\*\//g)) {
    const lines = block[0].split("\n").map((line) => line.replace(/^\s*\*? ?/, ""));
    let inside = false;
    let code: string[] = [];
    let exampleSeen = false;
    lines.forEach((line) => {
      if (line.startsWith("@example")) exampleSeen = true;
      else if (exampleSeen && !inside && line.startsWith("```ts")) {
        inside = true;
        code = [];
      } else if (inside && line.startsWith("```")) {
        inside = false;
        exampleSeen = false;
        const offset = text.slice(0, block.index).split("\n").length;
        examples.push({ file: relative(srcDir, file), line: offset, code: code.join("\n") });
      } else if (inside) code.push(line);
    });
  }
  return examples;
}

/** Turns `expr;\n//=> value` into an assertion, leaving the other statements as they are. */
function withAssertions(code: string): string {
  const statements: string[] = []; // complete statements, blank lines and comments, in order
  let current: string[] = [];
  for (const line of code.split("\n")) {
    const expected = /^\/\/=> (.*)$/.exec(line.trim());
    if (expected !== null) {
      let k = statements.length - 1;
      while (k >= 0 && ((statements[k] as string).trim() === "" || (statements[k] as string).trim().startsWith("//"))) k--;
      const expression = (statements[k] ?? "").trim().replace(/;$/, "");
      statements[k] = `__check(${expression}, ${expected[1]});`;
      continue;
    }
    current.push(line);
    const trimmed = line.trim();
    if (trimmed === "" || trimmed.startsWith("//") || trimmed.endsWith(";") || trimmed === "}") {
      statements.push(current.join("\n"));
      current = [];
    }
  }
  statements.push(current.join("\n"));
  return statements.join("\n");
}

const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor as new (...args: string[]) => (...values: unknown[]) => Promise<void>;

async function run(example: Example): Promise<number> {
  let checks = 0;
  const js = transformSync(withAssertions(example.code), { loader: "ts", format: "esm" }).code.replace(
    /import\s*(\{[^}]*\}|\w+)\s*from\s*"([^"]+)";/g,
    (_, names: string, from: string) =>
      names.startsWith("{") ? `const ${names.replace(/ as /g, ": ")} = __modules[${JSON.stringify(from)}];` : `const ${names} = __modules[${JSON.stringify(from)}].default;`,
  );
  const check = (actual: unknown, expected: unknown) => {
    checks++;
    expect(actual).toEqual(expected);
  };
  await new AsyncFunction("__modules", "__check", js)(modules, check);
  return checks;
}

const examples = sourceFiles(srcDir).flatMap(examplesIn);

describe("JSDoc examples", () => {
  it("exist", () => {
    expect(examples.length).toBeGreaterThan(50);
  });
  it.each(examples.map((example) => [`${example.file}:${example.line}`, example] as const))("%s", async (_, example) => {
    await run(example);
  });
  it("assert results (at least one `//=>` per ten examples)", async () => {
    let checks = 0;
    for (const example of examples) checks += await run(example);
    expect(checks).toBeGreaterThan(examples.length / 10);
  });
});
