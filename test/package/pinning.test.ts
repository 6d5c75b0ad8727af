// The pinning advice in the README and the guides names the version they ship with: package.json's
// version raised by the pending changesets (scripts/pinningAdvice.ts; `npm run docs:pinning`).
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import {
  bumpOf,
  PINNING_END,
  PINNING_START,
  pinRange,
  raise,
  releaseVersion,
  renderAdvice,
  updateAdvice,
  withAdvice,
} from "../../scripts/pinningAdvice.js";

const root = fileURLToPath(new URL("../../", import.meta.url));
const { current, next, bump, zod } = releaseVersion(root);

describe("the pinning advice", () => {
  it("is up to date in README.md and docs/*.md (else: npm run docs:pinning)", () => {
    expect(updateAdvice(root, { write: false })).toEqual([]);
  });

  it("stands in the README and in the versioning guide, naming the range and the zod peer range", () => {
    const pkg = JSON.parse(readFileSync(`${root}package.json`, "utf8")) as {
      peerDependencies: Record<string, string>;
    };
    for (const file of ["README.md", "docs/versioning.md"]) {
      const text = readFileSync(`${root}${file}`, "utf8");
      expect(text, file).toContain(renderAdvice(root));
      expect(text, file).toContain(`"@kudumbashree/domain": "${pinRange(next)}"`);
      expect(text, file).toContain(`"zod": "${pkg.peerDependencies["zod"]}"`);
    }
  });

  it("names the next version while changesets wait, as changeset version will make it", () => {
    expect(next).toBe(raise(current, bump));
    expect(current === next).toBe(bump === "none");
  });

  it("raises versions as semver does, 0.x included", () => {
    expect([
      raise("0.1.0", "minor"),
      raise("0.1.3", "patch"),
      raise("0.1.3", "major"),
      raise("1.4.2", "minor"),
    ]).toEqual(["0.2.0", "0.1.4", "1.0.0", "1.5.0"]);
    expect(raise("0.2.0", "none")).toBe("0.2.0");
    expect(() => raise("0.2.0-beta.1", "patch")).toThrow(RangeError);
  });

  it("reads a changeset's bump for this package only", () => {
    const name = "@kudumbashree/domain";
    expect(bumpOf('---\n"@kudumbashree/domain": minor\n---\n\nText.\n', name)).toBe("minor");
    expect(bumpOf("---\n'@kudumbashree/domain': patch\n---\n", name)).toBe("patch");
    expect(bumpOf('---\r\n"@kudumbashree/domain": major\r\n---\r\n', name)).toBe("major");
    expect(bumpOf('---\n"other": major\n---\n', name)).toBe("none");
    expect(bumpOf("---\n---\n", name)).toBe("none");
    expect(bumpOf("no front matter", name)).toBe("none");
  });

  it("pins patches only before 1.0 and minor versions after", () => {
    expect([pinRange("0.2.0"), pinRange("0.2.5"), pinRange("1.0.0"), pinRange("2.3.1")]).toEqual([
      "~0.2.0",
      "~0.2.0",
      "^1.0.0",
      "^2.3.0",
    ]);
  });

  it("rewrites the blocks and every pinned range written elsewhere, and leaves the rest alone", () => {
    const text = [
      "Intro.",
      PINNING_START,
      "old advice",
      PINNING_END,
      'Inline: `"@kudumbashree/domain": "~0.0.9"` and `"zod": "^4.0.0"`.',
      "Outro.",
    ].join("\n");
    const updated = withAdvice(text, root);
    expect(updated.startsWith(`Intro.\n${renderAdvice(root)}\n`)).toBe(true);
    expect(updated).toContain(`Inline: \`"@kudumbashree/domain": "${pinRange(next)}"\``);
    expect(updated).toContain(`\`"zod": "${zod}"\`.\nOutro.`);
    expect(withAdvice(updated, root)).toBe(updated);
    expect(() => withAdvice(`${PINNING_START}\nopen`, root)).toThrow(/never closed/);
  });
});
