// Every @example in the JSDoc of src/ runs here. A line `//=> value` after an expression
// statement asserts that the expression equals `value` (deep equality). Every example that
// computes a value (see computesValue) must show a result that way, and every `//=>` line must
// run: an example that shows no result, or a result line in code that never runs, can drift from
// what the function does without any test noticing.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { transformSync } from "esbuild";
import fc from "fast-check";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import * as lib from "../../src/index.js";
import * as sql from "../../src/sql/index.js";
import * as arbitraries from "../../src/testing/arbitrariesEntry.js";
import * as testing from "../../src/testing/index.js";
import { localeCodes } from "../locales/locales.js";

const srcDir = fileURLToPath(new URL("../../src/", import.meta.url));
const modules: Record<string, unknown> = {
  "@kudumbashree/domain": lib,
  "@kudumbashree/domain/testing": testing,
  "@kudumbashree/domain/testing/arbitraries": arbitraries,
  "@kudumbashree/domain/sql": sql,
  "fast-check": { default: fc, ...fc },
  // Each language's entry point (`@kudumbashree/domain/locales/ml`), as src/locales has them.
  ...Object.fromEntries(
    await Promise.all(
      localeCodes.map(async (code) => [
        `@kudumbashree/domain/locales/${code}`,
        (await import(`../../src/locales/${code}.ts`)) as unknown,
      ]),
    ),
  ),
};

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

const RESULT_LINE = /^\/\/=> (.*)$/;

/** The `//=>` lines of an example. */
const resultLines = (code: string) => code.split("\n").filter((line) => RESULT_LINE.test(line.trim())).length;

/**
 * Whether an example computes a value, and so must show it in a `//=>` line. It does when its
 * code uses a value imported from the package (`@kudumbashree/domain` or one of its subpaths),
 * that is, names such a value in an expression: calls it (`ageOn(...)`, `Unit.safeParse(...)`),
 * reads it (`GroupKind.options`) or passes it on (`fc.sample(unitArbitrary)`). Not counted:
 * - imports, and names in type positions (`function f(row: SummaryRow)`), which compute nothing;
 * - the initialiser of a variable declared with a type annotation (`const x: Type = ...`): such
 *   an example shows a type, and its value is there to show the type's shape (e.g.
 *   `const options: ValidateOptions = { asOf, ruleSets: [getRuleSet("kerala.balasabha@2.0.0")] }`).
 * Names imported with `import type` or `type` are not values.
 */
function computesValue(code: string): boolean {
  const source = ts.createSourceFile("example.ts", code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const values = new Set<string>();
  for (const statement of source.statements) {
    if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier)) continue;
    if (!statement.moduleSpecifier.text.startsWith("@kudumbashree/domain")) continue;
    const clause = statement.importClause;
    if (clause === undefined || clause.isTypeOnly) continue;
    if (clause.name !== undefined) values.add(clause.name.text);
    const bindings = clause.namedBindings;
    if (bindings !== undefined && ts.isNamespaceImport(bindings)) values.add(bindings.name.text);
    if (bindings !== undefined && ts.isNamedImports(bindings))
      for (const element of bindings.elements) if (!element.isTypeOnly) values.add(element.name.text);
  }
  const isReference = (node: ts.Identifier): boolean => {
    const parent = node.parent;
    if (ts.isPropertyAccessExpression(parent) && parent.name === node) return false; // x.name
    if (
      (ts.isPropertyAssignment(parent) || ts.isMethodDeclaration(parent) || ts.isPropertyDeclaration(parent)) &&
      parent.name === node
    )
      return false; // { name: ... }
    if (
      (ts.isVariableDeclaration(parent) ||
        ts.isFunctionDeclaration(parent) ||
        ts.isParameter(parent) ||
        ts.isBindingElement(parent)) &&
      parent.name === node
    )
      return false; // declarations
    return true;
  };
  let found = false;
  const visit = (node: ts.Node): void => {
    if (found || ts.isImportDeclaration(node) || ts.isTypeNode(node)) return;
    if (ts.isVariableDeclaration(node) && node.type !== undefined) return;
    if (ts.isIdentifier(node) && values.has(node.text) && isReference(node)) found = true;
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** The first line of an example after its imports, to name it. */
function firstLine(code: string): string {
  const lines = code.split("\n").map((line) => line.trim());
  return lines.find((line) => line !== "" && !line.startsWith("import ")) ?? lines[0] ?? "";
}

/**
 * Turns `expr;\n//=> value` into an assertion, leaving the other statements as they are. Each
 * assertion passes its position among the example's `//=>` lines, so that a run can say which ran.
 */
function withAssertions(code: string): string {
  const statements: string[] = []; // complete statements, blank lines and comments, in order
  let current: string[] = [];
  let site = 0;
  for (const line of code.split("\n")) {
    const expected = RESULT_LINE.exec(line.trim());
    if (expected !== null) {
      let k = statements.length - 1;
      while (k >= 0 && ((statements[k] as string).trim() === "" || (statements[k] as string).trim().startsWith("//")))
        k--;
      const expression = (statements[k] ?? "").trim().replace(/;$/, "");
      statements[k] = `__check(${expression}, ${expected[1]}, ${site++});`;
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

const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor as new (
  ...args: string[]
) => (...values: unknown[]) => Promise<void>;

/** Runs an example; returns the positions of the `//=>` lines that ran. */
async function run(example: Example): Promise<Set<number>> {
  const ran = new Set<number>();
  const js = transformSync(withAssertions(example.code), { loader: "ts", format: "esm" }).code.replace(
    /import\s*(\{[^}]*\}|\w+)\s*from\s*"([^"]+)";/g,
    (_, names: string, from: string) =>
      names.startsWith("{")
        ? `const ${names.replace(/([\w$]) as ([\w$])/g, "$1: $2")} = __modules[${JSON.stringify(from)}];`
        : `const ${names} = __modules[${JSON.stringify(from)}].default;`,
  );
  const check = (actual: unknown, expected: unknown, site: number) => {
    ran.add(site);
    expect(actual, `the result on line ${site + 1} of the example's \`//=>\` lines`).toEqual(expected);
  };
  await new AsyncFunction("__modules", "__check", js)(modules, check);
  return ran;
}

const examples = sourceFiles(srcDir).flatMap(examplesIn);

describe("JSDoc examples", () => {
  it("exist", () => {
    expect(examples.length).toBeGreaterThan(50);
  });
  it.each(examples.map((example) => [`${example.file}:${example.line}`, example] as const))(
    "%s",
    async (_, example) => {
      const ran = await run(example);
      // A `//=>` line in code that never runs (an uncalled function, say) asserts nothing.
      expect(ran.size, "every `//=>` line of the example runs").toBe(resultLines(example.code));
    },
  );
  it("show a result (`//=>`) whenever they compute a value", () => {
    const offenders = examples
      .filter((example) => computesValue(example.code) && resultLines(example.code) === 0)
      .map((example) => `src/${example.file}:${example.line}: ${firstLine(example.code)}`);
    expect(
      offenders,
      "these @examples compute a value but show no `//=> result` line; " +
        "add one after the expression whose value they illustrate",
    ).toEqual([]);
  });
  it("know which examples compute a value", () => {
    const cases: [string, boolean][] = [
      ['import { ageOn } from "@kudumbashree/domain";\n\nageOn("2003-11-06", "2021-11-06");', true],
      ['import { GroupKind } from "@kudumbashree/domain";\n\nGroupKind.options;', true],
      [
        'import { formatSummary, summarize } from "@kudumbashree/domain";\n\n' +
          'const summary = summarize(data, { level: "ward", asOf: "2021-11-30" });\n' +
          "console.log(formatSummary(summary));",
        true,
      ],
      [
        'import fc from "fast-check";\n' +
          'import { unitArbitrary } from "@kudumbashree/domain/testing/arbitraries";\n\n' +
          "fc.sample(unitArbitrary, 3);",
        true,
      ],
      [
        'import { type Summary, summarize } from "@kudumbashree/domain";\n\n' +
          "function groups(data: Dataset): number {\n" +
          '  return summarize(data, { level: "state", asOf: "2021-11-30" }).total.groups;\n' +
          "}",
        true,
      ],
      ['import type { GroupKind } from "@kudumbashree/domain";\n\nconst kind: GroupKind = "auxiliaryGroup";', false],
      [
        'import { getRuleSet, type ValidateOptions } from "@kudumbashree/domain";\n\n' +
          'const options: ValidateOptions = { asOf: "2021-11-30", ruleSets: [getRuleSet("kerala.balasabha@2.0.0")] };',
        false,
      ],
      [
        'import { type SummaryRow } from "@kudumbashree/domain";\n\n' +
          "function describe(row: SummaryRow): string {\n  return row.name;\n}",
        false,
      ],
      [
        'import { Unit } from "@kudumbashree/domain";\n\n' +
          'const ward: Unit = { id: "w1", kind: "ward", name: "Ward 1" };\n' +
          "const copy = { Unit: ward.id };",
        false,
      ],
    ];
    expect(cases.map(([code]) => computesValue(code))).toEqual(cases.map(([, computes]) => computes));
  });
});
