import { rangeError } from "../internal/errors.js";
import { pure } from "../internal/pure.js";

/**
 * The default lower bounds of the age bands a {@link Summary} counts members in: under 5, 5-9,
 * 10-14, 15-17, 18-25, 26-30, 31-35, 36-40, 41-59, 60 and over (plus `unknown`). They split at the
 * bands of the built-in rule sets (Balasabha 5 to 18, auxiliary groups 18 to 40).
 *
 * @example
 * ```ts
 * import { DEFAULT_AGE_BANDS, ageBandLabels } from "@kudumbashree/domain";
 *
 * ageBandLabels(DEFAULT_AGE_BANDS).slice(3, 6);
 * //=> ["15-17", "18-25", "26-30"]
 * ```
 *
 * @public
 */
export const DEFAULT_AGE_BANDS: readonly number[] = pure(() => Object.freeze([5, 10, 15, 18, 26, 31, 36, 41, 60]));

/**
 * The labels of the age bands with these lower bounds: `<5`, `5-9`, ..., `60+`, then `unknown`
 * for members without a date of birth.
 *
 * @param bounds - Strictly increasing whole numbers greater than 0.
 * @returns One label per band, and `unknown`.
 * @throws RangeError when the bounds are not strictly increasing whole numbers greater than 0.
 *
 * @example
 * ```ts
 * import { ageBandLabels } from "@kudumbashree/domain";
 *
 * ageBandLabels([18, 41]);
 * //=> ["<18", "18-40", "41+", "unknown"]
 * ```
 *
 * @public
 */
export function ageBandLabels(bounds: readonly number[]): string[] {
  bounds.forEach((bound, i) => {
    if (!Number.isInteger(bound) || bound <= 0 || (i > 0 && bound <= (bounds[i - 1] as number))) {
      throw rangeError(`age band bounds must be increasing whole numbers above 0, got [${bounds.join(", ")}]`);
    }
  });
  if (bounds.length === 0) return ["all", "unknown"];
  const labels = [`<${bounds[0] as number}`];
  for (let i = 0; i < bounds.length - 1; i++) labels.push(`${bounds[i] as number}-${(bounds[i + 1] as number) - 1}`);
  labels.push(`${bounds[bounds.length - 1] as number}+`, "unknown");
  return labels;
}
