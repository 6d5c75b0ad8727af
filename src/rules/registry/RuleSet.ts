import type { FederationKind } from "../../entities/Federation.js";
import type { GroupKind } from "../../entities/Group.js";
import type { Role } from "../../entities/Membership.js";
import type { Gender } from "../../entities/Person.js";

/**
 * Where a rule comes from: a published document, its publisher, the date it carries (or the
 * year, when no day is given) and its address.
 *
 * @example
 * ```ts
 * import type { Citation } from "@kudumbashree/domain";
 *
 * const source: Citation = {
 *   title: "Kudumbashree auxiliary groups in Thiruvananthapuram",
 *   publisher: "The New Indian Express",
 *   date: "2021-11-06",
 *   url: "https://www.newindianexpress.com/cities/thiruvananthapuram/2021/nov/06/",
 * };
 * ```
 */
export interface Citation {
  /** The document's title or a description of the page. */
  readonly title: string;
  /** Who published it. */
  readonly publisher: string;
  /** When: `YYYY-MM-DD`, `YYYY-MM` or `YYYY` as precisely as the source says. */
  readonly date: string;
  /** Its address. */
  readonly url: string;
}

/**
 * An age band in completed years, both ends inclusive; a missing end is open.
 *
 * @example
 * ```ts
 * import type { AgeBand } from "@kudumbashree/domain";
 *
 * const youngWomen: AgeBand = { min: 18, max: 40 };
 * ```
 */
export interface AgeBand {
  /** The youngest age admitted. */
  readonly min?: number;
  /** The oldest age admitted; a member leaves on the birthday after it. */
  readonly max?: number;
}

/**
 * Limits on the number of active members of a group (resource persons not counted), inclusive.
 *
 * @example
 * ```ts
 * import type { SizeLimits } from "@kudumbashree/domain";
 *
 * const nhg: SizeLimits = { min: 10, max: 20 };
 * ```
 */
export interface SizeLimits {
  /** The fewest members allowed. */
  readonly min?: number;
  /** The most members allowed. */
  readonly max?: number;
}

/**
 * How often a group must meet: at least `count` meetings in every full calendar month, or in
 * every full ISO week (Monday to Sunday).
 *
 * @example
 * ```ts
 * import type { MeetingCadence } from "@kudumbashree/domain";
 *
 * const twiceAMonth: MeetingCadence = { count: 2, per: "month" };
 * ```
 */
export interface MeetingCadence {
  /** The fewest meetings in each period. */
  readonly count: number;
  /** The period. */
  readonly per: "week" | "month";
}

/**
 * Office bearers a group must have: for each role, how many active holders at least; and,
 * optionally, roles at least one of whose holders must be a girl (a Balasabha's leader and
 * deputy leader).
 *
 * @example
 * ```ts
 * import type { LeadershipRule } from "@kudumbashree/domain";
 *
 * const balasabha: LeadershipRule = {
 *   roles: [{ role: "leader", count: 1 }, { role: "deputyLeader", count: 1 }],
 *   girlAmong: ["leader", "deputyLeader"],
 * };
 * ```
 */
export interface LeadershipRule {
  /** Each role and how many holders it needs at least. */
  readonly roles: readonly { readonly role: Role; readonly count: number }[];
  /** At least one holder of these roles must be a girl (gender `female`). */
  readonly girlAmong?: readonly Role[];
}

/**
 * What a federation needs: the kind of group it federates, how many at least, and whether there
 * is one per ward.
 *
 * @example
 * ```ts
 * import type { FederationRule } from "@kudumbashree/domain";
 *
 * const ads: FederationRule = { memberKind: "neighbourhoodGroup", minMembers: 2, onePerWard: true };
 * ```
 */
export interface FederationRule {
  /** The kind of group it federates. */
  readonly memberKind: GroupKind;
  /** The fewest member groups it may be formed with. */
  readonly minMembers: number;
  /** Whether a ward has at most one such federation. */
  readonly onePerWard?: boolean;
}

/**
 * A dated, cited, immutable set of rules for one kind of group or federation. Rule sets are
 * frozen data: a released rule set never changes; a change is a new `version` (see
 * `docs/rules.md`). Its key is `` `${id}@${version}` ``.
 *
 * @example
 * ```ts
 * import { getRuleSet, type RuleSet } from "@kudumbashree/domain";
 *
 * const rules: RuleSet = getRuleSet("kerala.auxiliaryGroup@1.0.0");
 * rules.ageBand;
 * //=> { min: 18, max: 40 }
 * ```
 */
export interface RuleSet {
  /** A dotted name such as `kerala.auxiliaryGroup`. */
  readonly id: string;
  /** Its version; a released id and version never change. */
  readonly version: string;
  /** The kind of group (or federation) it governs. */
  readonly groupKind: GroupKind | FederationKind;
  /** A one-line title. */
  readonly title: string;
  /** Where its rules come from. */
  readonly sources: readonly Citation[];
  /** The first day it applies, when known. */
  readonly effectiveFrom?: string;
  /** The last day it applies, when it has been replaced. */
  readonly effectiveTo?: string;
  /** The key of the rule set it was derived from (see {@link deriveRuleSet}). */
  readonly derivedFrom?: string;
  /** Ages admitted, in completed years on the as-of date. */
  readonly ageBand?: AgeBand;
  /** Limits on active members. */
  readonly groupSize?: SizeLimits;
  /** Limits on active members of a group marked `special`, replacing `groupSize`. */
  readonly specialGroupSize?: SizeLimits;
  /** Genders admitted as members. */
  readonly gender?: readonly Gender[];
  /** Whether a group admits at most one member from a household. */
  readonly oneMemberPerHousehold?: boolean;
  /** How often a group must meet. */
  readonly meetings?: MeetingCadence;
  /** Whether every ward must have at least one such group. */
  readonly wardCoverage?: boolean;
  /** Whether a ward may have another such group only when the ones it has are full. */
  readonly extraGroupOnlyWhenFull?: boolean;
  /** Office bearers a group must have. */
  readonly leadership?: LeadershipRule;
  /** What a federation needs (for federation kinds). */
  readonly federation?: FederationRule;
  /** Rules reported by the sources but not confirmed as official, which this rule set does not enforce. */
  readonly unconfirmed?: readonly string[];
}

/**
 * The key that names a rule set: `` `${id}@${version}` ``.
 *
 * @param ruleSet - Any rule set.
 * @returns Its key.
 *
 * @example
 * ```ts
 * import { ruleSetKey, getRuleSet } from "@kudumbashree/domain";
 *
 * ruleSetKey(getRuleSet("kerala.balasabha@3.0.0"));
 * //=> "kerala.balasabha@3.0.0"
 * ```
 */
export function ruleSetKey(ruleSet: Pick<RuleSet, "id" | "version">): string {
  return `${ruleSet.id}@${ruleSet.version}`;
}
