import { deepFreeze } from "../../../internal/deepFreeze.js";
import { pure } from "../../../internal/pure.js";
import type { RuleSet } from "../RuleSet.js";
import {
  rbiNrlmCircular,
  rbiNrlmMasterCircular2021,
  rbiNrlmSpecialGroupsEarlier,
  serpAndhraPradeshSelfHelpGroups,
} from "./sources.js";

/**
 * DAY-NRLM self-help groups (RBI Master Circular, 1 April 2021): women, 10 to 20 members,
 * "special SHGs" (difficult areas, persons with disabilities, remote tribal areas) from 5,
 * weekly meetings.
 *
 * Weekly meetings are the norm in many states' training material but not confirmed as a national
 * rule; derive a state's variant with {@link deriveRuleSet} where it differs.
 *
 * Superseded by {@link nrlmSelfHelpGroupV2}, which enforces no national meeting cadence (this
 * version reports missed weeks as errors although its own notes call weekly meetings
 * unconfirmed). Kept, unchanged, for apps that pinned it.
 *
 * @see https://www.rbi.org.in/
 *
 * @example
 * ```ts
 * import { nrlmSelfHelpGroup } from "@kudumbashree/domain";
 *
 * nrlmSelfHelpGroup.specialGroupSize;
 * //=> { min: 5, max: 20 }
 * ```
 *
 * @public
 */
export const nrlmSelfHelpGroup = pure(() =>
  deepFreeze({
    id: "nrlm.selfHelpGroup",
    version: "1.0.0",
    groupKind: "selfHelpGroup",
    title: "DAY-NRLM self-help group (2021)",
    sources: [rbiNrlmCircular],
    effectiveFrom: "2021-04-01",
    gender: ["female"],
    groupSize: { min: 10, max: 20 },
    specialGroupSize: { min: 5, max: 20 },
    meetings: { count: 1, per: "week" },
    unconfirmed: ["Weekly meetings are a common state norm, not confirmed as a national rule."],
  } as const satisfies RuleSet),
);

/**
 * DAY-NRLM self-help groups, with only what the national sources support: women, 10 to 20
 * members, "special SHGs" (difficult areas, persons with disabilities, remote tribal areas) from 5
 * (RBI Master Circular, 1 April 2021), and **no national meeting cadence**. The circular's
 * Panchasutra asks for "regular meetings" without a frequency, and state missions differ (SERP
 * Andhra Pradesh: weekly, fortnightly or monthly), so `meetings` is listed in `unconfirmedFields`
 * and left out: a state derives its own cadence with {@link deriveRuleSet} (fortnightly is
 * `{ count: 2, per: "month" }`).
 *
 * It starts on the date of the circular, as {@link nrlmSelfHelpGroup} does, and is the default
 * from then on (the later version wins); no version starts earlier, so it is also the one applied
 * to earlier data. That date is the circular's, not a published start of the rules, and is listed
 * as unconfirmed.
 *
 * @see https://www.rbi.org.in/Scripts/NotificationUser.aspx?Id=12360&Mode=0
 *
 * @example
 * ```ts
 * import { nrlmSelfHelpGroupV2 } from "@kudumbashree/domain";
 *
 * [nrlmSelfHelpGroupV2.groupSize, nrlmSelfHelpGroupV2.meetings];
 * //=> [{ min: 10, max: 20 }, undefined]
 * nrlmSelfHelpGroupV2.unconfirmedFields;
 * //=> ["meetings", "effectiveFrom"]
 * ```
 *
 * @public
 */
export const nrlmSelfHelpGroupV2 = pure(() =>
  deepFreeze({
    id: "nrlm.selfHelpGroup",
    version: "2.0.0",
    groupKind: "selfHelpGroup",
    title: "DAY-NRLM self-help group (2021)",
    sources: [rbiNrlmMasterCircular2021, serpAndhraPradeshSelfHelpGroups, rbiNrlmSpecialGroupsEarlier],
    effectiveFrom: "2021-04-01",
    gender: ["female"],
    groupSize: { min: 10, max: 20 },
    specialGroupSize: { min: 5, max: 20 },
    // Special SHGs that may be mixed: a category's gender rule replaces the women-only one.
    specialCategories: {
      disability: { gender: ["female", "male", "transgender"] },
      elderly: { gender: ["female", "male", "transgender"] },
      transgender: { gender: ["female", "male", "transgender"] },
    },
    unconfirmedFields: ["meetings", "effectiveFrom"],
    unconfirmed: [
      'No national meeting cadence was found: the Panchasutra of the RBI Master Circular asks for "regular ' +
        'meetings" without a frequency, and state missions differ (SERP Andhra Pradesh: "either weekly or ' +
        'fortnightly or monthly meetings"). No cadence is enforced; a state derives its own (fortnightly is ' +
        "2 meetings a month).",
      "effectiveFrom is the date of the 2021 Master Circular, not a published date on which these rules took " +
        "effect; no version starts earlier, so earlier data is checked against this one too.",
      "Special SHGs of persons with disabilities, elders and transgender persons admit men and women as the " +
        "earlier edition of the Master Circular is quoted as saying; the 2021 text has not been seen to repeat it, " +
        "so these categories relax the women-only rule and enforce nothing new.",
      'An earlier wording, "Women SHGs under NRLM consist of 10-15 persons", is quoted by a 2015 secondary ' +
        "source, but no RBI or Ministry text with it, nor the dates it applied, was found: no earlier version " +
        "is modelled.",
    ],
  } as const satisfies RuleSet),
);
