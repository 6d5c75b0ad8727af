import type { DatasetIndex } from "../../dataset/indexDataset.js";
import { FederationKind } from "../../entities/Federation.js";
import { append } from "../../internal/append.js";
import type { Issue } from "../../issues/Issue.js";
import { checkFederationMemberAge } from "../checks/checkFederationMemberAge.js";
import { checkFederationMembership } from "../checks/checkFederationMembership.js";
import { checkFederationSize } from "../checks/checkFederationSize.js";
import { checkFederationsPerWard } from "../checks/checkFederationsPerWard.js";
import { isGroupActive } from "../definitions/activity.js";
import type { RuleContext } from "./RuleContext.js";

/**
 * The federation pass of `validate`: each federation in input order: its active members of the
 * rule's `memberKind` (a group not closed on `asOf`, a federation formed on or before it; each id
 * counted once) against `minMembers`; then each such member, in `memberIds` order, against
 * `minMemberAgeMonths`; then, for a kind formed once per ward (`onePerWard`), each such member
 * already counted by an earlier federation of the kind (a group belongs to one of them), and the
 * others in its ward.
 *
 * @internal
 */
export function validateFederations(index: DatasetIndex, context: RuleContext, issues: Issue[]): void {
  const perWard = new Map<string, number>();
  /** Per kind formed once per ward, each member's first federation: one entry a member. */
  const firstFederationOf = new Map<string, Map<string, string>>();
  const federationKinds: readonly string[] = FederationKind.options;
  (index.data.federations ?? []).forEach((federation, position) => {
    if (index.federations.get(federation.id) !== federation) return;
    const ruleSet = context.rules.get(federation.kind);
    const rule = ruleSet?.federation;
    if (ruleSet === undefined || rule === undefined) return;
    context.applied.add(ruleSet);
    const label = federation.name === undefined ? undefined : `${federation.name} (${federation.id})`;
    const options = {
      subject: { kind: "federation", id: federation.id },
      path: ["federations", position],
      label,
    } as const;
    const ofFederations = federationKinds.includes(rule.memberKind);
    const counted = new Set<string>();
    const ageIssues: Issue[] = [];
    const twiceIssues: Issue[] = [];
    let firstFederation: Map<string, string> | undefined;
    if (rule.onePerWard === true) {
      firstFederation = firstFederationOf.get(federation.kind);
      if (firstFederation === undefined) firstFederationOf.set(federation.kind, (firstFederation = new Map()));
    }
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
      const at = { ...options, path: ["federations", position, "memberIds", j] };
      if (firstFederation !== undefined) {
        const first = firstFederation.get(memberId);
        if (first === undefined) firstFederation.set(memberId, federation.id);
        else append(twiceIssues, checkFederationMembership(memberId, first, federation.id, ruleSet, at));
      }
      if (rule.minMemberAgeMonths === undefined) return;
      append(ageIssues, checkFederationMemberAge(member, ruleSet, context.asOf, at));
    });
    append(issues, checkFederationSize(counted.size, ruleSet, options));
    append(issues, ageIssues);
    append(issues, twiceIssues);
    if (index.units.get(federation.unitId)?.kind === "ward") {
      const key = `${federation.kind}\u0000${federation.unitId}`;
      const count = (perWard.get(key) ?? 0) + 1;
      perWard.set(key, count);
      append(issues, checkFederationsPerWard(count, federation.unitId, ruleSet, options));
    }
  });
}
