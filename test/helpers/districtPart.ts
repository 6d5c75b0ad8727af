// The part of a dataset under some districts, for split-and-merge property tests. It lives in
// bench/districtPart.mjs, plain JavaScript, because the parallel benchmark's workers run it too:
// one implementation for both.
export { districtPart } from "../../bench/districtPart.mjs";
