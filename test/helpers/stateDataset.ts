// A tiny state for provenance and merge tests: one village, one Balasabha.
import type { Dataset } from "../../src/index.js";

/** A state with one village and one Balasabha of `children` children. */
export function stateDataset(id: string, children: number): Dataset {
  return {
    schemaVersion: 1,
    units: [
      { id, kind: "state", name: id },
      { id: `${id}-v1`, kind: "village", name: "Village 1", parentId: id },
    ],
    people: Array.from({ length: children }, (_, i) => ({
      id: `${id}-c${i}`,
      gender: "female" as const,
      dateOfBirth: "2012-06-01",
    })),
    groups: [{ id: `${id}-b1`, kind: "balasabha" as const, unitId: `${id}-v1` }],
    memberships: Array.from({ length: children }, (_, i) => ({
      groupId: `${id}-b1`,
      personId: `${id}-c${i}`,
      role: "member" as const,
    })),
  };
}
