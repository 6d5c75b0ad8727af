import { pure } from "../../internal/pure.js";
import { keralaAreaDevelopmentSociety } from "./catalog/keralaAreaDevelopmentSociety.js";
import { keralaAuxiliaryGroup } from "./catalog/keralaAuxiliaryGroup.js";
import { keralaBalasabha2017, keralaBalasabhaCurrent, keralaBalasabhaOriginal } from "./catalog/keralaBalasabha.js";
import { keralaNeighbourhoodGroup } from "./catalog/keralaNeighbourhoodGroup.js";
import { nrlmClusterLevelFederation } from "./catalog/nrlmClusterLevelFederation.js";
import { nrlmSelfHelpGroup } from "./catalog/nrlmSelfHelpGroup.js";
import { nrlmVillageOrganisation } from "./catalog/nrlmVillageOrganisation.js";
import type { RuleSet } from "./RuleSet.js";

/**
 * Every built-in rule set, in a fixed order (by id, then version). Each is frozen and never
 * changes once released; see `docs/rules.md`.
 *
 * @example
 * ```ts
 * import { ruleSets, ruleSetKey } from "@kudumbashree/domain";
 *
 * ruleSets.length;
 * //=> 9
 * ruleSets.map(ruleSetKey).slice(0, 3);
 * //=> ["kerala.areaDevelopmentSociety@1.0.0", "kerala.auxiliaryGroup@1.0.0", "kerala.balasabha@1.0.0"]
 * ```
 */
export const ruleSets: readonly RuleSet[] = pure(() =>
  Object.freeze([
    keralaAreaDevelopmentSociety,
    keralaAuxiliaryGroup,
    keralaBalasabhaOriginal,
    keralaBalasabha2017,
    keralaBalasabhaCurrent,
    keralaNeighbourhoodGroup,
    nrlmClusterLevelFederation,
    nrlmSelfHelpGroup,
    nrlmVillageOrganisation,
  ]),
);
