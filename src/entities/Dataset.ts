import { z } from "zod";
import { pure } from "../internal/pure.js";
import { Federation } from "./Federation.js";
import { Group } from "./Group.js";
import { Meeting } from "./Meeting.js";
import { Membership } from "./Membership.js";
import { Person } from "./Person.js";
import { Unit } from "./Unit.js";

/**
 * The version of the dataset interchange format this package reads and writes.
 *
 * @example
 * ```ts
 * import { SCHEMA_VERSION } from "@kudumbashree/domain";
 *
 * SCHEMA_VERSION;
 * //=> 1
 * ```
 *
 * @public
 */
export const SCHEMA_VERSION = 1;

/**
 * The dataset interchange format, version 1: the administrative units, people, groups,
 * federations, memberships and meetings one app hands to another. Unknown keys are rejected,
 * since in exports they are almost always typos.
 *
 * This schema checks the shape of each record; {@link parseDataset} also checks ids, references
 * and the unit tree.
 *
 * @example
 * ```ts
 * import { Dataset } from "@kudumbashree/domain";
 *
 * Dataset.safeParse({ schemaVersion: 1, units: [], people: [], groups: [], memberships: [] }).success;
 * //=> true
 * Dataset.safeParse({ schemaVersion: 1, units: [], people: [], groups: [], memberships: [], meetngs: [] }).success;
 * //=> false
 * ```
 *
 * @public
 */
export const Dataset = pure(() =>
  z
    .strictObject({
      schemaVersion: z.literal(SCHEMA_VERSION),
      units: z.array(Unit),
      people: z.array(Person),
      groups: z.array(Group),
      federations: z.array(Federation).optional(),
      memberships: z.array(Membership),
      meetings: z.array(Meeting).optional(),
    })
    .meta({
      title: "Kudumbashree domain dataset",
      description: "Units, people, groups, federations, memberships and meetings (interchange format version 1).",
    }),
);

/**
 * A dataset; see the {@link Dataset} schema.
 *
 * @example
 * ```ts
 * import type { Dataset } from "@kudumbashree/domain";
 *
 * const empty: Dataset = { schemaVersion: 1, units: [], people: [], groups: [], memberships: [] };
 * ```
 *
 * @public
 */
export type Dataset = z.infer<typeof Dataset>;
