import type { Unit, UnitKind } from "../entities/Unit.js";
import type { Issue } from "../issues/Issue.js";
import { issue } from "../issues/issueFactory.js";

/** The administrative tree of a dataset's units, as {@link buildUnitTree} reads it. @internal */
export interface UnitTree {
  /** For each unit, the nearest ancestor (or itself) of each kind; empty for broken units. */
  readonly ancestry: Map<string, ReadonlyMap<UnitKind, string>>;
  /** Units whose parent chain is broken (a cycle, a wrong order, or under such a unit): never rolled up. */
  readonly brokenUnits: Set<string>;
}

/** How high a kind of unit sits: a parent must be higher than its child. */
const KIND_RANK: Record<UnitKind, number> = {
  country: 0,
  state: 1,
  district: 2,
  block: 3,
  localBody: 4,
  ward: 5,
  village: 5,
};

// A unit's place in the cycle search.
const ON_PATH = 1;
const FINISHED = 2;

/**
 * Checks the parents of the units (unknown parent, kind order, cycles) and works out each unit's
 * ancestry. `units` holds the first unit of each id; `list` every unit in input order.
 *
 * @internal
 */
export function buildUnitTree(list: readonly Unit[], units: ReadonlyMap<string, Unit>, issues: Issue[]): UnitTree {
  const brokenUnits = new Set<string>();
  checkParents(list, units, brokenUnits, issues);
  findCycles(list, units, brokenUnits, issues);
  return { ancestry: ancestryOf(units, brokenUnits), brokenUnits };
}

function checkParents(
  list: readonly Unit[],
  units: ReadonlyMap<string, Unit>,
  brokenUnits: Set<string>,
  issues: Issue[],
): void {
  list.forEach((unit, i) => {
    if (units.get(unit.id) !== unit || unit.parentId === undefined) return;
    const parent = units.get(unit.parentId);
    const at = { path: ["units", i, "parentId"], subject: { kind: "unit", id: unit.id } } as const;
    if (parent === undefined) {
      issues.push(issue("reference.unknown", { id: unit.parentId }, at));
    } else if (KIND_RANK[parent.kind] >= KIND_RANK[unit.kind]) {
      brokenUnits.add(unit.id);
      issues.push(
        issue(
          "unit.kind_order",
          { kind: unit.kind, parentKind: parent.kind, name: unit.name, parentName: parent.name },
          at,
        ),
      );
    }
  });
}

function findCycles(
  list: readonly Unit[],
  units: ReadonlyMap<string, Unit>,
  brokenUnits: Set<string>,
  issues: Issue[],
): void {
  const state = new Map<string, typeof ON_PATH | typeof FINISHED>();
  list.forEach((unit, i) => {
    if (units.get(unit.id) !== unit || state.has(unit.id)) return;
    const path: string[] = [];
    let current: Unit | undefined = unit;
    while (current !== undefined && !state.has(current.id)) {
      state.set(current.id, ON_PATH);
      path.push(current.id);
      current = current.parentId === undefined ? undefined : units.get(current.parentId);
    }
    if (current !== undefined && state.get(current.id) === ON_PATH) {
      const cycle = path.slice(path.indexOf(current.id));
      for (const id of cycle) brokenUnits.add(id);
      issues.push(
        issue("unit.cycle", { cycle }, { path: ["units", i, "parentId"], subject: { kind: "unit", id: current.id } }),
      );
    }
    for (const id of path) state.set(id, FINISHED);
  });
}

/**
 * Each unit's nearest unit of each kind up the tree (itself included), computed once per unit by
 * reusing the parent's answer. A unit under a broken one is broken too.
 */
function ancestryOf(
  units: ReadonlyMap<string, Unit>,
  brokenUnits: Set<string>,
): Map<string, ReadonlyMap<UnitKind, string>> {
  const ancestry = new Map<string, ReadonlyMap<UnitKind, string>>();
  const EMPTY: ReadonlyMap<UnitKind, string> = new Map();
  for (const unit of units.values()) {
    const chain: Unit[] = [];
    let current: Unit | undefined = unit;
    while (current !== undefined && !ancestry.has(current.id)) {
      chain.push(current);
      if (brokenUnits.has(current.id)) break;
      current = current.parentId === undefined ? undefined : units.get(current.parentId);
    }
    let above: ReadonlyMap<UnitKind, string> | undefined = current === undefined ? new Map() : ancestry.get(current.id);
    for (let k = chain.length - 1; k >= 0; k--) {
      const link = chain[k] as Unit;
      if (brokenUnits.has(link.id) || above === EMPTY) {
        brokenUnits.add(link.id);
        ancestry.set(link.id, EMPTY);
        above = EMPTY;
        continue;
      }
      const own = new Map(above);
      own.set(link.kind, link.id);
      ancestry.set(link.id, own);
      above = own;
    }
  }
  return ancestry;
}
