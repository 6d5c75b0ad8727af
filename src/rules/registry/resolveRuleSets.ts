import type { FederationKind } from "../../entities/Federation.js";
import { FederationKind as FederationKinds } from "../../entities/Federation.js";
import { GroupKind } from "../../entities/Group.js";
import { typeError } from "../../internal/errors.js";
import { describeValue } from "../../internal/guards.js";
import { describeProblem, inspectRuleSet, sameContent } from "./parseRuleSet.js";
import { type RuleSet, ruleSetKey } from "./RuleSet.js";
import { ruleSetInForce } from "./ruleSetInForce.js";
import { ruleSets as builtIn } from "./ruleSets.js";

/**
 * For each group and federation kind, the rule set that applies on `asOf`: chosen among the
 * given rule sets of that kind when there are any, otherwise among the built-in ones.
 *
 * `given` comes from an app and is checked: it must be an array whose every element passes
 * `parseRuleSet` (built-in rule sets and ones `parseRuleSet` or `deriveRuleSet` returned are
 * recognised without a second look), and two elements with one key must have the same content.
 * The checked, frozen copies are used, so the caller's objects cannot change behind the check.
 *
 * @throws TypeError naming the position and the first problem, for anything else.
 * @internal
 */
export function resolveRuleSets(asOf: string, given: unknown): Map<GroupKind | FederationKind, RuleSet> {
  const own = given === undefined ? [] : checkRuleSets(given);
  const resolved = new Map<GroupKind | FederationKind, RuleSet>();
  for (const kind of [...GroupKind.options, ...FederationKinds.options]) {
    const ofKind = own.filter((ruleSet) => ruleSet.groupKind === kind);
    const chosen = ruleSetInForce(kind, asOf, ofKind.length > 0 ? ofKind : builtIn);
    if (chosen !== undefined) resolved.set(kind, chosen);
  }
  return resolved;
}

/**
 * The `ruleSets` option checked: an array whose elements all pass `parseRuleSet`, as the checked
 * (frozen) rule sets; passing the result to {@link resolveRuleSets} again costs no second check.
 *
 * @throws TypeError naming the position and the first problem.
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
    byKey.set(key, position);
    checked.push(ruleSet);
  }
  return checked;
}
