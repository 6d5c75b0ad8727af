import { SET_ASIDE_COLLECTIONS, type SetAsideCounts } from "../dataset/SetAside.js";
import type { Locale, LocaleFormat } from "./Locale.js";

/**
 * What was set aside, in a locale: `1 person, 2 memberships`, the collections in their usual
 * order, those with none left out; empty when nothing was. Counts must be whole numbers >= 0.
 *
 * @internal
 */
export function setAsideList(counts: SetAsideCounts, locale: Locale, format: LocaleFormat): string {
  const parts: string[] = [];
  for (const collection of SET_ASIDE_COLLECTIONS) {
    const count = counts[collection];
    if (count !== 0) parts.push(locale.labels.records(collection, count, format));
  }
  return parts.join(", ");
}
