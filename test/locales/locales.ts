// Every locale in src/locales (a file named by its language code, such as ml.ts, exporting a Locale
// of the same name), found from the directory, so that a new catalogue is tested without a list.
import { readdirSync } from "node:fs";
import type { Locale } from "../../src/index.js";

const folder = new URL("../../src/locales/", import.meta.url);

/** The language codes of the catalogues: `en`, `ml`, ... */
export const localeCodes: readonly string[] = readdirSync(folder)
  .filter((file) => /^[a-z]{2,3}\.ts$/.test(file))
  .map((file) => file.slice(0, -3))
  .sort();

/** Each catalogue's Locale, by its language code. */
export const locales: ReadonlyMap<string, Locale> = new Map(
  await Promise.all(
    localeCodes.map(async (code) => {
      const module = (await import(`../../src/locales/${code}.ts`)) as Record<string, Locale>;
      return [code, module[code] as Locale] as const;
    }),
  ),
);
