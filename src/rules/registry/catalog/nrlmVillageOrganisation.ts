import { deepFreeze } from "../../../internal/deepFreeze.js";
import { pure } from "../../../internal/pure.js";
import type { RuleSet } from "../RuleSet.js";
import { pibVillageOrganisationsCampaign, serpTelanganaInstitutionBuilding } from "./sources.js";

/**
 * DAY-NRLM Village Organisations (VO): the second tier of the SHG network, a federation of
 * self-help groups at the village (or cluster of villages) level. Only active SHGs count as its
 * members. No source found gives a minimum number of SHGs or a minimum age for an SHG to join,
 * so none is enforced: derive a state's variant (with {@link deriveRuleSet}) where its guideline
 * gives one.
 *
 * @see https://pib.gov.in/Pressreleaseshare.aspx?PRID=1857981
 *
 * @example
 * ```ts
 * import { nrlmVillageOrganisation } from "@kudumbashree/domain";
 *
 * nrlmVillageOrganisation.federation;
 * //=> { memberKind: "selfHelpGroup" }
 * ```
 *
 * @public
 */
export const nrlmVillageOrganisation = pure(() =>
  deepFreeze({
    id: "nrlm.villageOrganisation",
    version: "1.0.0",
    groupKind: "villageOrganisation",
    title: "DAY-NRLM Village Organisation (a federation of SHGs)",
    sources: [pibVillageOrganisationsCampaign, serpTelanganaInstitutionBuilding],
    federation: { memberKind: "selfHelpGroup" },
    unconfirmed: [
      "No source found gives a minimum number of SHGs for a Village Organisation, so none is enforced.",
      "No source found gives how many months an SHG must have existed to join a Village Organisation, " +
        "so no minimum age is enforced.",
      "Telangana (SERP): the executive committee is formed of the first leaders of the member SHGs, with 3 to 5 " +
        "office bearers; federations have no leadership rule here, so it is not modelled.",
      "No source found gives the date from which these rules apply, so the rule set has no effectiveFrom.",
    ],
  } as const satisfies RuleSet),
);
