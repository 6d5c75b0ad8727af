import type { DatasetIndex } from "../../dataset/indexDataset.js";
import type { GroupKind } from "../../entities/Group.js";
import { append } from "../../internal/append.js";
import type { Issue } from "../../issues/Issue.js";
import { checkExtraGroups } from "../checks/checkExtraGroups.js";
import { checkVillageCoverage } from "../checks/checkVillageCoverage.js";
import { checkWardCoverage } from "../checks/checkWardCoverage.js";
import type { RuleContext } from "./RuleContext.js";
import type { WardTally } from "./validateGroups.js";

/**
 * The ward pass of `validate`: for each kind whose rule set has a ward or village rule (coverage
 * required or aimed at, extra groups) and that is present in the data or named by the caller, each
 * unit in input order: a ward's coverage (`ward.no_group` where required, the warning
 * `ward.coverage_gap` where it is a target) and extra groups, a village's coverage.
 *
 * @internal
 */
export function validateWards(
  index: DatasetIndex,
  context: RuleContext,
  activeByWard: ReadonlyMap<GroupKind, ReadonlyMap<string, WardTally>>,
  named: ReadonlySet<string>,
  issues: Issue[],
): void {
  const { data } = index;
  const present = new Set<string>(data.groups.map((group) => group.kind));
  for (const [kind, ruleSet] of context.rules) {
    const wardRules =
      ruleSet.wardCoverage === true || ruleSet.wardCoverageTarget === true || ruleSet.extraGroupOnlyWhenFull === true;
    const villageRules = ruleSet.villageCoverage === true;
    if (!(wardRules || villageRules)) continue;
    if (!present.has(kind) && !named.has(kind)) continue;
    context.applied.add(ruleSet);
    // Keyed by the unit each active group sits in: wards and villages alike.
    const units = activeByWard.get(kind as GroupKind);
    data.units.forEach((unit, position) => {
      const isWard = unit.kind === "ward";
      if (!(isWard ? wardRules : villageRules && unit.kind === "village")) return;
      if (index.units.get(unit.id) !== unit) return;
      const options = {
        subject: { kind: "unit", id: unit.id },
        path: ["units", position],
        label: `${unit.name} (${unit.id})`,
      } as const;
      const tally = units?.get(unit.id);
      if (!isWard) {
        append(issues, checkVillageCoverage(tally?.groups ?? 0, ruleSet, context.asOf, options));
        return;
      }
      append(issues, checkWardCoverage(tally?.groups ?? 0, ruleSet, context.asOf, options));
      if (tally !== undefined) append(issues, checkExtraGroups(tally.groups, tally.members, ruleSet, options));
    });
  }
}
