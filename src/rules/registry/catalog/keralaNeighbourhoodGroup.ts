import { deepFreeze } from "../../../internal/deepFreeze.js";
import { pure } from "../../../internal/pure.js";
import type { RuleSet } from "../RuleSet.js";
import { kudumbashreeNhgPage, kudumbashreeStoryNhg, myNationTransgenderNhgs, newsMinuteManaswini } from "./sources.js";

/**
 * Kudumbashree Neighbourhood Groups (NHGs), Kerala: adult women, 10 to 20 members, one member per
 * household, weekly meetings, five office bearers (a president, a secretary and three
 * volunteers). Special NHGs (persons with disabilities, Scheduled Tribe communities, ...) are
 * exempt from the minimum size. Superseded by {@link keralaNeighbourhoodGroupV2}, which admits the
 * members of special NHGs of transgender persons that this version reports as `gender.not_allowed`.
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
 *
 * @public
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

/**
 * Kudumbashree Neighbourhood Groups (NHGs), Kerala, as {@link keralaNeighbourhoodGroup} with the
 * special NHGs of transgender persons that Kudumbashree forms (21 groups of 274 members reported,
 * the first, Manaswini, in Kottayam in 2017): in a group whose `specialCategory` is `transgender`
 * any member's recorded gender is admitted, and, as in every special NHG, there is no minimum
 * size (the district coordinator relaxes the 10 to 20 condition) and at most 20 members. Every
 * other rule is the first version's. It starts on the same day, so it replaces the first version
 * for all dates: version 1.0.0 refused what the sources allow, a modelling error rather than a
 * change of rules. An app that pinned `kerala.neighbourhoodGroup@1.0.0` keeps it.
 *
 * @see https://www.mynation.com/news/kudumbashree-gives-new-life-to-transgenders-in-kerala-pbzwdx
 *
 * @since 0.2.0
 * @example
 * ```ts
 * import { checkGender, keralaNeighbourhoodGroupV2 } from "@kudumbashree/domain";
 *
 * keralaNeighbourhoodGroupV2.specialCategories;
 * //=> { transgender: { gender: ["female", "male", "transgender"] } }
 * checkGender("transgender", keralaNeighbourhoodGroupV2, { specialCategory: "transgender" });
 * //=> []
 * checkGender("transgender", keralaNeighbourhoodGroupV2).map((issue) => issue.code);
 * //=> ["gender.not_allowed"]
 * ```
 *
 * @public
 */
export const keralaNeighbourhoodGroupV2 = pure(() =>
  deepFreeze({
    id: "kerala.neighbourhoodGroup",
    version: "2.0.0",
    groupKind: "neighbourhoodGroup",
    title: "Kudumbashree Neighbourhood Group (Kerala), with special NHGs of transgender persons",
    sources: [kudumbashreeNhgPage, kudumbashreeStoryNhg, myNationTransgenderNhgs, newsMinuteManaswini],
    effectiveFrom: "1999-04-01",
    ageBand: { min: 18 },
    gender: ["female"],
    groupSize: { min: 10, max: 20 },
    specialGroupSize: { max: 20 },
    specialCategories: {
      transgender: { gender: ["female", "male", "transgender"] },
    },
    oneMemberPerHousehold: true,
    meetings: { count: 1, per: "week" },
    leadership: {
      roles: [
        { role: "president", count: 1 },
        { role: "secretary", count: 1 },
        { role: "volunteer", count: 3 },
      ],
    },
    unconfirmedFields: ["effectiveFrom"],
    unconfirmed: [
      "Another woman of the same family may replace a member; the rule is not modelled.",
      "1999-04-01 is the day Kudumbashree started work; the sources do not date the rules.",
      "A special NHG of transgender persons admits any transgender person aged 18 or above (MyNation); a " +
        "register may record a member's gender as female, male or transgender, so every recorded gender is " +
        "admitted in such a group and the category says who its members are. Its members may come from " +
        "across a district (The News Minute on Manaswini); the one-member-per-household rule still applies.",
      "The 10 to 20 member condition is relaxed for transgender NHGs at the district coordinator's discretion, " +
        "with no published minimum: like every special NHG, no minimum is enforced and 20 stays the maximum.",
    ],
  } as const satisfies RuleSet),
);
