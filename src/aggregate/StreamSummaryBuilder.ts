// Internal: what summarizeStream needs beyond SummaryBuilder, for records that come one at a time
// in any order. It keeps three numbers per meeting (its group, day and attendees counted), a
// fingerprint of each membership row (see MembershipRows) so that attendees can be checked against
// memberships that come after their meeting, the attendees still to check, and the federations
// until the end, when the groups they list are known; and it learns where meeting records start
// from the meetings as they come, so that every group's cadence span is set in finish.
import type { Federation } from "../entities/Federation.js";
import type { Meeting } from "../entities/Meeting.js";
import type { Membership } from "../entities/Membership.js";
import { checkedDayNumber } from "../internal/calendar.js";
import { issue } from "../issues/issueFactory.js";
import { isCountedMember } from "../rules/definitions/activity.js";
import { earlierRecordsFrom } from "../rules/definitions/cadence.js";
import { compareIds } from "../rules/definitions/compareIds.js";
import { COUNTED, FIRST_DAY, LAST_DAY, MembershipRows, NO_ROW } from "./membershipRows.js";
import {
  ASSESSED,
  FEDERATED,
  grown,
  MEETS,
  NOT_ASSESSED,
  PLACE,
  ROWS,
  SET_ASIDE,
  SKIPPED,
  SummaryBuilder,
  UNPLACED,
  UNSEEN,
} from "./SummaryBuilder.js";

/** An attendee of a stored meeting whose memberships had not all come when the meeting did. */
interface PendingAttendee {
  readonly meeting: number;
  readonly h1: number;
  readonly h2: number;
  /** Set when no membership of hers in the group had come: what an issue would need. */
  readonly unknown?: { readonly personId: string; readonly meetingId: string; readonly position: number; j: number };
}

/** The distinct ids of a list: the list itself when none repeats (the usual case, checked without allocating). */
function distinct(ids: readonly string[]): readonly string[] {
  if (ids.length <= 32) {
    for (let i = 1; i < ids.length; i++) for (let j = 0; j < i; j++) if (ids[i] === ids[j]) return [...new Set(ids)];
    return ids;
  }
  const unique = new Set(ids);
  return unique.size === ids.length ? ids : [...unique];
}

export class StreamSummaryBuilder extends SummaryBuilder {
  protected override readonly spansAtOnce = false;
  // Per meeting stored: slot, day, attendees counted (-1 where not recorded).
  private meetingCount = 0;
  private meetings = new Int32Array(3 * 1024);
  private readonly membershipRows = new MembershipRows();
  private readonly pending: PendingAttendee[] = [];
  private readonly federationRecords: { readonly federation: Federation; readonly position: number }[] = [];
  private readonly federationIds = new Set<string>();
  /** Ids of group and federation records that failed their schema. */
  private readonly asideIds = new Set<string>();
  // The current run of one group's memberships.
  private runGroupId: string | undefined;
  private readonly runPeople = new Set<string>();

  /**
   * Takes a federation: counted as summarize counts it; the groups it lists are found in finish,
   * whatever order they come in. Returns "duplicate" for an id that came before and "unknownUnit"
   * for a unit that is not there (both left out; the caller reports them).
   */
  addFederation(federation: Federation, position: number): "added" | "duplicate" | "unknownUnit" {
    if (this.federationIds.has(federation.id)) return "duplicate";
    this.federationIds.add(federation.id);
    this.federationRecords.push({ federation, position });
    return this.countFederation(federation) === SET_ASIDE ? "unknownUnit" : "added";
  }

  /** Notes the id of a group or federation record that failed its schema: what names it is set aside with it. */
  recordSetAside(id: string): void {
    this.asideIds.add(id);
  }

  /**
   * Takes a membership. Rows of one person in one group are counted once when they come together
   * (as exports list a group's records); nothing is kept per member but a fingerprint of the row,
   * to check attendees with.
   */
  addMembership(membership: Membership, dateOfBirth: string | undefined): void {
    const slot = this.slot(membership.groupId);
    const at = slot * this.stride;
    (this.cells[at + ROWS] as number)++;
    const place = this.cells[at + PLACE] as number;
    if (place === SKIPPED || place === SET_ASIDE) return;
    const rows = this.membershipRows;
    rows.fingerprint(slot, membership.personId);
    if (membership.role === "resourcePerson") rows.add(LAST_DAY, FIRST_DAY);
    else
      rows.add(
        membership.from === undefined ? FIRST_DAY : checkedDayNumber(membership.from),
        membership.to === undefined ? LAST_DAY : checkedDayNumber(membership.to),
      );
    if (!isCountedMember(membership, this.options.asOf)) return;
    if (membership.groupId !== this.runGroupId) {
      this.runGroupId = membership.groupId;
      this.runPeople.clear();
    }
    if (this.runPeople.has(membership.personId)) this.duplicate(membership.groupId, membership.personId);
    else {
      this.runPeople.add(membership.personId);
      this.countMember(slot, dateOfBirth);
    }
  }

  /**
   * Takes a meeting (`position`: where it is in the stream, for issues). Its attendees are checked
   * against the memberships of its group that have come; the others are checked in finish.
   */
  addMeeting(meeting: Meeting, position: number): void {
    if (this.options.recordsFrom === undefined) this.recordsFrom = earlierRecordsFrom(this.recordsFrom, meeting.date);
    const slot = this.slot(meeting.groupId);
    const at = slot * this.stride;
    (this.cells[at + MEETS] as number)++;
    const place = this.cells[at + PLACE] as number;
    if (place === SKIPPED || place === SET_ASIDE) return;
    const m = this.meetingCount++;
    if (3 * m + 3 > this.meetings.length) this.meetings = grown(this.meetings, this.meetings.length * 2);
    const day = checkedDayNumber(meeting.date);
    this.meetings[3 * m] = slot;
    this.meetings[3 * m + 1] = day;
    if (meeting.attendeeIds === undefined) {
      this.meetings[3 * m + 2] = -1;
      return;
    }
    const rows = this.membershipRows;
    const attendeeIds = distinct(meeting.attendeeIds);
    let counted = 0;
    for (let j = 0; j < attendeeIds.length; j++) {
      const personId = attendeeIds[j] as string;
      rows.fingerprint(slot, personId);
      const state = rows.state(day);
      if (state === COUNTED) counted++;
      else {
        const { h1, h2 } = rows;
        const unknown =
          state === NO_ROW
            ? { personId, meetingId: meeting.id, position, j: meeting.attendeeIds.indexOf(personId) }
            : undefined;
        this.pending.push(unknown === undefined ? { meeting: m, h1, h2 } : { meeting: m, h1, h2, unknown });
      }
    }
    this.meetings[3 * m + 2] = counted;
  }

  /**
   * What only the end of a stream can tell: where meeting records start (and so every group's
   * span), which groups the federations list, whether the attendees whose memberships came after
   * their meeting were members; then each group's cadence, from its stored meetings.
   */
  protected override finishRecords(): void {
    const { cells, stride: S } = this;
    this.recordsFromDay = this.recordsFrom === undefined ? undefined : checkedDayNumber(this.recordsFrom);
    for (let slot = 0; slot < this.ids.length; slot++)
      if ((cells[slot * S + PLACE] as number) >= UNPLACED) this.setSpan(slot * S);
    this.resolveFederations();
    this.resolveAttendees();
    this.assessStoredMeetings();
  }

  /** Marks the groups the federations formed by asOf list; reports members that are not there. */
  private resolveFederations(): void {
    const { cells, stride: S } = this;
    for (const { federation, position } of this.federationRecords) {
      const counts = this.countsAsFederation(federation);
      federation.memberIds.forEach((memberId, j) => {
        const slot = this.slots.get(memberId);
        const place = slot === undefined ? UNSEEN : (cells[slot * S + PLACE] as number);
        if (place !== UNSEEN) {
          if (counts && place >= UNPLACED) cells[(slot as number) * S + FEDERATED] = 1;
          return;
        }
        if (this.federationIds.has(memberId)) return;
        const at = {
          path: ["records", position, "federation", "memberIds", j],
          subject: { kind: "federation", id: federation.id },
        } as const;
        this.report(
          this.asideIds.has(memberId)
            ? issue("reference.set_aside", { id: memberId, because: "schema.invalid" }, at)
            : issue("reference.unknown", { id: memberId }, at),
        );
      });
    }
  }

  /** Counts the attendees that memberships which came after their meeting make members; reports the others. */
  private resolveAttendees(): void {
    const { cells, stride: S, meetings, membershipRows: rows } = this;
    for (const attendee of this.pending) {
      const slot = meetings[3 * attendee.meeting] as number;
      if ((cells[slot * S + PLACE] as number) < UNPLACED) continue;
      rows.h1 = attendee.h1;
      rows.h2 = attendee.h2;
      const state = rows.state(meetings[3 * attendee.meeting + 1] as number);
      if (state === COUNTED) (meetings[3 * attendee.meeting + 2] as number)++;
      else if (state === NO_ROW && attendee.unknown !== undefined) {
        const { personId, meetingId, position, j } = attendee.unknown;
        const at = {
          path: ["records", position, "meeting", "attendeeIds", j],
          subject: { kind: "meeting", id: meetingId },
        } as const;
        this.report(issue("meeting.attendee_not_member", { personId, groupId: this.ids[slot] as string }, at));
      }
    }
  }

  /**
   * Judges the cadence of every counted group from its stored meetings: grouped by slot with a
   * counting sort (slot s holds days[offsets[s] .. offsets[s + 1]), attendees at the same
   * positions plus M), then judged group by group.
   */
  private assessStoredMeetings(): void {
    const { cells, stride: S, meetings } = this;
    const slotCount = this.ids.length;
    const M = this.meetingCount;
    const offsets = new Int32Array(slotCount + 1);
    for (let m = 0; m < M; m++) (offsets[(meetings[3 * m] as number) + 1] as number)++;
    for (let s = 0; s < slotCount; s++) (offsets[s + 1] as number) += offsets[s] as number;
    const days = new Int32Array(2 * M);
    const next = offsets.slice(0, slotCount);
    for (let m = 0; m < M; m++) {
      const at = (next[meetings[3 * m] as number] as number)++;
      days[at] = meetings[3 * m + 1] as number;
      days[at + M] = meetings[3 * m + 2] as number;
    }
    for (let slot = 0; slot < slotCount; slot++) {
      if ((cells[slot * S + PLACE] as number) >= UNPLACED && cells[slot * S + ASSESSED] === NOT_ASSESSED) {
        this.assess(slot, days, offsets[slot] as number, offsets[slot + 1] as number, M);
      }
    }
  }

  /**
   * Each group id that memberships or meetings named but no group record brought, set aside with
   * the records that name it; and the records of groups whose unit is not there.
   */
  protected override reportLeftOverIssues(): void {
    super.reportLeftOverIssues();
    const unknown: string[] = [];
    const { cells, stride: S, setAside } = this;
    for (let slot = 0; slot < this.ids.length; slot++) {
      const place = cells[slot * S + PLACE] as number;
      if (place === UNSEEN) unknown.push(this.ids[slot] as string);
      if ((place === UNSEEN || place === SET_ASIDE) && setAside !== null) {
        setAside.memberships += cells[slot * S + ROWS] as number;
        setAside.meetings += cells[slot * S + MEETS] as number;
      }
    }
    for (const groupId of unknown.sort(compareIds)) {
      const at = { subject: { kind: "group", id: groupId } } as const;
      this.report(
        this.asideIds.has(groupId)
          ? issue("reference.set_aside", { id: groupId, because: "schema.invalid" }, at)
          : issue("reference.unknown", { id: groupId }, at),
      );
    }
  }
}
