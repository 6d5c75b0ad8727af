import { defineConfig } from "tsup";

export default defineConfig([
  {
    entry: { index: "src/index.ts", testing: "src/testing/index.ts", arbitraries: "src/testing/arbitrariesEntry.ts" },
    format: ["esm", "cjs"],
    dts: true,
    target: "node20",
    platform: "neutral",
    clean: true,
    sourcemap: false,
    treeshake: true,
    splitting: false,
  },
  {
    // The command line: ESM only, for Node.
    entry: { cli: "src/cli/bin.ts" },
    format: ["esm"],
    dts: false,
    target: "node20",
    platform: "node",
    clean: false,
    sourcemap: false,
    banner: { js: "#!/usr/bin/env node" },
  },
]);
