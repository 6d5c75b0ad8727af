// The part of a dataset under some districts, for split-and-merge property tests and the
// parallel benchmark's workers.
import type { Dataset } from "../../src/index.js";

/** The part of a dataset under these districts, with the units above them: what a district's app holds. */
export function districtPart(dataset: Dataset, districtIds: string | ReadonlySet<string>): Dataset {
  const inside = new Set<string>(typeof districtIds === "string" ? [districtIds] : districtIds);
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
