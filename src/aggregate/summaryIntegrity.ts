// Whether the figures of a summary handed in add up, as summarize, summarizeStream and
// mergeSummaries make them (see SummaryBuilder): the checks of parseSummary after the shape. Each
// problem is a `summary.inconsistent` issue naming the row, the kind of group, the field and a
// rule (the tokens are listed in docs/aggregation.md). Every relation checked here is closed under
// addition, so merging valid summaries gives a valid one.
//
// A value that is `null` (blanked by suppression) or wrong is unknown: only known values are
// compared, so a wrong count is reported once, not in every sum it is part of.

import { FederationKind } from "../entities/Federation.js";
import { pure } from "../internal/pure.js";
import type { Issue } from "../issues/Issue.js";
import { issue } from "../issues/issueFactory.js";
import type { SummaryCounts, SummaryRatios } from "./Summary.js";
import { type AnySummary, COUNT_FIELDS, RATIO_DEFINITIONS, SUM_FIELDS, type SumField, sumOf } from "./summaryRows.js";

type CountField = SumField | "minGroupSize" | "maxGroupSize";
type Figures = SummaryCounts<number | null> & SummaryRatios;
type Value = number | null;

/** Each ratio, its numerator and its denominator (as ratiosOf divides them). */
const RATIOS = RATIO_DEFINITIONS;

/**
 * A part and its whole: a ward (or village) with a group is one of the wards (or villages) and has
 * one of the groups (of its own, units being disjoint), capped members are members, judged groups
 * are groups, compliant groups were judged, federated groups are groups.
 */
const PARTS = [
  ["wardsWithGroup", "wards"],
  ["wardsWithGroup", "groups"],
  ["villagesWithGroup", "villages"],
  ["villagesWithGroup", "groups"],
  ["cappedMembers", "members"],
  ["groupsJudged", "groups"],
  ["groupsCompliant", "groupsJudged"],
  ["groupsFederated", "groups"],
] as const;

/** Figures that only groups bring (0 without a group), and only judged groups (0 without one). */
const FROM_GROUPS = ["members", "cappedMembers", "capacity", "groupsFederated"] as const;
const FROM_JUDGED_GROUPS = ["meetingsHeld", "meetingsExpected", "attendees", "attendanceSlots"] as const;

/** The row's own units, which every kind of group shares, and the covered ones, a union over kinds. */
const UNIT_FIELDS = ["wards", "villages"] as const;
const COVERED_FIELDS = ["wardsWithGroup", "villagesWithGroup"] as const;
/** Fields under no unit of the level that a total may count beyond its rows, with no group unplaced. */
const TOTAL_ONLY = pure(() => new Set<string>(UNIT_FIELDS));

/** Additive fields that a row adds up from its kinds of group (units are the row's, covered units a union). */
const BY_KIND_SUMS = pure(() =>
  SUM_FIELDS.filter(
    (field) =>
      !(UNIT_FIELDS as readonly string[]).includes(field) && !(COVERED_FIELDS as readonly string[]).includes(field),
  ),
);

/** The figures of a row as the checks read them: blanked or wrong values are `null` (unknown). */
interface Known {
  readonly counts: Record<CountField, Value>;
  readonly bands: Value[];
  /** Federations by position in `FederationKind.options` (0 where a kind is left out). */
  readonly federations: Value[];
}

/** Sums over rows (or over one kind of group in them), with the smallest and largest group. */
interface Sums {
  readonly counts: Record<SumField, Value>;
  readonly bands: Value[];
  readonly federations: Value[];
  min: Value;
  /** False when a part's smallest group is unknown (blanked), so `min` may be too large. */
  minExact: boolean;
  max: Value;
  maxExact: boolean;
}

/** Where figures are: the row's unit (`null` on the total), the kind of group, the JSON path. */
interface Place {
  readonly unitId: string | null;
  readonly kind: string | null;
  readonly path: readonly (string | number)[];
}

type Report = (field: string, rule: string, tail?: readonly (string | number)[]) => void;

const add = (a: Value, b: Value): Value => (a === null || b === null ? null : a + b);
const minOf = (a: Value, b: number): number => (a === null ? b : Math.min(a, b));
const maxOf = (a: Value, b: number): number => (a === null ? b : Math.max(a, b));

function zeroSums(bands: number): Sums {
  const counts = {} as Record<SumField, Value>;
  for (const field of SUM_FIELDS) counts[field] = 0;
  return {
    counts,
    bands: new Array<Value>(bands).fill(0),
    federations: new Array<Value>(FederationKind.options.length).fill(0),
    min: null,
    minExact: true,
    max: null,
    maxExact: true,
  };
}

function zeroKnown(bands: number): Known {
  const counts = {} as Record<CountField, Value>;
  for (const field of SUM_FIELDS) counts[field] = 0;
  counts.minGroupSize = null;
  counts.maxGroupSize = null;
  return {
    counts,
    bands: new Array<Value>(bands).fill(0),
    federations: new Array<Value>(FederationKind.options.length).fill(0),
  };
}

function addKnown(into: Sums, known: Known): void {
  for (const field of SUM_FIELDS) into.counts[field] = add(into.counts[field], known.counts[field]);
  known.bands.forEach((value, i) => {
    into.bands[i] = add(into.bands[i] ?? null, value);
  });
  known.federations.forEach((value, i) => {
    into.federations[i] = add(into.federations[i] ?? null, value);
  });
  const { minGroupSize: min, maxGroupSize: max, groups } = known.counts;
  if (min !== null) into.min = minOf(into.min, min);
  else if (groups !== 0) into.minExact = false;
  if (max !== null) into.max = maxOf(into.max, max);
  else if (groups !== 0) into.maxExact = false;
}

/**
 * The `summary.inconsistent` issues of a summary whose shape is right (parseSummary checked it,
 * with its age-band labels and its breakdowns by kind): at most `limit` of them, and how many more.
 *
 * @internal
 */
export function summaryIntegrityIssues(
  summary: AnySummary,
  labels: readonly string[],
  limit: number,
): { issues: Issue[]; omitted: number } {
  return new IntegrityCheck(summary, labels, limit).run();
}

class IntegrityCheck {
  private readonly issues: Issue[] = [];
  private omitted = 0;
  private readonly seen = new Set<string>();
  private readonly suppressed: boolean;
  /** Each age band's field name (`ageBands.<label>`) and path tail, made once. */
  private readonly bandFields: readonly string[];
  private readonly bandTails: readonly (readonly string[])[];
  private readonly federationFields: readonly string[];
  private readonly federationTails: readonly (readonly string[])[];

  constructor(
    private readonly summary: AnySummary,
    private readonly labels: readonly string[],
    private readonly limit: number,
  ) {
    this.suppressed = summary.suppressBelow !== null;
    this.bandFields = labels.map((label) => `ageBands.${label}`);
    this.bandTails = labels.map((label) => ["ageBands", label]);
    this.federationFields = FederationKind.options.map((kind) => `federations.${kind}`);
    this.federationTails = FederationKind.options.map((kind) => ["federations", kind]);
  }

  run(): { issues: Issue[]; omitted: number } {
    const { summary, labels } = this;
    const rowSums = zeroSums(labels.length);
    const kindSums = new Map<string, Sums>();
    const units = new Set<string>();
    summary.rows.forEach((row, i) => {
      const place: Place = { unitId: row.unitId, kind: null, path: ["rows", i] };
      if (units.has(row.unitId as string)) this.reporter(place)("unitId", "duplicate_unit");
      units.add(row.unitId as string);
      const known = this.row(row, place);
      addKnown(rowSums, known.all);
      for (const [kind, figures] of known.kinds) {
        let sums = kindSums.get(kind);
        if (sums === undefined) kindSums.set(kind, (sums = zeroSums(labels.length)));
        addKnown(sums, figures);
      }
    });
    const place: Place = { unitId: null, kind: null, path: ["total"] };
    const total = this.row(summary.total, place);
    const unplaced = this.unplaced();
    this.total(total.all, rowSums, unplaced, place, true);
    const totalKinds = new Map(total.kinds);
    for (const kind of new Set([...totalKinds.keys(), ...kindSums.keys()])) {
      this.total(
        totalKinds.get(kind) ?? zeroKnown(labels.length),
        kindSums.get(kind) ?? zeroSums(labels.length),
        unplaced,
        { unitId: null, kind, path: ["total", "byKind", kind] },
        false,
      );
    }
    return { issues: this.issues, omitted: this.omitted };
  }

  private reporter(place: Place): Report {
    return (field, rule, tail = [field]) => {
      const path = [...place.path, ...tail];
      const key = `${JSON.stringify(path)} ${rule}`;
      if (this.seen.has(key)) return;
      this.seen.add(key);
      if (this.issues.length >= this.limit) {
        this.omitted++;
        return;
      }
      this.issues.push(
        issue("summary.inconsistent", { unitId: place.unitId, kind: place.kind, field, rule }, { path }),
      );
    };
  }

  /** Checks a row (or the total) and its breakdown by kind; returns what is known of them. */
  private row(
    row: Figures & { readonly byKind?: Readonly<Partial<Record<string, Figures>>> },
    place: Place,
  ): { all: Known; kinds: [string, Known][] } {
    const all = this.figures(row, place);
    const kinds: [string, Known][] = [];
    for (const [kind, figures] of Object.entries(row.byKind ?? {})) {
      if (figures === undefined) continue;
      kinds.push([kind, this.figures(figures, { unitId: place.unitId, kind, path: [...place.path, "byKind", kind] })]);
    }
    if (row.byKind !== undefined) this.kindsAddUp(all, kinds, place);
    return { all, kinds };
  }

  /** Reads and checks the figures of a row or of one kind of group in it. */
  private figures(figures: Figures, place: Place): Known {
    const report = this.reporter(place);
    const counts = {} as Record<CountField, Value>;
    for (const field of COUNT_FIELDS) {
      const value = figures[field];
      // The common case (a whole number from 0 up) without a call.
      counts[field] =
        value !== null && Number.isSafeInteger(value) && value >= 0
          ? value
          : this.count(value, report, field, [field], field === "minGroupSize" || field === "maxGroupSize");
    }
    const { labels, bandFields, bandTails } = this;
    const bands: Value[] = new Array<Value>(labels.length);
    for (let i = 0; i < labels.length; i++) {
      const value = figures.ageBands[labels[i] as string] ?? null;
      bands[i] =
        value !== null && Number.isSafeInteger(value) && value >= 0
          ? value
          : this.count(value, report, bandFields[i] as string, bandTails[i] as readonly string[], false);
    }
    const federations: Value[] = FederationKind.options.map((kind, i) => {
      const value = figures.federations[kind];
      if (value === undefined) return 0;
      return value !== null && Number.isSafeInteger(value) && value >= 0
        ? value
        : this.count(value, report, this.federationFields[i] as string, this.federationTails[i] as string[], false);
    });
    const known = { counts, bands, federations };
    this.relations(known, report, false);
    const { groups } = counts;
    for (const field of ["minGroupSize", "maxGroupSize"] as const) {
      if (groups === 0 && counts[field] !== null) report(field, "no_groups");
      else if (!this.suppressed && groups !== null && groups > 0 && figures[field] === null)
        report(field, "null_not_suppressed");
    }
    for (const [ratio, numerators, denominators] of RATIOS) {
      const value = figures[ratio];
      if (value !== null && value < 0) report(ratio, "negative");
      const n = sumOf(counts, numerators);
      const d = sumOf(counts, denominators);
      if (n === null || d === null) continue;
      const expected = d === 0 ? null : n / d;
      if (value === null ? !this.suppressed && expected !== null : value !== expected) report(ratio, "ratio_mismatch");
    }
    return known;
  }

  /** A count as the checks read it: a whole number from 0 to 2^53 - 1, or null (reported when not allowed). */
  private count(value: Value, report: Report, field: string, tail: readonly string[], nullable: boolean): Value {
    if (value === null) {
      if (!this.suppressed && !nullable) report(field, "null_not_suppressed", tail);
      return null;
    }
    const rule = !Number.isInteger(value)
      ? "not_whole"
      : value < 0
        ? "negative"
        : value > Number.MAX_SAFE_INTEGER
          ? "too_large"
          : undefined;
    if (rule === undefined) return value;
    report(field, rule, tail);
    return null;
  }

  /**
   * The relations between the counts of a row, a breakdown, or the remainder of the total past
   * its rows (`remainder`: the groups under no unit of the level, whose smallest and largest
   * group are not published).
   */
  private relations(known: Known, report: Report, remainder: boolean): void {
    const c = known.counts;
    for (const [part, whole] of PARTS) {
      const p = c[part];
      const w = c[whole];
      if (p !== null && w !== null && p > w) report(part, "part_above_whole");
    }
    // Each covered ward or village has a group of its own.
    const covered = sumOf(c, COVERED_FIELDS);
    if (covered !== null && c.groups !== null && covered > c.groups) report("villagesWithGroup", "part_above_whole");
    if (c.groups === 0)
      for (const field of FROM_GROUPS) if (c[field] !== null && c[field] !== 0) report(field, "no_groups");
    if (c.groupsJudged === 0)
      for (const field of FROM_JUDGED_GROUPS)
        if (c[field] !== null && c[field] !== 0) report(field, "no_judged_groups");
    if (!known.bands.includes(null) && c.members !== null) {
      const sum = (known.bands as number[]).reduce((a, b) => a + b, 0);
      if (sum !== c.members) report("ageBands", "sum_mismatch");
    }
    if (remainder) return;
    const { minGroupSize: min, maxGroupSize: max, groups, members } = c;
    if (min === null || max === null) return;
    if (min > max) report("minGroupSize", "min_above_max");
    // One group has the fewest members and one the most; the others are in between.
    else if (groups !== null && groups > 0 && members !== null) {
      if (members < max + min * (groups - 1) || members > min + max * (groups - 1)) report("members", "size_bounds");
    }
  }

  /** A row's figures are those of its kinds of group added up (its wards and covered wards aside). */
  private kindsAddUp(row: Known, kinds: readonly [string, Known][], place: Place): void {
    const report = this.reporter(place);
    const sums = zeroSums(this.labels.length);
    for (const [kind, known] of kinds) {
      addKnown(sums, known);
      const kindReport = this.reporter({ unitId: place.unitId, kind, path: [...place.path, "byKind", kind] });
      // A kind's wards, villages and federations are its row's.
      for (const field of UNIT_FIELDS) {
        const value = known.counts[field];
        if (value !== null && row.counts[field] !== null && value !== row.counts[field])
          kindReport(field, "wards_mismatch");
      }
      known.federations.forEach((value, i) => {
        const whole = row.federations[i] ?? null;
        if (value !== null && whole !== null && value !== whole)
          kindReport(this.federationFields[i] as string, "wards_mismatch", this.federationTails[i]);
      });
      for (const field of COVERED_FIELDS) {
        const value = known.counts[field];
        if (value !== null && row.counts[field] !== null && value > (row.counts[field] as number))
          kindReport(field, "part_above_whole");
      }
    }
    for (const field of BY_KIND_SUMS) {
      const sum = sums.counts[field];
      if (sum !== null && row.counts[field] !== null && sum !== row.counts[field]) report(field, "sum_mismatch");
    }
    for (const field of COVERED_FIELDS) {
      const covered = sums.counts[field];
      if (covered !== null && row.counts[field] !== null && (row.counts[field] as number) > covered)
        report(field, "sum_mismatch");
    }
    this.extremes(row, sums, report, "sum_mismatch", true);
    this.labels.forEach((_, i) => {
      const sum = sums.bands[i] ?? null;
      const value = row.bands[i] ?? null;
      if (sum !== null && value !== null && sum !== value)
        report(this.bandFields[i] as string, "sum_mismatch", this.bandTails[i]);
    });
  }

  /**
   * The smallest and largest group of a whole against those of its parts: never beyond them, and
   * the same when the parts are all of it (`exact`) and theirs are all known.
   */
  private extremes(whole: Known, parts: Sums, report: Report, rule: string, exact: boolean): void {
    const { minGroupSize: min, maxGroupSize: max, groups } = whole.counts;
    if (min !== null && parts.min !== null && min > parts.min) report("minGroupSize", rule);
    if (max !== null && parts.max !== null && max < parts.max) report("maxGroupSize", rule);
    if (!exact) return;
    const known = (value: Value) => value !== null || groups === 0;
    if (parts.minExact && known(min) && min !== parts.min) report("minGroupSize", rule);
    if (parts.maxExact && known(max) && max !== parts.max) report("maxGroupSize", rule);
  }

  /** `unplaced`, as the checks read it. */
  private unplaced(): Value {
    return this.count(
      this.summary.unplaced,
      this.reporter({ unitId: null, kind: null, path: [] }),
      "unplaced",
      ["unplaced"],
      false,
    );
  }

  /**
   * The total (or one kind of group in it) against the sum of the rows: the total also counts
   * the groups under no unit of the level (`unplaced`) and wards under none, so what it has
   * beyond the rows is the figures of those groups and wards, which must make sense as a row.
   */
  private total(total: Known, rows: Sums, unplaced: Value, place: Place, all: boolean): void {
    const report = this.reporter(place);
    const rest = zeroKnown(this.labels.length);
    for (const field of SUM_FIELDS) {
      const value = total.counts[field];
      const sum = rows.counts[field];
      const r = value === null || sum === null ? null : value - sum;
      rest.counts[field] = r;
      if (r === null) continue;
      // Wards and villages under no unit of the level may have no group: their count is all a total
      // may add without unplaced groups.
      if (r < 0 || (all && field === "groups" && unplaced !== null && r !== unplaced)) report(field, "total_mismatch");
      else if (unplaced === 0 && !TOTAL_ONLY.has(field) && r !== 0) report(field, "total_mismatch");
    }
    // Federations under no unit of the level count in the total only: it has at least its rows'.
    total.federations.forEach((value, i) => {
      const sum = rows.federations[i] ?? null;
      const r = value === null || sum === null ? null : value - sum;
      rest.federations[i] = r;
      if (r !== null && r < 0) report(this.federationFields[i] as string, "total_mismatch", this.federationTails[i]);
    });
    this.labels.forEach((_, i) => {
      const value = total.bands[i] ?? null;
      const sum = rows.bands[i] ?? null;
      const r = value === null || sum === null ? null : value - sum;
      rest.bands[i] = r;
      if (r !== null && (r < 0 || (unplaced === 0 && r !== 0)))
        report(this.bandFields[i] as string, "total_mismatch", this.bandTails[i]);
    });
    this.relations(rest, (field, _rule, tail) => report(field, "total_mismatch", tail), true);
    this.extremes(total, rows, report, "total_mismatch", unplaced === 0);
    // The unplaced groups' members lie between the smallest and the largest group of the total.
    const { minGroupSize: min, maxGroupSize: max } = total.counts;
    const { groups, members } = rest.counts;
    if (min !== null && max !== null && groups !== null && members !== null) {
      if (members < min * groups || members > max * groups) report("members", "total_mismatch");
    }
  }
}
