import { z } from "zod";
import { pure } from "../internal/pure.js";
import { Id } from "./Id.js";
import { IsoDate } from "./IsoDate.js";

/**
 * The kinds of federation: Kudumbashree's ADS (ward) and CDS (local body), the Balasabha tiers
 * Balasamiti (ward) and Bala Panchayat (local body), and DAY-NRLM's Village Organisation and
 * Cluster Level Federation.
 *
 * @example
 * ```ts
 * import { FederationKind } from "@kudumbashree/domain";
 *
 * FederationKind.safeParse("areaDevelopmentSociety").success;
 * //=> true
 * ```
 *
 * @public
 */
export const FederationKind = pure(() =>
  z.enum([
    "areaDevelopmentSociety",
    "communityDevelopmentSociety",
    "balasamiti",
    "balaPanchayat",
    "villageOrganisation",
    "clusterLevelFederation",
  ]),
);

/**
 * One of the {@link FederationKind} values.
 *
 * @example
 * ```ts
 * import type { FederationKind } from "@kudumbashree/domain";
 *
 * const kind: FederationKind = "communityDevelopmentSociety";
 * ```
 *
 * @public
 */
export type FederationKind = z.infer<typeof FederationKind>;

/**
 * A federation of groups (or of federations of the tier below), such as an ADS of the NHGs of a
 * ward. `memberIds` names the groups or federations it federates.
 *
 * @example
 * ```ts
 * import { Federation } from "@kudumbashree/domain";
 *
 * Federation.parse({
 *   id: "ads1",
 *   kind: "areaDevelopmentSociety",
 *   unitId: "w1",
 *   memberIds: ["nhg1", "nhg2"],
 * }).memberIds.length;
 * //=> 2
 * ```
 *
 * @public
 */
export const Federation = pure(() =>
  z
    .strictObject({
      id: Id,
      kind: FederationKind,
      unitId: Id,
      name: z.string().optional(),
      formedOn: IsoDate.optional(),
      memberIds: z.array(Id),
    })
    .meta({ description: "A federation of groups or of lower-tier federations." }),
);

/**
 * A federation; see the {@link Federation} schema.
 *
 * @example
 * ```ts
 * import type { Federation } from "@kudumbashree/domain";
 *
 * const ads: Federation = { id: "ads1", kind: "areaDevelopmentSociety", unitId: "w1", memberIds: [] };
 * ```
 *
 * @public
 */
export type Federation = z.infer<typeof Federation>;
