// The English messages: one template per issue code, made only from its params and context, so
// detection never writes a sentence and a language is one file like this one.
import type { IssueMessages, MessageContext } from "./MessageContext.js";

type Bound = number | null;

/** "18 to 40 years", "at least 18 years", "at most 50 members". */
function range(min: Bound, max: Bound, unit: string): string {
  if (min !== null && max !== null) return `${min} to ${max} ${unit}`;
  if (min !== null) return `at least ${min} ${unit}`;
  return `at most ${max ?? 0} ${unit}`;
}

/** "1 volunteer", "2 secretaries": English plurals of the roles and kinds messages name. */
const plural = (count: number, word: string) =>
  count === 1 ? word : /[^aeiou]y$/.test(word) ? `${word.slice(0, -1)}ies` : `${word}s`;
const title = (context: MessageContext) => context.ruleSet?.title ?? "the rule set";
const who = (context: MessageContext, fallback: string) => context.label ?? fallback;

/** The record that holds a reference, as `Group "g1"` or `The membership "g1/p1"`. */
function referrer(context: MessageContext): string {
  const kind = context.subject?.kind ?? "record";
  const name = kind === "membership" ? "The membership" : kind[0]?.toUpperCase() + kind.slice(1);
  return `${name} "${context.subject?.id ?? ""}"`;
}

/** The field a path ends in (`parentId`, `attendeeIds`), skipping array positions. */
const fieldOf = (path: MessageContext["path"]) =>
  [...(path ?? [])].reverse().find((key): key is string => typeof key === "string");

/** What a reference field names, and what it must name, as a message says them. */
const fieldNames: Record<string, readonly [string, string]> = {
  parentId: ["the parent", "a unit"],
  unitId: ["the unit", "a unit"],
  groupId: ["the group", "a group"],
  personId: ["the person", "a person"],
  memberIds: ["the member", "a group or a federation"],
  attendeeIds: ["the attendee", "a person"],
};

function referenced(context: MessageContext, which: 0 | 1): string {
  const field = fieldOf(context.path) ?? "record";
  if (field === "unitId" && context.subject?.kind === "group") return which === 0 ? "the ward or village" : "a unit";
  return fieldNames[field]?.[which] ?? `the ${field}`;
}

/** The English messages. @internal */
export const en: IssueMessages = {
  "input.unreadable": (_, context) => `The input could not be read: ${context.detail}`,
  "schema.invalid": (params, context) =>
    params.reason === "truncated"
      ? `${params.omitted ?? 0} more shape problems are not listed; fix the ones above and check again.`
      : `${context.path?.length ? context.path.join(".") : (context.label ?? "The dataset")}: ` +
        (context.detail ?? params.reason),
  "id.duplicate": (_, context) =>
    `The ${context.subject?.kind} id "${context.subject?.id}" is used twice in ${context.path?.[0]}; ` +
    "the later one is ignored.",
  "reference.unknown": (params, context) =>
    fieldOf(context.path) === undefined
      ? `Memberships or meetings name the group "${params.id}", which is not in the data; they were left out.`
      : `${referrer(context)} names ${referenced(context, 0)} "${params.id}", which is not in the dataset.`,
  "reference.wrong_kind": (params, context) =>
    `${referrer(context)} names ${referenced(context, 0)} "${params.id}", ` +
    `which is a ${params.foundKind}, not ${referenced(context, 1)}.`,
  "unit.cycle": (params) =>
    `The parents of unit "${params.cycle[0] ?? ""}" loop back: ${[...params.cycle, params.cycle[0]].join(" -> ")}.`,
  "unit.kind_order": (params) =>
    `The ${params.kind} "${params.name}" sits under the ${params.parentKind} "${params.parentName}", ` +
    "which is not above it in the tree.",
  "group.unit_kind": (params, context) =>
    `${referrer(context)} sits in the ${params.unitKind} "${params.unitId}"; a group sits in a ward or a village.`,
  "group.dates_reversed": (params, context) =>
    `${referrer(context)} closed on ${params.closedOn}, before it was formed on ${params.formedOn}.`,
  "membership.dates_reversed": (params, context) =>
    `${referrer(context)} ends on ${params.to}, before it starts on ${params.from}.`,
  "age.below_band": (params, context) =>
    `${who(context, "The member")} is ${params.age} on ${params.asOf}, ` +
    `younger than the ${params.min ?? 0} years ${title(context)} admits.`,
  "age.above_band": (params, context) =>
    `${who(context, "The member")} is ${params.age} on ${params.asOf}, ` +
    `older than the ${params.max ?? 0} years ${title(context)} admits.`,
  "age.unknown": (params, context) =>
    `${who(context, "The member")} has no date of birth, ` +
    `so the age band (${range(params.min, params.max, "years")}) cannot be checked.`,
  "gender.not_allowed": (params, context) =>
    `${who(context, "The member")} is recorded as ${params.gender}; ` +
    `${title(context)} admits ${params.allowed.join(" or ")} members only.`,
  "group.below_min_size": (params, context) =>
    `${who(context, "The group")} has ${params.size} active members; ` +
    `${params.special ? `a special group under ${title(context)}` : title(context)} ` +
    `needs ${range(params.min, params.max, "members")}.`,
  "group.above_max_size": (params, context) =>
    `${who(context, "The group")} has ${params.size} active members; ` +
    `${params.special ? `a special group under ${title(context)}` : title(context)} ` +
    `allows ${range(params.min, params.max, "members")}.`,
  "household.duplicate": (params, context) =>
    `${who(context, "The group")} has ${params.personIds.length} active members ` +
    `from household "${params.householdId}" (${params.personIds.join(", ")}); ` +
    `${title(context)} admits one member per household.`,
  "membership.multiple_groups": (params, context) =>
    `${who(context, `Person "${params.personId}"`)} is an active member of ` +
    `${params.kind} "${params.groupIds[0] ?? ""}" and of "${params.groupIds[1] ?? ""}" on ${params.asOf}.`,
  "meeting.cadence_missed": (params, context) => {
    const unit = params.firstMissed.includes("-W") ? "week" : "month";
    const asked = params.required === 1 ? "one meeting" : `${params.required} meetings`;
    const when =
      params.periodsMissed === 1
        ? `in ${unit} ${params.firstMissed}`
        : `from ${params.firstMissed} to ${params.lastMissed}`;
    return (
      `${who(context, "The group")} held fewer meetings than asked in ${params.periodsMissed} of the ` +
      `${params.periodsJudged} ${unit}s judged (${when}); ${title(context)} asks for ${asked} a ${unit}.`
    );
  },
  "meeting.cadence_unknown": () => "The dataset records no meeting, so no group's meeting cadence could be checked.",
  "ward.no_group": (params, context) =>
    `${who(context, "The ward")} has no active ${params.kind} on ${params.asOf}; ` +
    `${title(context)} asks for one in every ward.`,
  "ward.extra_group_not_needed": (params, context) =>
    `${who(context, "The ward")} has ${params.groups} ${params.kind}s for ${params.members} members; ` +
    `${params.needed} would hold them (at most ${params.max} a group), ` +
    `and ${title(context)} forms another group only when the first is full.`,
  "leadership.missing": (params, context) =>
    `${who(context, "The group")} has ${params.found} active ${plural(params.found, params.role)}; ` +
    `${title(context)} asks for ${params.required}.`,
  "leadership.girl_required": (params, context) =>
    `${who(context, "The group")} has no girl among its ${params.roles.join(" and ")}; ` +
    `${title(context)} asks for at least one.`,
  "federation.too_few_groups": (params, context) =>
    `${who(context, "The federation")} federates ${params.memberGroups} ` +
    `${plural(params.memberGroups, params.memberKind)}; ${title(context)} is formed with at least ${params.min}.`,
  "federation.duplicate_in_ward": (params, context) =>
    `${who(context, "The federation")} is federation number ${params.count} of its kind ` +
    `in ward "${params.unitId}"; ${title(context)} has one per ward.`,
  "date.implausible": (params, context) =>
    `${who(context, "A record")} has ${params.field} ${params.date}, which cannot be real here (expected ` +
    `${params.latest === null ? `on or after ${params.earliest}` : `from ${params.earliest} to ${params.latest}`}); ` +
    "it is left out of the figures.",
  "membership.duplicate": (params) =>
    `Person "${params.personId}" has ${params.rows} membership rows in group "${params.groupId}" for the same days; ` +
    "she is counted once.",
  "id.lookalike": (params) =>
    `The id ${JSON.stringify(params.id)} in ${params.collection} looks like ${JSON.stringify(params.other)}: they ` +
    "differ only by case, spaces, invisible characters or Unicode form.",
  "summary.inconsistent": (params, context) =>
    `${context.path?.length ? context.path.join(".") : "The summary"}: ${params.field} breaks ${params.rule}` +
    `${params.unitId === null ? " on the total row" : ` in the row of unit "${params.unitId}"`}` +
    `${params.kind === null ? "" : ` (${params.kind})`}.`,
  "reference.set_aside": (params, context) =>
    `${referrer(context)} names ${referenced(context, 0)} "${params.id}", which was set aside (${params.because}); ` +
    (fieldOf(context.path) === "attendeeIds"
      ? "she is not counted as attending this or any other meeting."
      : fieldOf(context.path) === "memberIds"
        ? "it is not counted as a member."
        : "it is set aside too."),
  "village.no_group": (params, context) =>
    `${who(context, "The village")} has no active ${params.kind} on ${params.asOf}; ` +
    `${title(context)} asks for one in every village.`,
  "federation.member_too_young": (params, context) =>
    `${who(context, "The federation")} has member "${params.memberId}", formed on ${params.formedOn} ` +
    `(${params.ageMonths} ${plural(params.ageMonths, "month")} old); ` +
    `${title(context)} takes members at least ${params.minAgeMonths} months old.`,
  "meeting.attendee_not_member": (params, context) =>
    `${who(context, "The meeting")} lists attendee "${params.personId}", who is not a member of group ` +
    `"${params.groupId}"; she is not counted as attendance.`,
  "input.columns_ignored": (params) =>
    `${params.file} has ${params.columns.length === 1 ? "a column" : "columns"} the format does not know: ` +
    `${params.columns.map((column) => JSON.stringify(column)).join(", ")}; ignored.`,
  "household.multiple_groups": (params, context) =>
    `${who(context, `Person "${params.personId}"`)} of household "${params.householdId}" is a member of group ` +
    `"${params.groupId}", and "${params.otherPersonId}" of the same household of group "${params.otherGroupId}"; ` +
    `${title(context)} admits one membership per household.`,
  "federation.member_in_two": (params, context) =>
    `${who(context, "The federation")} lists "${params.memberId}", which federation "${params.otherFederationId}" ` +
    `lists too; ${title(context)} admits a member in one federation of its kind only.`,
  "age.out_of_band_at_joining": (params, context) =>
    `${who(context, "A member")} was ${params.age} when she joined on ${params.joinedOn} (born ` +
    `${params.dateOfBirth}); ${title(context)} admits members ${range(params.min, params.max, "years")}.`,
  "age.aged_out": (params, context) =>
    `${who(context, "A member")} is ${params.age} (born ${params.dateOfBirth}), past ${params.max} since ` +
    `${params.agedOutOn}; ${title(context)} admits members up to ${params.max}, and no source says she must leave.`,
  "ward.coverage_gap": (params, context) =>
    `${who(context, "The ward")} has no active ${params.kind} on ${params.asOf}; ` +
    `${title(context)} aims at one in every ward.`,
};
