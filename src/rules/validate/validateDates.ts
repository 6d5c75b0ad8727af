import type { DatasetIndex } from "../../dataset/indexDataset.js";
import type { Issue } from "../../issues/Issue.js";
import { issue } from "../../issues/issueFactory.js";
import { EARLIEST_BIRTH, EARLIEST_EVENT, isPlausibleBirth, isPlausibleEvent } from "../definitions/plausibleDates.js";

/**
 * The date pass of `validate`: every date that cannot be real for this domain
 * (`date.implausible`): group, membership and meeting dates before {@link EARLIEST_EVENT}, dates
 * of birth before {@link EARLIEST_BIRTH} or after `asOf`. Collection by collection, in input
 * order. The rule passes and the roll-ups leave such dates out of their figures.
 *
 * @internal
 */
export function validateDates(index: DatasetIndex, asOf: string, issues: Issue[]): void {
  const { data } = index;
  const event = (date: string | undefined, field: string, path: (string | number)[], subject: Issue["subject"]) => {
    if (date === undefined || isPlausibleEvent(date)) return;
    issues.push(issue("date.implausible", { field, date, earliest: EARLIEST_EVENT, latest: null }, { path, subject }));
  };
  data.groups.forEach((group, i) => {
    const subject = { kind: "group", id: group.id } as const;
    event(group.formedOn, "groups.formedOn", ["groups", i, "formedOn"], subject);
    event(group.closedOn, "groups.closedOn", ["groups", i, "closedOn"], subject);
  });
  data.memberships.forEach((membership, i) => {
    if (membership.from === undefined && membership.to === undefined) return;
    const subject = { kind: "membership", id: `${membership.groupId}/${membership.personId}` } as const;
    event(membership.from, "memberships.from", ["memberships", i, "from"], subject);
    event(membership.to, "memberships.to", ["memberships", i, "to"], subject);
  });
  (data.meetings ?? []).forEach((meeting, i) => {
    event(meeting.date, "meetings.date", ["meetings", i, "date"], { kind: "meeting", id: meeting.id });
  });
  data.people.forEach((person, i) => {
    const date = person.dateOfBirth;
    if (date === undefined || isPlausibleBirth(date, asOf)) return;
    const params = { field: "people.dateOfBirth", date, earliest: EARLIEST_BIRTH, latest: asOf };
    issues.push(
      issue("date.implausible", params, {
        path: ["people", i, "dateOfBirth"],
        subject: { kind: "person", id: person.id },
      }),
    );
  });
}
