import type { FederationKind } from "../../entities/Federation.js";
import { FederationKind as FederationKinds } from "../../entities/Federation.js";
import { GroupKind } from "../../entities/Group.js";
import type { RuleSet } from "./RuleSet.js";
import { ruleSetInForce } from "./ruleSetInForce.js";
import { ruleSets as builtIn } from "./ruleSets.js";

/**
 * For each group and federation kind, the rule set that applies on `asOf`: chosen among the
 * given rule sets of that kind when there are any, otherwise among the built-in ones.
 *
 * @internal
 */
export function resolveRuleSets(
  asOf: string,
  given: readonly RuleSet[] | undefined,
): Map<GroupKind | FederationKind, RuleSet> {
  const resolved = new Map<GroupKind | FederationKind, RuleSet>();
  for (const kind of [...GroupKind.options, ...FederationKinds.options]) {
    const own = given?.filter((ruleSet) => ruleSet.groupKind === kind) ?? [];
    const chosen = ruleSetInForce(kind, asOf, own.length > 0 ? own : builtIn);
    if (chosen !== undefined) resolved.set(kind, chosen);
  }
  return resolved;
}
