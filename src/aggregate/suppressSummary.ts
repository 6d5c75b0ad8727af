import { rangeError, typeError } from "../internal/errors.js";
import { describeValue, requireWholeNumber } from "../internal/guards.js";
import { blankSummary } from "./complementarySuppression.js";
import type { Summary, SuppressedSummary } from "./Summary.js";

/**
 * Prepares a summary for publication, as tables about groups in which women discuss violence at
 * home must not point at a few people: every count from 1 to `k - 1` is blanked, and so is every
 * figure from which a blanked one could be worked out, so that no blanked value can be recomputed
 * from what is shown. A blanked value becomes `null` and is named in its row's `suppressed`
 * (`byKind.<kind>.<field>` for a kind's, `ageBands.<label>` for an age band,
 * `federations.<kind>` for a kind of federation); `unplaced` becomes `null` when blanked. Zeros
 * are shown. The rule (docs/aggregation.md, "Suppression"):
 *
 * - derived figures of the same row are blanked with their source (capacity with groups, the
 *   meeting figures with the groups judged, attendance with members, federated groups with groups,
 *   a ratio with any of its counts, the group sizes with groups or members);
 * - complementary suppression: where a blanked cell could be worked out from figures that add up
 *   (rows to the total, kinds to a row, age bands to members), the smallest shown non-zero cell that
 *   prevents it is blanked too (ties: by unit id, kind, band), until nothing more can be worked out.
 *
 * The result does not depend on the order of the rows. Suppress only what you publish: a
 * suppressed summary cannot be merged (merge the parts first), and two tables suppressed apart
 * (two levels, two thresholds) can be compared to undo each other.
 *
 * @param summary - A summary that was not suppressed yet.
 * @param k - The smallest count that may be shown, a whole number >= 1.
 * @returns A new {@link SuppressedSummary} with `suppressBelow: k`.
 * @throws RangeError when `k` is not a whole number >= 1 or the summary is suppressed already.
 * @throws TypeError when `summary` is not a summary whose figures add up (check one you are handed
 *   with `parseSummary` first), or `k` is not a number.
 *
 * @example
 * ```ts
 * import { summarize, suppressSummary } from "@kudumbashree/domain";
 *
 * const summary = summarize(
 *   {
 *     schemaVersion: 1,
 *     units: [{ id: "w1", kind: "ward", name: "Ward 1" }],
 *     people: [{ id: "p1", gender: "female" }, { id: "p2", gender: "female" }, { id: "p3", gender: "female" }],
 *     groups: [{ id: "g1", kind: "auxiliaryGroup", unitId: "w1" }],
 *     memberships: ["p1", "p2", "p3"].map((personId) => ({ groupId: "g1", personId, role: "member" as const })),
 *   },
 *   { level: "ward", groupKind: "auxiliaryGroup", asOf: "2021-11-06" },
 * );
 * const [ward] = suppressSummary(summary, 5).rows;
 * [ward?.groups, ward?.members, ward?.meanGroupSize, ward?.capacity, ward?.wards];
 * //=> [null, null, null, null, null]
 * ward?.suppressed?.includes("members");
 * //=> true
 * ```
 *
 * @public
 */
export function suppressSummary(summary: Summary, k: number): SuppressedSummary {
  const given = summary as Partial<Summary> | null;
  if (typeof given?.total?.ageBands !== "object" || given.total.ageBands === null || !Array.isArray(given.rows))
    throw typeError(
      `suppressSummary needs a summary (rows, and a total with age bands), got ${describeValue(summary)}`,
    );
  if (typeof k !== "number")
    throw typeError(`the suppression threshold must be a whole number >= 1, got ${describeValue(k)}`);
  requireWholeNumber(k, "the suppression threshold", 1);
  if ((summary as Summary | SuppressedSummary).suppressBelow !== null)
    throw rangeError("this summary is suppressed already");
  const { rows, total, unplaced } = blankSummary(summary, k);
  return { ...summary, suppressBelow: k, rows, total, unplaced };
}
