// Suppression must not be undoable: an attacker who reads a suppressed summary, and knows what is
// public (the rule sets' group sizes and cadences, the dates), works out every figure it can, and
// must not arrive at a blanked value. The attacker below is written from the definitions of the
// figures (docs/aggregation.md), not from the suppression code, and solves the sums exactly
// (linear algebra, modulo a large prime) together with the relations between figures.
//
// SUPPRESS_IMPL=<path> runs the same checks against another implementation of suppressSummary
// (the one before issue 13 fails them).

import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseSummary } from "../../src/aggregate/parseSummary.js";
import type {
  Summary,
  SummaryCounts,
  SummaryRatios,
  SummaryRow,
  SuppressedSummary,
} from "../../src/aggregate/Summary.js";
import { summarize } from "../../src/aggregate/summarize.js";
import { suppressSummary as ownSuppressSummary } from "../../src/aggregate/suppressSummary.js";
import type { Dataset } from "../../src/entities/Dataset.js";
import { FederationKind } from "../../src/entities/Federation.js";
import { GroupKind } from "../../src/entities/Group.js";
import type { UnitKind } from "../../src/entities/Unit.js";
import { resolveRuleSets } from "../../src/rules/registry/resolveRuleSets.js";
import { generateSample } from "../../src/testing/generateSample.js";
import { datasetArbitrary } from "../helpers/arbitraries.js";
import { exampleDataset } from "../helpers/example.js";
import { summaryFixture } from "./summaryFixture.js";

const suppressSummary: (summary: Summary, k: number) => SuppressedSummary =
  process.env["SUPPRESS_IMPL"] === undefined
    ? ownSuppressSummary
    : ((await import(process.env["SUPPRESS_IMPL"])) as { suppressSummary: typeof ownSuppressSummary }).suppressSummary;

type Figures = SummaryCounts<number | null> & SummaryRatios;
const COUNTS = [
  "wards",
  "villages",
  "wardsWithGroup",
  "villagesWithGroup",
  "groups",
  "members",
  "minGroupSize",
  "maxGroupSize",
  "cappedMembers",
  "capacity",
  "groupsJudged",
  "groupsCompliant",
  "meetingsHeld",
  "meetingsExpected",
  "attendees",
  "attendanceSlots",
  "groupsFederated",
] as const;
/** Fields that add up over the kinds of group of a row (and over rows). */
const ADDITIVE = [
  "groups",
  "members",
  "cappedMembers",
  "capacity",
  "groupsJudged",
  "groupsCompliant",
  "meetingsHeld",
  "meetingsExpected",
  "attendees",
  "attendanceSlots",
  "groupsFederated",
] as const;
/** Each ratio: the sum of its numerators over the sum of its denominators. */
const RATIOS: Record<string, readonly [readonly string[], readonly string[]]> = {
  meanGroupSize: [["members"], ["groups"]],
  coverage: [
    ["wardsWithGroup", "villagesWithGroup"],
    ["wards", "villages"],
  ],
  capacityUse: [["cappedMembers"], ["capacity"]],
  meetingCompliance: [["groupsCompliant"], ["groupsJudged"]],
  attendanceRate: [["attendees"], ["attendanceSlots"]],
  federatedShare: [["groupsFederated"], ["groups"]],
};
/** A row's own figures, which each of its kinds of group repeats: its units and its federations. */
const FEDERATIONS = FederationKind.options.map((kind) => `federations.${kind}`);
const ROW_OWN = ["wards", "villages", ...FEDERATIONS];
/** Covered units: a union over the kinds of group, not a sum. */
const COVERED = ["wardsWithGroup", "villagesWithGroup"];
const MEETING_FIELDS = [
  "groupsJudged",
  "groupsCompliant",
  "meetingsHeld",
  "meetingsExpected",
  "attendees",
  "attendanceSlots",
] as const;

// ---------------------------------------------------------------------------------------------
// Exact linear algebra modulo a prime below 2^26.5 (products stay exact in doubles): a variable
// is determined by the equations exactly when, in the reduced row echelon form, its row holds it
// alone. (Over the rationals the same holds except for a vanishing share of primes.)

const P = 94_906_249;
const mod = (a: number) => ((a % P) + P) % P;
const mul = (a: number, b: number) => (a * b) % P; // a, b < P < 2^26.5
function inverse(a: number): number {
  let [r0, r1, s0, s1] = [a, P, 1, 0];
  while (r1 !== 0) {
    const q = Math.floor(r0 / r1);
    [r0, r1] = [r1, r0 - q * r1];
    [s0, s1] = [s1, s0 - q * s1];
  }
  return mod(s0);
}

class Solver {
  /** Pivot variable -> its row (variable -> coefficient), the pivot's coefficient 1. */
  private readonly rows = new Map<number, Map<number, number>>();
  /** Variable -> the pivots whose rows hold it. */
  private readonly holders = new Map<number, Set<number>>();

  add(terms: Iterable<readonly [number, number]>): void {
    const row = new Map<number, number>();
    for (const [v, c] of terms) row.set(v, mod((row.get(v) ?? 0) + c));
    for (const [v, c] of [...row]) if (c === 0) row.delete(v);
    for (const v of [...row.keys()]) {
      const pivotRow = this.rows.get(v);
      const c = row.get(v);
      if (pivotRow !== undefined && c !== undefined) this.subtract(row, pivotRow, c);
    }
    if (row.size === 0) return;
    const pivot = Math.min(...row.keys());
    const scale = inverse(row.get(pivot) as number);
    for (const [v, c] of row) row.set(v, mul(c, scale));
    for (const other of [...(this.holders.get(pivot) ?? [])]) {
      const otherRow = this.rows.get(other) as Map<number, number>;
      const before = new Set(otherRow.keys());
      this.subtract(otherRow, row, otherRow.get(pivot) as number);
      for (const v of before) if (!otherRow.has(v)) this.holders.get(v)?.delete(other);
      for (const v of otherRow.keys()) if (!before.has(v)) this.hold(v, other);
    }
    this.rows.set(pivot, row);
    for (const v of row.keys()) if (v !== pivot) this.hold(v, pivot);
  }

  /** The variables the equations fix. */
  determined(): number[] {
    return [...this.rows].flatMap(([pivot, row]) => (row.size === 1 ? [pivot] : []));
  }

  private hold(v: number, pivot: number): void {
    let set = this.holders.get(v);
    if (set === undefined) this.holders.set(v, (set = new Set()));
    set.add(pivot);
  }

  private subtract(row: Map<number, number>, by: ReadonlyMap<number, number>, times: number): void {
    for (const [v, c] of by) {
      const next = mod((row.get(v) ?? 0) - mul(c, times));
      if (next === 0) row.delete(v);
      else row.set(v, next);
    }
  }
}

// ---------------------------------------------------------------------------------------------
// The attacker.

interface Entry {
  readonly place: string; // a unit id, "#total", or "#unplaced" (the groups under no unit of the level)
  readonly slot: string; // "all" or a kind of group
  readonly shown: Figures | undefined; // what is published (nothing for the unplaced groups)
  readonly listed: ReadonlySet<string>; // its fields named in `suppressed`
  readonly truth: Readonly<Record<string, number | null>>; // every field, from the summary before suppression
}

const figure = (figures: Figures, field: string): number | null =>
  field.startsWith("ageBands.")
    ? (figures.ageBands[field.slice(9)] ?? null)
    : field.startsWith("federations.")
      ? field.slice(12) in figures.federations
        ? (figures.federations[field.slice(12) as FederationKind] as number | null)
        : 0
      : (figures as never)[field];

/** The entries of a summary before (`truth`) and after (`shown`) suppression, and the hidden ones. */
function entriesOf(truth: Summary, shown: SuppressedSummary, labels: readonly string[]): Entry[] {
  const fields = [...COUNTS, ...Object.keys(RATIOS), ...FEDERATIONS, ...labels.map((label) => `ageBands.${label}`)];
  const values = (figures: Figures) => Object.fromEntries(fields.map((field) => [field, figure(figures, field)]));
  const entries: Entry[] = [];
  const rowsById = new Map(shown.rows.map((row) => [row.unitId, row]));
  type Row = SummaryRow<number | null>;
  const pairs: [Row, Row, string][] = [
    ...truth.rows.map((row) => [row, rowsById.get(row.unitId) as Row, row.unitId as string] as const),
    [truth.total, shown.total, "#total"],
  ] as [Row, Row, string][];
  for (const [before, after, place] of pairs) {
    const listed = new Set(after.suppressed ?? []);
    entries.push({
      place,
      slot: "all",
      shown: after,
      listed: new Set([...listed].filter((name) => !name.startsWith("byKind."))),
      truth: values(before),
    });
    for (const [kind, figures] of Object.entries(before.byKind ?? {})) {
      const prefix = `byKind.${kind}.`;
      entries.push({
        place,
        slot: kind,
        shown: after.byKind?.[kind as GroupKind] as Figures,
        listed: new Set([...listed].filter((name) => name.startsWith(prefix)).map((name) => name.slice(prefix.length))),
        truth: values(figures),
      });
    }
  }
  // The unplaced groups: the total minus the rows (their sizes are not known to anyone).
  for (const slot of ["all", ...Object.keys(truth.total.byKind ?? {})]) {
    const of = (row: SummaryRow<number | null>) => (slot === "all" ? row : row.byKind?.[slot as GroupKind]);
    const rest = Object.fromEntries(
      fields.map((field) => {
        if (field === "minGroupSize" || field === "maxGroupSize" || field in RATIOS) return [field, null];
        let value = figure(of(truth.total) as Figures, field) as number;
        for (const row of truth.rows) {
          const figures = of(row);
          if (figures !== undefined) value -= figure(figures, field) as number;
        }
        return [field, value];
      }),
    );
    entries.push({ place: "#unplaced", slot, shown: undefined, listed: new Set(), truth: rest });
  }
  return entries;
}

/** Full periods of a cadence between two days, at most (every judged group has between 1 and this many). */
function mostPeriods(per: "week" | "month", from: string | null, to: string | null): number {
  if (from === null || to === null) return Number.POSITIVE_INFINITY;
  if (per === "month") {
    const months = (date: string) => Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7));
    return months(to) - months(from) + 1;
  }
  return Math.ceil((Date.parse(to) - Date.parse(from)) / 86_400_000 / 7) + 2;
}

interface Found {
  readonly key: string;
  readonly value: number;
}

/**
 * Every blanked value (not 0) the attacker works out, and every small count of the unplaced groups
 * (published only as `unplaced`, their number).
 */
function attack(truth: Summary, shown: SuppressedSummary, k: number): Found[] {
  const labels = Object.keys(truth.total.ageBands);
  const entries = entriesOf(truth, shown, labels);
  const rules = resolveRuleSets(truth.asOf as string, undefined);
  const ids = new Map<string, number>();
  const keys: string[] = [];
  const truthOf: (number | null)[] = [];
  const id = (entry: Entry, field: string) => {
    const key = `${entry.place}|${entry.slot}|${field}`;
    let found = ids.get(key);
    if (found === undefined) {
      ids.set(key, (found = keys.length));
      keys.push(key);
      truthOf.push(entry.truth[field] ?? null);
    }
    return found;
  };
  const solver = new Solver();
  const known = new Set<number>();
  const learn = (v: number) => {
    if (known.has(v)) return false;
    known.add(v);
    solver.add([[v, 1]]);
    return true;
  };
  const equation = (terms: [number, number][]) => solver.add(terms);
  const value = (v: number) => truthOf[v] as number; // the value of a variable the attacker knows
  const entryAt = new Map(entries.map((entry) => [`${entry.place}|${entry.slot}`, entry]));
  const places = [...new Set(entries.map((entry) => entry.place))];
  const slots = ["all", ...Object.keys(truth.total.byKind ?? {})];
  const bandFields = labels.map((label) => `ageBands.${label}`);
  const isKindLevel = (entry: Entry) => entry.slot !== "all" || truth.groupKind !== null;
  const kindOf = (entry: Entry) => (entry.slot === "all" ? (truth.groupKind as GroupKind) : (entry.slot as GroupKind));

  // What is published.
  for (const entry of entries) {
    for (const field of Object.keys(entry.truth)) {
      const v = id(entry, field);
      if (entry.shown === undefined) continue;
      const published = figure(entry.shown, field);
      if (published !== null) {
        expect(published, `${keys[v]} is shown as it was`).toBe(truthOf[v]);
        learn(v);
      } else if (!entry.listed.has(field)) {
        // Not blanked: a ratio without a denominator, the sizes without groups.
        expect(truthOf[v], `${keys[v]} is null but not listed in suppressed`).toBeNull();
        learn(v);
        for (const denominator of RATIOS[field]?.[1] ?? []) learn(id(entry, denominator));
        if (field === "minGroupSize" || field === "maxGroupSize") learn(id(entry, "groups"));
      } else {
        expect(published, `${keys[v]} is listed in suppressed`).toBeNull();
      }
    }
  }
  const unplaced = id(entryAt.get("#unplaced|all") as Entry, "groups");
  if (shown.unplaced !== null) {
    expect(shown.unplaced, "unplaced is shown as it was").toBe(truthOf[unplaced]);
    learn(unplaced);
  }
  if (shown.unplaced === 0) {
    // No unplaced groups: all their figures are 0 but their wards, villages and federations.
    for (const entry of entries.filter((entry) => entry.place === "#unplaced"))
      for (const field of Object.keys(entry.truth))
        if (!ROW_OWN.includes(field) && entry.truth[field] !== null) learn(id(entry, field));
  }

  // The sums.
  for (const slot of slots) {
    const fields = [...ADDITIVE, ...COVERED, ...bandFields, ...(slot === "all" ? ROW_OWN : [])];
    for (const field of fields) {
      const terms: [number, number][] = [];
      for (const place of places) {
        const entry = entryAt.get(`${place}|${slot}`);
        if (entry !== undefined) terms.push([id(entry, field), place === "#total" ? -1 : 1]);
      }
      equation(terms);
    }
  }
  for (const place of places) {
    const all = entryAt.get(`${place}|all`) as Entry;
    const parts = slots.slice(1).flatMap((slot) => entryAt.get(`${place}|${slot}`) ?? []);
    if (parts.length > 0) {
      for (const field of [...ADDITIVE, ...bandFields])
        equation([[id(all, field), -1], ...parts.map((part) => [id(part, field), 1] as [number, number])]);
    }
    if (place !== "#unplaced") {
      for (const part of parts)
        for (const field of ROW_OWN)
          equation([
            [id(part, field), 1],
            [id(all, field), -1],
          ]);
      if (parts.length === 1) {
        for (const field of [...COVERED, "minGroupSize", "maxGroupSize"])
          equation([
            [id(parts[0] as Entry, field), 1],
            [id(all, field), -1],
          ]);
      }
    }
  }
  for (const entry of entries)
    equation([[id(entry, "members"), -1], ...bandFields.map((f) => [id(entry, f), 1] as [number, number])]);
  // The rules of the kind: capacity, capped members, meetings.
  for (const entry of entries.filter(isKindLevel)) {
    const ruleSet = rules.get(kindOf(entry));
    const max = ruleSet?.groupSize?.max;
    const specialMax = ruleSet?.specialGroupSize?.max;
    if (max === undefined && specialMax === undefined) {
      learn(id(entry, "capacity"));
      learn(id(entry, "cappedMembers"));
    } else if (max !== undefined && (specialMax === undefined || specialMax === max)) {
      equation([
        [id(entry, "capacity"), 1],
        [id(entry, "groups"), -max],
      ]);
      equation([
        [id(entry, "cappedMembers"), 1],
        [id(entry, "members"), -1],
      ]);
    }
    const cadence = ruleSet?.meetings;
    if (cadence === undefined) for (const field of MEETING_FIELDS) learn(id(entry, field));
    else if (mostPeriods(cadence.per, truth.recordsFrom, truth.asOf) === 1)
      equation([
        [id(entry, "meetingsExpected"), 1],
        [id(entry, "groupsJudged"), -cadence.count],
      ]);
  }

  // Relations that need values, until nothing more is learnt.
  const pairsDone = new Set<string>();
  for (let learnt = true; learnt; ) {
    learnt = false;
    for (const v of solver.determined()) if (!known.has(v)) learnt = learn(v) || learnt;
    const has = (entry: Entry, field: string) => known.has(id(entry, field));
    const get = (entry: Entry, field: string) => value(id(entry, field));
    const learnField = (entry: Entry, field: string) => {
      if (!has(entry, field) && learn(id(entry, field))) learnt = true;
    };
    for (const entry of entries) {
      // A ratio and one side give the other (as a linear equation with the ratio's exact fraction).
      for (const [ratio, [numerators, denominators]] of Object.entries(RATIOS)) {
        if (entry.shown === undefined) continue;
        const r = id(entry, ratio);
        const sum = (fields: readonly string[]) => fields.reduce((a, field) => a + (entry.truth[field] as number), 0);
        if (known.has(r) && truthOf[r] !== null && !pairsDone.has(keys[r] as string)) {
          pairsDone.add(keys[r] as string);
          const [n, d] = [sum(numerators), sum(denominators)];
          const g = gcd(n, d);
          expect(n / d).toBe(truthOf[r]);
          equation([
            ...numerators.map((field) => [id(entry, field), d / g] as [number, number]),
            ...denominators.map((field) => [id(entry, field), -n / g] as [number, number]),
          ]);
        }
        if (!known.has(r) && [...numerators, ...denominators].every((field) => has(entry, field)))
          learnField(entry, ratio);
      }
      if (entry.shown !== undefined && has(entry, "groups")) {
        const groups = get(entry, "groups");
        const sizes = ["minGroupSize", "maxGroupSize", "members"];
        if (groups === 1 && sizes.some((field) => has(entry, field)))
          for (const field of sizes) learnField(entry, field);
        if (groups === 2 && !pairsDone.has(`${entry.place}|${entry.slot}|two`)) {
          pairsDone.add(`${entry.place}|${entry.slot}|two`);
          equation([
            [id(entry, "minGroupSize"), 1],
            [id(entry, "maxGroupSize"), 1],
            [id(entry, "members"), -1],
          ]);
        }
        if (
          has(entry, "minGroupSize") &&
          has(entry, "maxGroupSize") &&
          get(entry, "minGroupSize") === get(entry, "maxGroupSize")
        ) {
          learnField(entry, "members");
        }
      }
      if (
        entry.shown !== undefined &&
        has(entry, "minGroupSize") &&
        has(entry, "maxGroupSize") &&
        has(entry, "members") &&
        get(entry, "minGroupSize") === get(entry, "maxGroupSize") &&
        (get(entry, "minGroupSize") ?? 0) > 0
      ) {
        learnField(entry, "groups");
      }
      if (!isKindLevel(entry)) continue;
      const ruleSet = rules.get(kindOf(entry));
      // Meetings expected give the groups judged when the bounds meet (1 to the most periods each).
      const cadence = ruleSet?.meetings;
      if (cadence !== undefined && has(entry, "meetingsExpected") && !has(entry, "groupsJudged")) {
        const expected = get(entry, "meetingsExpected");
        const most = mostPeriods(cadence.per, truth.recordsFrom, truth.asOf);
        if (Math.ceil(expected / cadence.count / most) === Math.floor(expected / cadence.count))
          learnField(entry, "groupsJudged");
      }
      // Capacity with two maximum sizes: the groups when the bounds meet.
      const sizes = [ruleSet?.groupSize?.max, ruleSet?.specialGroupSize?.max].filter((max) => max !== undefined);
      if (sizes.length === 2 && has(entry, "capacity") && !has(entry, "groups")) {
        const capacity = get(entry, "capacity");
        if (Math.ceil(capacity / Math.max(...sizes)) === Math.floor(capacity / Math.min(...sizes)))
          learnField(entry, "groups");
      }
    }
    // Smallest and largest group over the parts of a line (a row's kinds; the rows, when no group is unplaced).
    const lines: [Entry, Entry[]][] = [];
    for (const place of places.filter((place) => place !== "#unplaced")) {
      const parts = slots.slice(1).flatMap((slot) => entryAt.get(`${place}|${slot}`) ?? []);
      if (parts.length > 0) lines.push([entryAt.get(`${place}|all`) as Entry, parts]);
    }
    if (shown.unplaced === 0) {
      for (const slot of slots) {
        const parts = places.flatMap((place) => (place.startsWith("#") ? [] : (entryAt.get(`${place}|${slot}`) ?? [])));
        lines.push([entryAt.get(`#total|${slot}`) as Entry, parts]);
      }
    }
    for (const [total, parts] of lines) {
      for (const [field, better] of [
        ["minGroupSize", (a: number, b: number) => a < b],
        ["maxGroupSize", (a: number, b: number) => a > b],
      ] as const) {
        const present = parts.filter((part) => !(has(part, field) && get(part, field) === null));
        const unknown = present.filter((part) => !has(part, field));
        if (unknown.length === 0 && present.length > 0) learnField(total, field);
        else if (unknown.length === 1 && has(total, field) && get(total, field) !== null) {
          const best = get(total, field);
          if (present.every((part) => part === unknown[0] || better(best, get(part, field))))
            learnField(unknown[0] as Entry, field);
        }
      }
    }
  }

  const found: Found[] = [];
  for (const entry of entries) {
    for (const [field, truthValue] of Object.entries(entry.truth)) {
      const v = id(entry, field);
      if (!known.has(v) || truthValue === null || truthValue === 0) continue;
      const blanked =
        entry.shown === undefined ? v === unplaced && shown.unplaced === null : figure(entry.shown, field) === null;
      const hiddenSmall = entry.shown === undefined && truthValue > 0 && truthValue < k;
      if (blanked || hiddenSmall) found.push({ key: keys[v] as string, value: truthValue });
    }
  }
  return found;
}

function gcd(a: number, b: number): number {
  let [x, y] = [Math.abs(a), Math.abs(b)];
  while (y !== 0) [x, y] = [y, x % y];
  return x;
}

// ---------------------------------------------------------------------------------------------

const levels = fc.constantFrom<UnitKind>("ward", "localBody", "district", "state", "block");

/**
 * Datasets with groups of every size, small (blanked) and large (shown) side by side, members of
 * every age, groups in villages (no ward covered), meetings with attendance, and Village
 * Organisations (some formed after asOf) in Cluster Level Federations: tables in which some cells
 * are blanked and most are not.
 */
const mixedDataset: fc.Arbitrary<Dataset> = fc
  .array(
    fc.array(
      fc.array(
        fc.array(
          fc.record({
            kind: fc.constantFrom<GroupKind>("neighbourhoodGroup", "auxiliaryGroup", "balasabha", "selfHelpGroup"),
            size: fc.oneof(fc.integer({ min: 0, max: 4 }), fc.integer({ min: 5, max: 40 })),
            ages: fc.nat(),
            special: fc.boolean(),
            formedOn: fc.constantFrom(undefined, "2021-01-10", "2021-09-20"),
            meetings: fc.nat(8),
            inVillage: fc.boolean(),
            // A member of its body's Village Organisation formed then (none when null; after asOf it is not counted).
            federated: fc.constantFrom(null, undefined, "2021-06-01", "2022-01-01"),
          }),
          { maxLength: 4 },
        ),
        { minLength: 1, maxLength: 4 },
      ),
      { minLength: 1, maxLength: 3 },
    ),
    { minLength: 1, maxLength: 3 },
  )
  .map((districts) => {
    const dataset: Dataset = { schemaVersion: 1, units: [], people: [], groups: [], memberships: [], meetings: [] };
    const units = dataset.units as Dataset["units"][number][];
    units.push({ id: "KL", kind: "state", name: "Kerala" });
    const federations = (dataset.federations = [] as NonNullable<Dataset["federations"]>[number][]);
    districts.forEach((localBodies, d) => {
      units.push({ id: `D${d}`, kind: "district", name: `District ${d}`, parentId: "KL" });
      const organisations: string[] = [];
      localBodies.forEach((wards, l) => {
        const body = `D${d}-L${l}`;
        units.push({ id: body, kind: "localBody", name: body, parentId: `D${d}`, localBodyType: "gramaPanchayat" });
        units.push({ id: `${body}-V`, kind: "village", name: `${body} village`, parentId: body });
        const federationOf = (formedOn: string | undefined) => {
          const id = `${body}-VO-${formedOn ?? "undated"}`;
          let found = federations.find((federation) => federation.id === id);
          if (found === undefined) {
            found = {
              id,
              kind: "villageOrganisation",
              unitId: `${body}-V`,
              memberIds: [],
              ...(formedOn === undefined ? {} : { formedOn }),
            };
            federations.push(found);
            organisations.push(id);
          }
          return found;
        };
        wards.forEach((groups, w) => {
          const ward = `${body}-W${w}`;
          units.push({ id: ward, kind: "ward", name: ward, parentId: body });
          groups.forEach((shape, g) => {
            const groupId = `${ward}-G${g}`;
            (dataset.groups as Dataset["groups"][number][]).push({
              id: groupId,
              kind: shape.kind,
              unitId: shape.inVillage ? `${body}-V` : ward,
              ...(shape.formedOn === undefined ? {} : { formedOn: shape.formedOn }),
              ...(shape.special ? { special: true } : {}),
            });
            if (shape.federated !== null) federationOf(shape.federated).memberIds.push(groupId);
            const memberIds: string[] = [];
            for (let i = 0; i < shape.size; i++) {
              const personId = `${groupId}-P${i}`;
              const age = (shape.ages + i * 7) % 70;
              (dataset.people as Dataset["people"][number][]).push({
                id: personId,
                gender: "female",
                ...(age === 69 ? {} : { dateOfBirth: `${2020 - age}-06-01` }),
              });
              (dataset.memberships as Dataset["memberships"][number][]).push({ groupId, personId, role: "member" });
              memberIds.push(personId);
            }
            for (let m = 0; m < shape.meetings; m++) {
              (dataset.meetings as NonNullable<Dataset["meetings"]>[number][]).push({
                id: `${groupId}-M${m}`,
                groupId,
                date: `2021-${String(10 + (m % 2)).padStart(2, "0")}-${String(3 + m).padStart(2, "0")}`,
                ...(m % 3 === 0 ? {} : { attendeeIds: memberIds.slice(0, (shape.ages + m) % (shape.size + 1)) }),
              });
            }
          });
        });
      });
      if (organisations.length > 1)
        federations.push({
          id: `D${d}-CLF`,
          kind: "clusterLevelFederation",
          unitId: `D${d}`,
          memberIds: organisations,
        });
    });
    return dataset;
  });
const kinds = fc.constantFrom<GroupKind | undefined>(undefined, ...GroupKind.options);
const thresholds = fc.constantFrom(2, 3, 5, 10);
const asOf = "2021-12-15";

function check(summary: Summary, k: number): SuppressedSummary {
  const suppressed = suppressSummary(summary, k);
  const found = attack(summary, suppressed, k);
  expect(found, `k = ${k}: worked out ${JSON.stringify(found.slice(0, 5))}`).toEqual([]);
  // What apps are handed passes parseSummary (contract 3: blanked values are null, nothing else is).
  const parsed = parseSummary(JSON.parse(JSON.stringify(suppressed)));
  expect(parsed.issues.map((issue) => issue.message)).toEqual([]);
  return suppressed;
}

describe("suppressSummary cannot be undone", () => {
  it("on any dataset, level, kind and threshold", () => {
    fc.assert(
      fc.property(
        datasetArbitrary,
        levels,
        kinds,
        thresholds,
        fc.constantFrom(undefined, "2021-03-01", "2021-11-01"),
        (dataset, level, groupKind, k, recordsFrom) => {
          check(summarize(dataset, { level, asOf, groupKind, recordsFrom }), k);
        },
      ),
      { numRuns: Number(process.env["SUPPRESS_RUNS"] ?? 150) },
    );
  });

  it("on datasets with small and large groups side by side", () => {
    fc.assert(
      fc.property(
        mixedDataset,
        levels,
        kinds,
        thresholds,
        fc.constantFrom(undefined, "2021-03-01", "2021-11-01"),
        (dataset, level, groupKind, k, recordsFrom) => {
          check(summarize(dataset, { level, asOf, groupKind, recordsFrom }), k);
        },
      ),
      { numRuns: Number(process.env["SUPPRESS_RUNS"] ?? 150) },
    );
  });

  it("on the example dataset and the sample presets", () => {
    const cases: [Dataset, string, UnitKind[], string | undefined][] = [
      [exampleDataset(), "2021-11-30", ["ward", "localBody", "block", "district"], "2021-10-01"],
      [generateSample("nro-balasabha-2020"), "2020-08-14", ["state", "district"], undefined],
      [generateSample("thiruvananthapuram-2021"), "2021-11-06", ["block", "district"], "2021-10-01"],
    ];
    for (const [dataset, day, levelList, recordsFrom] of cases) {
      for (const level of levelList) {
        const summary = summarize(dataset, { level, asOf: day, recordsFrom });
        for (const k of [3, 5, 10, 20]) check(summary, k);
      }
    }
  });
});

describe("suppressSummary", () => {
  it("does not depend on the order of the rows", () => {
    fc.assert(
      fc.property(datasetArbitrary, levels, thresholds, fc.nat(), (dataset, level, k, seed) => {
        const summary = summarize(dataset, { level, asOf, recordsFrom: "2021-03-01" });
        const rows = [...summary.rows];
        for (let i = rows.length - 1; i > 0; i--) {
          const j = (seed + i * 7919) % (i + 1);
          [rows[i], rows[j]] = [rows[j] as SummaryRow, rows[i] as SummaryRow];
        }
        const byId = (s: SuppressedSummary) => Object.fromEntries(s.rows.map((row) => [row.unitId, row]));
        const a = suppressSummary(summary, k);
        const b = suppressSummary({ ...summary, rows }, k);
        expect(byId(b)).toEqual(byId(a));
        expect(b.total).toEqual(a.total);
      }),
      { numRuns: 50 },
    );
  });

  it("changes nothing with k = 1, and leaves its argument alone", () => {
    const summary = summarize(exampleDataset(), { level: "localBody", asOf: "2021-11-30" });
    const before = JSON.stringify(summary);
    expect(suppressSummary(summary, 1)).toEqual({ ...summary, suppressBelow: 1 });
    suppressSummary(summary, 50);
    expect(JSON.stringify(summary)).toBe(before);
  });
});

describe("suppressSummary on hostile inputs", () => {
  const fixture = (name: string) =>
    JSON.parse(readFileSync(new URL(`../fixtures/hostile/${name}`, import.meta.url), "utf8")) as Dataset;
  const day = "2021-11-06";

  it("blanks capacity, meetings and group sizes with the groups (suppress-capacity-reveals-groups.json)", () => {
    // Before: capacity 100 next to a blanked group count said "2 groups of 50".
    const summary = summarize(fixture("suppress-capacity-reveals-groups.json"), {
      level: "ward",
      groupKind: "auxiliaryGroup",
      asOf: day,
      recordsFrom: "2021-10-01",
    });
    const suppressed = check(summary, 5);
    for (const row of [...suppressed.rows, suppressed.total]) {
      expect([row.groups, row.capacity, row.groupsJudged, row.meetingsExpected, row.minGroupSize]).toEqual([
        null,
        null,
        null,
        null,
        null,
      ]);
      expect(row.members).toBeGreaterThan(0);
    }
  });

  it("blanks the smallest other row where the total gives a row away (suppress-last-row-by-subtraction.json)", () => {
    // Before: 68 members in all, 40 and 25 shown, so the blanked row had 3.
    const summary = summarize(fixture("suppress-last-row-by-subtraction.json"), {
      level: "localBody",
      groupKind: "neighbourhoodGroup",
      asOf: day,
    });
    const suppressed = check(summary, 5);
    expect(suppressed.rows.map((row) => [row.unitId, row.members])).toEqual([
      ["L1", null],
      ["L2", 40],
      ["L3", null],
    ]);
    expect(suppressed.total.members).toBe(68);
  });

  it("blanks a second age band where members would give a band away (suppress-age-band-remainder.json)", () => {
    // Before: 30 members, 29 of them 18-25, so the blanked 60+ band held 1.
    const summary = summarize(fixture("suppress-age-band-remainder.json"), {
      level: "ward",
      groupKind: "auxiliaryGroup",
      asOf: day,
    });
    const [ward] = check(summary, 5).rows;
    expect([ward?.members, ward?.ageBands["60+"], ward?.ageBands["18-25"]]).toEqual([30, null, null]);
  });

  it("blanks a small count of unplaced groups, and a row that gives it away (suppress-small-unplaced.json)", () => {
    // Before: `unplaced: 2` was shown, and the total (7) less the block's groups (5) gave it anyway.
    const summary = summarize(fixture("suppress-small-unplaced.json"), { level: "block", asOf: day });
    expect(summary.unplaced).toBe(2);
    const suppressed = check(summary, 5);
    expect([suppressed.unplaced, suppressed.rows[0]?.groups, suppressed.total.groups]).toEqual([null, null, 7]);
  });

  it("refuses a summary whose figures do not add up, or that is not a summary (suppress-forged-total.json)", () => {
    // A total below its rows would make the hidden unplaced groups negative and the protection wrong.
    const forged = summaryFixture("suppress-forged-total.json") as Summary;
    expect(() => ownSuppressSummary(forged, 5)).toThrow(
      /^@kudumbashree\/domain: suppressSummary needs a summary whose total is no less than its rows, in members$/,
    );
    expect(() => ownSuppressSummary({ ...forged, total: { ...forged.total, members: "3" as never } }, 5)).toThrow(
      TypeError,
    );
    for (const value of [null, {}, { rows: [], total: null }, "summary"])
      expect(() => ownSuppressSummary(value as never, 5)).toThrow(
        /^@kudumbashree\/domain: suppressSummary needs a summary/,
      );
    expect(() => ownSuppressSummary(emptyLike(forged), "5" as never)).toThrow(TypeError);
    expect(() => ownSuppressSummary(emptyLike(forged), 0)).toThrow(RangeError);
    expect(() => ownSuppressSummary(ownSuppressSummary(emptyLike(forged), 5) as never, 5)).toThrow(RangeError);
  });
});

describe("suppressSummary on summaries changed at random", () => {
  it("answers the cases random changes found without JavaScript's own errors (regressions)", () => {
    const base = summarize(exampleDataset(), { level: "localBody", asOf: "2021-11-30" });
    const forgedId = JSON.parse(JSON.stringify(base)) as { rows: { unitId: unknown }[] };
    (forgedId.rows[0] as { unitId: unknown }).unitId = Object.create(null);
    // Sorting rows by a unitId that cannot become text used to throw JavaScript's own TypeError.
    expect(() => ownSuppressSummary(forgedId as never, 5)).not.toThrow();
    const noFederations = JSON.parse(JSON.stringify(base)) as { rows: { byKind: Record<string, object> }[] };
    for (const figures of Object.values((noFederations.rows[0] as { byKind: Record<string, object> }).byKind))
      delete (figures as { federations?: unknown }).federations;
    expect(() => ownSuppressSummary(noFederations as never, 5)).toThrow(/^@kudumbashree\/domain: /);
  });

  it("returns, or throws the package's TypeError or RangeError, never another error", () => {
    const base = summarize(exampleDataset(), { level: "localBody", asOf: "2021-11-30" });
    const paths: (string | number)[][] = [];
    const walk = (value: unknown, path: (string | number)[]) => {
      paths.push(path);
      if (typeof value === "object" && value !== null)
        for (const [key, inner] of Object.entries(value))
          walk(inner, [...path, Array.isArray(value) ? Number(key) : key]);
    };
    walk(base, []);
    const change = fc.tuple(fc.nat(paths.length - 1), fc.anything());
    fc.assert(
      fc.property(fc.array(change, { minLength: 1, maxLength: 3 }), thresholds, (changes, k) => {
        const summary = JSON.parse(JSON.stringify(base)) as Record<string | number, unknown>;
        for (const [at, value] of changes) {
          const path = paths[at] as (string | number)[];
          let parent: unknown = summary;
          for (const key of path.slice(0, -1)) parent = (parent as Record<string | number, unknown> | null)?.[key];
          if (path.length > 0 && typeof parent === "object" && parent !== null)
            (parent as Record<string | number, unknown>)[path[path.length - 1] as string | number] = value;
        }
        try {
          ownSuppressSummary(summary as unknown as Summary, k);
        } catch (error) {
          expect(error).toBeInstanceOf(Error);
          expect((error as Error).message).toMatch(/^@kudumbashree\/domain: /);
        }
      }),
      { numRuns: 1000 },
    );
  });
});

/** A consistent summary of nothing with the same level and kinds. */
function emptyLike(summary: Summary): Summary {
  return summarize(
    { schemaVersion: 1, units: [], people: [], groups: [], memberships: [] },
    {
      level: summary.level as UnitKind,
      asOf: summary.asOf as string,
    },
  );
}
