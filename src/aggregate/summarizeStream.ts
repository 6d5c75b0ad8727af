import { z } from "zod";
import { indexDataset } from "../dataset/indexDataset.js";
import { Group } from "../entities/Group.js";
import { IsoDate } from "../entities/IsoDate.js";
import { Meeting } from "../entities/Meeting.js";
import { Membership } from "../entities/Membership.js";
import { Unit } from "../entities/Unit.js";
import { append } from "../internal/append.js";
import { pure } from "../internal/pure.js";
import type { Issue } from "../issues/Issue.js";
import { issue } from "../issues/issueFactory.js";
import { resolveSummarizeOptions } from "./resolveSummarizeOptions.js";
import type { SummarizeOptions } from "./SummarizeOptions.js";
import type { Summary } from "./Summary.js";
import { SummaryBuilder } from "./SummaryBuilder.js";
import { suppressSummary } from "./suppressSummary.js";

/**
 * One record of the stream {@link summarizeStream} reads: a group, a membership (with the
 * member's date of birth, as a join of memberships and people gives it), or a meeting.
 *
 * @example
 * ```ts
 * import type { SummaryStreamRecord } from "@kudumbashree/domain";
 *
 * const row: SummaryStreamRecord = {
 *   type: "membership",
 *   membership: { groupId: "g1", personId: "p1", role: "member" },
 *   dateOfBirth: "1999-04-01",
 * };
 * ```
 */
export type SummaryStreamRecord =
  | { readonly type: "group"; readonly group: Group }
  | { readonly type: "membership"; readonly membership: Membership; readonly dateOfBirth?: string | undefined }
  | { readonly type: "meeting"; readonly meeting: Meeting };

const StreamRecord = pure(() =>
  z.discriminatedUnion("type", [
    z.strictObject({ type: z.literal("group"), group: Group }),
    z.strictObject({ type: z.literal("membership"), membership: Membership, dateOfBirth: IsoDate.optional() }),
    z.strictObject({ type: z.literal("meeting"), meeting: Meeting }),
  ]),
);

/**
 * Summarises data read row by row (from a CSV export or a database cursor) with memory that grows
 * with the number of units and groups, not members: the units first, then an async iterable of
 * groups, memberships and meetings in any order. Gives the same summary as {@link summarize} on
 * the same records.
 *
 * Each record is checked; a bad one is left out and reported in `issues` (its path is
 * `["records", n]`, n counting from 0). Memberships and meetings of a group that never comes are
 * reported once per group.
 *
 * @param units - The administrative units.
 * @param records - Groups, memberships (with the member's date of birth) and meetings.
 * @param options - As for {@link summarize}.
 * @returns The summary.
 * @throws RangeError for options that are wrong (a programmer error).
 *
 * @example
 * ```ts
 * import { summarizeStream, type SummaryStreamRecord } from "@kudumbashree/domain";
 *
 * async function* rows(): AsyncGenerator<SummaryStreamRecord> {
 *   yield { type: "group", group: { id: "g1", kind: "balasabha", unitId: "v1" } };
 *   for (let i = 0; i < 15; i++) {
 *     yield {
 *       type: "membership",
 *       membership: { groupId: "g1", personId: `c${i}`, role: "member" },
 *       dateOfBirth: "2012-06-01",
 *     };
 *   }
 * }
 * const summary = await summarizeStream(
 *   [{ id: "TR", kind: "state", name: "Tripura" }, { id: "v1", kind: "village", name: "Village 1", parentId: "TR" }],
 *   rows(),
 *   { level: "state", groupKind: "balasabha", asOf: "2020-08-14" },
 * );
 * [summary.rows[0]?.groups, summary.rows[0]?.members];
 * //=> [1, 15]
 * ```
 */
export async function summarizeStream(
  units: Iterable<Unit>,
  records: AsyncIterable<SummaryStreamRecord> | Iterable<SummaryStreamRecord>,
  options: SummarizeOptions,
): Promise<Summary> {
  const resolved = resolveSummarizeOptions(options);
  const issues: Issue[] = [];
  const unitList = z.array(Unit).safeParse([...units]);
  const structure = indexDataset({
    schemaVersion: 1,
    units: unitList.success ? unitList.data : [],
    people: [],
    groups: [],
    memberships: [],
  });
  if (!unitList.success) {
    for (const zodIssue of unitList.error.issues.slice(0, 1000)) {
      const path = ["units", ...zodIssue.path.map((key) => (typeof key === "symbol" ? String(key) : key))];
      issues.push(issue("schema.invalid", { reason: zodIssue.code }, { path, detail: zodIssue.message }));
    }
  }
  append(issues, structure.issues);
  const builder = new SummaryBuilder(structure.index, resolved);
  let n = 0;
  for await (const record of records) {
    const position = n++;
    const parsed = StreamRecord.safeParse(record);
    if (!parsed.success) {
      const first = parsed.error.issues[0];
      const field = first === undefined || first.path.length === 0 ? "" : `${first.path.map(String).join(".")}: `;
      const detail = `${field}${first?.message ?? "not a record"}; the record was left out.`;
      issues.push(
        issue("schema.invalid", { reason: first?.code ?? "invalid" }, { path: ["records", position], detail }),
      );
      continue;
    }
    const value = parsed.data;
    if (value.type === "group") {
      if (builder.addGroup(value.group) < 0) {
        issues.push(
          issue("id.duplicate", undefined, {
            path: ["records", position],
            subject: { kind: "group", id: value.group.id },
          }),
        );
      } else if (!structure.index.units.has(value.group.unitId)) {
        issues.push(
          issue(
            "reference.unknown",
            { id: value.group.unitId },
            { path: ["records", position, "group", "unitId"], subject: { kind: "group", id: value.group.id } },
          ),
        );
      }
    } else if (value.type === "membership") builder.addMembership(value.membership, value.dateOfBirth);
    else builder.addMeeting(value.meeting);
  }
  append(builder.issues, issues);
  const summary = builder.finish();
  return options.suppressBelow === undefined ? summary : suppressSummary(summary, options.suppressBelow);
}
