// The parts of a message that are the same in every language: which field a path ends in, a term
// looked up by its code, and which reference field an issue is about. Every catalogue uses these
// one definitions and supplies only its own words, so that no language can name a field another
// way than the rest (internal: no entry point exports it).
import type { MessageContext } from "../issues/messages/MessageContext.js";

/**
 * The field a path ends in, skipping array positions: `["meetings", 2, "attendeeIds", 4]` ends in
 * `attendeeIds`; `undefined` when the path names no field.
 *
 * @internal
 */
export const fieldOf = (path: MessageContext["path"]): string | undefined =>
  [...(path ?? [])].reverse().find((key): key is string => typeof key === "string");

/**
 * The term `table` gives `code`, or the code itself as text when the table has no such key (a
 * value newer than the catalogue, or a forged one; `__proto__` and the like included).
 *
 * @internal
 */
export function term(table: Readonly<Record<string, string>>, code: unknown): string {
  return typeof code === "string" && Object.hasOwn(table, code) ? (table[code] as string) : String(code);
}

/** The reference fields a catalogue has words for, as they are written in the data. */
const REFERENCE_FIELDS = ["parentId", "unitId", "groupId", "personId", "memberIds", "attendeeIds"] as const;

/**
 * A reference field a catalogue names in words: one of the data's reference fields, or
 * `groupUnit`, a group's `unitId`, which names the ward or village the group sits in.
 *
 * @internal
 */
export type ReferenceField = (typeof REFERENCE_FIELDS)[number] | "groupUnit";

/**
 * A catalogue's words for each reference field: what the field names, and what it must name.
 *
 * @internal
 */
export type ReferenceWords = Readonly<Record<ReferenceField, readonly [names: string, mustName: string]>>;

/**
 * Which reference field an issue is about, from the last field of its path and the kind of its
 * subject (`["groups", 0, "unitId"]` of a group is `groupUnit`); `undefined` when the path names
 * no field or one that no catalogue has words for (the catalogue then names the field as written).
 *
 * @internal
 */
export function referenceField(context: Pick<MessageContext, "path" | "subject">): ReferenceField | undefined {
  const field = fieldOf(context.path);
  if (field === "unitId" && context.subject?.kind === "group") return "groupUnit";
  return REFERENCE_FIELDS.find((known) => known === field);
}
