import type { DatasetIndex } from "../../dataset/indexDataset.js";
import { FederationKind } from "../../entities/Federation.js";
import { append } from "../../internal/append.js";
import type { Issue } from "../../issues/Issue.js";
import { checkFederationMemberAge } from "../checks/checkFederationMemberAge.js";
import { checkFederationSize } from "../checks/checkFederationSize.js";
import { checkFederationsPerWard } from "../checks/checkFederationsPerWard.js";
import { isGroupActive } from "../definitions/activity.js";
import type { RuleContext } from "./RuleContext.js";

/**
 * The federation pass of `validate`: each federation in input order: its active members of the
 * rule's `memberKind` (a group not closed on `asOf`, a federation formed on or before it; each id
 * counted once) against `minMembers`; then each such member, in `memberIds` order, against
 * `minMemberAgeMonths`; then, for a kind formed once per ward, the others in its ward.
 *
 * @internal
 */
export function validateFederations(index: DatasetIndex, context: RuleContext, issues: Issue[]): void {
  const perWard = new Map<string, number>();
  const federationKinds: readonly string[] = FederationKind.options;
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
    const ofFederations = federationKinds.includes(rule.memberKind);
    const counted = new Set<string>();
    const ageIssues: Issue[] = [];
    federation.memberIds.forEach((memberId, j) => {
      if (counted.has(memberId)) return;
      const member = ofFederations ? index.federations.get(memberId) : index.groups.get(memberId);
      if (member === undefined || member.kind !== rule.memberKind) return;
      // A federation has no closing date: it is a member from the day it was formed.
      const active = ofFederations
        ? member.formedOn === undefined || member.formedOn <= context.asOf
        : isGroupActive(member, context.asOf);
      if (!active) return;
      counted.add(memberId);
      if (rule.minMemberAgeMonths === undefined) return;
      append(
        ageIssues,
        checkFederationMemberAge(member, ruleSet, context.asOf, {
          ...options,
          path: ["federations", position, "memberIds", j],
        }),
      );
    });
    append(issues, checkFederationSize(counted.size, ruleSet, options));
    append(issues, ageIssues);
    if (index.units.get(federation.unitId)?.kind === "ward") {
      const key = `${federation.kind}\u0000${federation.unitId}`;
      const count = (perWard.get(key) ?? 0) + 1;
      perWard.set(key, count);
      append(issues, checkFederationsPerWard(count, federation.unitId, ruleSet, options));
    }
  });
}
