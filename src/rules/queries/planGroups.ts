import { requireOptions, requireWholeNumber } from "../../internal/guards.js";
import { groupsNeeded } from "../definitions/groupSize.js";

/**
 * One ward's line in a {@link GroupPlan}.
 *
 * @example
 * ```ts
 * import type { WardPlan } from "@kudumbashree/domain";
 *
 * const line: WardPlan = { wardId: "w1", eligibleMembers: 73, groups: 2 };
 * ```
 *
 * @public
 */
export interface WardPlan {
  /** The ward. */
  readonly wardId: string;
  /** Women (or children) who came forward in it. */
  readonly eligibleMembers: number;
  /** Groups it needs: at least one, and enough that none is above the maximum size. */
  readonly groups: number;
}

/**
 * The answer of {@link planGroups}.
 *
 * @example
 * ```ts
 * import { planGroups, type GroupPlan } from "@kudumbashree/domain";
 *
 * const plan: GroupPlan = planGroups([{ wardId: "w1", eligibleMembers: 10 }], { maxSize: 50 });
 * plan.totalGroups;
 * //=> 1
 * ```
 *
 * @public
 */
export interface GroupPlan {
  /** One line per ward, in the order given. */
  readonly wards: readonly WardPlan[];
  /** Groups in all. */
  readonly totalGroups: number;
  /** Groups beyond one per ward: the wards' second (third, ...) groups. */
  readonly extraGroups: number;
  /** Wards that need more than one group. */
  readonly wardsWithExtraGroups: number;
}

/**
 * How many groups each ward needs when every ward has at least one and a group holds at most
 * `maxSize` members: `max(1, ceil(eligible / maxSize))`. Thiruvananthapuram's 1,546 wards needed
 * 1,550 auxiliary groups because four wards had more than 50 women.
 *
 * @param wards - Each ward and how many eligible people came forward.
 * @param options - `maxSize`, the largest group the rule allows.
 * @returns The plan per ward and the totals.
 * @throws RangeError when `maxSize` is not a whole number >= 1 or a count is not a whole number >= 0.
 *
 * @example
 * ```ts
 * import { planGroups } from "@kudumbashree/domain";
 *
 * const plan = planGroups(
 *   [
 *     { wardId: "w1", eligibleMembers: 12 },
 *     { wardId: "w2", eligibleMembers: 51 },
 *     { wardId: "w3", eligibleMembers: 0 },
 *   ],
 *   { maxSize: 50 },
 * );
 * [plan.totalGroups, plan.extraGroups, plan.wards[1]?.groups];
 * //=> [4, 1, 2]
 * ```
 *
 * @public
 */
export function planGroups(
  wards: readonly { readonly wardId: string; readonly eligibleMembers: number }[],
  options: { readonly maxSize: number },
): GroupPlan {
  requireOptions(options, "planGroups");
  const maxSize = requireWholeNumber(options.maxSize, "maxSize", 1);
  let totalGroups = 0;
  let wardsWithExtraGroups = 0;
  const lines = wards.map(({ wardId, eligibleMembers }) => {
    requireWholeNumber(eligibleMembers, `eligibleMembers of ward "${wardId}"`, 0);
    const groups = groupsNeeded(eligibleMembers, maxSize);
    totalGroups += groups;
    if (groups > 1) wardsWithExtraGroups++;
    return { wardId, eligibleMembers, groups };
  });
  return { wards: lines, totalGroups, extraGroups: totalGroups - wards.length, wardsWithExtraGroups };
}
