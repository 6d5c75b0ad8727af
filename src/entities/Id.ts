import { z } from "zod";
import { pure } from "../internal/pure.js";

/**
 * Characters that show nothing, as a regex class body: the soft hyphen, the combining grapheme
 * joiner, the Arabic letter mark, the Mongolian vowel separator, zero-width spaces, joiners and
 * marks (U+200B-U+200F), bidirectional controls, word joiner and invisible operators, variation
 * selectors and the byte-order mark.
 */
const INVISIBLE_CLASS =
  "\\u00AD\\u034F\\u061C\\u180E\\u200B-\\u200F\\u202A-\\u202E\\u2060-\\u2064\\u2066-\\u2069\\uFE00-\\uFE0F\\uFEFF";
const PAIR = "[\\uD800-\\uDBFF][\\uDC00-\\uDFFF]";

/** Every invisible character (see INVISIBLE_CLASS), for removal (global). @internal */
export const INVISIBLE = pure(() => new RegExp(`[${INVISIBLE_CLASS}]`, "g"));

/**
 * A well-formed id: any whitespace or invisible characters, one visible character (a code unit that
 * is neither, nor a surrogate; or a surrogate pair), then any characters but a lone surrogate. One
 * regex, so an id costs one check (every check adds about 60 ns per id to a parse); it uses no
 * lookaround, so validators of the JSON Schema in other languages can run it too.
 */
const ID_PATTERN = pure(
  () =>
    new RegExp(
      `^[\\s${INVISIBLE_CLASS}]*(?:[^\\s${INVISIBLE_CLASS}\\uD800-\\uDFFF]|${PAIR})(?:[^\\uD800-\\uDFFF]|${PAIR})*$`,
    ),
);

/** A lone surrogate: a high one not followed by a low one, or a low one not after a high one. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * An id, or a reference to one: a string with at least one visible character (not empty, not only
 * whitespace, zero-width or other invisible characters) and no lone UTF-16 surrogate (broken
 * Unicode, which no file encoding can carry). Every `id` and every field that names a record
 * (`parentId`, `unitId`, `groupId`, `memberIds`, ...) is an `Id`.
 *
 * Ids are compared exactly: `"P1"` and `"p1"` are two ids. {@link parseDataset} warns
 * `id.lookalike` when two ids of one collection differ only by case, Unicode form, invisible
 * characters or surrounding whitespace.
 *
 * @example
 * ```ts
 * import { Id } from "@kudumbashree/domain";
 *
 * Id.safeParse("KL-TVM-W001").success;
 * //=> true
 * Id.safeParse(" \u200b ").error?.issues[0]?.message;
 * //=> "an id must have a visible character"
 * Id.safeParse("p\ud800").error?.issues[0]?.message;
 * //=> "an id must not contain a lone surrogate (broken Unicode)"
 * ```
 *
 * @public
 */
export const Id = pure(() =>
  z.stringFormat("id", ID_PATTERN, {
    error: (issue) =>
      typeof issue.input === "string" && LONE_SURROGATE.test(issue.input)
        ? "an id must not contain a lone surrogate (broken Unicode)"
        : "an id must have a visible character",
  }),
);

/**
 * An id; see the {@link Id} schema.
 *
 * @example
 * ```ts
 * import type { Id } from "@kudumbashree/domain";
 *
 * const wardId: Id = "KL-TVM-W001";
 * ```
 *
 * @public
 */
export type Id = z.infer<typeof Id>;
