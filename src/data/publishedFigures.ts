import type { GroupKind } from "../entities/Group.js";
import type { UnitKind } from "../entities/Unit.js";
import { deepFreeze } from "../internal/deepFreeze.js";
import { pure } from "../internal/pure.js";
import type { Citation } from "../rules/registry/RuleSet.js";

/**
 * One row of a {@link PublishedFigure}: the figures a source gives for one unit (or the total).
 * `meanGroupSize` is derived from the published counts and compared to `meanPrecision` decimals.
 *
 * @example
 * ```ts
 * import type { PublishedRow } from "@kudumbashree/domain";
 *
 * const manipur: PublishedRow = { name: "Manipur", groups: 20, members: 300, meanGroupSize: 15, meanPrecision: 2 };
 * ```
 *
 * @public
 */
export interface PublishedRow {
  /** The unit's name as the source writes it (matched case-insensitively against summary rows). */
  readonly name: string;
  /** Wards, where the source gives them. */
  readonly wards?: number;
  /** Groups. */
  readonly groups?: number;
  /** Members. */
  readonly members?: number;
  /** Members per group, derived from the published counts. */
  readonly meanGroupSize?: number;
  /** Decimals `meanGroupSize` is given to. */
  readonly meanPrecision?: number;
}

/**
 * A table a source published, with what it counted and when: a fixture that the roll-ups must
 * reproduce exactly (see {@link compareWithPublished}).
 *
 * @example
 * ```ts
 * import { publishedFigures, type PublishedFigure } from "@kudumbashree/domain";
 *
 * const figure: PublishedFigure = publishedFigures.nroBalasabhas2020;
 * figure.level;
 * //=> "state"
 * ```
 *
 * @public
 */
export interface PublishedFigure {
  /** A stable name for the table. */
  readonly id: string;
  /** What the table shows. */
  readonly title: string;
  /** Where it was published. */
  readonly source: Citation;
  /** The date the figures describe. */
  readonly asOf: string;
  /** The level of its rows. */
  readonly level: UnitKind;
  /** The kind of group it counts. */
  readonly groupKind: GroupKind;
  /** One row per unit. */
  readonly rows: readonly PublishedRow[];
  /** The totals, where the source gives them or they are the sum of its rows. */
  readonly total?: PublishedRow;
  /** What the table says against the rules, or how it was read. */
  readonly notes?: readonly string[];
}

/**
 * The published figures the library reproduces, as frozen, cited constants:
 *
 * - `thiruvananthapuramAuxiliaryGroups2021`: Kudumbashree auxiliary groups in Thiruvananthapuram
 *   district, The New Indian Express, 6 November 2021: 1,546 wards, 1,550 groups, 25,823 members.
 * - `nroBalasabhas2020`: Balasabhas formed through the Kudumbashree NRO in four partner states,
 *   14 August 2020: 4,195 Balasabhas and 60,369 children.
 *
 * @see https://www.newindianexpress.com/
 * @see https://www.kudumbashree.org/
 *
 * @example
 * ```ts
 * import { publishedFigures } from "@kudumbashree/domain";
 *
 * const [district] = publishedFigures.thiruvananthapuramAuxiliaryGroups2021.rows;
 * [district.wards, district.groups, district.members, district.meanGroupSize];
 * //=> [1546, 1550, 25823, 16.66]
 * publishedFigures.nroBalasabhas2020.rows[0];
 * //=> { name: "Tripura", groups: 125, members: 1529, meanGroupSize: 12.2, meanPrecision: 1 }
 * publishedFigures.nroBalasabhas2020.total;
 * //=> { name: "Total", groups: 4195, members: 60369 }
 * ```
 *
 * @public
 */
export const publishedFigures = pure(() =>
  deepFreeze({
    thiruvananthapuramAuxiliaryGroups2021: {
      id: "thiruvananthapuramAuxiliaryGroups2021",
      title: "Kudumbashree auxiliary groups in Thiruvananthapuram district",
      source: {
        title: "Thiruvananthapuram first district to implement Kudumbashree auxiliary groups",
        publisher: "The New Indian Express",
        date: "2021-11-06",
        url: "https://www.newindianexpress.com/",
      },
      asOf: "2021-11-06",
      level: "district",
      groupKind: "auxiliaryGroup",
      rows: [
        {
          name: "Thiruvananthapuram",
          wards: 1546,
          groups: 1550,
          members: 25823,
          meanGroupSize: 16.66,
          meanPrecision: 2,
        },
      ],
      notes: [
        "Each group is limited to 50 members, so the district's 1,546 wards were extended to 1,550 groups: " +
          "four wards have a second group.",
        "The mean of 16.66 members a group is derived from the published counts (25,823 / 1,550 = 16.66).",
        "The Hindu (8 November 2021) gives 25,802 members for the same groups: see " +
          "thiruvananthapuramAuxiliaryGroups2021TheHindu. Both are kept, each with its source.",
      ],
    },
    thiruvananthapuramAuxiliaryGroups2021TheHindu: {
      id: "thiruvananthapuramAuxiliaryGroups2021TheHindu",
      title: "Kudumbashree auxiliary groups in Thiruvananthapuram district (The Hindu's count)",
      source: {
        title: "Kudumbashree auxiliary units in all wards",
        publisher: "The Hindu",
        date: "2021-11-08",
        url:
          "https://www.thehindu.com/news/national/kerala/" +
          "kudumbashree-auxiliary-units-in-all-wards/article37373845.ece",
      },
      asOf: "2021-11-08",
      level: "district",
      groupKind: "auxiliaryGroup",
      rows: [{ name: "Thiruvananthapuram", members: 25802 }],
      notes: [
        "21 members fewer than The New Indian Express's 25,823 two days earlier; no source explains the " +
          "difference, so both figures are kept, each with its source, and neither is corrected to the other.",
      ],
    },
    nroBalasabhas2020: {
      id: "nroBalasabhas2020",
      title: "Balasabhas formed through the Kudumbashree NRO in partner states",
      source: {
        title: "Four states replicate Kudumbashree Balasabha model through NRO",
        publisher: "Kudumbashree",
        date: "2020-08-14",
        url: "https://www.kudumbashree.org/",
      },
      asOf: "2020-08-14",
      level: "state",
      groupKind: "balasabha",
      rows: [
        { name: "Tripura", groups: 125, members: 1529, meanGroupSize: 12.2, meanPrecision: 1 },
        { name: "Assam", groups: 1150, members: 17250, meanGroupSize: 15, meanPrecision: 2 },
        { name: "Jharkhand", groups: 2900, members: 41290, meanGroupSize: 14.24, meanPrecision: 2 },
        { name: "Manipur", groups: 20, members: 300, meanGroupSize: 15, meanPrecision: 2 },
      ],
      total: { name: "Total", groups: 4195, members: 60369 },
      notes: [
        "Tripura's mean of 12.2 children a Balasabha is below Kerala's rule of 15 to 30: partner states adapt " +
          "the rules, and a report should show the mismatch rather than hide it.",
      ],
    },
  } as const satisfies Record<string, PublishedFigure>),
);
