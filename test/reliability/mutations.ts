// One random mutation of a valid dataset: the kinds of damage real exports have.
import fc from "fast-check";
import type { Dataset } from "../../src/index.js";

export type Mutation =
  | { readonly kind: "deleteField"; readonly collection: string; readonly index: number; readonly field: number }
  | {
      readonly kind: "wrongType";
      readonly collection: string;
      readonly index: number;
      readonly field: number;
      readonly value: unknown;
    }
  | { readonly kind: "danglingId"; readonly collection: string; readonly index: number; readonly field: number }
  | { readonly kind: "duplicateId"; readonly collection: string; readonly index: number }
  | { readonly kind: "badDate"; readonly collection: string; readonly index: number; readonly value: string }
  | { readonly kind: "badNumber"; readonly value: number }
  | { readonly kind: "hugeString"; readonly collection: string; readonly index: number; readonly field: number }
  | { readonly kind: "hostileId"; readonly collection: string; readonly index: number; readonly value: string };

const collections = ["units", "people", "groups", "memberships", "meetings"] as const;

export const mutationArbitrary: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({
    kind: fc.constant("deleteField" as const),
    collection: fc.constantFrom(...collections),
    index: fc.nat(),
    field: fc.nat(),
  }),
  fc.record({
    kind: fc.constant("wrongType" as const),
    collection: fc.constantFrom(...collections),
    index: fc.nat(),
    field: fc.nat(),
    value: fc.oneof(fc.integer(), fc.constant(null), fc.boolean(), fc.constant([]), fc.constant({}), fc.double()),
  }),
  fc.record({
    kind: fc.constant("danglingId" as const),
    collection: fc.constantFrom("units", "groups", "memberships", "meetings"),
    index: fc.nat(),
    field: fc.nat(),
  }),
  fc.record({
    kind: fc.constant("duplicateId" as const),
    collection: fc.constantFrom("units", "people", "groups", "meetings"),
    index: fc.nat(),
  }),
  fc.record({
    kind: fc.constant("badDate" as const),
    collection: fc.constantFrom("people", "groups", "memberships", "meetings"),
    index: fc.nat(),
    value: fc.constantFrom(
      "2021-13-01",
      "2021-02-29",
      "2021-00-10",
      "21-11-06",
      "2021-11-06T00:00:00Z",
      "",
      "31/12/2021",
    ),
  }),
  fc.record({
    kind: fc.constant("badNumber" as const),
    value: fc.constantFrom(-1, 0.5, 1.5, 2, Number.NaN, Number.POSITIVE_INFINITY, -0),
  }),
  fc.record({
    kind: fc.constant("hugeString" as const),
    collection: fc.constantFrom(...collections),
    index: fc.nat(),
    field: fc.nat(),
  }),
  fc.record({
    kind: fc.constant("hostileId" as const),
    collection: fc.constantFrom("units", "people", "groups", "meetings"),
    index: fc.nat(),
    value: fc.constantFrom("__proto__", "constructor", "toString", "hasOwnProperty", "prototype"),
  }),
);

const DATE_FIELDS: Record<string, string> = {
  people: "dateOfBirth",
  groups: "formedOn",
  memberships: "from",
  meetings: "date",
};
const REFERENCE_FIELDS: Record<string, readonly string[]> = {
  units: ["parentId"],
  groups: ["unitId"],
  memberships: ["groupId", "personId"],
  meetings: ["groupId"],
};

/** Applies a mutation to a copy; returns the copy (as unknown: it may no longer be a Dataset). */
export function mutate(dataset: Dataset, mutation: Mutation): unknown {
  const copy = structuredClone(dataset) as unknown as Record<string, Record<string, unknown>[]> & {
    schemaVersion: unknown;
  };
  if (mutation.kind === "badNumber") {
    copy.schemaVersion = mutation.value;
    return copy;
  }
  const records = copy[mutation.collection];
  if (records === undefined || records.length === 0) return copy;
  const record = records[mutation.index % records.length] as Record<string, unknown>;
  const keys = Object.keys(record);
  const key = "field" in mutation ? keys[mutation.field % keys.length] : undefined;
  switch (mutation.kind) {
    case "deleteField":
      if (key !== undefined) delete record[key];
      break;
    case "wrongType":
      if (key !== undefined) record[key] = mutation.value;
      break;
    case "danglingId": {
      const fields = REFERENCE_FIELDS[mutation.collection] ?? [];
      const field = fields[mutation.field % Math.max(1, fields.length)];
      if (field !== undefined) record[field] = "no-such-id";
      break;
    }
    case "duplicateId":
      records.push(structuredClone(record));
      break;
    case "badDate": {
      const field = DATE_FIELDS[mutation.collection];
      if (field !== undefined) record[field] = mutation.value;
      break;
    }
    case "hugeString":
      if (key !== undefined) record[key] = "x".repeat(1_000_000);
      break;
    case "hostileId":
      record["id"] = mutation.value;
      break;
  }
  return copy;
}
