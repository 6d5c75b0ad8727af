// Internal: which figures of a summary suppressSummary blanks. The rule is written out in
// docs/aggregation.md ("Suppression"); the names below follow it.
//
// Every figure of an entry (a row's own figures, a row's `byKind` entry, the total's, and the
// hidden "entry" of the groups under no unit of the level, worked out as total minus rows) is a
// cell. Cells are blanked in three ways, repeated until nothing changes:
// - primary: a count from 1 to k - 1;
// - derived: a figure from which a blanked figure of the same entry can be worked out (LINKS);
// - complementary: within the cells that add up (a column of rows adding to the total, an entry's
//   age bands adding to its members, an entry's kinds adding to its `all` figures), no blanked
//   cell may be the only unknown of a sum, nor be worked out by combining sums (a "bridge", below).
import { FederationKind } from "../entities/Federation.js";
import { typeError } from "../internal/errors.js";
import { describeValue } from "../internal/guards.js";
import { pure } from "../internal/pure.js";
import { compareIds } from "../rules/definitions/compareIds.js";
import type { Summary, SummaryCounts, SummaryRatios, SummaryRow, SuppressedSummary } from "./Summary.js";
import { COUNT_FIELDS, RATIO_DEFINITIONS } from "./summaryRows.js";

type Figures = SummaryCounts<number | null> & SummaryRatios;

/**
 * The fields of an entry, as published: the counts, then the ratios, in the order summaryRows
 * defines them; cell `e * width + f` is field `f` of entry `e`, then each kind of federation
 * (`federations.<kind>`), then the age bands.
 */
const FIELDS: readonly string[] = pure(() => [...COUNT_FIELDS, ...RATIO_DEFINITIONS.map(([ratio]) => ratio)]);

/** The cell of a field in an entry (module-level constants, kept out of bundles that do not use them). */
/* @__NO_SIDE_EFFECTS__ */
function cellOf(field: (typeof COUNT_FIELDS)[number] | (typeof RATIO_DEFINITIONS)[number][0]): number {
  const cell = FIELDS.indexOf(field);
  if (cell < 0) throw new Error(field);
  return cell;
}

const W = cellOf("wards");
const V = cellOf("villages");
const WG = cellOf("wardsWithGroup");
const VG = cellOf("villagesWithGroup");
const G = cellOf("groups");
const M = cellOf("members");
const MIN = cellOf("minGroupSize");
const MAX = cellOf("maxGroupSize");
const CM = cellOf("cappedMembers");
const CAP = cellOf("capacity");
const J = cellOf("groupsJudged");
const C = cellOf("groupsCompliant");
const H = cellOf("meetingsHeld");
const E = cellOf("meetingsExpected");
const A = cellOf("attendees");
const S = cellOf("attendanceSlots");
const GF = cellOf("groupsFederated");
/** The number of counts: the ratios come after them. */
const COUNTS = pure(() => COUNT_FIELDS.length);
/** The first federation cell; the age bands come after the kinds of federation. */
const FED = pure(() => FIELDS.length);
const FEDERATION_KINDS = pure(() => FederationKind.options);
const BANDS = pure(() => FED + FEDERATION_KINDS.length);
/** Each ratio with its numerators and denominators (RATIO_DEFINITIONS): it is blanked when any of them is. */
const RATIOS = pure(() =>
  RATIO_DEFINITIONS.map(
    ([ratio, numerators, denominators]) => [cellOf(ratio), numerators.map(cellOf), denominators.map(cellOf)] as const,
  ),
);
/**
 * Derived figures, as pairs (blanked, then blank): capacity is the groups times their maximum
 * size; members of capped groups are all the members of a capped kind; groups judged bound the
 * groups, and meetings expected and held follow from them; attendance slots and attendees follow
 * from the members; where every group is federated, the federated groups are the groups; the
 * smallest and largest group give the members when there is one group.
 */
const LINKS = [
  G,
  CAP,
  CAP,
  G,
  G,
  WG,
  G,
  VG,
  G,
  J,
  J,
  C,
  J,
  H,
  J,
  E,
  E,
  J,
  M,
  CM,
  CM,
  M,
  M,
  S,
  M,
  A,
  S,
  A,
  G,
  GF,
  GF,
  G,
];
/** For any entry (in an `all` entry with kinds, the sums follow from the kinds' cells instead). */
const SIZE_LINKS = [G, WG, G, VG, G, MIN, M, MIN, MIN, MAX, MAX, MIN];
const ALL_LINKS = pure(() => [...LINKS, ...SIZE_LINKS]);
/** Fields that add up over kinds (a row's `all` figure is the sum of its `byKind` ones), after the age bands. */
const KIND_SUMS = [G, M, CM, CAP, J, C, H, E, A, S, GF];
/** Fields whose column (rows adding up to the total) stands alone; members go with the age bands. */
const COLUMNS = [G, CM, CAP, J, C, H, E, A, S, GF];
/** Whether a cell is one of the row's own (its units and federations), which its kinds repeat. */
const isRowCell = (f: number) => f === W || f === V || (f >= FED && f < BANDS);

// A forged unitId (an object without a prototype) cannot be turned into text by `${}`: describe it.
const rowId = (row: SummaryRow | undefined) => {
  const id: unknown = row?.unitId;
  return typeof id === "string" ? id : describeValue(id);
};
const number = (value: unknown) => (typeof value === "number" && Number.isFinite(value) ? value : -1);
const whole = (value: unknown) => typeof value === "number" && Number.isSafeInteger(value) && value >= 0;

/**
 * The rows and total of `summary` with the cells to hide for threshold `k` set to `null` and named
 * in `suppressed`, and `unplaced` (`null` when hidden).
 *
 * @internal
 */
export function blankSummary(summary: Summary, k: number): Pick<SuppressedSummary, "rows" | "total" | "unplaced"> {
  const labels = Object.keys(summary.total.ageBands);
  const width = BANDS + labels.length;
  const kinds = Object.keys(summary.total.byKind ?? {}).sort(compareIds);
  const perKind = summary.total.byKind !== undefined;
  const slots = kinds.length + 1; // per place: `all`, then each kind
  // Places: the rows in id order (the tie rule does not depend on the input's order), the groups
  // under no unit of the level (hidden), then the total.
  const order = summary.rows
    .map((_, i) => i)
    .sort((a, b) => compareIds(rowId(summary.rows[a]), rowId(summary.rows[b])));
  const places: (SummaryRow | undefined)[] = [...order.map((i) => summary.rows[i]), undefined, summary.total];
  const U = places.length - 2;
  const T = U + 1;
  const entryAt = new Int32Array(places.length * slots).fill(-1);
  const entry = (place: number, slot: number) => entryAt[place * slots + slot] as number;
  const placeOf: number[] = [];
  const shared: boolean[] = []; // an `all` entry that is also its place's only kind
  const values: number[] = [];
  const where = (place: number) => (place === T ? "the total" : `row ${rowId(places[place])}`);
  const add = (place: number, slot: number, of: Figures | undefined) => {
    entryAt[place * slots + slot] = placeOf.length;
    placeOf.push(place);
    shared.push(false);
    if (
      of !== undefined &&
      (typeof of !== "object" ||
        typeof of?.ageBands !== "object" ||
        of.ageBands === null ||
        typeof of.federations !== "object" ||
        of.federations === null)
    )
      throw typeError(`suppressSummary needs a summary: ${where(place)} is not a summary row`);
    for (let f = 0; f < width; f++) {
      const value =
        f < FED
          ? of?.[FIELDS[f] as keyof Figures]
          : f < BANDS
            ? of === undefined
              ? undefined
              : (of.federations[FEDERATION_KINDS[f - FED] as FederationKind] ?? 0)
            : of?.ageBands[labels[f - BANDS] as string];
      const name = () => cellName(f, labels);
      if (of !== undefined && (f < COUNTS || f >= FED) && !(value === null ? f === MIN || f === MAX : whole(value)))
        throw typeError(
          `suppressSummary needs whole counts >= 0, but ${name()} of ${where(place)} is ${describeValue(value)}`,
        );
      values.push(number(value));
    }
  };
  /** Adds a place's entries (the hidden one has every kind of the total); one kind alone is its `all` entry. */
  const addPlace = (place: number) => {
    const row = places[place];
    const of = (kind: string) => row?.byKind?.[kind as keyof typeof row.byKind];
    add(place, 0, row);
    const own = row === undefined ? [] : Object.keys(row.byKind ?? {});
    const isObject = (value: unknown) => typeof value === "object" && value !== null;
    // A kind's figures are checked here too: a kind alone in a row shares the row's entry and is not added.
    const figures = (kind: string) => isObject(of(kind)?.ageBands) && isObject(of(kind)?.federations);
    if (
      ((row?.byKind === undefined) === perKind && row !== undefined) ||
      own.some((kind) => !kinds.includes(kind) || !figures(kind))
    )
      throw typeError(
        `suppressSummary needs a summary whose rows break down by the kinds of its total: ${where(place)}`,
      );
    const present = kinds.flatMap((kind, i) => (row === undefined || of(kind) !== undefined ? [i + 1] : []));
    if (present.length === 1) {
      entryAt[place * slots + (present[0] as number)] = entry(place, 0);
      shared[entry(place, 0)] = true;
    } else for (const slot of present) add(place, slot, of(kinds[slot - 1] as string));
  };
  for (const place of [...order.keys(), T]) addPlace(place);
  const firstHidden = placeOf.length;
  // The hidden place: the total minus the rows, slot by slot (its smallest and largest group are unknown).
  addPlace(U);
  for (let slot = 0; slot < slots; slot++) {
    const at = entry(U, slot) * width;
    if (at < 0 || (slot > 0 && entry(U, slot) === entry(U, 0))) continue;
    for (let f = 0; f < width; f++) {
      let rest = values[entry(T, slot) * width + f] as number;
      for (let place = 0; place < U; place++) {
        if (entry(place, slot) >= 0) rest -= values[entry(place, slot) * width + f] as number;
      }
      const counted = f < COUNTS ? f !== MIN && f !== MAX : f >= FED;
      values[at + f] = !counted ? -1 : slot > 0 && isRowCell(f) ? (values[entry(U, 0) * width + f] as number) : rest;
      if (counted && rest < 0)
        throw typeError(
          `suppressSummary needs a summary whose total is no less than its rows, in ${
            f < BANDS ? cellName(f, labels) : "ageBands"
          }`,
        );
    }
  }
  if (values[entry(U, 0) * width + G] !== summary.unplaced)
    throw typeError("suppressSummary needs a summary whose unplaced groups are its total's groups less its rows'");
  const entryCount = placeOf.length;

  const blank = new Uint8Array(entryCount * width);
  let changed = false;
  /** Whether a cell is published: the hidden place's groups are, as `unplaced`. */
  const published = (cell: number) => cell < firstHidden * width || cell === entry(U, 0) * width + G;
  const hide = (cell: number) => {
    if (blank[cell] || (values[cell] as number) < 0) return false;
    blank[cell] = 1;
    changed = true;
    return true;
  };
  const unknown = (cell: number) => blank[cell] === 1 && (values[cell] as number) > 0;
  const shown = (cell: number) => !blank[cell] && published(cell) && (values[cell] as number) > 0;
  /** Blanks the smallest shown non-zero cell of `cells` (the first of equals). */
  const hideSmallest = (cells: readonly number[]) => {
    let best = -1;
    for (const cell of cells)
      if (shown(cell) && (best < 0 || (values[cell] as number) < (values[best] as number))) best = cell;
    return best >= 0 && hide(best);
  };
  /** Whether exactly one cell of a line is unknown. */
  const single = (line: readonly number[]) => {
    let count = 0;
    for (const cell of line) if (unknown(cell) && ++count > 1) return false;
    return count === 1;
  };
  const isAll = (e: number) => e === entry(placeOf[e] as number, 0);

  // Primary suppression.
  for (let e = 0; e < entryCount; e++) {
    for (let f = 0; f < width; f++) {
      const value = values[e * width + f] as number;
      if ((f < COUNTS || f >= FED) && value >= 1 && value < k) hide(e * width + f);
    }
  }

  const link = () => {
    for (let e = 0; e < entryCount; e++) {
      const at = e * width;
      // A kind's wards, villages and federations are its row's.
      if (!isAll(e))
        for (let f = 0; f < BANDS; f++)
          if (isRowCell(f)) blank[at + f] = blank[entry(placeOf[e] as number, 0) * width + f] as number;
      const pairs = perKind && isAll(e) && !shared[e] ? SIZE_LINKS : ALL_LINKS;
      for (let again = true; again; ) {
        again = false;
        for (let i = 0; i < pairs.length; i += 2)
          if (blank[at + (pairs[i] as number)] && hide(at + (pairs[i + 1] as number))) again = true;
      }
    }
  };

  // The cells that add up: each structure is a list of lines (a sum, its total one of the cells).
  const kindSums = [...KIND_SUMS, ...labels.map((_, i) => BANDS + i)];
  const kindLines: number[][] = []; // [all, ...kinds] entries of places with two kinds or more
  for (let place = 0; place < places.length; place++) {
    const parts = kinds.flatMap((_, i) => {
      const e = entry(place, i + 1);
      return e >= 0 && !shared[e] ? [e] : [];
    });
    if (parts.length > 0) kindLines.push([entry(place, 0), ...parts]);
  }
  const structures: Structure[] = [];
  const column = (slot: number, f: number) =>
    places.flatMap((_, place) => (entry(place, slot) >= 0 ? [entry(place, slot) * width + f] : []));
  for (const slot of perKind ? kinds.map((_, i) => i + 1) : [0]) {
    for (const f of COLUMNS) structures.push(structure([column(slot, f)]));
    // Age bands and members: each entry's bands add up to its members, each band's column to the total's.
    const entries = places.flatMap((_, place) => (entry(place, slot) >= 0 ? [entry(place, slot)] : []));
    const fields = labels.map((_, i) => BANDS + i);
    structures.push(
      structure([
        ...entries.map((e) => [...fields, M].map((f) => e * width + f)),
        ...[...fields, M].map((f) => column(slot, f)),
      ]),
    );
  }
  const allSlots = [0, ...(perKind ? kinds.map((_, i) => i + 1) : [])];
  for (let f = 0; f < BANDS; f++) if (isRowCell(f)) structures.push(structure([column(0, f)]));
  for (const f of [WG, VG]) structures.push(structure(allSlots.map((slot) => column(slot, f))));

  /**
   * Makes sure no unknown cell of a structure can be worked out. With the lines as nodes (and a
   * "ground" node for cells in one line only) and each unknown cell an edge between its lines,
   * a cell can be worked out from the sums exactly when its edge is a bridge: a line with a single
   * unknown cell, or two groups of lines joined by a single unknown cell. Each such cell gets a
   * partner: the smallest shown cell joining the two sides (else of its own lines).
   */
  const protect = (graph: Structure) => {
    const { lines, cells, ends } = graph;
    const hopeless = new Set<number>();
    for (;;) {
      for (let again = true; again; ) {
        again = false;
        for (const line of lines) if (single(line) && hideSmallest(line)) again = true;
      }
      const edges: number[] = [];
      cells.forEach((cell, i) => {
        if (unknown(cell)) edges.push(i);
      });
      if (edges.length === graph.checked) return; // the same cells as when it was last found safe
      const bridge = bridges(lines.length + 1, ends, edges).find((i) => !hopeless.has(i));
      if (bridge === undefined) {
        graph.checked = edges.length;
        return;
      }
      // The two sides of the bridge.
      const side = components(lines.length + 1, ends, edges, bridge);
      const u = side[ends[2 * bridge] as number];
      const v = side[ends[2 * bridge + 1] as number];
      const across = (i: number) => {
        const a = side[ends[2 * i] as number];
        const b = side[ends[2 * i + 1] as number];
        return (a === u && b === v) || (a === v && b === u);
      };
      const touching = (i: number) =>
        [ends[2 * i], ends[2 * i + 1]].some((end) => end === ends[2 * bridge] || end === ends[2 * bridge + 1]);
      if (!hideSmallest(cells.filter((_, i) => across(i))) && !hideSmallest(cells.filter((_, i) => touching(i))))
        hopeless.add(bridge);
    }
  };

  do {
    changed = false;
    link();
    // A row's `all` figure is blanked when one of its kinds' is, and one of its kinds' when it is.
    for (const [all, ...parts] of kindLines) {
      for (const f of kindSums) {
        const cells = parts.map((e) => e * width + f);
        if (cells.some(unknown)) hide((all as number) * width + f);
        else if (unknown((all as number) * width + f)) hideSmallest(cells);
      }
    }
    for (const structure of structures) protect(structure);
  } while (changed);

  // The smallest and largest group: a sum of sizes does not apply, so a blanked size blanks the
  // size of every line it is in (its row's `all`, the total's), and a blanked size of a line
  // blanks the size of the part that could give it away.
  const sizeLines = [...kindLines];
  for (const slot of perKind ? [0, ...kinds.map((_, i) => i + 1)] : [0])
    sizeLines.push([
      entry(T, slot),
      ...places.slice(0, U).flatMap((_, place) => (entry(place, slot) >= 0 ? [entry(place, slot)] : [])),
    ]);
  do {
    changed = false;
    link();
    for (const [total, ...parts] of sizeLines) {
      const at = (total as number) * width;
      if (parts.some((e) => blank[e * width + MIN] || blank[e * width + MAX])) {
        hide(at + MIN);
        hide(at + MAX);
      } else if (blank[at + MIN] || blank[at + MAX]) {
        for (const [f, sign] of [
          [MIN, 1],
          [MAX, -1],
        ] as const) {
          let best = -1;
          for (const e of parts) {
            const value = values[e * width + f] as number;
            if (value >= 0 && (best < 0 || sign * value < sign * (values[best * width + f] as number))) best = e;
          }
          if (best >= 0) hide(best * width + f);
        }
      }
    }
  } while (changed);

  const publish = (e: number, of: Figures, names: string[], prefix: string): Figures => {
    const at = e * width;
    const out: Record<string, unknown> = { ...of };
    const blanked = (f: number) => blank[at + f] === 1;
    const hideField = (f: number) => {
      const name = FIELDS[f] as string;
      names.push(prefix + name);
      out[name] = null;
    };
    for (let f = 0; f < COUNTS; f++) if (blanked(f)) hideField(f);
    const federations: Partial<Record<FederationKind, number | null>> = {};
    FEDERATION_KINDS.forEach((kind, i) => {
      const value = of.federations[kind];
      if (blanked(FED + i)) {
        federations[kind] = null;
        names.push(`${prefix}federations.${kind}`);
      } else if (value !== undefined) federations[kind] = value;
    });
    out["federations"] = federations;
    const ageBands: Record<string, number | null> = {};
    labels.forEach((label, i) => {
      ageBands[label] = blanked(BANDS + i) ? null : (of.ageBands[label] ?? null);
      if (blanked(BANDS + i)) names.push(`${prefix}ageBands.${label}`);
    });
    out["ageBands"] = ageBands;
    for (const [ratio, numerators, denominators] of RATIOS) {
      if (numerators.some(blanked) || denominators.some(blanked)) hideField(ratio);
    }
    return out as unknown as Figures;
  };
  const publishRow = (place: number): SummaryRow<number | null> => {
    const row = places[place] as SummaryRow;
    const names: string[] = [];
    const out = publish(entry(place, 0), row, names, "") as SummaryRow<number | null>;
    if (row.byKind === undefined) return names.length === 0 ? out : { ...out, suppressed: names };
    const byKind: Record<string, Figures> = {};
    kinds.forEach((kind, i) => {
      const of = row.byKind?.[kind as keyof typeof row.byKind];
      if (of !== undefined) byKind[kind] = publish(entry(place, i + 1), of, names, `byKind.${kind}.`);
    });
    return { ...out, byKind, ...(names.length === 0 ? {} : { suppressed: names }) };
  };
  const rows = new Array<SummaryRow<number | null>>(summary.rows.length);
  order.forEach((i, place) => {
    rows[i] = publishRow(place);
  });
  return { rows, total: publishRow(T), unplaced: blank[entry(U, 0) * width + G] ? null : summary.unplaced };
}

/**
 * Lines of cells that add up, as a graph: the lines are its nodes, with one more ("ground") for
 * the cells in one line only; cell `i` joins the nodes `ends[2i]` and `ends[2i+1]`.
 */
interface Structure {
  readonly lines: readonly number[][];
  readonly cells: readonly number[];
  readonly ends: readonly number[];
  /** How many cells were unknown when no more could be done (cells are only ever added). */
  checked: number;
}

function structure(lines: readonly number[][]): Structure {
  const cells: number[] = [];
  const ends: number[] = [];
  const index = new Map<number, number>();
  lines.forEach((line, li) => {
    for (const cell of line) {
      const i = index.get(cell);
      if (i === undefined) {
        index.set(cell, cells.length);
        cells.push(cell);
        ends.push(li, lines.length);
      } else ends[2 * i + 1] = li;
    }
  });
  return { lines, cells, ends, checked: -1 };
}

/** The bridges of a multigraph (nodes 0..n-1; edge `i` joins `ends[2i]` and `ends[2i+1]`), in edge order. */
function bridges(n: number, ends: readonly number[], edges: readonly number[]): number[] {
  const around: number[][] = Array.from({ length: n }, () => []);
  for (const i of edges) for (const end of [ends[2 * i], ends[2 * i + 1]]) around[end as number]?.push(i);
  const seen = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const found: number[] = [];
  let time = 0;
  for (let start = 0; start < n; start++) {
    if ((seen[start] as number) >= 0) continue;
    seen[start] = low[start] = time++;
    const stack: [number, number, number][] = [[start, -1, 0]]; // node, edge in, next edge out
    while (stack.length > 0) {
      const top = stack[stack.length - 1] as [number, number, number];
      const [node, via] = top;
      const out = around[node] as number[];
      if (top[2] < out.length) {
        const i = out[top[2]++] as number;
        if (i === via) continue;
        const next = (ends[2 * i] === node ? ends[2 * i + 1] : ends[2 * i]) as number;
        if ((seen[next] as number) < 0) {
          seen[next] = low[next] = time++;
          stack.push([next, i, 0]);
        } else low[node] = Math.min(low[node] as number, seen[next] as number);
      } else {
        stack.pop();
        const parent = stack[stack.length - 1];
        if (parent === undefined) continue;
        low[parent[0]] = Math.min(low[parent[0]] as number, low[node] as number);
        if ((low[node] as number) > (seen[parent[0]] as number)) found.push(via);
      }
    }
  }
  return found.sort((a, b) => a - b);
}

/** The connected component of each node, with every edge but `without`. */
function components(n: number, ends: readonly number[], edges: readonly number[], without: number): Int32Array {
  const parent = Int32Array.from({ length: n }, (_, i) => i);
  const find = (x: number): number => {
    while (parent[x] !== x) x = parent[x] = parent[parent[x] as number] as number;
    return x;
  };
  for (const i of edges) if (i !== without) parent[find(ends[2 * i] as number)] = find(ends[2 * i + 1] as number);
  return parent.map((_, x) => find(x));
}

/** The name of a cell of an entry, as `suppressed` lists it. */
function cellName(f: number, labels: readonly string[]): string {
  return (
    FIELDS[f] ??
    (f < BANDS ? `federations.${FEDERATION_KINDS[f - FED] as string}` : `ageBands.${labels[f - BANDS] as string}`)
  );
}
