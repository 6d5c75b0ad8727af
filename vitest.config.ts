import { readFileSync } from "node:fs";
import { defineConfig } from "vitest/config";

// The package version, as the build compiles it in (see src/internal/packageVersion.ts).
const { version } = JSON.parse(readFileSync("package.json", "utf8")) as { version: string };

export default defineConfig({
  define: { __KUDUMBASHREE_VERSION__: JSON.stringify(version) },
  test: {
    include: ["test/**/*.test.ts"],
    typecheck: {
      enabled: true,
      include: ["test/**/*.test-d.ts"],
      tsconfig: "./tsconfig.json",
    },
    // The JSON report is what .ci/run counts, so CI prints vitest's own numbers.
    reporters: ["default", ["json", { outputFile: process.env["VITEST_REPORT"] ?? ".vitest-report.json" }]],
    testTimeout: 30_000,
  },
});
