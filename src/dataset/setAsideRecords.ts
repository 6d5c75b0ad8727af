// Real exports always have a few bad cells. When a dataset fails its schema, the records that fail
// are set aside with their issues, and so is every record that depends on them (the wards of a
// rejected block, the groups of a rejected ward); everything else is still checked and counted.
import { z } from "zod";
import type { Dataset } from "../entities/Dataset.js";
import { SCHEMA_VERSION } from "../entities/Dataset.js";
import { Federation } from "../entities/Federation.js";
import { Group } from "../entities/Group.js";
import { Meeting } from "../entities/Meeting.js";
import { Membership } from "../entities/Membership.js";
import { Person } from "../entities/Person.js";
import { Unit } from "../entities/Unit.js";
import { pure } from "../internal/pure.js";
import type { Issue, SubjectKind } from "../issues/Issue.js";
import { issue } from "../issues/issueFactory.js";
import type { SetAsideCounts } from "./SetAside.js";
import { schemaFields, schemaIssues } from "./schemaIssues.js";

type Collection = keyof SetAsideCounts;

/** The ids of records set aside, each with the code of why (`schema.invalid`, `reference.set_aside`). */
export interface AsideIds {
  readonly units: ReadonlyMap<string, string>;
  readonly people: ReadonlyMap<string, string>;
  readonly groups: ReadonlyMap<string, string>;
  readonly federations: ReadonlyMap<string, string>;
}

/** What is left of a dataset once its bad records are set aside. */
export interface SalvagedDataset {
  /** The records that passed, as their schemas give them. */
  readonly data: Dataset;
  /** For each collection that lost a record: the input position of each record kept. */
  readonly positions: Readonly<Partial<Record<Collection, Int32Array>>>;
  readonly aside: AsideIds;
  /** The schema issues and the issues of the records set aside with them, at input positions. */
  readonly issues: Issue[];
  /** Records set aside here, by collection. */
  readonly counts: SetAsideCounts;
}

// The dataset's outline: the collections must be arrays even when their records are not valid.
const Outline = pure(() =>
  z.strictObject({
    schemaVersion: z.literal(SCHEMA_VERSION),
    units: z.array(z.unknown()),
    people: z.array(z.unknown()),
    groups: z.array(z.unknown()),
    federations: z.array(z.unknown()).optional(),
    memberships: z.array(z.unknown()),
    meetings: z.array(z.unknown()).optional(),
  }),
);

const SCHEMAS = pure(() => ({
  units: Unit,
  people: Person,
  groups: Group,
  federations: Federation,
  memberships: Membership,
  meetings: Meeting,
}));

const SUBJECTS: Record<Collection, SubjectKind> = {
  units: "unit",
  people: "person",
  groups: "group",
  federations: "federation",
  memberships: "membership",
  meetings: "meeting",
};

/**
 * Sets aside the records of `input` that fail their schema, and the units, groups and
 * federations under a unit set aside. `undefined` when the outline itself is wrong (not an object,
 * another schema version, a collection that is not a list): then nothing can be read.
 * Memberships, meetings, attendees and federation members that name a record set aside are left
 * to indexDataset, which sets them aside with `reference.set_aside` when it meets them.
 */
export function setAsideRecords(input: unknown, maxSchemaIssues: number): SalvagedDataset | undefined {
  const outline = Outline.safeParse(input);
  if (!outline.success) return undefined;
  const raw = outline.data;
  const issues: Issue[] = [];
  const counts = { units: 0, people: 0, groups: 0, federations: 0, memberships: 0, meetings: 0 };
  const positions: Partial<Record<Collection, Int32Array>> = {};
  let schemaIssueCount = 0;
  let schemaIssuesOmitted = 0;

  // Each record against its own schema; `failed` keeps the readable ids of those that fail.
  const parseAll = <T>(collection: Collection, records: readonly unknown[] | undefined) => {
    const kept: T[] = [];
    const keptAt: number[] = [];
    const failed = new Set<string>();
    const schema = SCHEMAS[collection] as unknown as z.ZodType<T>;
    (records ?? []).forEach((record, i) => {
      const parsed = schema.safeParse(record);
      if (parsed.success) {
        kept.push(parsed.data);
        keptAt.push(i);
        return;
      }
      counts[collection]++;
      const id = readId(record);
      if (id !== undefined) failed.add(id);
      const room = Math.max(0, maxSchemaIssues - schemaIssueCount);
      const found = schemaIssues(input, record, parsed.error.issues, [collection, i], room, schemaFields(schema));
      schemaIssueCount += found.issues.length;
      schemaIssuesOmitted += found.omitted;
      for (const each of found.issues) issues.push(each);
    });
    return { kept, keptAt, failed };
  };

  const units = parseAll<Unit>("units", raw.units);
  const people = parseAll<Person>("people", raw.people);
  const groups = parseAll<Group>("groups", raw.groups);
  const federations = parseAll<Federation>("federations", raw.federations);
  const memberships = parseAll<Membership>("memberships", raw.memberships);
  const meetings = parseAll<Meeting>("meetings", raw.meetings);
  if (schemaIssuesOmitted > 0)
    issues.push(issue("schema.invalid", { reason: "truncated", omitted: schemaIssuesOmitted }));

  // An id is set aside only when no record that passed holds it too.
  const asideOf = (part: { kept: readonly { id: string }[]; failed: ReadonlySet<string> }) => {
    const aside = new Map<string, string>();
    if (part.failed.size === 0) return aside;
    const kept = new Set(part.kept.map((record) => record.id));
    for (const id of part.failed) if (!kept.has(id)) aside.set(id, "schema.invalid");
    return aside;
  };
  const asideUnits = asideOf(units);
  const asideGroups = asideOf(groups);
  const asideFederations = asideOf(federations);

  const unitGone = unitsUnderAside(units.kept, units.keptAt, asideUnits, issues);
  // Groups and federations in a unit set aside go with it.
  const groupGone = inUnitSetAside("groups", groups.kept, groups.keptAt, asideUnits, asideGroups, issues);
  const federationGone = inUnitSetAside(
    "federations",
    federations.kept,
    federations.keptAt,
    asideUnits,
    asideFederations,
    issues,
  );

  const keep = <T>(collection: Collection, part: { kept: T[]; keptAt: number[] }, gone?: Uint8Array): T[] => {
    let list = part.kept;
    let at = part.keptAt;
    if (gone?.includes(1)) {
      list = list.filter((_, k) => gone[k] === 0);
      at = at.filter((_, k) => gone[k] === 0);
      counts[collection] += part.kept.length - list.length;
    }
    if (counts[collection] > 0) positions[collection] = Int32Array.from(at);
    return list;
  };
  const data: Dataset = {
    schemaVersion: SCHEMA_VERSION,
    units: keep("units", units, unitGone),
    people: keep("people", people),
    groups: keep("groups", groups, groupGone),
    ...(raw.federations === undefined ? {} : { federations: keep("federations", federations, federationGone) }),
    memberships: keep("memberships", memberships),
    ...(raw.meetings === undefined ? {} : { meetings: keep("meetings", meetings) }),
  };
  return {
    data,
    positions,
    aside: { units: asideUnits, people: asideOf(people), groups: asideGroups, federations: asideFederations },
    issues,
    counts,
  };
}

/** A record's `id` when it is a non-empty string of its own (a getter that throws is the caller's to catch). */
function readId(record: unknown): string | undefined {
  if (typeof record !== "object" || record === null || !Object.hasOwn(record, "id")) return undefined;
  const id: unknown = (record as { id: unknown }).id;
  return typeof id === "string" && id.length > 0 ? id : undefined;
}

/**
 * Issues found on the records kept, written at their positions in the input: `path[1]` of an
 * issue in a collection that lost records is mapped back through `positions`.
 */
export function restorePaths(
  issues: Issue[],
  positions: Readonly<Partial<Record<Collection, Int32Array>>> | undefined,
  from = 0,
): void {
  if (positions === undefined) return;
  for (let i = from; i < issues.length; i++) {
    const found = issues[i] as Issue;
    const path = found.path;
    if (path === undefined || path.length < 2) continue;
    const map = Object.hasOwn(positions, path[0] as string) ? positions[path[0] as Collection] : undefined;
    const position = path[1];
    if (map === undefined || typeof position !== "number" || position >= map.length) continue;
    issues[i] = { ...found, path: [path[0] as string, map[position] as number, ...path.slice(2)] };
  }
}

/**
 * The units under a unit set aside, level by level (each unit once, so a loop cannot hang): each
 * gets a `reference.set_aside` issue and joins `asideUnits`. Returns 1 for each unit of `kept` gone.
 * `keptAt` is each unit's position in the input. @internal
 */
export function unitsUnderAside(
  kept: readonly Unit[],
  keptAt: readonly number[],
  asideUnits: Map<string, string>,
  issues: Issue[],
): Uint8Array {
  const gone = new Uint8Array(kept.length);
  if (asideUnits.size === 0) return gone;
  const children = new Map<string, number[]>();
  kept.forEach((unit, k) => {
    if (unit.parentId === undefined) return;
    const list = children.get(unit.parentId);
    if (list === undefined) children.set(unit.parentId, [k]);
    else list.push(k);
  });
  const queue = [...asideUnits.keys()];
  for (let q = 0; q < queue.length; q++) {
    const parentId = queue[q] as string;
    for (const k of children.get(parentId) ?? []) {
      if (gone[k] === 1) continue;
      gone[k] = 1;
      const unit = kept[k] as Unit;
      issues.push(
        issue(
          "reference.set_aside",
          { id: parentId, because: asideUnits.get(parentId) as string },
          { path: ["units", keptAt[k] as number, "parentId"], subject: { kind: "unit", id: unit.id } },
        ),
      );
      if (!asideUnits.has(unit.id)) {
        asideUnits.set(unit.id, "reference.set_aside");
        queue.push(unit.id);
      }
    }
  }
  return gone;
}

/**
 * Groups or federations in a unit set aside: each gets a `reference.set_aside` issue and joins
 * `aside`. Returns 1 for each record of `kept` gone. @internal
 */
export function inUnitSetAside<T extends { readonly id: string; readonly unitId: string }>(
  collection: "groups" | "federations",
  kept: readonly T[],
  keptAt: readonly number[],
  asideUnits: ReadonlyMap<string, string>,
  aside: Map<string, string>,
  issues: Issue[],
): Uint8Array {
  const gone = new Uint8Array(kept.length);
  if (asideUnits.size === 0) return gone;
  kept.forEach((record, k) => {
    const because = asideUnits.get(record.unitId);
    if (because === undefined) return;
    gone[k] = 1;
    issues.push(
      issue(
        "reference.set_aside",
        { id: record.unitId, because },
        { path: [collection, keptAt[k] as number, "unitId"], subject: { kind: SUBJECTS[collection], id: record.id } },
      ),
    );
    if (!aside.has(record.id)) aside.set(record.id, "reference.set_aside");
  });
  return gone;
}
