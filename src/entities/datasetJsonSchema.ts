import { z } from "zod";
import { Dataset } from "./Dataset.js";

/**
 * The JSON Schema (draft 2020-12) of the {@link Dataset} interchange format, for apps in other
 * languages. It checks record shapes; rules that need code (a real calendar date, ids that
 * resolve) are checked by {@link parseDataset} only.
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
 */
export function datasetJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(Dataset, { target: "draft-2020-12", unrepresentable: "any" }) as Record<string, unknown>;
}
