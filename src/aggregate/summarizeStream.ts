import { z } from "zod";
import { indexDataset } from "../dataset/indexDataset.js";
import { inspectDataset } from "../dataset/parseDataset.js";
import type { SetAsideCounts } from "../dataset/SetAside.js";
import { schemaParams } from "../dataset/schemaIssues.js";
import { Federation } from "../entities/Federation.js";
import { Group } from "../entities/Group.js";
import { IsoDate } from "../entities/IsoDate.js";
import { Meeting } from "../entities/Meeting.js";
import { Membership } from "../entities/Membership.js";
import type { Unit } from "../entities/Unit.js";
import { typeError } from "../internal/errors.js";
import { describeValue } from "../internal/guards.js";
import { pure } from "../internal/pure.js";
import type { Issue } from "../issues/Issue.js";
import { issue } from "../issues/issueFactory.js";
import { resolveSummarizeOptions } from "./resolveSummarizeOptions.js";
import { StreamSummaryBuilder } from "./StreamSummaryBuilder.js";
import type { SummarizeOptions } from "./SummarizeOptions.js";
import type { Summary, SuppressedSummary } from "./Summary.js";
import { suppressSummary } from "./suppressSummary.js";

/**
 * One record of the stream {@link summarizeStream} reads: a group, a membership (with the
 * member's date of birth, as a join of memberships and people gives it), a meeting, or a
 * federation.
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
 *
 * @public
 */
export type SummaryStreamRecord =
  | { readonly type: "group"; readonly group: Group }
  | { readonly type: "membership"; readonly membership: Membership; readonly dateOfBirth?: string | undefined }
  | { readonly type: "meeting"; readonly meeting: Meeting }
  | { readonly type: "federation"; readonly federation: Federation };

/**
 * Options of {@link summarizeStream}: those of {@link summarize}, and a signal to stop reading.
 *
 * @example
 * ```ts
 * import type { SummarizeStreamOptions } from "@kudumbashree/domain";
 *
 * const options: SummarizeStreamOptions = { level: "state", asOf: "2020-08-14", signal: AbortSignal.timeout(60_000) };
 * ```
 *
 * @public
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
    z.strictObject({ type: z.literal("federation"), federation: Federation }),
  ]),
);

/** The collection of each record type, where a record left out is counted. */
const COLLECTIONS = {
  group: "groups",
  membership: "memberships",
  meeting: "meetings",
  federation: "federations",
} as const satisfies Record<SummaryStreamRecord["type"], keyof SetAsideCounts>;

/**
 * Summarises data read row by row (from a CSV export or a database cursor) keeping a few numbers
 * per unit, group, meeting and membership row, never the records themselves: the units first,
 * then an async iterable of groups, memberships, meetings and federations in any order. Gives the
 * same figures as {@link summarize} on the same records.
 *
 * Each record is checked; a bad one (or one whose properties throw when read) is left out,
 * reported in `issues` (its path starts `["records", n]`, n counting from 0) and counted in
 * `setAside`, and so are the memberships and meetings of a group that never comes, or that was
 * left out (reported once per group). A person's rows in a group that come together are counted
 * once (`membership.duplicate`); the stream keeps nothing per member but a 64-bit fingerprint of
 * each membership row, so rows of one group should come together, as exports list them. An
 * attendee counts when a membership makes her a counted member of the group on the meeting's day,
 * whether it comes before or after the meeting; an attendee with no membership of the group at all
 * is reported (`meeting.attendee_not_member`). Without `recordsFrom`, cadence is judged from the
 * earliest meeting date that can be real, known once the stream ends. At most `maxIssues` issues
 * are kept (`omittedIssues` counts the rest), so a stream of bad records cannot exhaust memory.
 *
 * @param units - The administrative units.
 * @param records - Groups, memberships (with the member's date of birth), meetings and federations.
 * @param options - As for {@link summarize}, and a `signal` that stops the reading.
 * @returns The summary; with `suppressBelow`, a {@link SuppressedSummary}.
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
 * [summary.rows[0]?.groups, summary.rows[0]?.members, summary.rows[0]?.villagesWithGroup];
 * //=> [1, 15, 1]
 * ```
 *
 * @public
 */
export async function summarizeStream(
  units: Iterable<Unit>,
  records: AsyncIterable<SummaryStreamRecord> | Iterable<SummaryStreamRecord>,
  options: SummarizeStreamOptions & { readonly suppressBelow?: undefined },
): Promise<Summary>;
/**
 * Summarises a stream and blanks every count from 1 to `suppressBelow - 1` (see
 * {@link suppressSummary}).
 *
 * @param units - The administrative units.
 * @param records - Groups, memberships, meetings and federations.
 * @param options - As above, with `suppressBelow`.
 * @returns A {@link SuppressedSummary}.
 *
 * @public
 */
export async function summarizeStream(
  units: Iterable<Unit>,
  records: AsyncIterable<SummaryStreamRecord> | Iterable<SummaryStreamRecord>,
  options: SummarizeStreamOptions & { readonly suppressBelow: number },
): Promise<SuppressedSummary>;
/**
 * Summarises a stream, suppressed when `options.suppressBelow` is set.
 *
 * @param units - The administrative units.
 * @param records - Groups, memberships, meetings and federations.
 * @param options - As above.
 * @returns A {@link Summary}, or a {@link SuppressedSummary} when `suppressBelow` is set.
 *
 * @public
 */
export async function summarizeStream(
  units: Iterable<Unit>,
  records: AsyncIterable<SummaryStreamRecord> | Iterable<SummaryStreamRecord>,
  options: SummarizeStreamOptions,
): Promise<Summary | SuppressedSummary>;
export async function summarizeStream(
  units: Iterable<Unit>,
  records: AsyncIterable<SummaryStreamRecord> | Iterable<SummaryStreamRecord>,
  options: SummarizeStreamOptions,
): Promise<Summary | SuppressedSummary> {
  const resolved = resolveSummarizeOptions(options);
  const signal = options.signal;
  if (signal !== undefined && !(signal instanceof AbortSignal)) {
    throw typeError(`signal must be an AbortSignal, got ${describeValue(signal)}`);
  }
  requireIterable(units, "units", false);
  requireIterable(records, "records", true);
  signal?.throwIfAborted();
  // The units are read as a dataset's are: one that fails its schema is set aside, with the units under it.
  const unitList: unknown[] = [...units];
  const inspected = inspectDataset({ schemaVersion: 1, units: unitList, people: [], groups: [], memberships: [] });
  const index = inspected.ok
    ? inspected.index
    : indexDataset({ schemaVersion: 1, units: [], people: [], groups: [], memberships: [] }).index;
  const builder = new StreamSummaryBuilder(index, resolved);
  const setAside = builder.setAside as NonNullable<StreamSummaryBuilder["setAside"]>;
  setAside.units = inspected.ok ? ("setAside" in inspected ? inspected.setAside.units : 0) : unitList.length;
  builder.report(inspected.issues);
  let n = 0;
  for await (const record of records) {
    signal?.throwIfAborted();
    const position = n++;
    const found = readRecord(record, position);
    if ("issue" in found) {
      builder.report(found.issue);
      if (found.collection !== undefined) setAside[found.collection]++;
      if (found.id !== undefined) builder.recordSetAside(found.id);
      continue;
    }
    const read = found.record;
    if (read.type === "group") {
      const group = read.group;
      if (builder.addGroup(group) < 0) {
        setAside.groups++;
        const at = { path: ["records", position], subject: { kind: "group", id: group.id } } as const;
        builder.report(issue("id.duplicate", undefined, at));
      } else if (!index.units.has(group.unitId)) {
        setAside.groups++;
        const at = {
          path: ["records", position, "group", "unitId"],
          subject: { kind: "group", id: group.id },
        } as const;
        builder.report(issue("reference.unknown", { id: group.unitId }, at));
      }
    } else if (read.type === "membership") builder.addMembership(read.membership, read.dateOfBirth);
    else if (read.type === "meeting") builder.addMeeting(read.meeting, position);
    else {
      const federation = read.federation;
      const added = builder.addFederation(federation, position);
      if (added !== "added") setAside.federations++;
      const subject = { kind: "federation", id: federation.id } as const;
      if (added === "duplicate")
        builder.report(issue("id.duplicate", undefined, { path: ["records", position], subject }));
      else if (added === "unknownUnit")
        builder.report(
          issue(
            "reference.unknown",
            { id: federation.unitId },
            { path: ["records", position, "federation", "unitId"], subject },
          ),
        );
    }
  }
  const summary = builder.finish();
  return options.suppressBelow === undefined ? summary : suppressSummary(summary, options.suppressBelow);
}

/**
 * A record of the stream, checked: the typed record, or the issue that leaves it out with the
 * collection to count it in (when its type can be read) and its id (when it has one).
 */
function readRecord(
  record: unknown,
  position: number,
):
  | { readonly record: SummaryStreamRecord }
  | { readonly issue: Issue; readonly collection: keyof SetAsideCounts | undefined; readonly id: string | undefined } {
  let parsed: ReturnType<typeof StreamRecord.safeParse>;
  try {
    parsed = StreamRecord.safeParse(record);
  } catch (error) {
    // A record whose properties throw when read (a getter, a proxy) is left out like a bad one.
    const detail = error instanceof Error ? error.message : String(error);
    const found = issue("input.unreadable", { detail }, { path: ["records", position] });
    return { issue: found, collection: undefined, id: undefined };
  }
  if (parsed.success) return { record: parsed.data as SummaryStreamRecord };
  // The record's first problem, said as a dataset's are (its field, its value, what is allowed).
  const zodIssue = parsed.error.issues[0];
  const [first] = zodIssue === undefined ? [] : schemaParams(zodIssue, record);
  const found = issue("schema.invalid", first?.params ?? { reason: "custom" }, { path: ["records", position] });
  return { issue: found, ...leftOut(record) };
}

/** The collection and id of a record that failed its schema, as far as they can be read. */
function leftOut(record: unknown): { collection: keyof SetAsideCounts | undefined; id: string | undefined } {
  try {
    const type: unknown =
      typeof record === "object" && record !== null ? (record as { type?: unknown }).type : undefined;
    if (typeof type !== "string" || !Object.hasOwn(COLLECTIONS, type)) return { collection: undefined, id: undefined };
    const inner: unknown = (record as Record<string, unknown>)[type];
    const id: unknown = typeof inner === "object" && inner !== null ? (inner as { id?: unknown }).id : undefined;
    const named = (type === "group" || type === "federation") && typeof id === "string" && id.length > 0;
    return { collection: COLLECTIONS[type as keyof typeof COLLECTIONS], id: named ? id : undefined };
  } catch {
    return { collection: undefined, id: undefined };
  }
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
