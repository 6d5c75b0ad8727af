import type { FederationKind } from "../../entities/Federation.js";
import type { GroupKind } from "../../entities/Group.js";
import type { RuleSet } from "./RuleSet.js";
import { ruleSets as builtIn } from "./ruleSets.js";

/**
 * The rule set that applies to a kind of group (or federation) on a day: among the candidates
 * for that kind, the one in force on `asOf` (`effectiveFrom <= asOf <= effectiveTo`, missing
 * ends open) that started last, ties going to the one listed later. When none is in force, the
 * last one to have ended before `asOf`, or else the first one to start after it, so a group is
 * never silently left unchecked.
 *
 * @param kind - A group or federation kind.
 * @param asOf - The day, `YYYY-MM-DD`.
 * @param candidates - Rule sets to choose from; the built-in {@link ruleSets} when left out.
 * @returns The rule set, or `undefined` when no candidate governs that kind.
 *
 * @example
 * ```ts
 * import { ruleSetInForce, ruleSetKey } from "@kudumbashree/domain";
 *
 * ruleSetKey(ruleSetInForce("balasabha", "2015-06-01")!);
 * //=> "kerala.balasabha@1.0.0"
 * ruleSetKey(ruleSetInForce("balasabha", "2021-11-30")!);
 * //=> "kerala.balasabha@3.0.0"
 * ```
 */
export function ruleSetInForce(
  kind: GroupKind | FederationKind,
  asOf: string,
  candidates: readonly RuleSet[] = builtIn,
): RuleSet | undefined {
  let inForce: RuleSet | undefined;
  let endedBefore: RuleSet | undefined;
  let startsAfter: RuleSet | undefined;
  for (const ruleSet of candidates) {
    if (ruleSet.groupKind !== kind) continue;
    const from = ruleSet.effectiveFrom ?? "";
    const to = ruleSet.effectiveTo ?? "9999-12-31";
    if (from <= asOf && asOf <= to) {
      if (inForce === undefined || from >= (inForce.effectiveFrom ?? "")) inForce = ruleSet;
    } else if (to < asOf) {
      if (endedBefore === undefined || to >= (endedBefore.effectiveTo ?? "")) endedBefore = ruleSet;
    } else if (startsAfter === undefined || from < (startsAfter.effectiveFrom ?? "")) {
      startsAfter = ruleSet;
    }
  }
  return inForce ?? endedBefore ?? startsAfter;
}
