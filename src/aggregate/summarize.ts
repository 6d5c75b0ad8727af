import { indexDataset } from "../dataset/indexDataset.js";
import { inspectDataset } from "../dataset/parseDataset.js";
import type { Group } from "../entities/Group.js";
import { resolveSummarizeOptions } from "./resolveSummarizeOptions.js";
import type { SummarizeOptions } from "./SummarizeOptions.js";
import type { Summary } from "./Summary.js";
import { SummaryBuilder } from "./SummaryBuilder.js";
import { suppressSummary } from "./suppressSummary.js";

/**
 * Rolls a dataset up the administrative tree: one row per unit of `level` (wards, groups,
 * members, group sizes, coverage, capacity use, meeting compliance, attendance, members by age
 * band) and a total row, computed the same way in every app. See `docs/aggregation.md` for the
 * definition of each figure.
 *
 * The input is checked as {@link parseDataset} checks it; it never throws on data. Records with
 * problems are left out and the problems listed in `issues`; input whose shape is wrong gives a
 * summary with no rows and the shape issues.
 *
 * @param dataset - A dataset (anything is accepted and checked).
 * @param options - `level`, `asOf`, and optionally `groupKind`, `suppressBelow`, `ruleSets`, `recordsFrom`, `ageBands`.
 * @returns The summary, a JSON-serialisable value that {@link mergeSummaries} combines.
 * @throws RangeError for options that are wrong (a programmer error): a date that is not real, an unknown level.
 *
 * @example
 * ```ts
 * import { summarize } from "@kudumbashree/domain";
 *
 * const summary = summarize(
 *   {
 *     schemaVersion: 1,
 *     units: [
 *       { id: "d", kind: "district", name: "Thiruvananthapuram" },
 *       { id: "w1", kind: "ward", name: "Ward 1", parentId: "d" },
 *       { id: "w2", kind: "ward", name: "Ward 2", parentId: "d" },
 *     ],
 *     people: [{ id: "p1", gender: "female", dateOfBirth: "1999-01-01" }, { id: "p2", gender: "female" }],
 *     groups: [{ id: "g1", kind: "auxiliaryGroup", unitId: "w1", formedOn: "2021-10-02" }],
 *     memberships: [
 *       { groupId: "g1", personId: "p1", role: "member" },
 *       { groupId: "g1", personId: "p2", role: "member" },
 *     ],
 *   },
 *   { level: "district", groupKind: "auxiliaryGroup", asOf: "2021-11-06" },
 * );
 * const [district] = summary.rows;
 * [
 *   district?.wards,
 *   district?.wardsWithGroup,
 *   district?.groups,
 *   district?.members,
 *   district?.coverage,
 *   district?.capacityUse,
 * ];
 * //=> [2, 1, 1, 2, 0.5, 0.04]
 * district?.ageBands["18-25"];
 * //=> 1
 * ```
 */
export function summarize(dataset: unknown, options: SummarizeOptions): Summary {
  const resolved = resolveSummarizeOptions(options);
  const inspected = inspectDataset(dataset);
  let summary: Summary;
  if (!inspected.ok) {
    const builder = new SummaryBuilder(
      indexDataset({ schemaVersion: 1, units: [], people: [], groups: [], memberships: [] }).index,
      resolved,
    );
    builder.report(inspected.issues);
    summary = builder.finish();
  } else {
    const { index } = inspected;
    const builder = new SummaryBuilder(index, resolved, index.groups.size);
    builder.report(inspected.issues);
    const memberships = index.data.memberships;
    // One pass over the groups, each with its own memberships and meetings, all at the same
    // position in the index's arrays: nothing is looked up per group or per record.
    const { groupList, groupMemberships, groupMeetings } = index;
    for (let i = 0; i < groupList.length; i++) {
      const group = groupList[i] as Group;
      if (resolved.groupKind !== undefined && group.kind !== resolved.groupKind) continue;
      builder.addIndexedGroup(
        group,
        groupMemberships[i],
        memberships,
        index.data.people,
        index.membershipPersons,
        groupMeetings[i],
      );
    }
    summary = builder.finish();
  }
  return options.suppressBelow === undefined ? summary : suppressSummary(summary, options.suppressBelow);
}
