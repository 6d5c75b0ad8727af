import { z } from "zod";
import { pure } from "../internal/pure.js";
import { Id } from "./Id.js";
import { IsoDate } from "./IsoDate.js";

/**
 * The genders a register records.
 *
 * @example
 * ```ts
 * import { Gender } from "@kudumbashree/domain";
 *
 * Gender.options;
 * //=> ["female", "male", "transgender"]
 * ```
 *
 * @public
 */
export const Gender = pure(() => z.enum(["female", "male", "transgender"]));

/**
 * One of `female | male | transgender`.
 *
 * @example
 * ```ts
 * import type { Gender } from "@kudumbashree/domain";
 *
 * const gender: Gender = "female";
 * ```
 *
 * @public
 */
export type Gender = z.infer<typeof Gender>;

/**
 * A person: a woman in an NHG or auxiliary group, a child in a Balasabha, a resource person.
 * `householdId` links members of one household (the NHG rule admits one member per household).
 *
 * @example
 * ```ts
 * import { Person } from "@kudumbashree/domain";
 *
 * Person.parse({ id: "p1", name: "Anitha", dateOfBirth: "1995-06-12", gender: "female", householdId: "h1" }).gender;
 * //=> "female"
 * ```
 *
 * @public
 */
export const Person = pure(() =>
  z
    .strictObject({
      id: Id,
      name: z.string().optional(),
      dateOfBirth: IsoDate.optional(),
      gender: Gender,
      householdId: Id.optional(),
    })
    .meta({ description: "A person: group member, child, or resource person." }),
);

/**
 * A person; see the {@link Person} schema.
 *
 * @example
 * ```ts
 * import type { Person } from "@kudumbashree/domain";
 *
 * const child: Person = { id: "c1", dateOfBirth: "2012-03-01", gender: "female" };
 * ```
 *
 * @public
 */
export type Person = z.infer<typeof Person>;
