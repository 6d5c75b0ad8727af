import { deepFreeze } from "../../../internal/deepFreeze.js";
import { pure } from "../../../internal/pure.js";
import type { RuleSet } from "../RuleSet.js";
import { kudumbashreeBalasabha2017, kudumbashreeBalasabhaCurrent, kudumbashreeStoryBalasabha } from "./sources.js";

const balasabhaRules = {
  groupKind: "balasabha",
  groupSize: { min: 15, max: 30 },
  meetings: { count: 1, per: "month" },
  leadership: {
    roles: [
      { role: "leader", count: 1 },
      { role: "deputyLeader", count: 1 },
    ],
    girlAmong: ["leader", "deputyLeader"],
  },
} as const;

/**
 * Balasabha, the older rule: children aged 5 to 15, 15 to 30 a group, monthly meetings, a leader
 * and a deputy leader of whom at least one is a girl. Replaced in 2017 by
 * {@link keralaBalasabha2017}.
 *
 * Its end, 2016-12-31, is **unconfirmed**: no source gives the day the 6 to 18 band replaced this
 * one (kudumbashree.org page 66, which gives 6 to 18, was last updated on 14 December 2017); see
 * `unconfirmedFieldsOf` and the versioning section of `docs/rules.md` for why the rule set itself
 * is not changed.
 *
 * @see https://www.thekudumbashreestory.info/
 *
 * @example
 * ```ts
 * import { keralaBalasabhaOriginal } from "@kudumbashree/domain";
 *
 * keralaBalasabhaOriginal.ageBand;
 * //=> { min: 5, max: 15 }
 * ```
 *
 * @public
 */
export const keralaBalasabhaOriginal = pure(() =>
  deepFreeze({
    id: "kerala.balasabha",
    version: "1.0.0",
    title: "Kudumbashree Balasabha (Kerala, ages 5 to 15)",
    sources: [kudumbashreeStoryBalasabha],
    effectiveTo: "2016-12-31",
    ageBand: { min: 5, max: 15 },
    ...balasabhaRules,
  } as const satisfies RuleSet),
);

/**
 * Balasabha as kudumbashree.org described it in 2017: children aged 6 to 18; otherwise as
 * {@link keralaBalasabhaOriginal}.
 *
 * The sources give no date on which the current band (5 to 18, {@link keralaBalasabhaCurrent})
 * replaced this one, so both are in force from 2017 and the later version is the default; pass
 * this rule set to `validate` explicitly to apply the 2017 band. Its start, 2017-01-01, is
 * **unconfirmed** too: no source gives it (see `unconfirmedFieldsOf`).
 *
 * @see https://www.kudumbashree.org/pages/66
 *
 * @example
 * ```ts
 * import { keralaBalasabha2017 } from "@kudumbashree/domain";
 *
 * keralaBalasabha2017.ageBand;
 * //=> { min: 6, max: 18 }
 * ```
 *
 * @public
 */
export const keralaBalasabha2017 = pure(() =>
  deepFreeze({
    id: "kerala.balasabha",
    version: "2.0.0",
    title: "Kudumbashree Balasabha (Kerala, 2017: ages 6 to 18)",
    sources: [kudumbashreeBalasabha2017, kudumbashreeStoryBalasabha],
    effectiveFrom: "2017-01-01",
    ageBand: { min: 6, max: 18 },
    ...balasabhaRules,
  } as const satisfies RuleSet),
);

/**
 * Balasabha, the current rule: children aged 5 to 18, 15 to 30 a group, monthly meetings, a
 * leader and a deputy leader of whom at least one is a girl. The default Balasabha rule set from
 * 2017 on. Its start, 2017-01-01, is **unconfirmed**: no source gives it (see
 * `unconfirmedFieldsOf`).
 *
 * @see https://www.kudumbashree.org/pages/708
 *
 * @example
 * ```ts
 * import { keralaBalasabhaCurrent } from "@kudumbashree/domain";
 *
 * keralaBalasabhaCurrent.ageBand;
 * //=> { min: 5, max: 18 }
 * ```
 *
 * @public
 */
export const keralaBalasabhaCurrent = pure(() =>
  deepFreeze({
    id: "kerala.balasabha",
    version: "3.0.0",
    title: "Kudumbashree Balasabha (Kerala, current: ages 5 to 18)",
    sources: [kudumbashreeBalasabhaCurrent, kudumbashreeStoryBalasabha],
    effectiveFrom: "2017-01-01",
    ageBand: { min: 5, max: 18 },
    ...balasabhaRules,
    unconfirmed: [
      "The date on which the 5 to 18 band replaced 6 to 18 is not published; 2017 is the year of the earlier page.",
    ],
  } as const satisfies RuleSet),
);
