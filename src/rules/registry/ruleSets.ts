import { pure } from "../../internal/pure.js";
import { keralaAreaDevelopmentSociety } from "./catalog/keralaAreaDevelopmentSociety.js";
import { keralaAuxiliaryGroup, keralaAuxiliaryGroupV2 } from "./catalog/keralaAuxiliaryGroup.js";
import { keralaBalasabha2017, keralaBalasabhaCurrent, keralaBalasabhaOriginal } from "./catalog/keralaBalasabha.js";
import { keralaNeighbourhoodGroup, keralaNeighbourhoodGroupV2 } from "./catalog/keralaNeighbourhoodGroup.js";
import { nrlmClusterLevelFederation, nrlmClusterLevelFederationV2 } from "./catalog/nrlmClusterLevelFederation.js";
import { nrlmSelfHelpGroup, nrlmSelfHelpGroupV2 } from "./catalog/nrlmSelfHelpGroup.js";
import { nrlmVillageOrganisation } from "./catalog/nrlmVillageOrganisation.js";
import type { RuleSet } from "./RuleSet.js";

/**
 * Every built-in rule set, in a fixed order (by id, then version). Each is frozen and never
 * changes once released; see `docs/rules.md`. A superseded version stays here, so an app that
 * pinned its key keeps getting it from {@link getRuleSet}.
 *
 * @example
 * ```ts
 * import { ruleSets, ruleSetKey } from "@kudumbashree/domain";
 *
 * ruleSets.length;
 * //=> 13
 * ruleSets.map(ruleSetKey).slice(0, 3);
 * //=> ["kerala.areaDevelopmentSociety@1.0.0", "kerala.auxiliaryGroup@1.0.0", "kerala.auxiliaryGroup@2.0.0"]
 * ```
 *
 * @public
 */
export const ruleSets: readonly RuleSet[] = pure(() =>
  Object.freeze([
    keralaAreaDevelopmentSociety,
    keralaAuxiliaryGroup,
    keralaAuxiliaryGroupV2,
    keralaBalasabhaOriginal,
    keralaBalasabha2017,
    keralaBalasabhaCurrent,
    keralaNeighbourhoodGroup,
    keralaNeighbourhoodGroupV2,
    nrlmClusterLevelFederation,
    nrlmClusterLevelFederationV2,
    nrlmSelfHelpGroup,
    nrlmSelfHelpGroupV2,
    nrlmVillageOrganisation,
  ]),
);
