// The part of a dataset under some districts: what a district's app holds. One implementation for
// the split-and-merge property tests (through test/helpers/districtPart.ts) and the parallel
// benchmark's workers (bench/worker.mjs, which node runs as plain JavaScript). Its types are in
// districtPart.d.mts.

/**
 * The part of a dataset under these districts, with the units above them (units of kind state
 * or country): the units, groups, memberships, people and meetings a district's app holds.
 * Units must come after their parents, as in every dataset the package writes.
 *
 * @param {import("../src/index.js").Dataset} dataset - The whole dataset.
 * @param {string | ReadonlySet<string>} districtIds - One district's id, or a set of them.
 * @returns {import("../src/index.js").Dataset} The part, a dataset of its own.
 */
export function districtPart(dataset, districtIds) {
  const inside = new Set(typeof districtIds === "string" ? [districtIds] : districtIds);
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
