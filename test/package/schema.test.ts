import { readFileSync } from "node:fs";
import { expect, it } from "vitest";
import { renderSchema, schemaPath } from "../../scripts/writeSchema.js";

it("docs/schemas/dataset.schema.json is up to date (run npm run schema)", () => {
  expect(readFileSync(schemaPath, "utf8")).toBe(renderSchema());
});
