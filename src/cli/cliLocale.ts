// Which language the command speaks: --lang, else the environment's locale (LC_ALL, LC_MESSAGES,
// LANG, as `ml_IN.UTF-8`), else English. Machine output (JSON, CSV) is the same in every language.

import { as } from "../locales/as.js";
import { bn } from "../locales/bn.js";
import { en } from "../locales/en.js";
import { hi } from "../locales/hi.js";
import type { Locale } from "../locales/Locale.js";
import { ml } from "../locales/ml.js";
import { choice } from "./commandLine.js";

/** The languages of --lang, by their codes. */
export const LOCALES: Readonly<Record<string, Locale>> = { en, ml, hi, as, bn };
export const LANGS = Object.keys(LOCALES);

/**
 * The language an environment asks for: the first of LC_ALL, LC_MESSAGES and LANG that is set,
 * read as `language[_TERRITORY][.codeset][@modifier]`; English when it names none of ours (`C`,
 * `POSIX`, `en_US.UTF-8`, `ta_IN`).
 */
export function localeFromEnvironment(env: Readonly<Record<string, string | undefined>>): Locale {
  const value = [env["LC_ALL"], env["LC_MESSAGES"], env["LANG"]].find((one) => one !== undefined && one !== "");
  const language = value?.split(/[_.@-]/)[0]?.toLowerCase() ?? "";
  return Object.hasOwn(LOCALES, language) ? (LOCALES[language] as Locale) : en;
}

/**
 * The value of --lang in the arguments (`--lang ml` or `--lang=ml`), if any, and the arguments
 * without a --lang given before the command (`kudumbashree --lang ml validate ...`). Stops at `--`.
 */
export function langArgument(argv: readonly string[]): { lang: string | undefined; argv: readonly string[] } {
  let lang: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === "--") break;
    if (arg === "--lang" && i + 1 < argv.length) lang = argv[i + 1];
    else if (arg.startsWith("--lang=")) lang = arg.slice("--lang=".length);
  }
  let rest = argv;
  while (rest[0] === "--lang" || rest[0]?.startsWith("--lang=") === true)
    rest = rest.slice(rest[0] === "--lang" ? 2 : 1);
  return { lang, argv: rest };
}

/** The locale of a --lang value (a usage error, with a suggestion, when it is not one of ours). */
export function localeOfLang(lang: string, command: string | undefined): Locale {
  return LOCALES[choice(lang, "lang", LANGS, "en", command as string)] as Locale;
}
