import type { Issue } from "../../issues/Issue.js";
import type { RuleSet } from "../registry/RuleSet.js";
import type { CheckOptions } from "./CheckOptions.js";
import { ruleIssue } from "./ruleIssue.js";

/**
 * Checks that a group (or federation) is a member of one federation of a kind formed once per
 * ward (`onePerWard`: an ADS, a Balasamiti): an NHG can be a member of only one ADS
 * (thekudumbashreestory.info ADS page). Given the federation of the kind that listed the member
 * first, the later one is reported (`federation.member_in_two`, about the later federation).
 * Kinds without `onePerWard` (VOs, CLFs, CDSs: no source found limits their membership) are not
 * judged.
 *
 * @param memberId - The member listed.
 * @param firstFederationId - The first federation of the kind found listing it, if any.
 * @param federationId - The federation being checked.
 * @param ruleSet - The federations' rule set.
 * @param options - The subject (the later federation), path and label to attach.
 * @returns The issues found.
 * @internal
 */
export function checkFederationMembership(
  memberId: string,
  firstFederationId: string | undefined,
  federationId: string,
  ruleSet: RuleSet,
  options?: CheckOptions,
): Issue[] {
  if (ruleSet.federation?.onePerWard !== true) return [];
  if (firstFederationId === undefined || firstFederationId === federationId) return [];
  return [ruleIssue("federation.member_in_two", { memberId, otherFederationId: firstFederationId }, ruleSet, options)];
}
