import type { DatasetIndex } from "../../dataset/indexDataset.js";
import { append } from "../../internal/append.js";
import type { Issue } from "../../issues/Issue.js";
import { checkFederationSize } from "../checks/checkFederationSize.js";
import { checkFederationsPerWard } from "../checks/checkFederationsPerWard.js";
import type { RuleContext } from "./RuleContext.js";

/**
 * The federation pass of `validate`: each federation in input order, its member groups of the
 * right kind and, for a kind formed once per ward, the others in its ward.
 *
 * @internal
 */
export function validateFederations(index: DatasetIndex, context: RuleContext, issues: Issue[]): void {
  const perWard = new Map<string, number>();
  (index.data.federations ?? []).forEach((federation, position) => {
    if (index.federations.get(federation.id) !== federation) return;
    const ruleSet = context.rules.get(federation.kind);
    const rule = ruleSet?.federation;
    if (ruleSet === undefined || rule === undefined) return;
    context.applied.add(ruleSet);
    const label =
      federation.name === undefined ? `Federation "${federation.id}"` : `${federation.name} (${federation.id})`;
    const options = {
      subject: { kind: "federation", id: federation.id },
      path: ["federations", position],
      label,
    } as const;
    let memberGroups = 0;
    for (const memberId of federation.memberIds)
      if (index.groups.get(memberId)?.kind === rule.memberKind) memberGroups++;
    append(issues, checkFederationSize(memberGroups, ruleSet, options));
    if (index.units.get(federation.unitId)?.kind === "ward") {
      const key = `${federation.kind}\u0000${federation.unitId}`;
      const count = (perWard.get(key) ?? 0) + 1;
      perWard.set(key, count);
      append(issues, checkFederationsPerWard(count, federation.unitId, ruleSet, options));
    }
  });
}
