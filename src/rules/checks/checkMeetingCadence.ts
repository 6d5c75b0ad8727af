import { requireIsoDate } from "../../internal/guards.js";
import type { Issue } from "../../issues/Issue.js";
import { assessCadence, cadenceSpan, sortedDays } from "../definitions/cadence.js";
import type { RuleSet } from "../registry/RuleSet.js";
import type { CheckOptions } from "./CheckOptions.js";
import { ruleIssue } from "./ruleIssue.js";

/**
 * Options of {@link checkMeetingCadence}.
 *
 * @example
 * ```ts
 * import type { CheckMeetingCadenceOptions } from "@kudumbashree/domain";
 *
 * const options: CheckMeetingCadenceOptions = { asOf: "2021-12-01", recordsFrom: "2021-10-01" };
 * ```
 */
export interface CheckMeetingCadenceOptions extends CheckOptions {
  /** The day of the check: only periods that ended before it are judged. */
  readonly asOf: string;
  /**
   * The first day the meeting records cover. Periods before it are not judged, since a missing
   * record there says nothing. Without it (and without `formedOn`) nothing can be judged.
   */
  readonly recordsFrom?: string | undefined;
}

/**
 * Checks that a group held at least the meetings its rule set asks for in every full calendar
 * month (or ISO week, Monday to Sunday) it was active, from the later of `formedOn` and
 * `recordsFrom`, up to the day before it closed, counting only periods that ended before `asOf`.
 * The month a group was formed in is judged only when it was formed on the 1st. One
 * `meeting.cadence_missed` issue per period short of meetings.
 *
 * @param group - The group's formation and closing dates.
 * @param meetingDates - The dates of its meetings, `YYYY-MM-DD`, in any order.
 * @param ruleSet - The group's rule set.
 * @param options - `asOf`, `recordsFrom`, and the subject, path and label to attach.
 * @returns The issues found, oldest period first.
 * @throws RangeError when a date is not a real `YYYY-MM-DD` date.
 *
 * @example
 * ```ts
 * import { checkMeetingCadence, keralaAuxiliaryGroup } from "@kudumbashree/domain";
 *
 * checkMeetingCadence(
 *   { formedOn: "2021-10-02" },
 *   ["2021-10-09", "2021-11-06", "2021-11-20", "2021-12-04"],
 *   keralaAuxiliaryGroup,
 *   { asOf: "2022-01-01" },
 * ).map((issue) => issue.params);
 * //=> [{ period: "2021-12", start: "2021-12-01", held: 1, required: 2 }]
 * ```
 */
export function checkMeetingCadence(
  group: { readonly formedOn?: string | undefined; readonly closedOn?: string | undefined },
  meetingDates: readonly string[],
  ruleSet: RuleSet,
  options: CheckMeetingCadenceOptions,
): Issue[] {
  const cadence = ruleSet.meetings;
  requireIsoDate(options.asOf, "asOf");
  if (cadence === undefined) return [];
  const span = cadenceSpan(group, options.asOf, options.recordsFrom);
  if (span === undefined) return [];
  const { missed } = assessCadence(cadence, span.fromDay, span.toDay, sortedDays(meetingDates), true);
  return missed.map((period) =>
    ruleIssue(
      "meeting.cadence_missed",
      { period: period.period, start: period.start, held: period.held, required: cadence.count },
      ruleSet,
      options,
    ),
  );
}
