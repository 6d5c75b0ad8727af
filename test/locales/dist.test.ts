// Each language is its own entry point of the built package (npm run build first), declared in
// package.json for import and require, with types, and in typesVersions for older resolvers.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import type { Locale } from "../../src/index.js";
import { localeCodes, locales } from "./locales.js";

const root = new URL("../../", import.meta.url);
const pkg = JSON.parse(readFileSync(new URL("package.json", root), "utf8")) as {
  exports: Record<string, unknown>;
  typesVersions: { "*": Record<string, string[]> };
};
const tsup = readFileSync(new URL("tsup.config.ts", root), "utf8");
const require = createRequire(import.meta.url);

describe.each(localeCodes)("@kudumbashree/domain/locales/%s", (code) => {
  it("is declared in package.json and built by tsup", () => {
    expect(pkg.exports[`./locales/${code}`]).toEqual({
      import: { types: `./dist/locales/${code}.d.ts`, default: `./dist/locales/${code}.js` },
      require: { types: `./dist/locales/${code}.d.cts`, default: `./dist/locales/${code}.cjs` },
    });
    expect(pkg.typesVersions["*"][`locales/${code}`]).toEqual([`./dist/locales/${code}.d.ts`]);
    expect(tsup).toContain(`"locales/${code}": "src/locales/`);
  });

  it("imports as ESM and requires as CommonJS: the same frozen locale, and nothing else", async () => {
    const source = locales.get(code) as Locale;
    const esm = (await import(new URL(`dist/locales/${code}.js`, root).href)) as Record<string, Locale>;
    const cjs = require(new URL(`dist/locales/${code}.cjs`, root).pathname) as Record<string, Locale>;
    for (const built of [esm, cjs]) {
      expect(Object.keys(built)).toEqual([code]);
      const locale = built[code] as Locale;
      expect(locale.tag).toBe(source.tag);
      expect(locale.terms).toEqual(source.terms);
      expect(Object.isFrozen(locale.terms.groupKinds)).toBe(true);
      expect(Object.keys(locale.messages)).toEqual(Object.keys(source.messages));
    }
  });
});
