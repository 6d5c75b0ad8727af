import { deepFreeze } from "../../../internal/deepFreeze.js";
import { pure } from "../../../internal/pure.js";
import type { RuleSet } from "../RuleSet.js";
import { rbiNrlmCircular } from "./sources.js";

/**
 * DAY-NRLM self-help groups (RBI Master Circular, 1 April 2021): women, 10 to 20 members,
 * "special SHGs" (difficult areas, persons with disabilities, remote tribal areas) from 5,
 * weekly meetings.
 *
 * Weekly meetings are the norm in many states' training material but not confirmed as a national
 * rule; derive a state's variant with {@link deriveRuleSet} where it differs.
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
