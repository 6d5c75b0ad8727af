import { z } from "zod";
import { pure } from "../internal/pure.js";
import { Id } from "./Id.js";
import { IsoDate } from "./IsoDate.js";

/**
 * The roles a person can hold in a group. A `resourcePerson` is an adult who coordinates a group
 * (as in NRO partner states' Balasabhas); she is not counted as one of its members.
 *
 * @example
 * ```ts
 * import { Role } from "@kudumbashree/domain";
 *
 * Role.safeParse("deputyLeader").success;
 * //=> true
 * ```
 *
 * @public
 */
export const Role = pure(() =>
  z.enum(["member", "president", "secretary", "volunteer", "leader", "deputyLeader", "resourcePerson"]),
);

/**
 * One of the {@link Role} values.
 *
 * @example
 * ```ts
 * import type { Role } from "@kudumbashree/domain";
 *
 * const role: Role = "president";
 * ```
 *
 * @public
 */
export type Role = z.infer<typeof Role>;

/**
 * A person's place in a group over a span of days. The membership is active on a day D when
 * `from <= D` and `D <= to`; a missing bound is open.
 *
 * @example
 * ```ts
 * import { Membership } from "@kudumbashree/domain";
 *
 * Membership.parse({ groupId: "ag1", personId: "p1", role: "member", from: "2021-10-02" }).role;
 * //=> "member"
 * ```
 *
 * @public
 */
export const Membership = pure(() =>
  z
    .strictObject({
      groupId: Id,
      personId: Id,
      role: Role,
      from: IsoDate.optional(),
      to: IsoDate.optional(),
    })
    .meta({ description: "A person's place in a group; active from `from` to `to`, both inclusive." }),
);

/**
 * A membership; see the {@link Membership} schema.
 *
 * @example
 * ```ts
 * import type { Membership } from "@kudumbashree/domain";
 *
 * const membership: Membership = { groupId: "ag1", personId: "p1", role: "secretary" };
 * ```
 *
 * @public
 */
export type Membership = z.infer<typeof Membership>;
