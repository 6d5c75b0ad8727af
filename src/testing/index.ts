/**
 * Sample data for tests, demos and benchmarks: `import { generateSample } from "@kudumbashree/domain/testing"`.
 * Kept out of the main entry so that apps do not ship it.
 *
 * @packageDocumentation
 * @module testing
 */

export {
  type GenerateSampleOptions,
  generateSample,
  type SamplePreset,
  samplePresets,
  sampleStream,
} from "./generateSample.js";
