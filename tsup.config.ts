import { defineConfig } from "tsup";

export default defineConfig({
  entry: { index: "src/index.ts", testing: "src/testing/index.ts" },
  format: ["esm", "cjs"],
  dts: true,
  target: "node20",
  platform: "neutral",
  clean: true,
  sourcemap: false,
  treeshake: true,
  splitting: false,
});
