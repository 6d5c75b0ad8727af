// The part of a dataset under one district, for split-and-merge property tests; the dataset
// arbitrary itself is public (src/testing/arbitraries.ts).
import type { Dataset } from "../../src/index.js";

export { datasetArbitrary } from "../../src/testing/arbitraries.js";

/** The part of a dataset under one district, with the units above it: what a district's app holds. */
export function districtPart(dataset: Dataset, districtId: string): Dataset {
  const inside = new Set<string>([districtId]);
  for (const unit of dataset.units) if (unit.parentId !== undefined && inside.has(unit.parentId)) inside.add(unit.id);
  const groups = dataset.groups.filter((group) => inside.has(group.unitId));
  const groupIds = new Set(groups.map((group) => group.id));
  const memberships = dataset.memberships.filter((membership) => groupIds.has(membership.groupId));
  const personIds = new Set(memberships.map((membership) => membership.personId));
  return {
    schemaVersion: 1,
    units: dataset.units.filter((unit) => inside.has(unit.id) || unit.kind === "state" || unit.kind === "country"),
    people: dataset.people.filter((person) => personIds.has(person.id)),
    groups,
    memberships,
    meetings: (dataset.meetings ?? []).filter((meeting) => groupIds.has(meeting.groupId)),
  };
}
