import type { FederationKind } from "../../entities/Federation.js";
import { FederationKind as FederationKinds } from "../../entities/Federation.js";
import { GroupKind } from "../../entities/Group.js";
import { rangeError, typeError } from "../../internal/errors.js";
import { describeValue } from "../../internal/guards.js";
import { describeProblem, inspectRuleSet, sameContent } from "./parseRuleSet.js";
import { type RuleSet, ruleSetKey } from "./RuleSet.js";
import { ruleSetInForce } from "./ruleSetInForce.js";
import { ruleSets as builtIn } from "./ruleSets.js";

/**
 * For each group and federation kind, the rule set that applies on `asOf`: the given rule set of
 * that kind when there is one, otherwise the built-in one in force on `asOf`.
 *
 * `given` comes from an app and is checked by {@link checkRuleSets}: an array whose every element
 * passes `parseRuleSet` (built-in rule sets and ones `parseRuleSet` or `deriveRuleSet` returned
 * are recognised without a second look), two elements with one key having the same content, and
 * at most one rule set (one key) for each kind. The checked, frozen copies are used, so the
 * caller's objects cannot change behind the check. `validate`, `summarize` and `ageingOut` all
 * resolve their `ruleSets` option here.
 *
 * @throws TypeError naming the position and the first problem, for anything else.
 * @throws RangeError naming both keys, for two rule sets of one kind.
 * @internal
 */
export function resolveRuleSets(asOf: string, given: unknown): Map<GroupKind | FederationKind, RuleSet> {
  const own = given === undefined ? [] : checkRuleSets(given);
  const resolved = new Map<GroupKind | FederationKind, RuleSet>();
  for (const kind of [...GroupKind.options, ...FederationKinds.options]) {
    // At most one given rule set of a kind (checkRuleSets refuses two): it applies whatever its dates.
    const ofKind = own.filter((ruleSet) => ruleSet.groupKind === kind);
    const chosen = ruleSetInForce(kind, asOf, ofKind.length > 0 ? ofKind : builtIn);
    if (chosen !== undefined) resolved.set(kind, chosen);
  }
  return resolved;
}

/**
 * The `ruleSets` option checked: an array whose elements all pass `parseRuleSet`, as the checked
 * (frozen) rule sets; passing the result to {@link resolveRuleSets} again costs no second check.
 * The same rule set may be listed twice (one key, the same content); two rule sets for one kind
 * of group or federation are refused, since only one of them could apply and the other would be
 * silently ignored.
 *
 * @throws TypeError naming the position and the first problem.
 * @throws RangeError naming both keys, for two rule sets (two keys) of one kind:
 *   `two rule sets for balasabha: a@1.0.0 and b@1.0.0; pass one`.
 * @internal
 */
export function checkRuleSets(given: unknown): RuleSet[] {
  if (!Array.isArray(given)) throw typeError(`ruleSets must be an array of rule sets, got ${describeValue(given)}`);
  let items: unknown[];
  try {
    items = Array.prototype.slice.call(given);
  } catch {
    throw typeError("ruleSets could not be read");
  }
  const checked: RuleSet[] = [];
  const byKey = new Map<string, number>();
  const keyOfKind = new Map<string, string>();
  for (const [position, item] of items.entries()) {
    const inspected = inspectRuleSet(item);
    if (!inspected.ok) {
      const [problem] = inspected.problems;
      throw typeError(
        `ruleSets[${position}] is not a valid rule set: ${problem === undefined ? "" : describeProblem(problem)}`,
      );
    }
    const { ruleSet } = inspected;
    const key = ruleSetKey(ruleSet);
    const earlier = byKey.get(key);
    if (earlier !== undefined && !sameContent(checked[earlier], ruleSet))
      throw typeError(`ruleSets[${position}] has the key ${key} of ruleSets[${earlier}] but other rules`);
    const other = keyOfKind.get(ruleSet.groupKind);
    if (other !== undefined && other !== key)
      throw rangeError(`two rule sets for ${ruleSet.groupKind}: ${other} and ${key}; pass one`);
    keyOfKind.set(ruleSet.groupKind, key);
    byKey.set(key, position);
    checked.push(ruleSet);
  }
  return checked;
}
