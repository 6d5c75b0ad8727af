import { rangeError } from "../../internal/errors.js";
import { type RuleSet, ruleSetKey } from "./RuleSet.js";
import { ruleSets } from "./ruleSets.js";

/**
 * Finds a built-in rule set by its key, `id@version`.
 *
 * @param key - Such as `kerala.auxiliaryGroup@1.0.0`.
 * @returns The frozen rule set.
 * @throws RangeError naming the keys that exist, when there is none with that key.
 *
 * @example
 * ```ts
 * import { getRuleSet } from "@kudumbashree/domain";
 *
 * getRuleSet("kerala.balasabha@2.0.0").ageBand;
 * //=> { min: 6, max: 18 }
 * ```
 *
 * @public
 */
export function getRuleSet(key: string): RuleSet {
  const found = ruleSets.find((ruleSet) => ruleSetKey(ruleSet) === key);
  if (found === undefined) {
    throw rangeError(
      `no built-in rule set "${key}"; the keys are ${ruleSets.map((ruleSet) => ruleSetKey(ruleSet)).join(", ")}`,
    );
  }
  return found;
}
