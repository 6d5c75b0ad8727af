import { deepFreeze } from "../../internal/deepFreeze.js";
import { pure } from "../../internal/pure.js";
import type { RuleSet } from "./RuleSet.js";
import { ruleSetKey } from "./RuleSet.js";
import { ruleSets as builtIn } from "./ruleSets.js";
import type { UnconfirmedField } from "./unconfirmedFields.js";

/**
 * What the review of the rule sets against their sources (issue 15) found unconfirmed in the
 * built-in rule sets released before `unconfirmedFields` existed. A released rule set never
 * changes, so the findings are kept here, beside it; docs/rules.md gives the reason for each.
 * Versions released since list their own `unconfirmedFields` and have no entry.
 */
const REVIEWED: Readonly<Record<string, readonly UnconfirmedField[]>> = pure(() =>
  deepFreeze({
    // 1999-04-01 is the day Kudumbashree started work; the 2017 sources do not date the rules.
    "kerala.areaDevelopmentSociety@1.0.0": ["effectiveFrom"],
    // The circular aims at a group in every ward (a target), which this version enforces as an error.
    "kerala.auxiliaryGroup@1.0.0": ["wardCoverage", "extraGroupOnlyWhenFull", "leadership"],
    // No source dates the changes of band; kudumbashree.org page 66 was last updated on 14 Dec 2017.
    "kerala.balasabha@1.0.0": ["effectiveTo"],
    "kerala.balasabha@2.0.0": ["effectiveFrom"],
    "kerala.balasabha@3.0.0": ["effectiveFrom"],
    "kerala.neighbourhoodGroup@1.0.0": ["effectiveFrom"],
    // Assam's 6 months, enforced here as a national rule.
    "nrlm.clusterLevelFederation@1.0.0": ["federation.minMemberAgeMonths", "federation.minMembers"],
    // Weekly meetings, enforced here although no national source gives a cadence.
    "nrlm.selfHelpGroup@1.0.0": ["meetings", "effectiveFrom"],
    "nrlm.villageOrganisation@1.0.0": ["federation.minMembers", "federation.minMemberAgeMonths"],
  }),
);

/**
 * The fields of a rule set that no source confirms: its own `unconfirmedFields`; for a built-in
 * rule set released before that field existed (and so without it), what the review of the rule
 * sets against their sources found, kept outside the rule set so that its content, and its hash,
 * never change. A built-in rule set in force is never to enforce one of these as an error (see
 * {@link enforcedUnconfirmedFields}); the superseded versions that did are kept for apps that
 * pinned them.
 *
 * @param ruleSet - Any rule set.
 * @returns The unconfirmed fields; empty when there are none.
 *
 * @example
 * ```ts
 * import { enforcedUnconfirmedFields, getRuleSet, unconfirmedFieldsOf } from "@kudumbashree/domain";
 *
 * unconfirmedFieldsOf(getRuleSet("kerala.balasabha@2.0.0"));
 * //=> ["effectiveFrom"]
 * const weekly = getRuleSet("nrlm.selfHelpGroup@1.0.0");
 * enforcedUnconfirmedFields({ ...weekly, unconfirmedFields: unconfirmedFieldsOf(weekly) });
 * //=> ["meetings"]
 * ```
 *
 * @public
 */
export function unconfirmedFieldsOf(ruleSet: RuleSet): readonly UnconfirmedField[] {
  if (ruleSet.unconfirmedFields !== undefined) return ruleSet.unconfirmedFields;
  if (!builtIn.includes(ruleSet)) return [];
  return REVIEWED[ruleSetKey(ruleSet)] ?? [];
}
