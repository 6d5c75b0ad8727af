import { defineConfig } from "vitest/config";

export default defineConfig({
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
