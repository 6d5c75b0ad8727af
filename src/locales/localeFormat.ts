// A locale's LocaleFormat: Intl does the digit grouping and the lists; only the order of a date's
// parts is done here (Intl.DateTimeFormat would need a Date, and with it a time zone).
import { rangeError } from "../internal/errors.js";
import { describeValue } from "../internal/guards.js";
import type { Locale, LocaleFormat } from "./Locale.js";

const cache = new Map<string, LocaleFormat>();

/**
 * How `locale` writes numbers (`Intl.NumberFormat(locale.tag)`: 45,00,000 in Indian English, with
 * the locale's own digits where it has them), dates (`YYYY-MM-DD` reordered to `DD-MM-YYYY` when
 * the locale writes day first, in its digits) and lists (`Intl.ListFormat`). Built once per tag
 * and order. `fn` names the public function asking, for the error a bad tag gives.
 *
 * @internal
 */
export function localeFormat(locale: Pick<Locale, "tag" | "dateOrder">, fn: string): LocaleFormat {
  const { tag, dateOrder } = locale;
  const key = `${String(tag)} ${String(dateOrder)}`;
  const cached = cache.get(key);
  if (cached !== undefined) return cached;
  let numbers: Intl.NumberFormat;
  let and: Intl.ListFormat;
  let or: Intl.ListFormat;
  try {
    numbers = new Intl.NumberFormat(tag);
    and = new Intl.ListFormat(tag, { type: "conjunction" });
    or = new Intl.ListFormat(tag, { type: "disjunction" });
  } catch {
    throw rangeError(`${fn}'s locale.tag must be a BCP 47 language tag such as "ml-IN", got ${describeValue(tag)}`);
  }
  // The locale's digits, for dates: Bengali and Assamese write ০-৯.
  const digits = new Intl.NumberFormat(tag, { useGrouping: false });
  const digit = (text: string) => text.replace(/[0-9]/g, (d) => digits.format(Number(d)));
  const format: LocaleFormat = {
    number: (value) => numbers.format(value),
    date(isoDate) {
      const parts = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
      if (parts === null || dateOrder !== "dmy") return isoDate;
      return digit(`${parts[3]}-${parts[2]}-${parts[1]}`);
    },
    list: (items, type) => (type === "or" ? or : and).format(items.map(String)),
  };
  cache.set(key, format);
  return format;
}
