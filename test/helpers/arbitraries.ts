// Helpers for split-and-merge property tests; the dataset arbitrary itself is public
// (src/testing/arbitraries.ts).
export { datasetArbitrary, isoDateArbitrary } from "../../src/testing/arbitraries.js";

export { districtPart } from "./districtPart.js";
