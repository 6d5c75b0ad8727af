import { deepFreeze } from "../../../internal/deepFreeze.js";
import { pure } from "../../../internal/pure.js";
import type { RuleSet } from "../RuleSet.js";
import { kudumbashreeStoryAds } from "./sources.js";

/**
 * Kudumbashree Area Development Societies (ADS): one per ward, formed only when the ward has at
 * least 2 NHGs (a ward with one NHG attaches it to a neighbouring ward's ADS). Tribal ADSs may
 * cross ward lines, so a second ADS in a ward is a warning, not an error.
 *
 * @see https://www.thekudumbashreestory.info/
 *
 * @example
 * ```ts
 * import { keralaAreaDevelopmentSociety } from "@kudumbashree/domain";
 *
 * keralaAreaDevelopmentSociety.federation;
 * //=> { memberKind: "neighbourhoodGroup", minMembers: 2, onePerWard: true }
 * ```
 *
 * @public
 */
export const keralaAreaDevelopmentSociety = pure(() =>
  deepFreeze({
    id: "kerala.areaDevelopmentSociety",
    version: "1.0.0",
    groupKind: "areaDevelopmentSociety",
    title: "Kudumbashree Area Development Society (Kerala)",
    sources: [kudumbashreeStoryAds],
    effectiveFrom: "1999-04-01",
    federation: { memberKind: "neighbourhoodGroup", minMembers: 2, onePerWard: true },
  } as const satisfies RuleSet),
);
