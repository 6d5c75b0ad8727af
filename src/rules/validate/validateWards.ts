import type { DatasetIndex } from "../../dataset/indexDataset.js";
import type { GroupKind } from "../../entities/Group.js";
import { append } from "../../internal/append.js";
import type { Issue } from "../../issues/Issue.js";
import { checkExtraGroups } from "../checks/checkExtraGroups.js";
import { checkWardCoverage } from "../checks/checkWardCoverage.js";
import type { RuleContext } from "./RuleContext.js";
import type { WardTally } from "./validateGroups.js";

/**
 * The ward pass of `validate`: coverage and extra groups, for each kind whose rule set has a ward
 * rule and that is present in the data or named by the caller, then each ward in input order.
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
    if (!(ruleSet.wardCoverage === true || ruleSet.extraGroupOnlyWhenFull === true)) continue;
    if (!present.has(kind) && !named.has(kind)) continue;
    context.applied.add(ruleSet);
    const wards = activeByWard.get(kind as GroupKind);
    data.units.forEach((unit, position) => {
      if (unit.kind !== "ward" || index.units.get(unit.id) !== unit) return;
      const options = {
        subject: { kind: "unit", id: unit.id },
        path: ["units", position],
        label: `${unit.name} (${unit.id})`,
      } as const;
      const ward = wards?.get(unit.id);
      append(issues, checkWardCoverage(ward?.groups ?? 0, ruleSet, context.asOf, options));
      if (ward !== undefined) append(issues, checkExtraGroups(ward.groups, ward.members, ruleSet, options));
    });
  }
}
