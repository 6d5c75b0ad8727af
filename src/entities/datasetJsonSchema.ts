import { z } from "zod";
import { Dataset } from "./Dataset.js";
import { Id } from "./Id.js";

/**
 * The JSON Schema (draft 2020-12) of the {@link Dataset} interchange format, for apps in other
 * languages. It checks record shapes, the {@link Id} rules (one definition, `$defs.id`, that
 * every id field refers to) and that a group with a `specialCategory` is not marked
 * `special: false` (a `not` on each kind of group); rules that need code (a real calendar
 * date, ids that resolve, ids that look alike) are checked by {@link parseDataset} only.
 *
 * @returns A fresh JSON-serialisable object.
 *
 * @example
 * ```ts
 * import { datasetJsonSchema } from "@kudumbashree/domain";
 *
 * datasetJsonSchema().required;
 * //=> ["schemaVersion", "units", "people", "groups", "memberships"]
 * ```
 *
 * @public
 */
export function datasetJsonSchema(): Record<string, unknown> {
  // The schemas name their formats (`id`, `YYYY-MM-DD`) for issues; JSON Schema knows neither, so
  // the patterns alone state them.
  const { $schema, format, ...pattern } = z.toJSONSchema(Id, { target: "draft-2020-12" });
  const id = {
    ...pattern,
    description:
      "An id or a reference to one: at least one visible character (not only whitespace or invisible " +
      "characters such as zero-width spaces) and no lone UTF-16 surrogate. The pattern states both rules.",
  };
  const schema = z.toJSONSchema(Dataset, {
    target: "draft-2020-12",
    unrepresentable: "any",
    // Every id field refers to the one definition instead of repeating its long pattern; a field's
    // own description (a group's unitId) stays next to the reference.
    override: ({ jsonSchema }) => {
      // A group's specialCategory makes it special: `special: false` beside one is refused, as
      // the group schemas' refinement (which JSON Schema cannot see) refuses it.
      if (jsonSchema.properties?.specialCategory !== undefined) {
        jsonSchema.not = { properties: { special: { const: false } }, required: ["special", "specialCategory"] };
        return;
      }
      if (jsonSchema.format === "YYYY-MM-DD") delete jsonSchema.format;
      if (jsonSchema.pattern !== id.pattern) return;
      const description = jsonSchema.description;
      for (const key of Object.keys(jsonSchema)) delete jsonSchema[key as keyof typeof jsonSchema];
      jsonSchema.$ref = "#/$defs/id";
      if (description !== undefined) jsonSchema.description = description;
    },
  });
  return { ...schema, $defs: { ...schema.$defs, id } } as Record<string, unknown>;
}
