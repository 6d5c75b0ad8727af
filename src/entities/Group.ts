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
 */
export type GroupKind = z.infer<typeof GroupKind>;

const groupFields = pure(() => ({
  id: Id,
  name: z.string().optional(),
  unitId: Id.meta({ description: "The ward or village the group sits in." }),
  formedOn: IsoDate.optional(),
  closedOn: IsoDate.optional().meta({ description: "The day the group closed; it is not active from that day on." }),
  special: z.boolean().optional().meta({
    description: "Formed under the special-group provisions (persons with disabilities, remote tribal areas, ...).",
  }),
}));

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
 */
export const NeighbourhoodGroup = pure(() => z.strictObject({ kind: z.literal("neighbourhoodGroup"), ...groupFields }));

/**
 * A Neighbourhood Group; see the {@link NeighbourhoodGroup} schema.
 *
 * @example
 * ```ts
 * import type { NeighbourhoodGroup } from "@kudumbashree/domain";
 *
 * const nhg: NeighbourhoodGroup = { id: "nhg1", kind: "neighbourhoodGroup", unitId: "w1" };
 * ```
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
 */
export const AuxiliaryGroup = pure(() => z.strictObject({ kind: z.literal("auxiliaryGroup"), ...groupFields }));

/**
 * An auxiliary group; see the {@link AuxiliaryGroup} schema.
 *
 * @example
 * ```ts
 * import type { AuxiliaryGroup } from "@kudumbashree/domain";
 *
 * const group: AuxiliaryGroup = { id: "ag1", kind: "auxiliaryGroup", unitId: "w1" };
 * ```
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
 */
export const Balasabha = pure(() => z.strictObject({ kind: z.literal("balasabha"), ...groupFields }));

/**
 * A Balasabha; see the {@link Balasabha} schema.
 *
 * @example
 * ```ts
 * import type { Balasabha } from "@kudumbashree/domain";
 *
 * const group: Balasabha = { id: "bs1", kind: "balasabha", unitId: "v1" };
 * ```
 */
export type Balasabha = z.infer<typeof Balasabha>;

/**
 * A DAY-NRLM self-help group, as partner states run them.
 *
 * @example
 * ```ts
 * import { SelfHelpGroup } from "@kudumbashree/domain";
 *
 * SelfHelpGroup.parse({ id: "shg1", kind: "selfHelpGroup", unitId: "v1", special: true }).special;
 * //=> true
 * ```
 */
export const SelfHelpGroup = pure(() => z.strictObject({ kind: z.literal("selfHelpGroup"), ...groupFields }));

/**
 * A self-help group; see the {@link SelfHelpGroup} schema.
 *
 * @example
 * ```ts
 * import type { SelfHelpGroup } from "@kudumbashree/domain";
 *
 * const group: SelfHelpGroup = { id: "shg1", kind: "selfHelpGroup", unitId: "v1" };
 * ```
 */
export type SelfHelpGroup = z.infer<typeof SelfHelpGroup>;

/**
 * Any group, discriminated by `kind`. `unitId` is the ward or village it sits in; a group is
 * active from `formedOn` (when given) until the day before `closedOn` (when given).
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
 */
export type Group = z.infer<typeof Group>;
