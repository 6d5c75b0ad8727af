import type { Issue } from "../../issues/Issue.js";
import { issueCodes } from "../../issues/issueCodes.js";
import { inspectDataset } from "../../dataset/parseDataset.js";
import type { Group, GroupKind } from "../../entities/Group.js";
import type { Person } from "../../entities/Person.js";
import { isGroupActive, isMembershipActive } from "../definitions/activity.js";
import { ageCutoffs, dateKey, requireIsoDate } from "../../internal/calendar.js";
import { checkAgeBand } from "../checks/checkAgeBand.js";
import { checkFederationSize } from "../checks/checkFederationSize.js";
import { checkGender } from "../checks/checkGender.js";
import { checkGroupSize } from "../checks/checkGroupSize.js";
import { checkHouseholds } from "../checks/checkHouseholds.js";
import { checkLeadership } from "../checks/checkLeadership.js";
import { checkMeetingCadence } from "../checks/checkMeetingCadence.js";
import { ruleIssue } from "../checks/makeIssue.js";
import { resolveRuleSets } from "../registry/resolveRuleSets.js";
import { type RuleSet, ruleSetKey } from "../registry/RuleSet.js";
import { append } from "../../internal/append.js";

/**
 * Options of {@link validate}.
 *
 * @example
 * ```ts
 * import { getRuleSet, type ValidateOptions } from "@kudumbashree/domain";
 *
 * const options: ValidateOptions = { asOf: "2021-11-30", ruleSets: [getRuleSet("kerala.balasabha@2.0.0")] };
 * ```
 */
export interface ValidateOptions {
  /** The day the data describes: ages, active memberships and group sizes are taken on it. */
  readonly asOf: string;
  /**
   * Rule sets to apply instead of the built-in ones, for the kinds they govern. For a kind with
   * several, the one in force on `asOf` is used (see {@link ruleSetInForce}).
   */
  readonly ruleSets?: readonly RuleSet[] | undefined;
  /**
   * The first day the meeting records cover; months (or weeks) before it are not judged for
   * meeting cadence. Defaults to the date of the earliest meeting in the dataset.
   */
  readonly recordsFrom?: string | undefined;
}

/**
 * The answer of {@link validate}.
 *
 * @example
 * ```ts
 * import { validate, type ValidationReport } from "@kudumbashree/domain";
 *
 * const report: ValidationReport = validate({ schemaVersion: 1, units: [], people: [], groups: [], memberships: [] }, { asOf: "2021-11-30" });
 * report.counts;
 * //=> { error: 0, warning: 0 }
 * ```
 */
export interface ValidationReport {
  /** No issue is an error. */
  readonly ok: boolean;
  /** The day the rules were applied on. */
  readonly asOf: string;
  /** The keys of the rule sets applied, one per kind of group or federation found in the data. */
  readonly ruleSets: readonly string[];
  /** Every issue, in a fixed order (see {@link validate}). */
  readonly issues: readonly Issue[];
  /** How many issues of each severity. */
  readonly counts: { readonly error: number; readonly warning: number };
}

/**
 * Checks a whole dataset against the rules: reads it with {@link parseDataset}, then checks every
 * group against the rule set for its kind in force on `asOf` (or the ones given), every ward
 * against coverage rules, and every federation. It never throws on data: every problem is an
 * issue with a stable code, the rule set's key, its subject and the numbers in `params`.
 *
 * Issue order: dataset issues; then, for each group in input order, size, households,
 * leadership, each active member (age, gender, a second group of the kind) and meeting cadence;
 * then wards in input order; then federations.
 *
 * Records that a dataset issue makes unusable (a membership of an unknown group, say) are left
 * out of the rule checks; shape errors stop the checks altogether.
 *
 * @param input - Anything, typically a parsed JSON export.
 * @param options - `asOf`, and optionally `ruleSets` and `recordsFrom`.
 * @returns The report; `ok` when no issue is an error.
 * @throws RangeError when `asOf` or `recordsFrom` is not a real `YYYY-MM-DD` date (a programmer error).
 *
 * @example
 * ```ts
 * import { validate } from "@kudumbashree/domain";
 *
 * const report = validate(
 *   {
 *     schemaVersion: 1,
 *     units: [{ id: "w1", kind: "ward", name: "Ward 1" }],
 *     people: [{ id: "p1", name: "Anitha", gender: "female", dateOfBirth: "1979-05-02" }],
 *     groups: [{ id: "g1", kind: "auxiliaryGroup", unitId: "w1", formedOn: "2021-10-02" }],
 *     memberships: [{ groupId: "g1", personId: "p1", role: "member" }],
 *     meetings: [{ id: "m1", groupId: "g1", date: "2021-10-09" }, { id: "m2", groupId: "g1", date: "2021-10-23" }],
 *   },
 *   { asOf: "2021-10-30" },
 * );
 * report.ok;
 * //=> false
 * report.issues.map((issue) => [issue.code, issue.ruleSet, issue.params?.age]);
 * //=> [["age.above_band", "kerala.auxiliaryGroup@1.0.0", 42]]
 * ```
 */
export function validate(input: unknown, options: ValidateOptions): ValidationReport {
  const asOf = options.asOf;
  requireIsoDate(asOf, "asOf");
  if (options.recordsFrom !== undefined) requireIsoDate(options.recordsFrom, "recordsFrom");
  const inspected = inspectDataset(input);
  if (!inspected.ok) return report(asOf, [], inspected.issues);

  const { index } = inspected;
  const { data } = index;
  const issues = inspected.issues;
  const rules = resolveRuleSets(asOf, options.ruleSets);
  const applied = new Set<RuleSet>();

  let recordsFrom = options.recordsFrom;
  if (recordsFrom === undefined) {
    for (const meeting of data.meetings ?? []) if (recordsFrom === undefined || meeting.date < recordsFrom) recordsFrom = meeting.date;
  }

  // An age band as bounds on the date of birth written yyyymmdd (see ageCutoffs): old enough
  // when born on or before `oldEnough`, too old when born on or before `tooOld`.
  const birthBounds = new Map<RuleSet, { oldEnough: number; tooOld: number }>();
  const birthBoundsOf = (ruleSet: RuleSet, band: NonNullable<RuleSet["ageBand"]>) => {
    let bounds = birthBounds.get(ruleSet);
    if (bounds === undefined) {
      const [oldEnough, tooOld] = ageCutoffs(asOf, [band.min ?? 0, (band.max ?? Number.MAX_SAFE_INTEGER - 1) + 1]);
      bounds = { oldEnough: band.min === undefined ? Number.POSITIVE_INFINITY : (oldEnough as number), tooOld: band.max === undefined ? Number.NEGATIVE_INFINITY : (tooOld as number) };
      birthBounds.set(ruleSet, bounds);
    }
    return bounds;
  };

  // Per person (by position in data.people, from the index): the group (position + 1) in which
  // the person was last counted, and per kind of group, the first active group (position + 1).
  const people = data.people;
  const countedIn = new Int32Array(people.length);
  const groupOfPerson = new Map<GroupKind, Int32Array>();
  const activeByWard = new Map<GroupKind, Map<string, { groups: number; members: number }>>();
  let cadenceUnknown = false;

  data.groups.forEach((group, groupPosition) => {
    if (index.groups.get(group.id) !== group) return;
    const ruleSet = rules.get(group.kind);
    if (ruleSet === undefined) return;
    applied.add(ruleSet);
    const label = group.name === undefined ? `Group "${group.id}"` : `${group.name} (${group.id})`;
    const groupOptions = { subject: { kind: "group", id: group.id }, path: ["groups", groupPosition], label } as const;

    if (isGroupActive(group, asOf)) {
      const positions = index.membershipsByGroup.get(group.id) ?? [];
      const members: Person[] = [];
      const holders: { role: (typeof data.memberships)[number]["role"]; gender: Person["gender"] }[] = [];
      const memberIssues: Issue[] = [];
      let kindMembers = groupOfPerson.get(group.kind);
      if (kindMembers === undefined) groupOfPerson.set(group.kind, (kindMembers = new Int32Array(people.length)));
      const band = ruleSet.ageBand;
      const bounds = band === undefined ? undefined : birthBoundsOf(ruleSet, band);

      for (const position of positions) {
        const membership = data.memberships[position];
        if (membership === undefined || !isMembershipActive(membership, asOf)) continue;
        const personPosition = index.membershipPersons[position] as number;
        const person = people[personPosition] as Person;
        if (ruleSet.leadership !== undefined) holders.push({ role: membership.role, gender: person.gender });
        if (membership.role === "resourcePerson" || countedIn[personPosition] === groupPosition + 1) continue;
        countedIn[personPosition] = groupPosition + 1;
        members.push(person);
        // Built only for an issue: this loop runs once per membership.
        const memberOptions = () =>
          ({
            subject: { kind: "membership", id: `${group.id}/${person.id}` },
            path: ["memberships", position],
            label: person.name === undefined ? `Person "${person.id}"` : `${person.name} (${person.id})`,
          }) as const;
        if (bounds !== undefined) {
          const birth = person.dateOfBirth === undefined ? undefined : dateKey(person.dateOfBirth);
          if (birth === undefined || birth > bounds.oldEnough || birth <= bounds.tooOld) {
            append(memberIssues, checkAgeBand(person.dateOfBirth, ruleSet, asOf, { ...memberOptions(), path: ["people", personPosition, "dateOfBirth"] }));
          }
        }
        if (ruleSet.gender !== undefined && !ruleSet.gender.includes(person.gender)) {
          append(memberIssues, checkGender(person.gender, ruleSet, { ...memberOptions(), path: ["people", personPosition, "gender"] }));
        }
        const otherPosition = kindMembers[personPosition] as number;
        if (otherPosition === 0) {
          kindMembers[personPosition] = groupPosition + 1;
        } else {
          const other = (data.groups[otherPosition - 1] as Group).id;
          const options = memberOptions();
          memberIssues.push(
            ruleIssue(
              "membership.multiple_groups",
              `${options.label} is an active member of ${group.kind} "${other}" and of "${group.id}" on ${asOf}.`,
              ruleSet,
              options,
              { personId: person.id, groupIds: [other, group.id] },
            ),
          );
        }
      }

      append(issues, checkGroupSize(members.length, ruleSet, { ...groupOptions, special: group.special }));
      append(issues, checkHouseholds(members, ruleSet, groupOptions));
      append(issues, checkLeadership(holders, ruleSet, groupOptions));
      append(issues, memberIssues);

      let wards = activeByWard.get(group.kind);
      if (wards === undefined) activeByWard.set(group.kind, (wards = new Map()));
      const ward = wards.get(group.unitId);
      if (ward === undefined) wards.set(group.unitId, { groups: 1, members: members.length });
      else {
        ward.groups++;
        ward.members += members.length;
      }
    }

    if (ruleSet.meetings !== undefined) {
      if (recordsFrom === undefined) {
        cadenceUnknown = true;
      } else {
        const dates = (index.meetingsByGroup.get(group.id) ?? []).map((meeting) => meeting.date);
        append(issues, checkMeetingCadence(group, dates, ruleSet, { ...groupOptions, asOf, recordsFrom }));
      }
    }
  });

  if (cadenceUnknown) {
    issues.push({
      code: "meeting.cadence_unknown",
      severity: issueCodes["meeting.cadence_unknown"].severity,
      message: "The dataset records no meeting, so no group's meeting cadence could be checked.",
      subject: { kind: "dataset", id: "dataset" },
    });
  }

  // Wards: coverage and extra groups, for kinds present in the data or named in options.ruleSets.
  const named = new Set(options.ruleSets?.map((ruleSet) => ruleSet.groupKind));
  const present = new Set<string>(data.groups.map((group) => group.kind));
  for (const [kind, ruleSet] of rules) {
    if (!(ruleSet.wardCoverage === true || ruleSet.extraGroupOnlyWhenFull === true)) continue;
    if (!present.has(kind) && !named.has(kind)) continue;
    applied.add(ruleSet);
    const wards = activeByWard.get(kind as GroupKind) ?? new Map<string, { groups: number; members: number }>();
    const max = ruleSet.groupSize?.max;
    data.units.forEach((unit, position) => {
      if (unit.kind !== "ward" || index.units.get(unit.id) !== unit) return;
      const options = { subject: { kind: "unit", id: unit.id }, path: ["units", position], label: `${unit.name} (${unit.id})` } as const;
      const ward = wards.get(unit.id);
      if (ruleSet.wardCoverage === true && ward === undefined) {
        issues.push(ruleIssue("ward.no_group", `${options.label} has no active ${kind} on ${asOf}; ${ruleSet.title} asks for one in every ward.`, ruleSet, options, { kind }));
      }
      if (ruleSet.extraGroupOnlyWhenFull === true && max !== undefined && ward !== undefined && ward.groups > 1) {
        const needed = Math.max(1, Math.ceil(ward.members / max));
        if (ward.groups > needed) {
          issues.push(
            ruleIssue(
              "ward.extra_group_not_needed",
              `${options.label} has ${ward.groups} ${kind}s for ${ward.members} members; ${needed} would hold them (at most ${max} a group), and ${ruleSet.title} forms another group only when the first is full.`,
              ruleSet,
              options,
              { kind, groups: ward.groups, members: ward.members, needed, max },
            ),
          );
        }
      }
    });
  }

  // Federations.
  const perWard = new Map<string, number>();
  (data.federations ?? []).forEach((federation, position) => {
    if (index.federations.get(federation.id) !== federation) return;
    const ruleSet = rules.get(federation.kind);
    const rule = ruleSet?.federation;
    if (ruleSet === undefined || rule === undefined) return;
    applied.add(ruleSet);
    const label = federation.name === undefined ? `Federation "${federation.id}"` : `${federation.name} (${federation.id})`;
    const options = { subject: { kind: "federation", id: federation.id }, path: ["federations", position], label } as const;
    let memberGroups = 0;
    for (const memberId of federation.memberIds) if (index.groups.get(memberId)?.kind === rule.memberKind) memberGroups++;
    append(issues, checkFederationSize(memberGroups, ruleSet, options));
    if (rule.onePerWard === true && index.units.get(federation.unitId)?.kind === "ward") {
      const key = `${federation.kind}\u0000${federation.unitId}`;
      const count = (perWard.get(key) ?? 0) + 1;
      perWard.set(key, count);
      if (count > 1) {
        issues.push(
          ruleIssue("federation.duplicate_in_ward", `${label} is federation number ${count} of its kind in ward "${federation.unitId}"; ${ruleSet.title} has one per ward.`, ruleSet, options, {
            unitId: federation.unitId,
            count,
          }),
        );
      }
    }
  });

  return report(asOf, [...applied].map(ruleSetKey).sort(), issues);
}

function report(asOf: string, ruleSets: string[], issues: Issue[]): ValidationReport {
  let error = 0;
  for (const issue of issues) if (issue.severity === "error") error++;
  return { ok: error === 0, asOf, ruleSets, issues, counts: { error, warning: issues.length - error } };
}
