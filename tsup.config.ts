import { readFileSync } from "node:fs";
import { defineConfig } from "tsup";

// The package version, compiled into what the package makes (a summary's provenance): see
// src/internal/packageVersion.ts.
const { version } = JSON.parse(readFileSync("package.json", "utf8")) as { version: string };
const define = { __KUDUMBASHREE_VERSION__: JSON.stringify(version) };

export default defineConfig([
  {
    entry: {
      index: "src/index.ts",
      testing: "src/testing/index.ts",
      arbitraries: "src/testing/arbitrariesEntry.ts",
      // SQL text for DuckDB and PostgreSQL: never loads an engine itself.
      sql: "src/sql/index.ts",
      // One entry per language, so an app pays only for the catalogues it imports.
      "locales/en": "src/locales/entries/en.ts",
      "locales/ml": "src/locales/ml.ts",
      "locales/hi": "src/locales/hi.ts",
      "locales/as": "src/locales/as.ts",
      "locales/bn": "src/locales/bn.ts",
    },
    format: ["esm", "cjs"],
    dts: true,
    target: "node20",
    platform: "neutral",
    clean: true,
    sourcemap: false,
    treeshake: true,
    splitting: false,
    define,
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
    define,
  },
]);
