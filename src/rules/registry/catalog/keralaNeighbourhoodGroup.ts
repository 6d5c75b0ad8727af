import { deepFreeze } from "../../../internal/deepFreeze.js";
import { pure } from "../../../internal/pure.js";
import type { RuleSet } from "../RuleSet.js";
import { kudumbashreeNhgPage, kudumbashreeStoryNhg } from "./sources.js";

/**
 * Kudumbashree Neighbourhood Groups (NHGs), Kerala: adult women, 10 to 20 members, one member per
 * household, weekly meetings, five office bearers (a president, a secretary and three
 * volunteers). Special NHGs (persons with disabilities, Scheduled Tribe communities, ...) are
 * exempt from the minimum size.
 *
 * @see https://www.kudumbashree.org/pages/171
 *
 * @example
 * ```ts
 * import { keralaNeighbourhoodGroup } from "@kudumbashree/domain";
 *
 * keralaNeighbourhoodGroup.groupSize;
 * //=> { min: 10, max: 20 }
 * ```
 */
export const keralaNeighbourhoodGroup = pure(() =>
  deepFreeze({
    id: "kerala.neighbourhoodGroup",
    version: "1.0.0",
    groupKind: "neighbourhoodGroup",
    title: "Kudumbashree Neighbourhood Group (Kerala)",
    sources: [kudumbashreeNhgPage, kudumbashreeStoryNhg],
    effectiveFrom: "1999-04-01",
    ageBand: { min: 18 },
    gender: ["female"],
    groupSize: { min: 10, max: 20 },
    specialGroupSize: { max: 20 },
    oneMemberPerHousehold: true,
    meetings: { count: 1, per: "week" },
    leadership: {
      roles: [
        { role: "president", count: 1 },
        { role: "secretary", count: 1 },
        { role: "volunteer", count: 3 },
      ],
    },
    unconfirmed: ["Another woman of the same family may replace a member; the rule is not modelled."],
  } as const satisfies RuleSet),
);
