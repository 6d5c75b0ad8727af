// English, formatted for India: the messages every issue is written with, and the locale that
// formatIssue and formatSummary use when given none. Dates stay as the data writes them
// (YYYY-MM-DD), so an officer can search the file for the cell a message quotes.
import { deepFreeze } from "../internal/deepFreeze.js";
import type { IssueMessages, MessageContext } from "../issues/messages/MessageContext.js";
import type { Locale, LocaleFormat, LocaleTerms } from "./Locale.js";
import { fieldOf, type ReferenceWords, referenceField, term } from "./messageParts.js";

// The terms the messages use are separate constants: a bundle with the messages but without `en`
// keeps these and leaves out the rest (special categories, severities).
const groupKinds = {
  neighbourhoodGroup: "NHG",
  auxiliaryGroup: "auxiliary group",
  balasabha: "Balasabha",
  selfHelpGroup: "SHG",
};
const federationKinds = {
  areaDevelopmentSociety: "ADS",
  communityDevelopmentSociety: "CDS",
  balasamiti: "Balasamiti",
  balaPanchayat: "Bala Panchayat",
  villageOrganisation: "VO",
  clusterLevelFederation: "CLF",
};
const unitKinds = {
  country: "country",
  state: "state",
  district: "district",
  block: "block",
  localBody: "local body",
  ward: "ward",
  village: "village",
};
const roles = {
  member: "member",
  president: "president",
  secretary: "secretary",
  volunteer: "volunteer",
  leader: "leader",
  deputyLeader: "deputy leader",
  resourcePerson: "resource person",
};
const genders = { female: "female", male: "male", transgender: "transgender" };
const words = {
  group: "group",
  federation: "federation",
  member: "member",
  person: "person",
  household: "household",
  meeting: "meeting",
  membership: "membership",
  unit: "unit",
  ruleSet: "rule set",
  dataset: "dataset",
  summary: "summary",
  total: "Total",
};

const terms: LocaleTerms = {
  groupKinds,
  federationKinds,
  unitKinds,
  roles,
  genders,
  specialCategories: {
    disability: "persons with disabilities",
    elderly: "elderly persons",
    transgender: "transgender persons",
    hiv: "persons living with HIV",
    destitute: "destitute families",
    scheduledTribe: "Scheduled Tribes",
    mothersOfMentallyChallengedChildren: "mothers of children with intellectual disabilities",
    remoteArea: "remote areas",
    difficultArea: "difficult areas",
  },
  severities: { error: "error", warning: "warning" },
  words,
};

/** How English names counted records, one and many. */
const RECORD_WORDS: Readonly<Record<string, readonly [string, string]>> = {
  units: ["unit", "units"],
  people: ["person", "people"],
  groups: ["group", "groups"],
  federations: ["federation", "federations"],
  memberships: ["membership", "memberships"],
  meetings: ["meeting", "meetings"],
};

/** A kind of group or of federation (a federation's members are either). */
const kindOf = (kind: string) =>
  Object.hasOwn(federationKinds, kind) ? term(federationKinds, kind) : term(groupKinds, kind);
/**
 * A unit kind or role as English says it, from its code: `localBody` is "local body",
 * `deputyLeader` "deputy leader" (the words of `en.terms`, without a table in every bundle).
 */
const spaced = (code: string) =>
  /^[a-z]+(?:[A-Z][a-z]+)*$/.test(code) ? code.replace(/[A-Z]/g, (capital) => ` ${capital.toLowerCase()}`) : code;

type Bound = number | null;

/** "18 to 40 years", "at least 18 years", "at most 50 members". */
function range(min: Bound, max: Bound, unit: string, format: LocaleFormat): string {
  if (min !== null && max !== null) return `${format.number(min)} to ${format.number(max)} ${unit}`;
  if (min !== null) return `at least ${format.number(min)} ${unit}`;
  return `at most ${format.number(max ?? 0)} ${unit}`;
}

/** "1 volunteer", "2 secretaries", "3 NHGs": English plurals of the roles and kinds messages name. */
const plural = (count: number, word: string) =>
  count === 1 ? word : /[^aeiou]y$/.test(word) ? `${word.slice(0, -1)}ies` : `${word}s`;
const title = (context: MessageContext) => context.ruleSet?.title ?? "the rule set";

/** How a message names the record it is about: its label, else its kind and id, else `fallback`. */
function who(context: MessageContext, fallback: string): string {
  if (context.label !== undefined) return context.label;
  const subject = context.subject;
  if (subject === undefined) return fallback;
  // An issue about a membership names the member: the id after the slash.
  if (subject.kind === "membership") return `Person "${subject.id.slice(subject.id.indexOf("/") + 1)}"`;
  return referrer(context);
}

/** The record that holds a reference, as `Group "g1"` or `The membership "g1/p1"`. */
function referrer(context: MessageContext): string {
  const kind = context.subject?.kind ?? "record";
  const name = kind === "membership" ? "The membership" : kind[0]?.toUpperCase() + kind.slice(1);
  return `${name} "${context.subject?.id ?? ""}"`;
}

/** What a reference field names, and what it must name, as a message says them. */
const REFERENCE_WORDS: ReferenceWords = {
  parentId: ["the parent", "a unit"],
  unitId: ["the unit", "a unit"],
  groupId: ["the group", "a group"],
  personId: ["the person", "a person"],
  memberIds: ["the member", "a group or a federation"],
  attendeeIds: ["the attendee", "a person"],
  groupUnit: ["the ward or village", "a unit"],
};

/** What a reference names (`which` 0) or must name (1); a field without words is named as written. */
function referenced(context: MessageContext, which: 0 | 1): string {
  const field = referenceField(context);
  return field === undefined ? `the ${fieldOf(context.path) ?? "record"}` : REFERENCE_WORDS[field][which];
}

/** What a field must be (`schema.invalid`'s `expected`: a type, or a format such as `YYYY-MM-DD`). */
const EXPECTED: Readonly<Record<string, string>> = {
  string: "text",
  number: "a number",
  integer: "a whole number",
  boolean: "true or false",
  array: "a list",
  object: "an object",
  "YYYY-MM-DD": "a real date written YYYY-MM-DD",
  id: "a usable id: it needs a visible character, and no broken Unicode",
};
const expectedText = (expected: string) =>
  Object.hasOwn(EXPECTED, expected) ? EXPECTED[expected] : `written like ${expected}`;

/**
 * Where a shape problem is: the CSV file, line and column; else the path in the input with the
 * field in it (`groups[3].kind`); else what the input is.
 */
function shapeWhere(
  params: { readonly file?: string; readonly line?: number; readonly field?: string },
  path: MessageContext["path"],
  label: string | undefined,
): string {
  const { file, line, field } = params;
  if (file !== undefined)
    return `${file}${line === undefined ? "" : ` line ${line}`}${field === undefined ? "" : `, column ${field}`}`;
  const keys = [...(path ?? [])];
  if (field !== undefined && !keys.includes(field)) keys.push(field);
  if (keys.length === 0) return label ?? "The input";
  return keys.map((key, i) => (typeof key === "number" ? `[${key}]` : i ? `.${key}` : key)).join("");
}

/**
 * The English messages, one template per issue code; the issue factory writes every message with them.
 *
 * @internal
 */
export const enMessages: IssueMessages = {
  "input.unreadable": (params) => `The input could not be read: ${params.detail}`,
  "schema.invalid": (params, context, format) => {
    const { reason, field = "it", value, expected = "", allowed, limit = 0, detail, file } = params;
    if (reason === "truncated")
      return (
        `${format.number(params.omitted ?? 0)} more shape problems are not listed; ` +
        "fix the ones above and check again."
      );
    const quoted = value === undefined ? "the value" : `"${value}"`;
    const oneOf = allowed === undefined ? "" : allowed.length === 1 ? allowed[0] : `one of: ${allowed.join(", ")}`;
    const mustBe = oneOf && `; ${field} must be ${oneOf}`;
    const unit = expected === "string" ? " character" : /array|set/.test(expected) ? " item" : "";
    const cell = file === undefined ? "field" : "column";
    let what: string;
    // A check of the format's own (custom, or any reason given with a detail) says what it found.
    if (detail !== undefined || !/^(missing|invalid_|too_|unrecognized)/.test(reason))
      what = `${detail ?? reason}${value === undefined ? "" : `; it holds "${value}"`}`;
    else if (reason === "missing")
      what = `${file === undefined ? "missing" : "the cell is empty"}${mustBe || `; ${field} is required`}`;
    // A value of the wrong type comes as JSON writes it (a string in quotes, a number without).
    else if (reason === "invalid_type") what = `${value ?? "the value"} is not ${expectedText(expected)}`;
    else if (reason === "invalid_format") what = `${quoted} is not ${expectedText(expected)}`;
    else if (reason === "invalid_value") what = `${quoted} is not allowed${mustBe}`;
    else if (reason === "too_small" || reason === "too_big")
      what =
        `${unit ? quoted : (value ?? "the value")} is too ${reason === "too_small" ? "small" : "large"}; ${field} ` +
        `must ${unit ? "have" : "be"} ${reason === "too_small" ? "at least" : "at most"} ${format.number(limit)}` +
        `${unit}${unit && limit !== 1 ? "s" : ""}`;
    else
      what =
        `not a ${cell} the format knows${value === undefined ? "" : ` (it holds ${value})`}` +
        (allowed === undefined ? "" : `; the ${cell}s are: ${allowed.join(", ")}`);
    return `${shapeWhere(params, context.path, context.label)}: ${what}.`;
  },
  "id.duplicate": (_, context) =>
    `The ${context.subject?.kind} id "${context.subject?.id}" is used twice in ${context.path?.[0]}; ` +
    "the later one is ignored.",
  "reference.unknown": (params, context) =>
    fieldOf(context.path) === undefined
      ? `Memberships or meetings name the group "${params.id}", which is not in the data; they were left out.`
      : `${referrer(context)} names ${referenced(context, 0)} "${params.id}", which is not in the dataset.`,
  "reference.wrong_kind": (params, context) =>
    `${referrer(context)} names ${referenced(context, 0)} "${params.id}", ` +
    // English names the kinds of record (unit, group, federation, person) by their codes.
    `which is a ${params.foundKind}, not ${referenced(context, 1)}.`,
  "unit.cycle": (params) =>
    `The parents of unit "${params.cycle[0] ?? ""}" loop back: ${[...params.cycle, params.cycle[0]].join(" -> ")}.`,
  "unit.kind_order": (params) =>
    `The ${spaced(params.kind)} "${params.name}" sits under the ${spaced(params.parentKind)} ` +
    `"${params.parentName}", which is not above it in the tree.`,
  "group.unit_kind": (params, context) =>
    `${referrer(context)} sits in the ${spaced(params.unitKind)} "${params.unitId}"; ` +
    "a group sits in a ward or a village.",
  "group.dates_reversed": (params, context, format) =>
    `${referrer(context)} closed on ${format.date(params.closedOn)}, ` +
    `before it was formed on ${format.date(params.formedOn)}.`,
  "membership.dates_reversed": (params, context, format) =>
    `${referrer(context)} ends on ${format.date(params.to)}, before it starts on ${format.date(params.from)}.`,
  "age.below_band": (params, context, format) =>
    `${who(context, "The member")}, born ${format.date(params.dateOfBirth)}, is ${format.number(params.age)} ` +
    `on ${format.date(params.asOf)}, younger than the ${range(params.min, params.max, "years", format)} ` +
    `${title(context)} admits.`,
  "age.above_band": (params, context, format) =>
    `${who(context, "The member")}, born ${format.date(params.dateOfBirth)}, is ${format.number(params.age)} ` +
    `on ${format.date(params.asOf)}, older than the ${range(params.min, params.max, "years", format)} ` +
    `${title(context)} admits.`,
  "age.unknown": (params, context, format) =>
    `${who(context, "The member")} has no date of birth, ` +
    `so the age band (${range(params.min, params.max, "years", format)}) cannot be checked.`,
  "gender.not_allowed": (params, context, format) =>
    // English names genders by their codes (female, male, transgender).
    `${who(context, "The member")} is recorded as ${params.gender}; ${title(context)} admits ` +
    `${format.list(params.allowed, "or")} members only.`,
  "group.below_min_size": (params, context, format) =>
    `${who(context, "The group")} has ${format.number(params.size)} active members; ` +
    `${params.special ? `a special group under ${title(context)}` : title(context)} ` +
    `needs ${range(params.min, params.max, "members", format)}.`,
  "group.above_max_size": (params, context, format) =>
    `${who(context, "The group")} has ${format.number(params.size)} active members; ` +
    `${params.special ? `a special group under ${title(context)}` : title(context)} ` +
    `allows ${range(params.min, params.max, "members", format)}.`,
  "household.duplicate": (params, context, format) =>
    `${who(context, "The group")} has ${format.number(params.personIds.length)} active members ` +
    `from household "${params.householdId}" (${params.personIds.join(", ")}); ` +
    `${title(context)} admits one member per household.`,
  "membership.multiple_groups": (params, context, format) =>
    `${who(context, `Person "${params.personId}"`)} is an active member of ` +
    `${kindOf(params.kind)} "${params.groupIds[0] ?? ""}" and of "${params.groupIds[1] ?? ""}" ` +
    `on ${format.date(params.asOf)}.`,
  "meeting.cadence_missed": (params, context, format) => {
    const unit = params.firstMissed.includes("-W") ? "week" : "month";
    const asked = params.required === 1 ? "one meeting" : `${format.number(params.required)} meetings`;
    const when =
      params.periodsMissed === 1
        ? `in ${unit} ${params.firstMissed}`
        : `from ${params.firstMissed} to ${params.lastMissed}`;
    return (
      `${who(context, "The group")} held fewer meetings than asked in ${format.number(params.periodsMissed)} of the ` +
      `${format.number(params.periodsJudged)} ${unit}s judged (${when}); ${title(context)} asks for ${asked} a ${unit}.`
    );
  },
  "meeting.cadence_unknown": () => "The dataset records no meeting, so no group's meeting cadence could be checked.",
  "ward.no_group": (params, context, format) =>
    `${who(context, "The ward")} has no active ${kindOf(params.kind)} on ${format.date(params.asOf)}; ` +
    `${title(context)} asks for one in every ward.`,
  "ward.extra_group_not_needed": (params, context, format) =>
    `${who(context, "The ward")} has ${format.number(params.groups)} ${plural(params.groups, kindOf(params.kind))} ` +
    `for ${format.number(params.members)} members; ${format.number(params.needed)} would hold them ` +
    `(at most ${format.number(params.max)} a group), ` +
    `and ${title(context)} forms another group only when the first is full.`,
  "leadership.missing": (params, context, format) =>
    `${who(context, "The group")} has ${format.number(params.found)} active ` +
    `${plural(params.found, spaced(params.role))}; ${title(context)} asks for ${format.number(params.required)}.`,
  "leadership.girl_required": (params, context, format) =>
    `${who(context, "The group")} has no girl among its ` +
    `${format.list(
      params.roles.map((role) => plural(2, spaced(role))),
      "and",
    )}; ${title(context)} asks for at least one.`,
  "federation.too_few_groups": (params, context, format) =>
    `${who(context, "The federation")} federates ${format.number(params.memberGroups)} ` +
    `${plural(params.memberGroups, kindOf(params.memberKind))}; ` +
    `${title(context)} is formed with at least ${format.number(params.min)}.`,
  "federation.duplicate_in_ward": (params, context, format) =>
    `${who(context, "The federation")} is federation number ${format.number(params.count)} of its kind ` +
    `in ward "${params.unitId}"; ${title(context)} has one per ward.`,
  "date.implausible": (params, context, format) =>
    `${who(context, "A record")} has ${params.field} ${format.date(params.date)}, which cannot be real here ` +
    `(expected ${
      params.latest === null
        ? `on or after ${format.date(params.earliest)}`
        : `from ${format.date(params.earliest)} to ${format.date(params.latest)}`
    }); it is left out of the figures.`,
  "membership.duplicate": (params, _, format) =>
    `Person "${params.personId}" has ${format.number(params.rows)} membership rows in group "${params.groupId}" ` +
    "for the same days; she is counted once.",
  "id.lookalike": (params) =>
    `The id ${JSON.stringify(params.id)} in ${params.collection} looks like ${JSON.stringify(params.other)}: they ` +
    "differ only by case, spaces, invisible characters or Unicode form.",
  "summary.inconsistent": (params, context) =>
    `${context.path?.length ? context.path.join(".") : "The summary"}: ${params.field} breaks ${params.rule}` +
    `${params.unitId === null ? " on the total row" : ` in the row of unit "${params.unitId}"`}` +
    `${params.kind === null ? "" : ` (${kindOf(params.kind)})`}.`,
  "reference.set_aside": (params, context) =>
    `${referrer(context)} names ${referenced(context, 0)} "${params.id}", which was set aside (${params.because}); ` +
    (fieldOf(context.path) === "attendeeIds"
      ? "she is not counted as attending this or any other meeting."
      : fieldOf(context.path) === "memberIds"
        ? "it is not counted as a member."
        : "it is set aside too."),
  "village.no_group": (params, context, format) =>
    `${who(context, "The village")} has no active ${kindOf(params.kind)} on ${format.date(params.asOf)}; ` +
    `${title(context)} asks for one in every village.`,
  "federation.member_too_young": (params, context, format) =>
    `${who(context, "The federation")} has member "${params.memberId}", formed on ${format.date(params.formedOn)} ` +
    `(${format.number(params.ageMonths)} ${plural(params.ageMonths, "month")} old); ` +
    `${title(context)} takes members at least ${format.number(params.minAgeMonths)} months old.`,
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
  "age.out_of_band_at_joining": (params, context, format) =>
    `${who(context, "A member")} was ${format.number(params.age)} when she joined on ${format.date(params.joinedOn)} ` +
    `(born ${format.date(params.dateOfBirth)}); ${title(context)} admits members ` +
    `${range(params.min, params.max, "years", format)}.`,
  "age.aged_out": (params, context, format) =>
    `${who(context, "A member")} is ${format.number(params.age)} (born ${format.date(params.dateOfBirth)}), ` +
    `past ${format.number(params.max)} since ${format.date(params.agedOutOn)}; ${title(context)} admits members ` +
    `up to ${format.number(params.max)}, and no source says she must leave.`,
  "ward.coverage_gap": (params, context, format) =>
    `${who(context, "The ward")} has no active ${kindOf(params.kind)} on ${format.date(params.asOf)}; ` +
    `${title(context)} aims at one in every ward.`,
};

/**
 * How English writes numbers, dates and lists, built in so that writing an issue's message needs
 * no locale machinery: digits grouped the Indian way (`45,00,000`), dates as the data writes
 * them. The same as the format `formatIssue` builds for `en`.
 *
 * @internal
 */
export const enFormat: LocaleFormat = {
  number: (value) => value.toLocaleString("en-IN"),
  date: (isoDate) => isoDate,
  list: (items, type) =>
    new Intl.ListFormat("en-IN", { type: type === "or" ? "disjunction" : "conjunction" }).format(items.map(String)),
};

/**
 * English, formatted for India (`en-IN`): the language every issue's `message` is written in, and
 * the locale {@link formatIssue} and {@link formatSummary} use when given none. Digits are grouped
 * the Indian way (`45,00,000`); dates are left as the data writes them (`2024-03-31`, `dateOrder`
 * `iso`), so that an officer can search the file for the cell a message quotes. Frozen.
 *
 * @example
 * ```ts
 * import { en } from "@kudumbashree/domain";
 *
 * en.tag;
 * //=> "en-IN"
 * en.terms.groupKinds.neighbourhoodGroup;
 * //=> "NHG"
 * en.labels.records("people", 2, { number: String, date: (date) => date, list: (items) => items.join(", ") });
 * //=> "2 people"
 * ```
 *
 * @since 0.2.0
 * @public
 */
export const en: Locale = /* @__PURE__ */ deepFreeze({
  tag: "en-IN",
  name: "English",
  dateOrder: "iso",
  terms,
  messages: enMessages,
  labels: {
    records: (collection, count, format) => {
      const [one, many] = RECORD_WORDS[collection] ?? [collection, collection];
      return `${format.number(count)} ${count === 1 ? one : many}`;
    },
    summary: {
      columns: {
        unit: "unit",
        kind: "kind",
        wards: "wards",
        wardsWithGroup: "with group",
        groups: "groups",
        members: "members",
        meanGroupSize: "mean size",
        minGroupSize: "min",
        maxGroupSize: "max",
        coverage: "coverage",
        capacityUse: "capacity use",
        meetingsHeld: "meetings held",
        meetingsExpected: "expected",
        meetingCompliance: "compliance",
        attendanceRate: "attendance",
        villages: "villages",
        villagesWithGroup: "villages with group",
        groupsFederated: "federated",
        federatedShare: "federated share",
      },
      allKinds: "all",
      title: ({ groupKind, level, asOf, suppressBelow }, format) =>
        `${groupKind === null ? "all groups" : plural(2, groupKind)} by ${level} as of ${asOf}` +
        `${suppressBelow === null ? "" : ` (counts below ${format.number(suppressBelow)} suppressed)`}`,
      setAside: (list) => `set aside: ${list}`,
    },
    cli: {
      validateResult: ({ file, ok, errors, warnings, asOf, ruleSets }, format) =>
        `${file}: ${ok ? "ok" : "not ok"}, ${format.number(errors)} ${plural(errors, "error")} and ` +
        `${format.number(warnings)} ${plural(warnings, "warning")} as of ${asOf} ` +
        `(rule sets: ${ruleSets.join(", ") || "none"})`,
      validateSetAside: (list) => `set aside (not checked or counted): ${list}`,
      recordsFrom: (date, source) =>
        source === "option"
          ? `records from: ${date} (--records-from)`
          : source === "inferred"
            ? `records from: ${date} (the earliest meeting in the data; set it with --records-from)`
            : `records from: ${date}`,
      asOfToday: (date) => `as of ${date} (today, UTC); pass --as-of to fix the date`,
      summarizeErrors: (file, errors, format) =>
        `${file}: ${format.number(errors)} ${plural(errors, "error")}; ` +
        "the records concerned were left out of the figures",
      strictRefused: (file) => `${file}: refused with --strict: columns the format does not know`,
      ageingOutColumns: {
        leavesOn: "leaves on",
        age: "age",
        person: "person",
        name: "name",
        group: "group",
        kind: "kind",
        born: "born",
        ruleSet: "rule set",
      },
      ageingOutResult: ({ file, members, asOf, until }, format) =>
        `${file}: ${format.number(members)} ${plural(members, "member")} ${members === 1 ? "leaves" : "leave"} ` +
        `their group's age band after ${asOf} and by ${until}`,
      ageingOutStopped: (file, errors, format) =>
        `${file}: ${format.number(errors)} ${plural(errors, "error")} stop the listing; ` +
        "kudumbashree validate says more",
    },
    help: {
      usage: "Usage",
      commands: "Commands",
      options: "Options",
      examples: "Examples",
      showHelp: "show this help",
      commandHelpHint:
        "kudumbashree <command> --help (or kudumbashree help <command>) shows a command's options and examples.",
      runHelp: (command) => `Run kudumbashree ${command} --help for its options and examples.`,
      exitCodes: "Exit codes: 0 no errors, 1 the data has errors, 2 the command could not run.",
      pathNote:
        "<path> is a dataset JSON file, - for standard input, or a folder of CSV files (units.csv, people.csv, " +
        "groups.csv, memberships.csv, and optionally federations.csv, meetings.csv).",
      // The commands' own texts are written in English beside them (src/cli/commandLine.ts).
      byCommand: {},
    },
  },
});
