// scripts/addReleaseTags.ts gives every export a release tag, changes nothing else, and changes
// nothing at all the second time (so it can run again whenever exports are added).
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { addReleaseTags, BETA_ENTRIES, withTag } from "../../scripts/addReleaseTags.js";

const INDEX = `/** The kinds. */
export const Kind = ["a", "b"] as const;
/**
 * One kind.
 *
 * @example
 * \`\`\`ts
 * const kind: Kind = "a";
 * \`\`\`
 */
export type Kind = (typeof Kind)[number];
/**
 * Already tagged.
 *
 * @public
 */
export const tagged = 1;
/**
 * Twice a number.
 *
 * @param value - A number.
 */
export function twice(value: number): number;
/**
 * Twice a text.
 * @param value - A text.
 */
export function twice(value: string): string;
export function twice(value: number | string): number | string {
  return typeof value === "number" ? value * 2 : value + value;
}
export { helper } from "./helper.js";
export const undocumented = 2;
`;
const HELPER = `/** Not exported by the entry: left alone. */
export const hidden = 0;

  /** Helps, indented. */
  export const helper = 3;
`;

const made: string[] = [];
afterEach(() => {
  for (const folder of made.splice(0)) rmSync(folder, { recursive: true, force: true });
});

function fixture(): string {
  const root = mkdtempSync(join(tmpdir(), "kudumbashree-tags-"));
  made.push(root);
  const files: Record<string, string> = {
    "package.json": JSON.stringify({
      name: "fixture",
      exports: {
        ".": { import: { types: "./dist/index.d.ts" } },
        "./testing/arbitraries": { import: { types: "./dist/arbitraries.d.ts" } },
        "./package.json": "./package.json",
      },
    }),
    "tsup.config.ts": 'export default [{ entry: { index: "src/index.ts", arbitraries: "src/arbitraries.ts" } }];\n',
    "tsconfig.json": JSON.stringify({ compilerOptions: { module: "NodeNext", moduleResolution: "NodeNext" } }),
    "src/index.ts": INDEX,
    "src/helper.ts": HELPER,
    // A tag named in prose is no tag.
    "src/arbitraries.ts": "/**\n * Draws (ask @beta-testers).\n */\nexport const draw = () => 1;\n",
  };
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    writeFileSync(join(root, file), text);
  }
  return root;
}

describe("addReleaseTags", () => {
  it("adds the tag as the comment's last line, after a blank line", () => {
    expect(withTag("/**\n * Text.\n */", "@public", "")).toBe("/**\n * Text.\n *\n * @public\n */");
    expect(withTag("/**\n * Text.\n *\n */", "@public", "")).toBe("/**\n * Text.\n *\n * @public\n */");
    expect(withTag("/** Text. */", "@beta", "  ")).toBe("/**\n   * Text.\n   *\n   * @beta\n   */");
  });

  it("tags every declaration of every export, @beta in the beta entries, and reports the undocumented", async () => {
    const root = fixture();
    const first = await addReleaseTags(root);
    expect(first).toEqual({
      changed: ["src/arbitraries.ts", "src/helper.ts", "src/index.ts"],
      undocumented: ["src/index.ts:33 undocumented"],
    });
    const index = readFileSync(join(root, "src/index.ts"), "utf8");
    expect(index).toBe(
      INDEX.replace("/** The kinds. */", "/**\n * The kinds.\n *\n * @public\n */")
        .replace(" * ```\n */", " * ```\n *\n * @public\n */")
        .replace(" * @param value - A number.\n */", " * @param value - A number.\n *\n * @public\n */")
        .replace(" * @param value - A text.\n */", " * @param value - A text.\n *\n * @public\n */"),
    );
    expect(readFileSync(join(root, "src/helper.ts"), "utf8")).toBe(
      HELPER.replace("  /** Helps, indented. */", "  /**\n   * Helps, indented.\n   *\n   * @public\n   */"),
    );
    expect(readFileSync(join(root, "src/arbitraries.ts"), "utf8")).toBe(
      "/**\n * Draws (ask @beta-testers).\n *\n * @beta\n */\nexport const draw = () => 1;\n",
    );
  });

  it("changes nothing the second time", async () => {
    const root = fixture();
    await addReleaseTags(root);
    const before = ["src/index.ts", "src/helper.ts", "src/arbitraries.ts"].map((file) =>
      readFileSync(join(root, file), "utf8"),
    );
    expect((await addReleaseTags(root)).changed).toEqual([]);
    expect(
      ["src/index.ts", "src/helper.ts", "src/arbitraries.ts"].map((file) => readFileSync(join(root, file), "utf8")),
    ).toEqual(before);
  });

  it("makes the fast-check arbitraries beta, and only them", () => {
    expect(Object.keys(BETA_ENTRIES)).toEqual(["./testing/arbitraries"]);
  });
});
