// The summary builder of the columnar path: SummaryBuilder's per-group cells, fed by numbers
// (slots, dates of birth as yyyymmdd, meeting days) instead of records. Where meeting records
// start is known only after a first pass over the meetings, so every group's cadence span is set
// then (startMeetings), before a group's meetings are judged, a run at a time (judgeMeetings).
import {
  ASSESSED,
  NOT_ASSESSED,
  PLACE,
  SPAN_FROM,
  SPAN_TO,
  SummaryBuilder,
  UNPLACED,
} from "../../aggregate/SummaryBuilder.js";
import { checkedDayNumber } from "../../internal/calendar.js";

export class ColumnarSummaryBuilder extends SummaryBuilder {
  protected override readonly spansAtOnce = false;

  /** Whether the group of a slot is counted (in a row or in the total). */
  isCounted(slot: number): boolean {
    return (this.cells[slot * this.stride + PLACE] as number) >= UNPLACED;
  }

  /** Counts a member of a slot, by her date of birth as yyyymmdd (-1: not given). */
  countMemberKey(slot: number, birthKey: number): void {
    this.countMemberByKey(slot, birthKey);
  }

  /** Notes a further counted row of a person in a group (`membership.duplicate`). */
  noteDuplicate(groupId: string, personId: string): void {
    this.duplicate(groupId, personId);
  }

  /**
   * Sets where meeting records start (the option, or `inferred` from the meetings when it was not
   * given) and with it every counted group's cadence span.
   */
  startMeetings(inferred: string | undefined): void {
    if (this.options.recordsFrom === undefined) this.recordsFrom = inferred;
    this.recordsFromDay = this.recordsFrom === undefined ? undefined : checkedDayNumber(this.recordsFrom);
    const { cells, stride: S } = this;
    for (let slot = 0; slot * S < cells.length && slot < this.ids.length; slot++)
      if ((cells[slot * S + PLACE] as number) >= UNPLACED) this.setSpan(slot * S);
  }

  /** Whether a day number lies in the slot's cadence span (attendees are counted only there). */
  inSpan(slot: number, day: number): boolean {
    const at = slot * this.stride;
    return day >= (this.cells[at + SPAN_FROM] as number) && day <= (this.cells[at + SPAN_TO] as number);
  }

  /** Judges a slot's cadence from all its meetings: days in `days[0, n)`, attendees (or -1) in `days[n, 2n)`. */
  judgeMeetings(slot: number, days: Int32Array, n: number): void {
    this.assess(slot, days, 0, n, n);
  }

  /** Counts issues left out before they reached the builder (see IssueBucket). */
  addOmitted(count: number): void {
    this.omittedIssues += count;
  }

  /** Judges every counted group that had no meeting. */
  judgeTheRest(): void {
    const none = new Int32Array(0);
    const { cells, stride: S } = this;
    for (let slot = 0; slot < this.ids.length; slot++)
      if ((cells[slot * S + PLACE] as number) >= UNPLACED && cells[slot * S + ASSESSED] === NOT_ASSESSED)
        this.assess(slot, none, 0, 0, 0);
  }
}
