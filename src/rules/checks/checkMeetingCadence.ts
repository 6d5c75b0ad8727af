import { requireIsoDate } from "../../internal/guards.js";
import type { Issue } from "../../issues/Issue.js";
import { assessCadence, cadenceSpan, periodLabel, sortedDays } from "../definitions/cadence.js";
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
 *
 * @public
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
 * The month a group was formed in is judged only when it was formed on the 1st. No period before
 * 1950 is judged (a formation date before it cannot be real, and is taken as unknown).
 *
 * One `meeting.cadence_missed` issue for the group when any period was short of meetings, with
 * how many periods were judged and missed and the first and last missed: one issue per group
 * and rule, whatever the span, so a typing slip in a date cannot flood a report.
 *
 * @param group - The group's formation and closing dates.
 * @param meetingDates - The dates of its meetings, `YYYY-MM-DD`, in any order.
 * @param ruleSet - The group's rule set.
 * @param options - `asOf`, `recordsFrom`, and the subject, path and label to attach.
 * @returns The issue found, or none.
 * @throws RangeError when a date is not a real `YYYY-MM-DD` date.
 *
 * @example
 * ```ts
 * import { checkMeetingCadence, keralaAuxiliaryGroup } from "@kudumbashree/domain";
 *
 * checkMeetingCadence(
 *   { formedOn: "2021-10-02" },
 *   ["2021-10-09", "2021-11-06", "2021-11-20", "2021-12-04", "2022-01-08"],
 *   keralaAuxiliaryGroup,
 *   { asOf: "2022-02-01" },
 * ).map((issue) => issue.params);
 * //=> [{ periodsJudged: 3, periodsMissed: 2, firstMissed: "2021-12", lastMissed: "2022-01", required: 2 }]
 * ```
 *
 * @public
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
  const judged = assessCadence(cadence, span.fromDay, span.toDay, sortedDays(meetingDates));
  if (judged.missedCount === 0) return [];
  const params = {
    periodsJudged: judged.periods,
    periodsMissed: judged.missedCount,
    firstMissed: periodLabel(cadence, judged.firstMissed),
    lastMissed: periodLabel(cadence, judged.lastMissed),
    required: cadence.count,
  };
  return [ruleIssue("meeting.cadence_missed", params, ruleSet, options)];
}
