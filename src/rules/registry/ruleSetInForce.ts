import type { FederationKind } from "../../entities/Federation.js";
import type { GroupKind } from "../../entities/Group.js";
import type { RuleSet } from "./RuleSet.js";
import { ruleSets as builtIn } from "./ruleSets.js";

/**
 * The rule set that applies to a kind of group (or federation) on a day: among the candidates
 * for that kind, the one in force on `asOf` (`effectiveFrom <= asOf <= effectiveTo`, missing
 * ends open) that started last. When none is in force, the last one to have ended before `asOf`,
 * or else the first one to start after it, so a group is never silently left unchecked. In each
 * case a tie (the same date) goes to the one listed later: of the built-in rule sets, listed by
 * id and version, the later version. A correction of a released rule set, which cannot be given an
 * end date, starts when the version it corrects does and so replaces it on every day.
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
 * // Versions 1.0.0 and 2.0.0 both start on 2021-04-01: the later one applies, and before that day too.
 * ruleSetKey(ruleSetInForce("selfHelpGroup", "2021-11-30")!);
 * //=> "nrlm.selfHelpGroup@2.0.0"
 * ruleSetKey(ruleSetInForce("selfHelpGroup", "2019-06-01")!);
 * //=> "nrlm.selfHelpGroup@2.0.0"
 * ```
 *
 * @public
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
    } else if (startsAfter === undefined || from <= (startsAfter.effectiveFrom ?? "")) {
      startsAfter = ruleSet;
    }
  }
  return inForce ?? endedBefore ?? startsAfter;
}
