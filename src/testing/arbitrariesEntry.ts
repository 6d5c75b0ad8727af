/**
 * fast-check arbitraries for every entity and for whole valid datasets, so partner apps can
 * property-test their own code: `import { datasetArbitrary } from "@kudumbashree/domain/testing/arbitraries"`.
 * Needs `fast-check` (version 4) installed beside the package.
 *
 * @packageDocumentation
 * @module testing/arbitraries
 */

export {
  datasetArbitrary,
  federationArbitrary,
  groupArbitrary,
  isoDateArbitrary,
  meetingArbitrary,
  membershipArbitrary,
  personArbitrary,
  unitArbitrary,
} from "./arbitraries.js";
