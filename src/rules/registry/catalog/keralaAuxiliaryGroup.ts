import { deepFreeze } from "../../../internal/deepFreeze.js";
import { pure } from "../../../internal/pure.js";
import type { RuleSet } from "../RuleSet.js";
import { hinduAuxiliaryHouseholds, lsgAuxiliaryGroups, nieThiruvananthapuram } from "./sources.js";

/**
 * Kudumbashree auxiliary groups (launched statewide on 2 October 2021): women aged 18 to 40, at
 * most 50 members, at least one group in every ward and a second one only when the first is full,
 * several women of a household may join, two meetings a month.
 *
 * @see https://lsgkerala.gov.in/
 *
 * @example
 * ```ts
 * import { keralaAuxiliaryGroup } from "@kudumbashree/domain";
 *
 * keralaAuxiliaryGroup.ageBand;
 * //=> { min: 18, max: 40 }
 * keralaAuxiliaryGroup.meetings;
 * //=> { count: 2, per: "month" }
 * ```
 */
export const keralaAuxiliaryGroup = pure(() =>
  deepFreeze({
    id: "kerala.auxiliaryGroup",
    version: "1.0.0",
    groupKind: "auxiliaryGroup",
    title: "Kudumbashree auxiliary group for young women (Kerala, 2021)",
    sources: [lsgAuxiliaryGroups, nieThiruvananthapuram, hinduAuxiliaryHouseholds],
    effectiveFrom: "2021-10-02",
    ageBand: { min: 18, max: 40 },
    gender: ["female"],
    groupSize: { max: 50 },
    oneMemberPerHousehold: false,
    meetings: { count: 2, per: "month" },
    wardCoverage: true,
    extraGroupOnlyWhenFull: true,
    unconfirmed: [
      "A five-member leadership team (president, secretary, volunteers) is reported by news reports only, " +
        "so no leadership rule is enforced.",
      "Whether a current NHG member may also join is not published.",
    ],
  } as const satisfies RuleSet),
);
