/**
 * Sample data for tests, demos and benchmarks: `import { generateSample } from "@kudumbashree/domain/testing"`.
 * Kept out of the main entry so that apps do not ship it.
 *
 * @packageDocumentation
 * @module testing
 */

export { generateSample, sampleStream, samplePresets, type GenerateSampleOptions, type SamplePreset } from "./generateSample.js";
