// fast-check arbitraries for whole datasets: a state with districts, local bodies and wards,
// groups of every kind, memberships, people and meetings, all referentially valid.
import fc from "fast-check";
import type { Dataset, Group, GroupKind, Meeting, Membership, Person, Unit } from "../../src/index.js";
import { dayNumber, formatIsoDate, fromDayNumber } from "../../src/internal/calendar.js";

const day = (iso: string) => {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  return dayNumber({ year: y, month: m, day: d });
};
const dateBetween = (from: string, to: string) => fc.integer({ min: day(from), max: day(to) }).map((n) => formatIsoDate(fromDayNumber(n)));
const KINDS: readonly GroupKind[] = ["neighbourhoodGroup", "auxiliaryGroup", "balasabha", "selfHelpGroup"];

const groupShape = fc.record({
  kind: fc.constantFrom(...KINDS),
  formedOn: fc.option(dateBetween("2021-01-01", "2021-12-31"), { nil: undefined }),
  closedOn: fc.option(dateBetween("2021-06-01", "2022-06-30"), { nil: undefined, freq: 6 }),
  special: fc.option(fc.boolean(), { nil: undefined }),
  members: fc.array(
    fc.record({
      dateOfBirth: fc.option(dateBetween("1960-01-01", "2016-12-31"), { nil: undefined, freq: 8 }),
      role: fc.constantFrom("member", "member", "member", "president", "leader", "resourcePerson"),
      to: fc.option(dateBetween("2021-01-01", "2022-06-30"), { nil: undefined, freq: 5 }),
    }),
    { maxLength: 8 },
  ),
  meetings: fc.array(fc.record({ date: dateBetween("2021-01-01", "2022-03-31"), attendance: fc.option(fc.nat(10), { nil: undefined }) }), { maxLength: 10 }),
});

const wardShape = fc.array(groupShape, { maxLength: 3 });
const localBodyShape = fc.array(wardShape, { minLength: 1, maxLength: 4 });
const districtShape = fc.array(localBodyShape, { minLength: 1, maxLength: 3 });

/** A valid dataset with 1 to 4 districts. */
export const datasetArbitrary: fc.Arbitrary<Dataset> = fc.array(districtShape, { minLength: 1, maxLength: 4 }).map((districts) => {
  const units: Unit[] = [{ id: "KL", kind: "state", name: "Kerala" }];
  const people: Person[] = [];
  const groups: Group[] = [];
  const memberships: Membership[] = [];
  const meetings: Meeting[] = [];
  districts.forEach((localBodies, d) => {
    const districtId = `D${d}`;
    units.push({ id: districtId, kind: "district", name: `District ${d}`, parentId: "KL" });
    localBodies.forEach((wards, l) => {
      const localBodyId = `${districtId}-L${l}`;
      units.push({ id: localBodyId, kind: "localBody", name: `Local body ${d}.${l}`, parentId: districtId });
      wards.forEach((wardGroups, w) => {
        const wardId = `${localBodyId}-W${w}`;
        units.push({ id: wardId, kind: "ward", name: `Ward ${d}.${l}.${w}`, parentId: localBodyId });
        wardGroups.forEach((shape, g) => {
          const groupId = `${wardId}-G${g}`;
          const group: Group = { id: groupId, kind: shape.kind, unitId: wardId };
          if (shape.formedOn !== undefined) group.formedOn = shape.formedOn;
          if (shape.closedOn !== undefined && (shape.formedOn === undefined || shape.closedOn >= shape.formedOn)) group.closedOn = shape.closedOn;
          if (shape.special !== undefined) group.special = shape.special;
          groups.push(group);
          const memberIds: string[] = [];
          shape.members.forEach((member, m) => {
            const personId = `${groupId}-P${m}`;
            const person: Person = { id: personId, gender: m % 3 === 2 ? "male" : "female" };
            if (member.dateOfBirth !== undefined) person.dateOfBirth = member.dateOfBirth;
            people.push(person);
            const membership: Membership = { groupId, personId, role: member.role };
            if (member.to !== undefined) membership.to = member.to;
            memberships.push(membership);
            memberIds.push(personId);
          });
          shape.meetings.forEach((meeting, k) => {
            const record: Meeting = { id: `${groupId}-M${k}`, groupId, date: meeting.date };
            if (meeting.attendance !== undefined) record.attendeeIds = memberIds.slice(0, meeting.attendance);
            meetings.push(record);
          });
        });
      });
    });
  });
  return { schemaVersion: 1, units, people, groups, memberships, meetings };
});

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
