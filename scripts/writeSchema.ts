// Writes docs/schemas/dataset.schema.json (npm run schema). A test fails when it is stale.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { datasetJsonSchema } from "../src/entities/datasetJsonSchema.js";

export const schemaPath = resolve(dirname(fileURLToPath(import.meta.url)), "../docs/schemas/dataset.schema.json");

export function renderSchema(): string {
  return `${JSON.stringify(datasetJsonSchema(), null, 2)}\n`;
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  mkdirSync(dirname(schemaPath), { recursive: true });
  writeFileSync(schemaPath, renderSchema());
  console.log(`wrote ${schemaPath}`);
}
