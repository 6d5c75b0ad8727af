import { indexDataset } from "../dataset/indexDataset.js";
import { inspectDataset } from "../dataset/parseDataset.js";
import { noneSetAside } from "../dataset/SetAside.js";
import type { Group } from "../entities/Group.js";
import type { Meeting } from "../entities/Meeting.js";
import { inferRecordsFrom } from "../rules/definitions/cadence.js";
import { resolveSummarizeOptions } from "./resolveSummarizeOptions.js";
import type { SummarizeOptions } from "./SummarizeOptions.js";
import type { Summary, SuppressedSummary } from "./Summary.js";
import { SummaryBuilder } from "./SummaryBuilder.js";
import { suppressSummary } from "./suppressSummary.js";

/**
 * Rolls a dataset up the administrative tree: one row per unit of `level` (wards and villages,
 * groups, members, group sizes, coverage, capacity use, meeting compliance, attendance,
 * federations, members by age band) and a total row, computed the same way in every app. See
 * `docs/aggregation.md` for the definition of each figure.
 *
 * The input is checked as {@link validate} checks it; it never throws on data. A record that
 * fails its schema is set aside (with the records that depend on it), as are records with broken
 * references; each has its issue in `issues`, `setAside` counts them, and no figure counts them.
 * Input that is not a dataset at all gives a summary with no rows, the issues, and `setAside:
 * null`.
 *
 * Without `recordsFrom`, meeting cadence is judged from the earliest meeting date that can be
 * real, the date {@link validate} infers too; the summary says which date it used
 * (`recordsFrom`, `recordsFromInferred`).
 *
 * @param dataset - A dataset (anything is accepted and checked).
 * The summary's `provenance` names this library, the content hash of every rule set applied, and
 * the part the data is: `part` when given (`"kerala/2024-03-31"`), else an id derived from the
 * data (see {@link SummaryProvenance}), so that {@link mergeSummaries} can refuse a part merged
 * twice.
 *
 * @param options - `level`, `asOf`, and optionally `groupKind`, `suppressBelow`, `ruleSets`,
 *   `recordsFrom`, `ageBands`, `part`.
 * @returns The summary, a JSON-serialisable value that {@link mergeSummaries} combines; with
 *   `suppressBelow`, a {@link SuppressedSummary}.
 * @throws RangeError for options that are wrong (a programmer error): a date that is not real, an unknown level,
 *   a `part` that is not a well-formed id.
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
 * [summary.recordsFrom, summary.setAside?.memberships];
 * //=> [null, 0]
 * summary.provenance?.parts[0]?.slice(0, 13);
 * //=> "d/2021-11-06/"
 * ```
 *
 * @public
 */
export function summarize(
  dataset: unknown,
  options: SummarizeOptions & { readonly suppressBelow?: undefined },
): Summary;
/**
 * Summarises a dataset and blanks every count from 1 to `suppressBelow - 1` (see
 * {@link suppressSummary}).
 *
 * @param dataset - A dataset (anything is accepted and checked).
 * @param options - As above, with `suppressBelow`.
 * @returns A {@link SuppressedSummary}.
 *
 * @public
 */
export function summarize(
  dataset: unknown,
  options: SummarizeOptions & { readonly suppressBelow: number },
): SuppressedSummary;
/**
 * Summarises a dataset, suppressed when `options.suppressBelow` is set.
 *
 * @param dataset - A dataset (anything is accepted and checked).
 * @param options - As above.
 * @returns A {@link Summary}, or a {@link SuppressedSummary} when `suppressBelow` is set.
 *
 * @public
 */
export function summarize(dataset: unknown, options: SummarizeOptions): Summary | SuppressedSummary;
export function summarize(dataset: unknown, options: SummarizeOptions): Summary | SuppressedSummary {
  const resolved = resolveSummarizeOptions(options);
  const inspected = inspectDataset(dataset);
  let summary: Summary;
  if (!inspected.ok) {
    const builder = new SummaryBuilder(
      indexDataset({ schemaVersion: 1, units: [], people: [], groups: [], memberships: [] }).index,
      resolved,
    );
    builder.setAside = null;
    builder.report(inspected.issues);
    summary = builder.finish();
  } else {
    const { index } = inspected;
    // Cadence is judged from the date validate judges it from (inferred before any group is added).
    const inferred = resolved.recordsFrom === undefined ? inferRecordsFrom(datesOf(index.data.meetings)) : undefined;
    const builder = new SummaryBuilder(
      index,
      inferred === undefined ? resolved : { ...resolved, recordsFrom: inferred, recordsFromInferred: true },
      index.groups.size,
    );
    builder.setAside = { ...("setAside" in inspected ? inspected.setAside : noneSetAside()) };
    builder.report(inspected.issues);
    for (const federation of index.federations.values()) builder.addIndexedFederation(federation);
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
        index.personPositions,
      );
    }
    summary = builder.finish();
  }
  return options.suppressBelow === undefined ? summary : suppressSummary(summary, options.suppressBelow);
}

function* datesOf(meetings: readonly Meeting[] | undefined): Iterable<string> {
  for (const meeting of meetings ?? []) yield meeting.date;
}
