import { z } from "zod";
import { pure } from "../internal/pure.js";
import { Id } from "./Id.js";
import { IsoDate } from "./IsoDate.js";

/**
 * The kinds of group the library knows: Kudumbashree Neighbourhood Groups, auxiliary groups for
 * young women, Balasabhas for children, and DAY-NRLM self-help groups.
 *
 * @example
 * ```ts
 * import { GroupKind } from "@kudumbashree/domain";
 *
 * GroupKind.options;
 * //=> ["neighbourhoodGroup", "auxiliaryGroup", "balasabha", "selfHelpGroup"]
 * ```
 *
 * @public
 */
export const GroupKind = pure(() => z.enum(["neighbourhoodGroup", "auxiliaryGroup", "balasabha", "selfHelpGroup"]));

/**
 * One of `neighbourhoodGroup | auxiliaryGroup | balasabha | selfHelpGroup`.
 *
 * @example
 * ```ts
 * import type { GroupKind } from "@kudumbashree/domain";
 *
 * const kind: GroupKind = "auxiliaryGroup";
 * ```
 *
 * @public
 */
export type GroupKind = z.infer<typeof GroupKind>;

/**
 * The categories of special group the sources name: Kudumbashree's special NHGs (with permission)
 * of persons with disabilities, HIV-positive persons, destitute families, Scheduled Tribe
 * communities and mothers of mentally challenged children (thekudumbashreestory.info), and of
 * transgender persons (MyNation report: 21 groups in Kerala); DAY-NRLM's special SHGs of persons
 * with disabilities, elders and transgender persons (RBI Master Circular, earlier edition), and in
 * difficult and remote (tribal) areas (RBI Master Circular, 1 April 2021).
 *
 * @example
 * ```ts
 * import { SpecialCategory } from "@kudumbashree/domain";
 *
 * SpecialCategory.options.length;
 * //=> 9
 * SpecialCategory.safeParse("transgender").success;
 * //=> true
 * ```
 *
 * @public
 */
export const SpecialCategory = pure(() =>
  z.enum([
    "disability",
    "elderly",
    "transgender",
    "hiv",
    "destitute",
    "scheduledTribe",
    "mothersOfMentallyChallengedChildren",
    "remoteArea",
    "difficultArea",
  ]),
);

/**
 * One of the categories of special group; see the {@link SpecialCategory} schema.
 *
 * @example
 * ```ts
 * import type { SpecialCategory } from "@kudumbashree/domain";
 *
 * const category: SpecialCategory = "disability";
 * ```
 *
 * @public
 */
export type SpecialCategory = z.infer<typeof SpecialCategory>;

const groupFields = pure(() => ({
  id: Id,
  name: z.string().optional(),
  unitId: Id.meta({ description: "The ward or village the group sits in." }),
  formedOn: IsoDate.optional(),
  closedOn: IsoDate.optional().meta({ description: "The day the group closed; it is not active from that day on." }),
  special: z
    .boolean()
    .optional()
    .meta({
      description:
        "Formed under the special-group provisions (persons with disabilities, remote tribal areas, ...). " +
        "A specialCategory implies it; false with a specialCategory is refused.",
    }),
  specialCategory: SpecialCategory.optional().meta({
    description:
      "Which special group it is; it makes the group special (special may be left out, and must not be false). " +
      "A rule set may set other size and gender rules for a category.",
  }),
}));

/** A group marked `special: false` cannot have a special category. */
const categoryImpliesSpecial = (group: {
  readonly special?: boolean | undefined;
  readonly specialCategory?: unknown;
}) => group.special !== false || group.specialCategory === undefined;
const notSpecial = {
  error: "a group with a specialCategory is special, so special must be true (yes) or left out, not false (no)",
  path: ["special"],
};

/**
 * A Kudumbashree Neighbourhood Group (NHG, ayalkoottam).
 *
 * @example
 * ```ts
 * import { NeighbourhoodGroup } from "@kudumbashree/domain";
 *
 * NeighbourhoodGroup.parse({ id: "nhg1", kind: "neighbourhoodGroup", unitId: "w1" }).kind;
 * //=> "neighbourhoodGroup"
 * ```
 *
 * @public
 */
export const NeighbourhoodGroup = pure(() =>
  z.strictObject({ kind: z.literal("neighbourhoodGroup"), ...groupFields }).refine(categoryImpliesSpecial, notSpecial),
);

/**
 * A Neighbourhood Group; see the {@link NeighbourhoodGroup} schema.
 *
 * @example
 * ```ts
 * import type { NeighbourhoodGroup } from "@kudumbashree/domain";
 *
 * const nhg: NeighbourhoodGroup = { id: "nhg1", kind: "neighbourhoodGroup", unitId: "w1" };
 * ```
 *
 * @public
 */
export type NeighbourhoodGroup = z.infer<typeof NeighbourhoodGroup>;

/**
 * A Kudumbashree auxiliary group for women aged 18 to 40.
 *
 * @example
 * ```ts
 * import { AuxiliaryGroup } from "@kudumbashree/domain";
 *
 * AuxiliaryGroup.parse({ id: "ag1", kind: "auxiliaryGroup", unitId: "w1", formedOn: "2021-10-02" }).formedOn;
 * //=> "2021-10-02"
 * ```
 *
 * @public
 */
export const AuxiliaryGroup = pure(() =>
  z.strictObject({ kind: z.literal("auxiliaryGroup"), ...groupFields }).refine(categoryImpliesSpecial, notSpecial),
);

/**
 * An auxiliary group; see the {@link AuxiliaryGroup} schema.
 *
 * @example
 * ```ts
 * import type { AuxiliaryGroup } from "@kudumbashree/domain";
 *
 * const group: AuxiliaryGroup = { id: "ag1", kind: "auxiliaryGroup", unitId: "w1" };
 * ```
 *
 * @public
 */
export type AuxiliaryGroup = z.infer<typeof AuxiliaryGroup>;

/**
 * A Balasabha, a children's group.
 *
 * @example
 * ```ts
 * import { Balasabha } from "@kudumbashree/domain";
 *
 * Balasabha.parse({ id: "bs1", kind: "balasabha", unitId: "v1" }).kind;
 * //=> "balasabha"
 * ```
 *
 * @public
 */
export const Balasabha = pure(() =>
  z.strictObject({ kind: z.literal("balasabha"), ...groupFields }).refine(categoryImpliesSpecial, notSpecial),
);

/**
 * A Balasabha; see the {@link Balasabha} schema.
 *
 * @example
 * ```ts
 * import type { Balasabha } from "@kudumbashree/domain";
 *
 * const group: Balasabha = { id: "bs1", kind: "balasabha", unitId: "v1" };
 * ```
 *
 * @public
 */
export type Balasabha = z.infer<typeof Balasabha>;

/**
 * A DAY-NRLM self-help group, as partner states run them. A special SHG is marked `special: true`,
 * or by its `specialCategory`, which implies it.
 *
 * @example
 * ```ts
 * import { SelfHelpGroup } from "@kudumbashree/domain";
 *
 * SelfHelpGroup.parse({ id: "shg1", kind: "selfHelpGroup", unitId: "v1", special: true }).special;
 * //=> true
 * const elders = { id: "shg2", kind: "selfHelpGroup", unitId: "v1", specialCategory: "elderly" };
 * SelfHelpGroup.parse(elders).specialCategory;
 * //=> "elderly"
 * SelfHelpGroup.safeParse({ ...elders, special: false }).success;
 * //=> false
 * ```
 *
 * @public
 */
export const SelfHelpGroup = pure(() =>
  z.strictObject({ kind: z.literal("selfHelpGroup"), ...groupFields }).refine(categoryImpliesSpecial, notSpecial),
);

/**
 * A self-help group; see the {@link SelfHelpGroup} schema.
 *
 * @example
 * ```ts
 * import type { SelfHelpGroup } from "@kudumbashree/domain";
 *
 * const group: SelfHelpGroup = { id: "shg1", kind: "selfHelpGroup", unitId: "v1" };
 * ```
 *
 * @public
 */
export type SelfHelpGroup = z.infer<typeof SelfHelpGroup>;

/**
 * Any group, discriminated by `kind`. `unitId` is the ward or village it sits in; a group is
 * active from `formedOn` (when given) until the day before `closedOn` (when given). A group is
 * special when it is marked `special: true` or has a `specialCategory` (which implies it: `special`
 * may be left out, and `special: false` with a category is refused); `special: true` alone is a
 * special group whose category is not recorded.
 *
 * @example
 * ```ts
 * import { Group } from "@kudumbashree/domain";
 *
 * Group.parse({ id: "ag1", kind: "auxiliaryGroup", unitId: "w1" }).kind;
 * //=> "auxiliaryGroup"
 * Group.safeParse({ id: "x", kind: "club", unitId: "w1" }).success;
 * //=> false
 * ```
 *
 * @public
 */
export const Group = pure(() =>
  z
    .discriminatedUnion("kind", [NeighbourhoodGroup, AuxiliaryGroup, Balasabha, SelfHelpGroup])
    .meta({ description: "A group, discriminated by kind." }),
);

/**
 * Any group; see the {@link Group} schema.
 *
 * @example
 * ```ts
 * import type { Group } from "@kudumbashree/domain";
 *
 * function label(group: Group): string {
 *   return group.name ?? group.id;
 * }
 * ```
 *
 * @public
 */
export type Group = z.infer<typeof Group>;
