import { z } from "zod";
import { parseIsoDate } from "../internal/calendar.js";
import { pure } from "../internal/pure.js";

/**
 * A calendar date written `YYYY-MM-DD` that names a real day (`2021-02-29` is rejected).
 *
 * Dates are strings, never `Date` objects, so no result depends on the machine's time zone.
 *
 * @example
 * ```ts
 * import { IsoDate } from "@kudumbashree/domain";
 *
 * IsoDate.safeParse("2021-11-06").success;
 * //=> true
 * IsoDate.safeParse("2021-02-29").success;
 * //=> false
 * ```
 *
 * @public
 */
export const IsoDate = pure(() =>
  z
    // One issue per cell: a value not written YYYY-MM-DD is not also "not a real date". The format's
    // name is what a schema.invalid issue says was expected.
    .stringFormat("YYYY-MM-DD", /^\d{4}-\d{2}-\d{2}$/, { error: "Expected a date written YYYY-MM-DD", abort: true })
    .refine((value) => parseIsoDate(value) !== undefined, {
      error: "Not a real calendar date",
      params: { format: "YYYY-MM-DD" },
    })
    .meta({ description: "A calendar date written YYYY-MM-DD that names a real day." }),
);

/**
 * A calendar date written `YYYY-MM-DD`; see the {@link IsoDate} schema.
 *
 * @example
 * ```ts
 * import type { IsoDate } from "@kudumbashree/domain";
 *
 * const asOf: IsoDate = "2021-11-30";
 * ```
 *
 * @public
 */
export type IsoDate = z.infer<typeof IsoDate>;
