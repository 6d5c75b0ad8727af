// Types of districtPart.mjs (plain JavaScript, so that bench/worker.mjs runs it without a compiler).
import type { Dataset } from "../src/index.js";

/** The part of a dataset under these districts, with the units above them: what a district's app holds. */
export declare function districtPart(dataset: Dataset, districtIds: string | ReadonlySet<string>): Dataset;
