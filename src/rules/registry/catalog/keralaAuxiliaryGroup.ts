import { deepFreeze } from "../../../internal/deepFreeze.js";
import { pure } from "../../../internal/pure.js";
import type { RuleSet } from "../RuleSet.js";
import {
  hinduAuxiliaryAllWards,
  hinduAuxiliaryHouseholds,
  hinduAuxiliaryLaunch,
  hinduKozhikodeAuxiliaryGroups,
  lsgAuxiliaryGroupFormation,
  lsgAuxiliaryGroups,
  nieThiruvananthapuram,
  nieThiruvananthapuramArticle,
} from "./sources.js";

/**
 * Kudumbashree auxiliary groups (launched statewide on 2 October 2021): women aged 18 to 40, at
 * most 50 members, at least one group in every ward and a second one only when the first is full,
 * several women of a household may join, two meetings a month.
 *
 * Superseded by {@link keralaAuxiliaryGroupV2}, which reads the group in every ward as the target
 * the circular sets (a ward without one is a warning), not as a requirement (here the error
 * `ward.no_group`). Kept, unchanged, for apps that pinned it.
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
 *
 * @public
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

/**
 * Kudumbashree auxiliary groups, as the sources say: women aged 18 to 40, at most 50 members,
 * several women of a household may join, two meetings a month, and a group in every ward as a
 * **target** (`wardCoverageTarget`: the Local Self Government Department "aimed at forming a
 * minimum of one Auxiliary Group in every ward"), so a ward without one is the warning
 * `ward.coverage_gap`, not an error. Another group in a ward only when the first is full is
 * contested (The Hindu's Kozhikode report: "there can be any number of auxiliary groups") and stays
 * a warning (`ward.extra_group_not_needed`). In force from the statewide launch on 2 October 2021,
 * the default from then on (it replaces {@link keralaAuxiliaryGroup} for every date).
 *
 * @see https://lsgkerala.gov.in/en/kudumbashree/news/kudumbashree-auxiliary-group-formation-progressingen
 *
 * @example
 * ```ts
 * import { keralaAuxiliaryGroupV2 } from "@kudumbashree/domain";
 *
 * [keralaAuxiliaryGroupV2.wardCoverageTarget, keralaAuxiliaryGroupV2.wardCoverage];
 * //=> [true, undefined]
 * keralaAuxiliaryGroupV2.unconfirmedFields;
 * //=> ["leadership", "extraGroupOnlyWhenFull"]
 * ```
 *
 * @public
 */
export const keralaAuxiliaryGroupV2 = pure(() =>
  deepFreeze({
    id: "kerala.auxiliaryGroup",
    version: "2.0.0",
    groupKind: "auxiliaryGroup",
    title: "Kudumbashree auxiliary group for young women (Kerala, 2021)",
    sources: [
      lsgAuxiliaryGroupFormation,
      hinduAuxiliaryLaunch,
      nieThiruvananthapuramArticle,
      hinduAuxiliaryAllWards,
      hinduKozhikodeAuxiliaryGroups,
    ],
    effectiveFrom: "2021-10-02",
    ageBand: { min: 18, max: 40 },
    gender: ["female"],
    groupSize: { max: 50 },
    oneMemberPerHousehold: false,
    meetings: { count: 2, per: "month" },
    wardCoverageTarget: true,
    extraGroupOnlyWhenFull: true,
    unconfirmedFields: ["leadership", "extraGroupOnlyWhenFull"],
    unconfirmed: [
      "A group in every ward is a target, not a condition of validity: the Local Self Government Department " +
        '(22 November 2021) says formation "is aimed at forming a minimum of one Auxiliary Group in every ward", ' +
        "so a ward without one is the warning ward.coverage_gap.",
      "Another group in a ward only when more women come forward than one group holds is the Local Self " +
        "Government Department's wording, but The Hindu's Kozhikode report says there can be any number of " +
        "auxiliary groups; a ward with more groups than its members need is therefore only the warning " +
        "ward.extra_group_not_needed.",
      "A five-member leadership team (president, secretary, volunteers) is reported by news reports only, " +
        "so no leadership rule is enforced.",
      "Whether a current NHG member may also join is not published.",
    ],
  } as const satisfies RuleSet),
);
