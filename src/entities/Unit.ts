import { z } from "zod";
import { pure } from "../internal/pure.js";
import { Id } from "./Id.js";

/**
 * The kinds of administrative unit, from the top of the tree to the bottom.
 *
 * @example
 * ```ts
 * import { UnitKind } from "@kudumbashree/domain";
 *
 * UnitKind.options.indexOf("district") < UnitKind.options.indexOf("ward");
 * //=> true
 * ```
 *
 * @public
 */
export const UnitKind = pure(() => z.enum(["country", "state", "district", "block", "localBody", "ward", "village"]));

/**
 * One of `country | state | district | block | localBody | ward | village`.
 *
 * @example
 * ```ts
 * import type { UnitKind } from "@kudumbashree/domain";
 *
 * const level: UnitKind = "district";
 * ```
 *
 * @public
 */
export type UnitKind = z.infer<typeof UnitKind>;

/**
 * The three kinds of local body in Kerala.
 *
 * @example
 * ```ts
 * import { LocalBodyType } from "@kudumbashree/domain";
 *
 * LocalBodyType.options;
 * //=> ["gramaPanchayat", "municipality", "corporation"]
 * ```
 *
 * @public
 */
export const LocalBodyType = pure(() => z.enum(["gramaPanchayat", "municipality", "corporation"]));

/**
 * One of `gramaPanchayat | municipality | corporation`.
 *
 * @example
 * ```ts
 * import type { LocalBodyType } from "@kudumbashree/domain";
 *
 * const type: LocalBodyType = "corporation";
 * ```
 *
 * @public
 */
export type LocalBodyType = z.infer<typeof LocalBodyType>;

/**
 * A node of the administrative tree (country, state, district, block, local body, ward, village),
 * like a DHIS2 organisation unit. Units point up to their parent with `parentId`.
 *
 * `localBodyType` is allowed only on a `localBody`. `lgdCode` is the unit's code in India's Local
 * Government Directory. A ward's identity belongs to one delimitation: after a delimitation give
 * the new wards new ids.
 *
 * @example
 * ```ts
 * import { Unit } from "@kudumbashree/domain";
 *
 * Unit.parse({
 *   id: "tvm-corp",
 *   kind: "localBody",
 *   name: "Thiruvananthapuram Corporation",
 *   parentId: "tvm",
 *   localBodyType: "corporation",
 * }).kind;
 * //=> "localBody"
 * Unit.safeParse({ id: "w1", kind: "ward", name: "Ward 1", localBodyType: "corporation" }).success;
 * //=> false
 * ```
 *
 * @public
 */
export const Unit = pure(() =>
  z
    .strictObject({
      id: Id,
      kind: UnitKind,
      name: z.string(),
      parentId: Id.optional(),
      localBodyType: LocalBodyType.optional(),
      lgdCode: z.string().min(1).optional(),
    })
    .refine((unit) => unit.localBodyType === undefined || unit.kind === "localBody", {
      error: "localBodyType is only allowed on a unit of kind localBody",
      path: ["localBodyType"],
    })
    .meta({ description: "A node of the administrative tree." }),
);

/**
 * A node of the administrative tree; see the {@link Unit} schema.
 *
 * @example
 * ```ts
 * import type { Unit } from "@kudumbashree/domain";
 *
 * const ward: Unit = { id: "w1", kind: "ward", name: "Ward 1", parentId: "gp1" };
 * ```
 *
 * @public
 */
export type Unit = z.infer<typeof Unit>;
