import { Dataset } from "../entities/Dataset.js";
import type { Issue } from "../issues/Issue.js";
import { issue } from "../issues/issueFactory.js";
import { type DatasetIndex, indexDataset } from "./indexDataset.js";
import type { SetAsideCounts } from "./SetAside.js";
import { schemaFields, schemaIssues } from "./schemaIssues.js";
import { restorePaths, setAsideRecords } from "./setAsideRecords.js";

/**
 * The answer of {@link parseDataset}: the typed dataset and its warnings when it has no error,
 * or every issue found when it has one.
 *
 * @example
 * ```ts
 * import { parseDataset, type ParseDatasetResult } from "@kudumbashree/domain";
 *
 * const result: ParseDatasetResult = parseDataset(
 *   JSON.parse('{"schemaVersion":1,"units":[],"people":[],"groups":[],"memberships":[]}'),
 * );
 * result.ok;
 * //=> true
 * ```
 *
 * @public
 */
export type ParseDatasetResult =
  | { readonly ok: true; readonly data: Dataset; readonly issues: readonly Issue[] }
  | { readonly ok: false; readonly issues: readonly Issue[] };

/** At most this many shape issues are listed, so a huge broken file gives a readable answer. */
const MAX_SCHEMA_ISSUES = 1000;

/**
 * The outcome of reading input as a dataset, for callers inside the package that go on checking
 * a dataset whose records have the right shape even when it has reference errors.
 *
 * @internal
 */
export type InspectedDataset =
  | { readonly ok: true; readonly index: DatasetIndex; readonly issues: Issue[]; readonly setAside: SetAsideCounts }
  | { readonly ok: false; readonly issues: Issue[] };

/**
 * Datasets that {@link parseDataset} accepted, with their indexes: `validate`, `summarize` and
 * `ageingOut` given one of them skip the second check. They are frozen, so they cannot change
 * behind the index.
 */
const checked = new WeakMap<object, { readonly index: DatasetIndex; readonly issues: readonly Issue[] }>();

/** Freezes a checked dataset, its collections, records and their lists (without recursion). */
function freezeDataset(data: Dataset): void {
  for (const meeting of data.meetings ?? []) {
    if (meeting.attendeeIds !== undefined) Object.freeze(meeting.attendeeIds);
    if (meeting.topics !== undefined) Object.freeze(meeting.topics);
  }
  for (const federation of data.federations ?? []) Object.freeze(federation.memberIds);
  for (const records of [
    data.units,
    data.people,
    data.groups,
    data.federations ?? [],
    data.memberships,
    data.meetings ?? [],
  ] as readonly object[][]) {
    for (const record of records) Object.freeze(record);
    Object.freeze(records);
  }
  Object.freeze(data);
}

/** The index of a dataset {@link parseDataset} accepted, if `input` is one. @internal */
export function checkedIndex(input: unknown): DatasetIndex | undefined {
  return typeof input === "object" && input !== null ? checked.get(input)?.index : undefined;
}

/**
 * Reads input as a dataset for validate, summarize and ageingOut: records that fail their schema
 * are set aside with their issues (and so are the records that depend on them), and the rest is
 * indexed and checked. Only an input whose outline is wrong (not an object, another schema
 * version, a collection that is not a list) or cannot be read at all is refused whole.
 *
 * @internal
 */
export function inspectDataset(input: unknown): InspectedDataset {
  if (typeof input === "object" && input !== null) {
    const known = checked.get(input);
    if (known !== undefined)
      return { ok: true, index: known.index, issues: known.issues.slice(), setAside: known.index.setAside };
  }
  try {
    const parsed = Dataset.safeParse(input);
    if (parsed.success) {
      const { index, issues } = indexDataset(parsed.data);
      return { ok: true, index, issues, setAside: index.setAside };
    }
    const salvaged = setAsideRecords(input, MAX_SCHEMA_ISSUES);
    if (salvaged === undefined) {
      const fields = schemaFields(Dataset);
      const { issues, omitted } = schemaIssues(input, input, parsed.error.issues, [], MAX_SCHEMA_ISSUES, fields);
      if (omitted > 0) issues.push(issue("schema.invalid", { reason: "truncated", omitted }));
      return { ok: false, issues };
    }
    const { index, issues } = indexDataset(salvaged.data, salvaged);
    restorePaths(issues, salvaged.positions);
    return { ok: true, index, issues: [...salvaged.issues, ...issues], setAside: index.setAside };
  } catch (error) {
    return {
      ok: false,
      issues: [issue("input.unreadable", { detail: error instanceof Error ? error.message : String(error) })],
    };
  }
}

/**
 * Reads any value (typically `JSON.parse` of an export) as a {@link Dataset}: checks the shape of
 * every record, then ids, references and the unit tree. It never throws, whatever it is given.
 *
 * Issues come in a fixed order: shape issues in input order; otherwise duplicate ids, lookalike
 * ids (`id.lookalike` warnings, collection by collection), the unit tree, groups, federations,
 * memberships and meetings, each in input order.
 *
 * The dataset it returns is a frozen copy of the input. {@link validate}, {@link summarize} and
 * {@link ageingOut} recognise it and do not check it a second time, so parse an export once and
 * then validate and summarise it as often as needed.
 *
 * @param input - Anything: a parsed JSON file, an object built by an app.
 * @returns `{ ok: true, data, issues }` (issues are then warnings only) or `{ ok: false, issues }`.
 *
 * @example
 * ```ts
 * import { parseDataset } from "@kudumbashree/domain";
 *
 * const result = parseDataset({
 *   schemaVersion: 1,
 *   units: [{ id: "w1", kind: "ward", name: "Ward 1" }],
 *   people: [{ id: "p1", gender: "female", dateOfBirth: "1999-02-30" }],
 *   groups: [],
 *   memberships: [],
 * });
 * result.ok;
 * //=> false
 * result.issues.map((issue) => [issue.code, issue.path?.join(".")]);
 * //=> [["schema.invalid", "people.0.dateOfBirth"]]
 * ```
 *
 * @public
 */
export function parseDataset(input: unknown): ParseDatasetResult {
  const inspected = inspectDataset(input);
  if (!inspected.ok) return inspected;
  const { issues } = inspected;
  if (issues.some((issue) => issue.severity === "error")) return { ok: false, issues };
  const { data } = inspected.index;
  if (!checked.has(data)) {
    freezeDataset(data);
    checked.set(data, { index: inspected.index, issues: issues.slice() });
  }
  return { ok: true, data, issues };
}
