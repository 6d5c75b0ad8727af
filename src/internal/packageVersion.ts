// The package's own name and version, for the provenance of what it makes (summaries). The build
// (tsup.config.ts) and the tests (vitest.config.ts) replace __KUDUMBASHREE_VERSION__ with the
// version in package.json, so there is one place to change it and nothing is read at run time
// (a browser has no package.json to read). Code run from source without either (a tsx script)
// says so instead of claiming a version.

declare const __KUDUMBASHREE_VERSION__: string | undefined;

/** The name and version of this package, as a summary's provenance records them. @internal */
export const LIBRARY: { readonly name: string; readonly version: string } = {
  name: "@kudumbashree/domain",
  version: typeof __KUDUMBASHREE_VERSION__ === "string" ? __KUDUMBASHREE_VERSION__ : "0.0.0-source",
};
