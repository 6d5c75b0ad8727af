import { ageBandLabels } from "../aggregate/ageBands.js";
import { SUMMARY_FORMAT_VERSION, type Summary, type SummaryRow } from "../aggregate/Summary.js";
import { contentHash } from "../aggregate/summaryProvenance.js";
import { addInto, type Counts, publishRow, type RowCounts, zeroCounts } from "../aggregate/summaryRows.js";
import { noneSetAside } from "../dataset/SetAside.js";
import { FederationKind } from "../entities/Federation.js";
import { GroupKind } from "../entities/Group.js";
import { typeError } from "../internal/errors.js";
import { describeValue } from "../internal/guards.js";
import { LIBRARY } from "../internal/packageVersion.js";
import { compareIds } from "../rules/definitions/compareIds.js";
import { ruleSetKey } from "../rules/registry/RuleSet.js";
import { resolveSqlOptions, type SummarySqlOptions } from "./summarySql.js";

const FN = "summaryFromRows";

/**
 * Makes the `Summary` from the rows the query of {@link summarySql} returned (as objects keyed by
 * column name, as `getRowObjectsJS()` in DuckDB or `rows` in PostgreSQL clients give them), with
 * the same options: equal, figure for figure, to what `summarize` makes of the same data, and
 * mergeable with summaries made in process (`mergeSummaries`). Only the per-unit results come
 * back to Node, never the records. The summary lists no issues and sets nothing aside: the SQL
 * reads rows that already pass the dataset's checks.
 *
 * @param rows - The result rows of the query.
 * @param options - The options given to {@link summarySql}, with `part` (the id of the part of the
 *   whole the tables hold, recorded in the provenance).
 * @returns The summary.
 * @throws TypeError when `part` is missing or a row is not one the query makes.
 * @since 0.2.0
 * @public
 *
 * @example
 * ```ts
 * import { summaryFromRows } from "@kudumbashree/domain/sql";
 *
 * const summary = summaryFromRows(
 *   [{ section: "meta", records_from: null }],
 *   { dialect: "duckdb", level: "district", asOf: "2024-03-31", part: "empty" },
 * );
 * [summary.rows.length, summary.total.groups, summary.provenance?.parts];
 * //=> [0, 0, ["empty"]]
 * ```
 */
export function summaryFromRows(
  rows: readonly Readonly<Record<string, unknown>>[],
  options: SummarySqlOptions,
): Summary {
  const { resolved } = resolveSqlOptions(options, FN);
  if (resolved.part === undefined)
    throw typeError(`${FN}: options.part must name the part of the whole the tables hold, such as "kerala/2024-03-31"`);
  if (!Array.isArray(rows)) throw typeError(`${FN}: rows must be an array, got ${describeValue(rows)}`);
  const labels = ageBandLabels(resolved.ageBands);
  const perKind = resolved.groupKind === undefined;
  const places = new Map<string | null, RowCounts>();
  const placeOf = (unitId: string | null, name: string) => {
    let place = places.get(unitId);
    if (place === undefined) {
      place = { unitId, name, all: zeroCounts(labels.length), byKind: perKind ? new Map() : undefined };
      places.set(unitId, place);
    }
    return place;
  };
  const kindCounts = new Map<string | null, Map<GroupKind, Counts>>();
  const federations = new Map<string | null, number[]>();
  const levelUnits = new Set<string>();
  let recordsFrom: string | null = null;
  rows.forEach((row, i) => {
    if (typeof row !== "object" || row === null) throw typeError(`${FN}: row ${i} is not an object`);
    const unitId = text(row, "unit_id", i);
    switch (row.section) {
      case "unit": {
        if (unitId !== null) levelUnits.add(unitId);
        const place = placeOf(unitId, text(row, "name", i) ?? "");
        place.all.wards = count(row, "wards", i);
        place.all.villages = count(row, "villages", i);
        place.all.wardsWithGroup = count(row, "wards_with_group", i);
        place.all.villagesWithGroup = count(row, "villages_with_group", i);
        break;
      }
      case "bucket": {
        const kind = text(row, "kind", i) as GroupKind;
        if (!GroupKind.options.includes(kind)) throw typeError(`${FN}: row ${i} has an unknown group kind`);
        const counts = zeroCounts(labels.length);
        counts.wardsWithGroup = count(row, "wards_with_group", i);
        counts.villagesWithGroup = count(row, "villages_with_group", i);
        counts.groups = count(row, "groups", i);
        counts.members = count(row, "members", i);
        counts.minGroupSize = count(row, "min_size", i);
        counts.maxGroupSize = count(row, "max_size", i);
        counts.cappedMembers = count(row, "capped_members", i);
        counts.capacity = count(row, "capacity", i);
        counts.groupsJudged = count(row, "groups_judged", i);
        counts.groupsCompliant = count(row, "groups_compliant", i);
        counts.meetingsHeld = count(row, "meetings_held", i);
        counts.meetingsExpected = count(row, "meetings_expected", i);
        counts.attendees = count(row, "attendees", i);
        counts.attendanceSlots = count(row, "attendance_slots", i);
        counts.groupsFederated = count(row, "groups_federated", i);
        counts.ageBands = labels.map((_, b) => count(row, `band_${b}`, i));
        let byKind = kindCounts.get(unitId);
        if (byKind === undefined) kindCounts.set(unitId, (byKind = new Map()));
        byKind.set(kind, counts);
        break;
      }
      case "federation": {
        const k = FederationKind.options.indexOf(text(row, "kind", i) as FederationKind);
        if (k < 0) throw typeError(`${FN}: row ${i} has an unknown federation kind`);
        let counts = federations.get(unitId);
        if (counts === undefined) federations.set(unitId, (counts = new Array(FederationKind.options.length).fill(0)));
        counts[k] = count(row, "federations", i);
        break;
      }
      case "meta":
        recordsFrom = text(row, "records_from", i);
        break;
      default:
        throw typeError(`${FN}: row ${i} is not a row of the summary query (section ${describeValue(row.section)})`);
    }
  });
  // As SummaryBuilder.publishRows: each place's kinds, then its units and federations, into the total.
  const total: RowCounts = {
    unitId: null,
    name: "Total",
    all: zeroCounts(labels.length),
    byKind: perKind ? new Map() : undefined,
  };
  const published: RowCounts[] = [];
  let unplaced = 0;
  const ids = new Set<string | null>([null, ...levelUnits]);
  for (const unitId of ids) {
    const place = placeOf(unitId, "");
    const { wards, villages, wardsWithGroup, villagesWithGroup } = place.all;
    for (const kind of GroupKind.options) {
      const counts = kindCounts.get(unitId)?.get(kind);
      if (counts === undefined) continue;
      if (unitId === null) unplaced += counts.groups;
      addInto(place.all, counts);
      place.byKind?.set(kind, counts);
      const totalKind = total.byKind?.get(kind);
      if (totalKind === undefined)
        total.byKind?.set(kind, { ...counts, federations: [...counts.federations], ageBands: [...counts.ageBands] });
      else addInto(totalKind, counts);
    }
    Object.assign(place.all, { wards, villages, wardsWithGroup, villagesWithGroup });
    place.all.federations = [...(federations.get(unitId) ?? place.all.federations)];
    addInto(total.all, place.all);
    if (unitId !== null) published.push(place);
  }
  for (const unitId of [...kindCounts.keys(), ...federations.keys()])
    if (!ids.has(unitId)) throw typeError(`${FN}: a row names a unit that is not of the level`);
  published.sort((a, b) => compareIds(a.unitId as string, b.unitId as string));
  const summarised = resolved.groupKind === undefined ? GroupKind.options : [resolved.groupKind];
  const applied = summarised
    .flatMap((kind) => {
      const ruleSet = resolved.rules.get(kind);
      return ruleSet === undefined ? [] : [[ruleSetKey(ruleSet), contentHash(ruleSet)] as const];
    })
    .sort(([a], [b]) => compareIds(a, b));
  const rowsOut: SummaryRow[] = published.map((row) => publishRow(row, labels));
  return {
    format: "kudumbashree.summary",
    formatVersion: SUMMARY_FORMAT_VERSION,
    provenance: { library: { ...LIBRARY }, ruleSets: Object.fromEntries(applied), parts: [resolved.part] },
    level: resolved.level,
    groupKind: resolved.groupKind ?? null,
    asOf: resolved.asOf,
    recordsFrom,
    recordsFromInferred: recordsFrom !== null && resolved.recordsFrom === undefined,
    ruleSets: applied.map(([key]) => key),
    ageBands: [...resolved.ageBands],
    suppressBelow: null,
    rows: rowsOut,
    total: publishRow(total, labels),
    unplaced,
    setAside: noneSetAside(),
    issues: [],
  };
}

function text(row: Readonly<Record<string, unknown>>, column: string, i: number): string | null {
  const value = row[column];
  if (value === null || value === undefined) return null;
  if (typeof value !== "string") throw typeError(`${FN}: row ${i} has ${column} ${describeValue(value)}, not text`);
  return value;
}

function count(row: Readonly<Record<string, unknown>>, column: string, i: number): number {
  const value = row[column] ?? 0;
  const number = typeof value === "bigint" ? Number(value) : value;
  if (typeof number !== "number" || !Number.isSafeInteger(number) || number < 0)
    throw typeError(`${FN}: row ${i} has ${column} ${describeValue(value)}, not a whole number`);
  return number;
}
