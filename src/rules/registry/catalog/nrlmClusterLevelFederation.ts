import { deepFreeze } from "../../../internal/deepFreeze.js";
import { pure } from "../../../internal/pure.js";
import type { RuleSet } from "../RuleSet.js";
import { asrlmsClusterLevelFederation, pibVillageOrganisationsCampaign } from "./sources.js";

/**
 * DAY-NRLM Cluster Level Federations (CLF): the third tier of the SHG network, a federation of
 * Village Organisations. Only VOs formed on or before the day of the check count as its members,
 * and a member VO must be at least 6 whole months old: the practice Assam publishes (ASRLMS:
 * "VOs who are more than 6 months old are brought into the CLF fold"), as no national rule was
 * found. No source found gives a minimum number of VOs, so none is enforced. Derive a state's
 * variant (with {@link deriveRuleSet}) where its practice differs.
 *
 * Superseded by {@link nrlmClusterLevelFederationV2}, which does not enforce Assam's 6 months as a
 * national rule (this version does, although its own notes call them Assam's practice). Kept,
 * unchanged, for apps that pinned it.
 *
 * @see https://asrlms.assam.gov.in/how-to/become-a-part-of-clf
 *
 * @example
 * ```ts
 * import { nrlmClusterLevelFederation } from "@kudumbashree/domain";
 *
 * nrlmClusterLevelFederation.federation;
 * //=> { memberKind: "villageOrganisation", minMemberAgeMonths: 6 }
 * ```
 *
 * @public
 */
export const nrlmClusterLevelFederation = pure(() =>
  deepFreeze({
    id: "nrlm.clusterLevelFederation",
    version: "1.0.0",
    groupKind: "clusterLevelFederation",
    title: "DAY-NRLM Cluster Level Federation (a federation of VOs; member VOs 6 months old, as in Assam)",
    sources: [asrlmsClusterLevelFederation, pibVillageOrganisationsCampaign],
    federation: { memberKind: "villageOrganisation", minMemberAgeMonths: 6 },
    unconfirmed: [
      "No national minimum age of a member VO was found: the 6 months enforced are Assam's published practice " +
        '(ASRLMS: VOs "more than 6 months old"), read as at least 6 whole months on the day of the check.',
      "No source found gives a minimum number of VOs for a Cluster Level Federation, so none is enforced.",
      "Assam: a CLF covers a cluster of villages, generally about a quarter of a block, and all VOs of the cluster " +
        "are its members; not modelled.",
      "No source found gives the date from which these rules apply, so the rule set has no effectiveFrom.",
    ],
  } as const satisfies RuleSet),
);

/**
 * DAY-NRLM Cluster Level Federations (CLF), with only what the national sources support: a
 * federation of Village Organisations (only VOs formed on or before the day of the check count as
 * members), with no minimum age of a member VO and no minimum number of VOs, since no national
 * source gives either. Assam's practice (ASRLMS: VOs "more than 6 months old" are brought into the
 * CLF) is for Assam to derive (with {@link deriveRuleSet}: `minMemberAgeMonths: 6`); `docs/rules.md`
 * shows how. Like {@link nrlmClusterLevelFederation} it has no dates, and as the later version it
 * is the default on every day.
 *
 * @see https://pib.gov.in/Pressreleaseshare.aspx?PRID=1857981
 *
 * @example
 * ```ts
 * import { nrlmClusterLevelFederationV2 } from "@kudumbashree/domain";
 *
 * nrlmClusterLevelFederationV2.federation;
 * //=> { memberKind: "villageOrganisation" }
 * nrlmClusterLevelFederationV2.unconfirmedFields;
 * //=> ["federation.minMemberAgeMonths", "federation.minMembers"]
 * ```
 *
 * @public
 */
export const nrlmClusterLevelFederationV2 = pure(() =>
  deepFreeze({
    id: "nrlm.clusterLevelFederation",
    version: "2.0.0",
    groupKind: "clusterLevelFederation",
    title: "DAY-NRLM Cluster Level Federation (a federation of VOs)",
    sources: [pibVillageOrganisationsCampaign, asrlmsClusterLevelFederation],
    federation: { memberKind: "villageOrganisation" },
    unconfirmedFields: ["federation.minMemberAgeMonths", "federation.minMembers"],
    unconfirmed: [
      "No national minimum age of a member VO was found, so none is enforced. Assam publishes one (ASRLMS: " +
        'VOs "more than 6 months old" are brought into the CLF fold): a state that applies it derives its own ' +
        "rule set with minMemberAgeMonths 6.",
      "No source found gives a minimum number of VOs for a Cluster Level Federation, so none is enforced.",
      "Assam: a CLF covers a cluster of villages, generally about a quarter of a block, and all VOs of the cluster " +
        "are its members; not modelled.",
      "No source found gives the date from which these rules apply, so the rule set has no effectiveFrom.",
    ],
  } as const satisfies RuleSet),
);
