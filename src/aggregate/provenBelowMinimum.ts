import type { PublishedFigure } from "../data/publishedFigures.js";
import { rangeError } from "../internal/errors.js";
import { requireWholeNumber } from "../internal/guards.js";

/**
 * What published totals prove about one row: how many groups must be below a minimum size.
 *
 * @public
 */
export interface ProvenBelowMinimum {
  /** The row's name, as published. */
  readonly name: string;
  /** Its published groups and members. */
  readonly groups: number;
  readonly members: number;
  /** The fewest groups that can be below the minimum, given only those two totals. */
  readonly atLeast: number;
}

/**
 * What a published table of totals proves, without any record: how many groups of each row must
 * have fewer than `min` members. If `x` groups had `min` or more and every other group at least
 * `atLeastEach` (1 by default: a group has a member), the row would hold at least
 * `min * x + atLeastEach * (groups - x)` members; so `x <= (members - atLeastEach * groups) /
 * (min - atLeastEach)`, and at least `groups - x` groups are below the minimum. A figure that a
 * report calls "below the minimum" without records should be this one, a lower bound, never a
 * count read off invented sample sizes.
 *
 * Rows without both `groups` and `members` are left out. The total is the sum of the rows' bounds
 * (each row's bound holds on its own, so their sum holds for the whole).
 *
 * @param figure - A published table, such as `publishedFigures.nroBalasabhas2020`.
 * @param min - The minimum size of a group, such as Kerala's 15 children a Balasabha.
 * @param atLeastEach - The fewest members any group can have (default 1).
 * @returns Each row's bound, and their sum.
 * @throws RangeError when `min` or `atLeastEach` is not a whole number, or `atLeastEach >= min`.
 *
 * @example
 * ```ts
 * import { provenBelowMinimum, publishedFigures } from "@kudumbashree/domain";
 *
 * // NRO Balasabhas, August 2020, against Kerala's minimum of 15 children.
 * const proven = provenBelowMinimum(publishedFigures.nroBalasabhas2020, 15);
 * proven.rows.map((row) => [row.name, row.atLeast]);
 * //=> [["Tripura", 25], ["Assam", 0], ["Jharkhand", 158], ["Manipur", 0]]
 * proven.total;
 * //=> 183
 * ```
 *
 * @public
 */
export function provenBelowMinimum(
  figure: Pick<PublishedFigure, "rows">,
  min: number,
  atLeastEach = 1,
): { readonly rows: readonly ProvenBelowMinimum[]; readonly total: number } {
  requireWholeNumber(min, "min", 1);
  requireWholeNumber(atLeastEach, "atLeastEach", 0);
  if (atLeastEach >= min) throw rangeError(`atLeastEach (${atLeastEach}) must be below min (${min})`);
  const rows: ProvenBelowMinimum[] = [];
  let total = 0;
  for (const row of figure.rows) {
    const { groups, members } = row;
    if (groups === undefined || members === undefined) continue;
    const roomAbove = Math.floor((members - atLeastEach * groups) / (min - atLeastEach));
    const atLeast = Math.max(0, groups - Math.max(0, roomAbove));
    rows.push({ name: row.name, groups, members, atLeast });
    total += atLeast;
  }
  return { rows, total };
}
