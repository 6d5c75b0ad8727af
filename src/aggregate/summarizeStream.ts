import { z } from "zod";
import { indexDataset } from "../dataset/indexDataset.js";
import { Group } from "../entities/Group.js";
import { IsoDate } from "../entities/IsoDate.js";
import { Meeting } from "../entities/Meeting.js";
import { Membership } from "../entities/Membership.js";
import { Unit } from "../entities/Unit.js";
import { append } from "../internal/append.js";
import { typeError } from "../internal/errors.js";
import { describeValue } from "../internal/guards.js";
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

/**
 * Options of {@link summarizeStream}: those of {@link summarize}, and a signal to stop reading.
 *
 * @example
 * ```ts
 * import type { SummarizeStreamOptions } from "@kudumbashree/domain";
 *
 * const options: SummarizeStreamOptions = { level: "state", asOf: "2020-08-14", signal: AbortSignal.timeout(60_000) };
 * ```
 */
export interface SummarizeStreamOptions extends SummarizeOptions {
  /** When it aborts, the stream stops being read and the promise rejects with its reason. */
  readonly signal?: AbortSignal | undefined;
}

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
 * Each record is checked; a bad one (or one whose properties throw when read) is left out and
 * reported in `issues` (its path starts `["records", n]`, n counting from 0). Memberships and
 * meetings of a group that never comes are reported once per group. A person's rows in a group
 * that come together are counted once (`membership.duplicate`); the stream keeps nothing per
 * member, so rows of one group should come together, as exports list them. At most `maxIssues`
 * issues are kept (`omittedIssues` counts the rest), so a stream of bad records cannot exhaust
 * memory.
 *
 * @param units - The administrative units.
 * @param records - Groups, memberships (with the member's date of birth) and meetings.
 * @param options - As for {@link summarize}, and a `signal` that stops the reading.
 * @returns The summary.
 * @throws RangeError for options that are wrong, TypeError for arguments of the wrong type (a
 *   programmer error); the promise rejects with the signal's reason when it aborts.
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
  options: SummarizeStreamOptions,
): Promise<Summary> {
  const resolved = resolveSummarizeOptions(options);
  const signal = options.signal;
  if (signal !== undefined && !(signal instanceof AbortSignal)) {
    throw typeError(`signal must be an AbortSignal, got ${describeValue(signal)}`);
  }
  requireIterable(units, "units", false);
  requireIterable(records, "records", true);
  signal?.throwIfAborted();
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
  builder.report(issues);
  let n = 0;
  for await (const record of records) {
    signal?.throwIfAborted();
    const position = n++;
    const found = readRecord(record, position);
    if ("code" in found) {
      builder.report(found);
      continue;
    }
    if (found.type === "group") {
      const group = found.group;
      if (builder.addGroup(group) < 0) {
        const at = { path: ["records", position], subject: { kind: "group", id: group.id } } as const;
        builder.report(issue("id.duplicate", undefined, at));
      } else if (!structure.index.units.has(group.unitId)) {
        const at = {
          path: ["records", position, "group", "unitId"],
          subject: { kind: "group", id: group.id },
        } as const;
        builder.report(issue("reference.unknown", { id: group.unitId }, at));
      }
    } else if (found.type === "membership") builder.addMembership(found.membership, found.dateOfBirth);
    else builder.addMeeting(found.meeting);
  }
  const summary = builder.finish();
  return options.suppressBelow === undefined ? summary : suppressSummary(summary, options.suppressBelow);
}

/** A record of the stream, checked: the typed record, or the issue that leaves it out. */
function readRecord(record: unknown, position: number): SummaryStreamRecord | Issue {
  let parsed: ReturnType<typeof StreamRecord.safeParse>;
  try {
    parsed = StreamRecord.safeParse(record);
  } catch (error) {
    // A record whose properties throw when read (a getter, a proxy) is left out like a bad one.
    const detail = error instanceof Error ? error.message : String(error);
    return issue("input.unreadable", undefined, { path: ["records", position], detail });
  }
  if (parsed.success) return parsed.data as SummaryStreamRecord;
  const first = parsed.error.issues[0];
  const field = first === undefined || first.path.length === 0 ? "" : `${first.path.map(String).join(".")}: `;
  const detail = `${field}${first?.message ?? "not a record"}; the record was left out.`;
  return issue("schema.invalid", { reason: first?.code ?? "invalid" }, { path: ["records", position], detail });
}

function requireIterable(value: unknown, name: string, async: boolean): void {
  const object = value as { [Symbol.iterator]?: unknown; [Symbol.asyncIterator]?: unknown } | null | undefined;
  const ok =
    typeof object?.[Symbol.iterator] === "function" || (async && typeof object?.[Symbol.asyncIterator] === "function");
  if (!ok)
    throw typeError(
      `${name} must be ${async ? "an iterable or async iterable" : "an iterable"}, got ${describeValue(value)}`,
    );
}
