// What the release dry run (scripts/releaseDryRun.ts, run by .ci/run) accepts in a tarball: the
// files a pinned app needs, and nothing else. The dry run itself builds a scratch copy; CI runs it.
import { describe, expect, it } from "vitest";
import { REQUIRED_FILES, tarballProblems } from "../../scripts/releaseDryRun.js";

describe("the tarball the release dry run accepts", () => {
  it("holds the built entries, the changelog, the guides and the JSON Schema", () => {
    expect(REQUIRED_FILES).toEqual(
      expect.arrayContaining(["CHANGELOG.md", "dist/index.js", "dist/index.d.cts", "docs/releasing.md"]),
    );
    expect(tarballProblems([...REQUIRED_FILES, "dist/locales/ml.js", "docs/cli.md"])).toEqual([]);
  });

  it("names what is missing, as an empty dist or a missing changelog would be", () => {
    const withoutDist = REQUIRED_FILES.filter((file) => !file.startsWith("dist/"));
    expect(tarballProblems(withoutDist)).toEqual([
      "missing: dist/index.js",
      "missing: dist/index.cjs",
      "missing: dist/index.d.ts",
      "missing: dist/index.d.cts",
      "missing: dist/cli.js",
    ]);
    expect(tarballProblems(REQUIRED_FILES.filter((file) => file !== "CHANGELOG.md"))).toEqual([
      "missing: CHANGELOG.md",
    ]);
  });

  it("names what should not be published: sources, tests, reports, source maps", () => {
    expect(
      tarballProblems([...REQUIRED_FILES, "src/index.ts", "test/a.test.ts", "etc/domain.api.md", "dist/index.js.map"]),
    ).toEqual([
      "unexpected: src/index.ts",
      "unexpected: test/a.test.ts",
      "unexpected: etc/domain.api.md",
      "unexpected: dist/index.js.map",
    ]);
  });
});
