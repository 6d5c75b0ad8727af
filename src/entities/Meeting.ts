import { z } from "zod";
import { pure } from "../internal/pure.js";
import { Id } from "./Id.js";
import { IsoDate } from "./IsoDate.js";

/**
 * A meeting of a group on a day, with who came (`attendeeIds`, person ids) and what was discussed.
 *
 * @example
 * ```ts
 * import { Meeting } from "@kudumbashree/domain";
 *
 * Meeting.parse({ id: "m1", groupId: "ag1", date: "2021-10-09", attendeeIds: ["p1", "p2"] }).attendeeIds?.length;
 * //=> 2
 * ```
 *
 * @public
 */
export const Meeting = pure(() =>
  z
    .strictObject({
      id: Id,
      groupId: Id,
      date: IsoDate,
      attendeeIds: z.array(Id).optional(),
      topics: z.array(z.string()).optional(),
    })
    .meta({ description: "A meeting of a group." }),
);

/**
 * A meeting; see the {@link Meeting} schema.
 *
 * @example
 * ```ts
 * import type { Meeting } from "@kudumbashree/domain";
 *
 * const meeting: Meeting = { id: "m1", groupId: "ag1", date: "2021-10-09" };
 * ```
 *
 * @public
 */
export type Meeting = z.infer<typeof Meeting>;
