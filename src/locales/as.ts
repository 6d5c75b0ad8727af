// The Assamese catalogue, for ASRLMS block staff and Kudumbashree NRO resource persons in Assam.
// Every domain word is a constant below, so that one word means one thing in every message and
// label. DAY-NRLM words are those Assamese circulars and the Assamese press write (আত্মসহায়ক গোট,
// গাঁও সংগঠন); where officers say an acronym (CLF, Kerala's NHG, ADS, CDS) it is kept, written in
// Assamese script. Sentences start with the record they are about ("গোট “g1”: ..."), as a
// register of the block office does, so that no case ending is glued to an id or a name.
import { deepFreeze } from "../internal/deepFreeze.js";
import type { IssueMessages, MessageContext } from "../issues/messages/MessageContext.js";
import type { Locale, LocaleFormat, LocaleLabels, LocaleTerms, SetAsideCollection } from "./Locale.js";
import { fieldOf, type ReferenceWords, referenceField, term } from "./messageParts.js";

type Bound = number | null;

// Kinds of group and federation.
const NHG = "এনএইচজি";
const AUXILIARY_GROUP = "অক্সিলিয়াৰী গোট";
const BALASABHA = "বালসভা";
const SHG = "আত্মসহায়ক গোট";
const ADS = "এডিএছ";
const CDS = "চিডিএছ";
const BALASAMITI = "বালসমিতি";
const BALA_PANCHAYAT = "বাল পঞ্চায়ত";
const VO = "গাঁও সংগঠন";
const CLF = "চিএলএফ";

// Kinds of unit.
const COUNTRY = "দেশ";
const STATE = "ৰাজ্য";
const DISTRICT = "জিলা";
const BLOCK = "উন্নয়ন খণ্ড";
const LOCAL_BODY = "স্থানীয় নিকায়";
const WARD = "ৱাৰ্ড";
const VILLAGE = "গাঁও";
/** `গাঁও` with the locative ending: the stem changes (গাঁৱত, "in the village"). */
const IN_VILLAGE = "গাঁৱত";

// Roles.
const MEMBER = "সদস্য";
const PRESIDENT = "সভাপতি";
const SECRETARY = "সম্পাদক";
const VOLUNTEER = "স্বেচ্ছাসেৱক";
const LEADER = "দলনেতা";
const DEPUTY_LEADER = "উপ-দলনেতা";
const RESOURCE_PERSON = "সম্পদ ব্যক্তি";

// Genders.
const FEMALE = "মহিলা";
const MALE = "পুৰুষ";
const TRANSGENDER = "ৰূপান্তৰকামী";

// Other words.
const GROUP = "গোট";
const FEDERATION = "সংঘ";
const PERSON = "ব্যক্তি";
const HOUSEHOLD = "পৰিয়াল";
const MEETING = "সভা";
const MEMBERSHIP = "সদস্যপদ";
const UNIT = "একক";
const RULE_SET = "নিয়মাৱলী";
const DATASET = "তথ্যৰাশি";
const SUMMARY = "সাৰাংশ";
const TOTAL = "মুঠ";
const RECORD = "ৰেকৰ্ড";
const GIRL = "ছোৱালী";
const YEARS = "বছৰ";
const MONTH = "মাহ";
const WEEK = "সপ্তাহ";
const COLUMN = "স্তম্ভ";
const FIELD = "ক্ষেত্ৰ";
const LINE = "শাৰী";
const ID = "আইডি";
const DATE = "তাৰিখ";
const ERROR = "ত্ৰুটি";
const WARNING = "সতৰ্কবাণী";
/** The format's prescribed layout, as a government form's "আৰ্হি" (template). */
const FORMAT = "নিৰ্ধাৰিত আৰ্হি";
/** What happens to a record that fails its schema: it is neither checked nor counted. */
const SET_ASIDE = "আঁতৰাই ৰখা";

// Counters (classifiers) that follow a number: things, persons (respectful, as for members of a
// women's group) and meetings.
const THINGS = "টা";
const PERSONS = " গৰাকী";
const MEETINGS = "খন";

const terms: LocaleTerms = {
  groupKinds: {
    neighbourhoodGroup: NHG,
    auxiliaryGroup: AUXILIARY_GROUP,
    balasabha: BALASABHA,
    selfHelpGroup: SHG,
  },
  federationKinds: {
    areaDevelopmentSociety: ADS,
    communityDevelopmentSociety: CDS,
    balasamiti: BALASAMITI,
    balaPanchayat: BALA_PANCHAYAT,
    villageOrganisation: VO,
    clusterLevelFederation: CLF,
  },
  unitKinds: {
    country: COUNTRY,
    state: STATE,
    district: DISTRICT,
    block: BLOCK,
    localBody: LOCAL_BODY,
    ward: WARD,
    village: VILLAGE,
  },
  roles: {
    member: MEMBER,
    president: PRESIDENT,
    secretary: SECRETARY,
    volunteer: VOLUNTEER,
    leader: LEADER,
    deputyLeader: DEPUTY_LEADER,
    resourcePerson: RESOURCE_PERSON,
  },
  genders: { female: FEMALE, male: MALE, transgender: TRANSGENDER },
  specialCategories: {
    disability: "দিব্যাংগজন",
    elderly: "জ্যেষ্ঠ নাগৰিক",
    transgender: `${TRANSGENDER} লোক`,
    hiv: "এইচআইভি আক্ৰান্ত লোক",
    destitute: "নিৰাশ্ৰয় পৰিয়াল",
    scheduledTribe: "অনুসূচীত জনজাতি",
    mothersOfMentallyChallengedChildren: "বৌদ্ধিকভাৱে দিব্যাংগ শিশুৰ মাতৃ",
    remoteArea: "দূৰৱৰ্তী অঞ্চল",
    difficultArea: "দুৰ্গম অঞ্চল",
  },
  severities: { error: ERROR, warning: WARNING },
  words: {
    group: GROUP,
    federation: FEDERATION,
    member: MEMBER,
    person: PERSON,
    household: HOUSEHOLD,
    meeting: MEETING,
    membership: MEMBERSHIP,
    unit: UNIT,
    ruleSet: RULE_SET,
    dataset: DATASET,
    summary: SUMMARY,
    total: TOTAL,
  },
};

/** A kind of group or of federation (a federation's members are either). */
const kindOf = (kind: string) =>
  Object.hasOwn(terms.federationKinds, kind) ? term(terms.federationKinds, kind) : term(terms.groupKinds, kind);
const unitKindOf = (kind: string) => term(terms.unitKinds, kind);
/** A kind of record (`unit`, `person`, `group`, ...), as a reference finds it. */
const recordKindOf = (kind: string) => term(terms.words, kind);
const q = (text: string) => `“${text}”`;

/** "১৮ৰ পৰা ৪০ বছৰ", "অন্ততঃ ১৮ বছৰ", "সৰ্বাধিক ৫০ গৰাকী সদস্য". */
function range(min: Bound, max: Bound, unit: string, format: LocaleFormat): string {
  if (min !== null && max !== null) return `${format.number(min)}ৰ পৰা ${format.number(max)} ${unit}`;
  if (min !== null) return `অন্ততঃ ${format.number(min)} ${unit}`;
  return `সৰ্বাধিক ${format.number(max ?? 0)} ${unit}`;
}
const members = (count: number, format: LocaleFormat) => `${format.number(count)}${PERSONS} ${MEMBER}`;

/** The rule set broken, by its title (a proper name, kept as it is): `“DAY-NRLM ...” নিয়মাৱলী`. */
const rules = (context: MessageContext) =>
  context.ruleSet === undefined ? RULE_SET : `${q(context.ruleSet.title)} ${RULE_SET}`;

/** How a message names the record it is about: its label, else its kind and id, else nothing. */
function who(context: MessageContext): string | undefined {
  if (context.label !== undefined) return context.label;
  const subject = context.subject;
  if (subject === undefined) return undefined;
  // An issue about a membership names the member: the id after the slash.
  if (subject.kind === "membership") return `${PERSON} ${q(subject.id.slice(subject.id.indexOf("/") + 1))}`;
  return `${recordKindOf(subject.kind)} ${q(subject.id)}`;
}
/** The record a message is about, then a colon: `গোট “g1”: `, or nothing when it names none. */
function lead(context: MessageContext, fallback?: string): string {
  const name = who(context) ?? fallback;
  return name === undefined ? "" : `${name}: `;
}
/** The label, or `fallback` (which names the id a param gives) when there is none or it lacks that id. */
function named(context: MessageContext, id: string, fallback: string): string {
  const label = context.label;
  if (label === undefined) return fallback;
  return label.includes(id) ? label : `${label} (${q(id)})`;
}

/** The record that holds a reference, as `গোট “g1”` or `সদস্যপদ “g1/p1”`. */
function referrer(context: MessageContext): string {
  const kind = context.subject?.kind;
  return `${kind === undefined ? RECORD : recordKindOf(kind)} ${q(context.subject?.id ?? "")}`;
}

/** What a reference field names, and what it must name. */
const REFERENCE_WORDS: ReferenceWords = {
  parentId: [`ওপৰৰ ${UNIT}`, UNIT],
  unitId: [UNIT, UNIT],
  groupId: [GROUP, GROUP],
  personId: [PERSON, PERSON],
  memberIds: [MEMBER, `${GROUP} বা ${FEDERATION}`],
  attendeeIds: [`উপস্থিত ${PERSON}`, PERSON],
  groupUnit: [`${WARD} বা ${VILLAGE}`, UNIT],
};

/** What a reference names (`which` 0) or must name (1); a field without words is named as written. */
function referenced(context: MessageContext, which: 0 | 1): string {
  const field = referenceField(context);
  return field === undefined ? (fieldOf(context.path) ?? RECORD) : REFERENCE_WORDS[field][which];
}

/** The types a schema expects, as `expected` names them. */
const typeNames: Record<string, string> = {
  string: "লিখনি",
  number: "সংখ্যা",
  int: "পূৰ্ণ সংখ্যা",
  integer: "পূৰ্ণ সংখ্যা",
  boolean: "true বা false",
  array: "তালিকা",
  object: "বস্তু (object)",
  date: DATE,
};

/**
 * What each rule of a summary's arithmetic says, for `summary.inconsistent` (the rule's code is
 * shown too, so that it can be looked up).
 */
const summaryRules: Record<string, string> = {
  not_whole: "শূন্য বা তাতকৈ ডাঙৰ পূৰ্ণ সংখ্যা হ’ব লাগে",
  negative: "ঋণাত্মক হ’ব নোৱাৰে",
  too_large: "অত্যধিক ডাঙৰ",
  part_above_whole: "অংশটো গোটেইটোতকৈ ডাঙৰ হ’ব নোৱাৰে",
  ratio_mismatch: "অনুপাতটো গণনাৰ সৈতে মিলিব লাগে",
  sum_mismatch: "অংশবোৰৰ যোগফলৰ সৈতে মিলিব লাগে",
  total_mismatch: `${TOTAL} শাৰীটো শাৰীবোৰৰ যোগফলৰ সৈতে মিলিব লাগে`,
  null_not_suppressed: "সংখ্যা লুকুওৱা হোৱা নাই, গতিকে খালী ৰাখিব নোৱাৰি",
  no_groups: `${GROUP} নথকাত এই সংখ্যা থাকিব নোৱাৰে`,
  no_judged_groups: `পৰীক্ষা কৰা ${GROUP} নথকাত এই সংখ্যা থাকিব নোৱাৰে`,
  min_above_max: "নিম্নতম আকাৰ সৰ্বোচ্চ আকাৰতকৈ ডাঙৰ হ’ব নোৱাৰে",
  size_bounds: `${GROUP}ৰ আকাৰৰ সীমাৰ সৈতে মিলিব লাগে`,
  wards_mismatch: `${WARD}ৰ সংখ্যাৰ সৈতে মিলিব লাগে`,
  duplicate_unit: `একেটা ${UNIT} দুবাৰ থাকিব নোৱাৰে`,
  unknown_kind: `${GROUP}ৰ এই বিধ অজ্ঞাত`,
};

/** The Assamese messages, one template per issue code. */
const messages: IssueMessages = {
  "input.unreadable": (params) => `দিয়া তথ্য পঢ়িব পৰা নগ’ল: ${params.detail}`,
  "schema.invalid": (params, context, format) => {
    if (params.reason === "truncated")
      return (
        `গাঁথনিৰ আৰু ${format.number(params.omitted ?? 0)}${THINGS} সমস্যা ইয়াত দেখুওৱা হোৱা নাই; ` +
        "ওপৰৰবোৰ শুধৰাই পুনৰ পৰীক্ষা কৰক।"
      );
    // Where: the CSV file and line, then the column; else the path up to the field, then the field.
    const places: string[] = [];
    const keys = [...(context.path ?? [])];
    if (params.file !== undefined) places.push(params.file);
    if (params.line !== undefined) places.push(`${format.number(params.line)} নং ${LINE}`);
    if (params.file === undefined && params.line === undefined) {
      if (params.field !== undefined && keys[keys.length - 1] === params.field) keys.pop();
      places.push(keys.length === 0 ? (context.label ?? DATASET) : keys.join("."));
    }
    const inCsv = params.file !== undefined || params.line !== undefined;
    if (params.field !== undefined) places.push(`${params.field} ${inCsv ? COLUMN : FIELD}`);
    const value = params.value === undefined ? "মানটো" : q(params.value);
    const expected = params.expected === undefined ? undefined : term(typeNames, params.expected);
    const used = new Set<string>();
    const use = (param: string, text: string) => {
      used.add(param);
      return text;
    };
    let what: string;
    switch (params.reason) {
      case "missing":
        what = "কোনো মান দিয়া হোৱা নাই; এইটো বাধ্যতামূলক";
        break;
      case "invalid_type":
        what = `${value} ভুল প্ৰকাৰৰ`;
        if (expected !== undefined) what += use("expected", `; ইয়াত ${expected} হ’ব লাগে`);
        break;
      case "invalid_format":
        what = `${value} শুদ্ধ আৰ্হিত লিখা নাই`;
        if (expected !== undefined) what += use("expected", `; ${expected} আৰ্হিত লিখক`);
        break;
      case "invalid_value":
        what = `${value} গ্ৰহণযোগ্য নহয়`;
        if (params.allowed !== undefined)
          what += use("allowed", `; ইয়াৰে এটা লিখক: ${format.list(params.allowed, "or")}`);
        break;
      case "too_small":
        what = `${value} অতি সৰু`;
        if (params.limit !== undefined) what += use("limit", `; অন্ততঃ ${format.number(params.limit)} হ’ব লাগে`);
        break;
      case "too_big":
        what = `${value} অতি ডাঙৰ`;
        if (params.limit !== undefined) what += use("limit", `; সৰ্বাধিক ${format.number(params.limit)} হ’ব পাৰে`);
        break;
      case "unrecognized_keys":
        what = `এই ${FIELD} ${FORMAT}ত নাই; বানান পৰীক্ষা কৰক বা আঁতৰাওক`;
        break;
      case "custom":
        what = `${value} গ্ৰহণযোগ্য নহয়`;
        break;
      default:
        what = `${value}: ${params.reason}`;
    }
    // Whatever the reason did not say yet, said after it.
    const more: string[] = [];
    if (params.value !== undefined && params.reason === "missing") more.push(`দিয়া মান: ${q(params.value)}`);
    if (expected !== undefined && !used.has("expected")) more.push(`আশা কৰা ৰূপ: ${expected}`);
    if (params.allowed !== undefined && !used.has("allowed"))
      more.push(`গ্ৰহণযোগ্য মান: ${format.list(params.allowed, "or")}`);
    if (params.limit !== undefined && !used.has("limit")) more.push(`সীমা: ${format.number(params.limit)}`);
    if (params.detail !== undefined) more.push(params.detail);
    const omitted = params.omitted === undefined ? undefined : format.number(params.omitted);
    if (omitted !== undefined) more.push(`আৰু ${omitted}${THINGS} সমস্যা দেখুওৱা হোৱা নাই`);
    return `${places.join(", ")}: ${what}${more.length === 0 ? "" : ` (${more.join("; ")})`}।`;
  },
  "id.duplicate": (_, context) =>
    `${String(context.path?.[0] ?? DATASET)} তালিকাত ${recordKindOf(context.subject?.kind ?? RECORD)}ৰ ${ID} ` +
    `${q(context.subject?.id ?? "")} দুবাৰ ব্যৱহাৰ হৈছে; পিছৰটো এৰি দিয়া হৈছে।`,
  "reference.unknown": (params, context) =>
    fieldOf(context.path) === undefined
      ? `${MEMBERSHIP} বা ${MEETING}ৰ তথ্যত ${GROUP} ${q(params.id)} উল্লেখ আছে, কিন্তু এই ${GROUP} ${DATASET}ত নাই; ` +
        "সেইবোৰ বাদ দিয়া হৈছে।"
      : `${referrer(context)}: ইয়াত উল্লেখ কৰা ${referenced(context, 0)} ${q(params.id)} ${DATASET}ত নাই।`,
  "reference.wrong_kind": (params, context) =>
    `${referrer(context)}: ${referenced(context, 0)} হিচাপে দিয়া ${q(params.id)} আচলতে ` +
    `${recordKindOf(params.foundKind)}; ইয়াত ${referenced(context, 1)} হ’ব লাগে।`,
  "unit.cycle": (params) =>
    `${UNIT} ${q(params.cycle[0] ?? "")}ৰ ওপৰৰ এককবোৰে ঘূৰি আকৌ ইয়ালৈকে আহিছে: ` +
    `${[...params.cycle, params.cycle[0]].join(" → ")}।`,
  "unit.kind_order": (params) =>
    `${unitKindOf(params.kind)} ${q(params.name)}ক ${unitKindOf(params.parentKind)} ${q(params.parentName)}ৰ অধীনত ` +
    `ৰখা হৈছে, কিন্তু ${unitKindOf(params.parentKind)} ${unitKindOf(params.kind)}ৰ ওপৰৰ স্তৰ নহয়।`,
  "group.unit_kind": (params, context) =>
    `${referrer(context)}: ${GROUP}টো ${unitKindOf(params.unitKind)} ${q(params.unitId)}ত আছে; ` +
    `${GROUP} কেৱল ${WARD} বা ${IN_VILLAGE} থাকিব পাৰে।`,
  "group.dates_reversed": (params, context, format) =>
    `${referrer(context)}: ${GROUP}টো বন্ধ হোৱাৰ ${DATE} ${format.date(params.closedOn)}, ` +
    `যিটো গঠনৰ ${DATE} ${format.date(params.formedOn)}ৰ আগৰ।`,
  "membership.dates_reversed": (params, context, format) =>
    `${referrer(context)}: ${MEMBERSHIP}ৰ শেষৰ ${DATE} ${format.date(params.to)}, ` +
    `যিটো আৰম্ভণিৰ ${DATE} ${format.date(params.from)}ৰ আগৰ।`,
  "age.below_band": (params, context, format) =>
    `${lead(context)}${MEMBER}গৰাকীৰ জন্ম ${format.date(params.dateOfBirth)}, ${format.date(params.asOf)} ${DATE}ত ` +
    `বয়স ${format.number(params.age)} ${YEARS}; ${rules(context)}ত বয়স ` +
    `${range(params.min, params.max, YEARS, format)} হ’ব লাগে, তেওঁৰ বয়স কম।`,
  "age.above_band": (params, context, format) =>
    `${lead(context)}${MEMBER}গৰাকীৰ জন্ম ${format.date(params.dateOfBirth)}, ${format.date(params.asOf)} ${DATE}ত ` +
    `বয়স ${format.number(params.age)} ${YEARS}; ${rules(context)}ত বয়স ` +
    `${range(params.min, params.max, YEARS, format)} হ’ব লাগে, তেওঁৰ বয়স বেছি।`,
  "age.unknown": (params, context, format) =>
    `${lead(context)}${MEMBER}গৰাকীৰ জন্মৰ ${DATE} দিয়া নাই, সেয়ে বয়সৰ সীমা ` +
    `(${range(params.min, params.max, YEARS, format)}) পৰীক্ষা কৰিব পৰা নগ’ল।`,
  "gender.not_allowed": (params, context, format) =>
    `${lead(context)}${MEMBER}গৰাকী ${term(terms.genders, params.gender)} হিচাপে লিপিবদ্ধ; ${rules(context)}ত কেৱল ` +
    `${format.list(
      params.allowed.map((gender) => term(terms.genders, gender)),
      "or",
    )} ${MEMBER}হে ল’ব পাৰি।`,
  "group.below_min_size": (params, context, format) =>
    `${lead(context)}${GROUP}টোত সক্ৰিয় ${MEMBER} ${format.number(params.size)}${PERSONS}; ` +
    `${params.special ? "বিশেষ গোটৰ বাবে " : ""}${rules(context)}ত ` +
    `${range(params.min, params.max, `গৰাকী ${MEMBER}`, format)} লাগে।`,
  "group.above_max_size": (params, context, format) =>
    `${lead(context)}${GROUP}টোত সক্ৰিয় ${MEMBER} ${format.number(params.size)}${PERSONS}; ` +
    `${params.special ? "বিশেষ গোটৰ বাবে " : ""}${rules(context)}ত ` +
    `${range(params.min, params.max, `গৰাকী ${MEMBER}`, format)}হে থাকিব পাৰে।`,
  "household.duplicate": (params, context, format) =>
    `${lead(context)}${GROUP}টোত একেটা ${HOUSEHOLD} ${q(params.householdId)}ৰ পৰা ` +
    `${members(params.personIds.length, format)} সক্ৰিয় (${format.list(params.personIds.map(q), "and")}); ` +
    `${rules(context)}ত এটা ${HOUSEHOLD}ৰ পৰা এগৰাকী ${MEMBER}হে ল’ব পাৰি।`,
  "membership.multiple_groups": (params, context, format) =>
    `${named(context, params.personId, `${PERSON} ${q(params.personId)}`)}: ${format.date(params.asOf)} ${DATE}ত ` +
    `তেওঁ একে সময়তে দুটা ${kindOf(params.kind)}ৰ সক্ৰিয় ${MEMBER}: ` +
    `${format.list(params.groupIds.map(q), "and")}।`,
  "meeting.cadence_missed": (params, context, format) => {
    const unit = params.firstMissed.includes("-W") ? WEEK : MONTH;
    const when =
      params.firstMissed === params.lastMissed
        ? `${unit} ${params.firstMissed}`
        : `${params.firstMissed}ৰ পৰা ${params.lastMissed}লৈ`;
    return (
      `${lead(context)}পৰীক্ষা কৰা ${format.number(params.periodsJudged)}${THINGS} ${unit}ৰ ` +
      `${format.number(params.periodsMissed)}${THINGS}ত ${GROUP}টোৱে প্ৰয়োজনতকৈ কম ${MEETING} পাতিছে (${when}); ` +
      `${rules(context)}ত প্ৰতি ${unit}ত ${format.number(params.required)}${MEETINGS} ${MEETING} পাতিব লাগে।`
    );
  },
  "meeting.cadence_unknown": () =>
    `${DATASET}ত কোনো ${MEETING}ৰ তথ্য নাই, সেয়ে কোনো ${GROUP}ৰ নিয়মীয়া ${MEETING} পৰীক্ষা কৰিব পৰা নগ’ল।`,
  "ward.no_group": (params, context, format) =>
    `${lead(context)}${format.date(params.asOf)} ${DATE}ত ${WARD}টোত কোনো সক্ৰিয় ${kindOf(params.kind)} নাই; ` +
    `${rules(context)}ত প্ৰতিটো ${WARD}ত এটাকৈ লাগে।`,
  "ward.extra_group_not_needed": (params, context, format) =>
    `${lead(context)}${WARD}টোত ${members(params.members, format)}ৰ বাবে ` +
    `${format.number(params.groups)}${THINGS} ${kindOf(params.kind)} আছে; তেওঁলোকৰ বাবে ` +
    `মাত্ৰ ${format.number(params.needed)}${THINGS} ${GROUP} হ’লেই যথেষ্ট (প্ৰতিটো ${GROUP}ত সৰ্বাধিক ` +
    `${members(params.max, format)}), আৰু ${rules(context)} অনুসৰি প্ৰথম ${GROUP}টো পূৰ্ণ হ’লেহে ` +
    `আন এটা ${GROUP} গঠন কৰিব পাৰি।`,
  "leadership.missing": (params, context, format) =>
    `${lead(context)}${GROUP}টোত সক্ৰিয় ${term(terms.roles, params.role)}ৰ সংখ্যা ${format.number(params.found)}; ` +
    `${rules(context)}ত ${format.number(params.required)}${PERSONS} লাগে।`,
  "leadership.girl_required": (params, context, format) =>
    `${lead(context)}${GROUP}টোৰ ${format.list(
      params.roles.map((role) => term(terms.roles, role)),
      "and",
    )}ৰ মাজত কোনো ${GIRL} নাই; ${rules(context)}ত অন্ততঃ এগৰাকী ${GIRL} হ’ব লাগে।`,
  "federation.too_few_groups": (params, context, format) =>
    `${lead(context)}${FEDERATION}টোত সদস্য ${kindOf(params.memberKind)} মাত্ৰ ` +
    `${format.number(params.memberGroups)}${THINGS}; ${rules(context)} অনুসৰি ${FEDERATION} গঠন কৰিবলৈ অন্ততঃ ` +
    `${format.number(params.min)}${THINGS} লাগে।`,
  "federation.duplicate_in_ward": (params, context, format) =>
    `${lead(context)}${WARD} ${q(params.unitId)}ত এইটো একে বিধৰ ${format.number(params.count)} নং ${FEDERATION}; ` +
    `${rules(context)} অনুসৰি প্ৰতিটো ${WARD}ত এনে ${FEDERATION} এটাহে থাকে।`,
  "date.implausible": (params, context, format) =>
    `${lead(context)}${params.field} ${FIELD}ৰ ${DATE} ${format.date(params.date)} ইয়াত সম্ভৱ নহয় ` +
    `(${
      params.latest === null
        ? `${format.date(params.earliest)} বা তাৰ পিছৰ হ’ব লাগে`
        : `${format.date(params.earliest)}ৰ পৰা ${format.date(params.latest)}ৰ ভিতৰত হ’ব লাগে`
    }); এই ${DATE} হিচাপত ধৰা হোৱা নাই।`,
  "membership.duplicate": (params, _, format) =>
    `${PERSON} ${q(params.personId)}: ${GROUP} ${q(params.groupId)}ত একে দিনবোৰৰ বাবে তেওঁৰ ` +
    `${format.number(params.rows)}${THINGS} ${MEMBERSHIP}ৰ ${LINE} আছে; তেওঁক এবাৰহে গণনা কৰা হৈছে।`,
  "id.lookalike": (params) =>
    `${params.collection} তালিকাত ${ID} ${JSON.stringify(params.id)} আৰু ${JSON.stringify(params.other)} ` +
    "একে যেন দেখি: সিহঁতৰ পাৰ্থক্য কেৱল সৰু-ডাঙৰ আখৰ, খালী ঠাই, অদৃশ্য আখৰ বা ইউনিক’ডৰ ৰূপত।",
  "summary.inconsistent": (params, context) => {
    const where = context.path?.length ? context.path.join(".") : SUMMARY;
    const row = params.unitId === null ? `${TOTAL}ৰ ${LINE}` : `${UNIT} ${q(params.unitId)}ৰ ${LINE}`;
    const kind = params.kind === null ? "" : ` (${kindOf(params.kind)})`;
    const rule = Object.hasOwn(summaryRules, params.rule) ? ` (${summaryRules[params.rule]})` : "";
    return `${where}: ${row}${kind}, ${params.field} ${FIELD}: ${params.rule} নিয়ম ভংগ হৈছে${rule}।`;
  },
  "reference.set_aside": (params, context) =>
    `${referrer(context)}: ইয়াত উল্লেখ কৰা ${referenced(context, 0)} ${q(params.id)} ${SET_ASIDE} হৈছে ` +
    `(${params.because}); ` +
    (fieldOf(context.path) === "attendeeIds"
      ? `তেওঁক এই বা আন কোনো ${MEETING}ত উপস্থিত বুলি গণনা কৰা হোৱা নাই।`
      : fieldOf(context.path) === "memberIds"
        ? `ইয়াক ${MEMBER} হিচাপে গণনা কৰা হোৱা নাই।`
        : `সেয়ে এইটোও ${SET_ASIDE} হৈছে।`),
  "village.no_group": (params, context, format) =>
    `${lead(context)}${format.date(params.asOf)} ${DATE}ত ${VILLAGE}খনত কোনো সক্ৰিয় ${kindOf(params.kind)} নাই; ` +
    `${rules(context)}ত প্ৰতিখন ${IN_VILLAGE} এটাকৈ লাগে।`,
  "federation.member_too_young": (params, context, format) =>
    `${lead(context)}${MEMBER} ${q(params.memberId)} ${format.date(params.formedOn)} ${DATE}ত গঠন হৈছে ` +
    `(${format.number(params.ageMonths)} ${MONTH} পুৰণি); ${rules(context)} অনুসৰি অন্ততঃ ` +
    `${format.number(params.minAgeMonths)} ${MONTH} পুৰণি ${MEMBER}হে ল’ব পাৰি।`,
  "meeting.attendee_not_member": (params, context) =>
    `${lead(context)}${MEETING}ত উপস্থিত বুলি লিখা ${q(params.personId)} ${GROUP} ${q(params.groupId)}ৰ ` +
    `${MEMBER} নহয়; তেওঁৰ উপস্থিতি গণনা কৰা হোৱা নাই।`,
  "input.columns_ignored": (params) =>
    `${params.file} ফাইলত ${FORMAT}ত নথকা ` +
    `${params.columns.length === 1 ? `এটা ${COLUMN}` : `কেইটামান ${COLUMN}`} আছে: ` +
    `${params.columns.map((column) => JSON.stringify(column)).join(", ")}; এইবোৰ বাদ দিয়া হৈছে।`,
  "household.multiple_groups": (params, context) =>
    `${named(context, params.personId, `${PERSON} ${q(params.personId)}`)}: ${HOUSEHOLD} ${q(params.householdId)}ৰ ` +
    `এইগৰাকী ${GROUP} ${q(params.groupId)}ৰ ${MEMBER}, আৰু একেটা ${HOUSEHOLD}ৰ ${q(params.otherPersonId)} ` +
    `${GROUP} ${q(params.otherGroupId)}ৰ ${MEMBER}; ${rules(context)}ত এটা ${HOUSEHOLD}ৰ পৰা এটা ` +
    `${MEMBERSHIP}হে ল’ব পাৰি।`,
  "federation.member_in_two": (params, context) =>
    `${lead(context)}${MEMBER} ${q(params.memberId)} ${FEDERATION} ${q(params.otherFederationId)}তো ${MEMBER} হিচাপে ` +
    `আছে; ${rules(context)} অনুসৰি এটা ${MEMBER} একে বিধৰ এটা ${FEDERATION}তহে থাকিব পাৰে।`,
  "age.out_of_band_at_joining": (params, context, format) =>
    `${lead(context)}${MEMBER}গৰাকীয়ে ${format.date(params.joinedOn)} ${DATE}ত যোগদান কৰোঁতে তেওঁৰ বয়স আছিল ` +
    `${format.number(params.age)} ${YEARS} (জন্ম ${format.date(params.dateOfBirth)}); ${rules(context)}ত ` +
    `${range(params.min, params.max, YEARS, format)} বয়সৰ ${MEMBER}হে লোৱা হয়।`,
  "age.aged_out": (params, context, format) =>
    `${lead(context)}${MEMBER}গৰাকীৰ বয়স ${format.number(params.age)} ${YEARS} ` +
    `(জন্ম ${format.date(params.dateOfBirth)}); ` +
    `${format.date(params.agedOutOn)} ${DATE}ৰ পৰা তেওঁ ${format.number(params.max)} ${YEARS}ৰ সীমা পাৰ হৈছে। ` +
    `${rules(context)}ত ${format.number(params.max)} ${YEARS}লৈকে ${MEMBER} লোৱা হয়, কিন্তু সীমা পাৰ হ’লে ` +
    `${GROUP} এৰিব লাগে বুলি কোনো উৎসত কোৱা নাই।`,
  "ward.coverage_gap": (params, context, format) =>
    `${lead(context)}${format.date(params.asOf)} ${DATE}ত ${WARD}টোত কোনো সক্ৰিয় ${kindOf(params.kind)} নাই; ` +
    `${rules(context)}ৰ লক্ষ্য প্ৰতিটো ${WARD}ত এটাকৈ।`,
};

// The command line's notes and the options several commands share.
const PATH_NOTE =
  "<path> হৈছে এটা dataset JSON ফাইল, standard input-ৰ বাবে -, বা CSV ফাইলৰ এটা ফ’ল্ডাৰ (units.csv, people.csv, " +
  "groups.csv, memberships.csv, আৰু ইচ্ছা কৰিলে federations.csv, meetings.csv)।";
const RULES_NOTE =
  `--rules-এ এটা বিল্ট-ইন key (kudumbashree rules চাওক) বা এখন ${RULE_SET} অথবা সেইবোৰৰ তালিকা থকা এটা JSON ` +
  "ফাইল লয়, যেনে kudumbashree rules <key> --format json-এ লিখা আৰু পিছত সম্পাদনা কৰা ফাইল। ব্যৱহাৰ কৰা " +
  `প্ৰতিখন ${RULE_SET} ইয়াৰ content hash (sha256:...)-ৰ সৈতে দেখুওৱা হয়।`;
const RULES_OPTION = `বিল্ট-ইনৰ সলনি এই ${RULE_SET} (বাৰে বাৰে দিব পাৰি): kerala.balasabha@3.0.0-ৰ দৰে key বা ফাইল`;
const STRICT_OPTION = `${FORMAT}ত নথকা CSV ${COLUMN} গ্ৰহণ নকৰিব (নিদিলে এৰি দিয়া হয়, ফাইলপ্ৰতি এটা ${WARNING}ৰে)`;
const RECORDS_FROM_OPTION = `${MEETING}ৰ তথ্য আৰম্ভ হোৱা প্ৰথম দিন; নিদিলে আটাইতকৈ পুৰণি ${MEETING}ৰ ${DATE}`;
const FORMAT_OPTION = "তালিকা (table, নিদিলে এইটো), স্প্ৰেডশ্বীটৰ বাবে CSV বা JSON";
// biome-ignore format: lines of at most 120 code units
const QUIET_OPTION =
  `standard error-ত অগ্ৰগতিৰ বাৰ বা অগ্ৰগতিৰ শাৰী নেদেখুৱায় (টোকা, ${WARNING} আৰু সমস্যা তথাপি ` +
  "দেখুওৱা হয়)";
const LANG_OPTION =
  "সমস্যাৰ বাৰ্তা, তালিকা আৰু সহায়ৰ ভাষা: ইংৰাজী (নিদিলে এইটো), মালয়ালম, হিন্দী, অসমীয়া বা বাংলা; নিদিলে " +
  "LC_ALL বা LANG (যেনে as_IN.UTF-8)-এ বাছি লয়। JSON আৰু CSV আউটপুট অনুবাদ কৰা নহয়";
/** The sample presets, as `kudumbashree sample` takes them (a test checks the list against the package's). */
const SAMPLE_PRESETS = "thiruvananthapuram-2021, nro-balasabha-2020, kerala-nhg, kerala-auxiliary-2021, nro-assam";

/** Counted records with their counter: `১ গৰাকী ব্যক্তি`, `২টা সদস্যপদ`, `৩খন সভা`. */
const recordWords: Record<SetAsideCollection, readonly [string, string]> = {
  units: [THINGS, UNIT],
  people: [PERSONS, PERSON],
  groups: [THINGS, GROUP],
  federations: [THINGS, FEDERATION],
  memberships: [THINGS, MEMBERSHIP],
  meetings: [MEETINGS, MEETING],
};

const labels: LocaleLabels = {
  records: (collection, count, format) => {
    const [counter, word] = Object.hasOwn(recordWords, collection) ? recordWords[collection] : [THINGS, collection];
    return `${format.number(count)}${counter} ${word}`;
  },
  summary: {
    columns: {
      unit: UNIT,
      kind: "বিধ",
      wards: WARD,
      wardsWithGroup: `${GROUP} থকা ${WARD}`,
      groups: GROUP,
      members: MEMBER,
      meanGroupSize: "গড় আকাৰ",
      minGroupSize: "নিম্নতম আকাৰ",
      maxGroupSize: "সৰ্বোচ্চ আকাৰ",
      coverage: "সামৰণি",
      capacityUse: "ক্ষমতাৰ ব্যৱহাৰ",
      meetingsHeld: `অনুষ্ঠিত ${MEETING}`,
      meetingsExpected: `প্ৰয়োজনীয় ${MEETING}`,
      meetingCompliance: `${MEETING} পালন`,
      attendanceRate: "উপস্থিতিৰ হাৰ",
      villages: VILLAGE,
      villagesWithGroup: `${GROUP} থকা ${VILLAGE}`,
      groupsFederated: `${FEDERATION}ভুক্ত ${GROUP}`,
      federatedShare: `${FEDERATION}ভুক্ত অংশ`,
    },
    allKinds: "সকলো",
    title: (title, format) =>
      `${title.level} অনুসৰি ${title.groupKind ?? `সকলো ${GROUP}`}, ${title.asOf} ${DATE}ত` +
      (title.suppressBelow === null ? "" : ` (${format.number(title.suppressBelow)}তকৈ কম সংখ্যা লুকুওৱা হৈছে)`),
    setAside: (list) => `${SET_ASIDE} হৈছে: ${list}`,
  },
  cli: {
    validateResult: (result, format) =>
      `${result.file}: ${result.ok ? "ঠিক আছে" : "ঠিক নাই"}, ${format.number(result.errors)}${THINGS} ${ERROR} আৰু ` +
      `${format.number(result.warnings)}${THINGS} ${WARNING}, ${result.asOf} ${DATE}ত` +
      ` (${RULE_SET}: ${result.ruleSets.length === 0 ? "নাই" : result.ruleSets.join(", ")})`,
    validateSetAside: (list) => `${SET_ASIDE} হৈছে (পৰীক্ষা বা গণনা কৰা হোৱা নাই): ${list}`,
    recordsFrom: (date, source) =>
      `${MEETING}ৰ তথ্য ${date} ${DATE}ৰ পৰা ধৰা হৈছে (` +
      (source === "option"
        ? "--records-from অনুসৰি"
        : source === "inferred"
          ? `তথ্যৰ আটাইতকৈ পুৰণি ${MEETING}ৰ ${DATE}; --records-from দি সলনি কৰিব পাৰি`
          : `প্ৰতিবেদন বা ${SUMMARY}ত উল্লেখ থকা মতে`) +
      ")",
    asOfToday: (date) => `${date} ${DATE}ত (আজি, UTC); ${DATE} স্থিৰ কৰিবলৈ --as-of দিয়ক`,
    summarizeErrors: (file, errors, format) =>
      `${file}: ${format.number(errors)}${THINGS} ${ERROR}; সংশ্লিষ্ট ${RECORD}বোৰ হিচাপৰ পৰা বাদ দিয়া হৈছে`,
    strictRefused: (file) => `${file}: --strict দিয়াৰ বাবে গ্ৰহণ কৰা নহ’ল: ${FORMAT}ত নথকা ${COLUMN} আছে`,
    ageingOutColumns: {
      leavesOn: "সীমা পাৰ হোৱাৰ তাৰিখ",
      age: "বয়স",
      person: PERSON,
      name: "নাম",
      group: GROUP,
      kind: "বিধ",
      born: "জন্ম",
      ruleSet: RULE_SET,
    },
    ageingOutResult: (result, format) =>
      `${result.file}: ${format.number(result.members)}${PERSONS} ${MEMBER}ৰ বয়স ${result.asOf}ৰ পিছত আৰু ` +
      `${result.until}ৰ ভিতৰত ${GROUP}ৰ বয়সৰ সীমা পাৰ হ’ব`,
    ageingOutStopped: (file, errors, format) =>
      `${file}: ${format.number(errors)}${THINGS} ${ERROR}ৰ বাবে তালিকা দিব পৰা নগ’ল; ` +
      "kudumbashree validate-এ সবিশেষ দেখুৱাব",
  },
  help: {
    usage: "ব্যৱহাৰ",
    commands: "কমাণ্ড",
    options: "বিকল্প",
    examples: "উদাহৰণ",
    showHelp: "এই সহায় দেখুৱাওক",
    commandHelpHint: "কমাণ্ড এটাৰ বিকল্প আৰু উদাহৰণ: kudumbashree <command> --help (বা kudumbashree help <command>)।",
    runHelp: (command) => `বিকল্প আৰু উদাহৰণৰ বাবে kudumbashree ${command} --help চলাওক।`,
    exitCodes: `প্ৰস্থান ক’ড: 0 কোনো ${ERROR} নাই, 1 তথ্যত ${ERROR} আছে, 2 কমাণ্ডটো চলাব পৰা নগ’ল।`,
    pathNote: PATH_NOTE,
    byCommand: {
      validate: {
        summary: `কোনো এটা দিনত বলৱৎ নিয়ম অনুসৰি ${DATASET} পৰীক্ষা কৰে।`,
        options: {
          "as-of": `যি দিনৰ তথ্য, সেই দিন (বাধ্যতামূলক)`,
          rules: RULES_OPTION,
          "records-from": RECORDS_FROM_OPTION,
          format: `মানুহে পঢ়িবলৈ ${ERROR}ৰ শাৰী (table, নিদিলে এইটো) বা JSON`,
          quiet: QUIET_OPTION,
          strict: STRICT_OPTION,
          lang: LANG_OPTION,
        },
        examples: [
          "২০২১ চনৰ নৱেম্বৰৰ শেষত CSV ফাইলৰ এটা ফ’ল্ডাৰ পৰীক্ষা কৰক:",
          `অংশীদাৰ ৰাজ্য এখনৰ ফাইলত লিখা নিয়ম অনুসৰি পৰীক্ষা কৰক:`,
          `${MEETING}ৰ তথ্য এপ্ৰিলৰ পৰাহে আছে, গতিকে নিয়মীয়া ${MEETING} এপ্ৰিলৰ পৰা পৰীক্ষা কৰক:`,
        ],
        notes: [PATH_NOTE, RULES_NOTE],
      },
      summarize: {
        summary: `এটা স্তৰৰ প্ৰতিটো ${UNIT}ত ${GROUP} আৰু ${MEMBER}ৰ সংখ্যা, ${TOTAL}সহ।`,
        options: {
          level: `প্ৰতি ${UNIT}ৰ এটা ${LINE} (বাধ্যতামূলক): ward, village, localBody, block, district, state, country`,
          "group-kind": `কেৱল এই বিধৰ ${GROUP}: neighbourhoodGroup, auxiliaryGroup, balasabha, selfHelpGroup`,
          "as-of": "যি দিনৰ সংখ্যা, সেই দিন; নিদিলে আজিৰ তাৰিখ (UTC)",
          rules: RULES_OPTION,
          "records-from": RECORDS_FROM_OPTION,
          format: FORMAT_OPTION,
          "suppress-below": "1ৰ পৰা N-1 লৈকে সংখ্যা (আৰু সেইবোৰ প্ৰকাশ কৰিব পৰা সংখ্যা) খালী ৰাখক",
          engine:
            `node (নিদিলে এইটো) এই প্ৰচেছতে ${DATASET} পঢ়ে আৰু পৰীক্ষা কৰে; duckdb-এ CSV ফ’ল্ডাৰ DuckDB-ৰে ` +
            "পঢ়ে (npm install @duckdb/node-api) আৰু একেই সংখ্যা SQL-ত গণনা কৰে, মেমৰিত নধৰা ডাঙৰ export-ৰ বাবে",
          quiet: QUIET_OPTION,
          part:
            `এই ${DATASET} গোটেইখিনিৰ কোনটো অংশ, তাৰ id (যেনে kerala/2024-03-31), যি ${SUMMARY}ত লিখা থাকে: ` +
            `merge-এ একেটা অংশ দুবাৰ গ্ৰহণ নকৰে; নিদিলে ${DATASET}ৰ পৰা এটা id উলিওৱা হয়`,
          strict: STRICT_OPTION,
          lang: LANG_OPTION,
        },
        examples: [
          "২০২১ চনৰ ৬ নৱেম্বৰত প্ৰকাশিত অক্সিলিয়াৰী গোটৰ জিলাভিত্তিক তালিকা:",
          `স্প্ৰেডশ্বীটৰ বাবে ${WARD}ভিত্তিক CSV, সৰু সংখ্যা খালী ৰাখি:`,
        ],
        notes: [PATH_NOTE, RULES_NOTE],
      },
      merge: {
        // biome-ignore format: lines of at most 120 code units
        summary:
          "summarize --format json-এ লিখা, একে অংশ নথকা বেলেগ বেলেগ অংশৰ (জিলা, অংশীদাৰ ৰাজ্য) " +
          `${SUMMARY} একত্ৰ কৰে।`,
        options: {
          format: `তালিকা (table, নিদিলে এইটো), স্প্ৰেডশ্বীটৰ বাবে CSV বা JSON (আকৌ একত্ৰ কৰিব পৰা ${SUMMARY})`,
          combine:
            `বেলেগ বেলেগ ${RULE_SET}ৰে কৰা ${SUMMARY} মিলাই লয়: নিয়মৰ ওপৰত নিৰ্ভৰ নকৰা সংখ্যাৰ (${GROUP}, ` +
            `${MEMBER}, বয়স, সামৰণি) ${TOTAL}, আৰু ক্ষমতা, ${MEETING} আৰু উপস্থিতি প্ৰতিখন ${RULE_SET} অনুসৰি`,
          "suppress-below": `একত্ৰ কৰা ${SUMMARY}ত 1ৰ পৰা N-1 লৈকে সংখ্যা খালী ৰাখক`,
          lang: LANG_OPTION,
        },
        examples: [
          `জিলাসমূহৰ ${SUMMARY} একত্ৰ কৰি ৰাজ্যৰ ${SUMMARY}, আগলৈ পঠাবলৈ JSON হিচাপে:`,
          `${BALASABHA}ৰ নিয়ম বেলেগ হোৱা ৰাজ্যসমূহৰ ৰাষ্ট্ৰীয় তালিকা:`,
        ],
        notes: [
          `প্ৰতিটো ফাইল লাইব্ৰেৰীৰ parseSummary-এ পঢ়ে: বৈধ ${SUMMARY} নোহোৱা, সংখ্যা লুকুওৱা, বা ${SUMMARY}ত ` +
            "উৎসৰ বিৱৰণ (provenance) থকাৰ আগতে লিখা ফাইল থাকিলে কমাণ্ডটো প্ৰস্থান ক’ড 2-ৰে শেষ হয় আৰু এটা " +
            "শাৰীত ফাইলটোৰ নাম দিয়ে।",
          `একে অংশ সামৰা, বা একেটা ${RULE_SET}ৰ key বেলেগ বিষয়বস্তুৰে প্ৰয়োগ কৰা ${SUMMARY} গ্ৰহণ কৰা নহয় ` +
            "(প্ৰস্থান ক’ড 2), কি কৰিব লাগে তাৰ সৈতে: প্ৰতিটো অংশৰ নাম দিবলৈ --part দি summarize কৰক, " +
            "প্ৰতিখন ৰাজ্যৰ নিয়ম নিজা id-ৰে উলিয়াওক, বা --combine দি মিলাওক। " +
            `${SUMMARY}ত ${ERROR} থাকিলে প্ৰস্থান ক’ড 1।`,
        ],
      },
      "ageing-out": {
        summary: `কেইমাহমানৰ ভিতৰত ${GROUP}ৰ বয়সৰ ঊৰ্ধ্বসীমা পাৰ হ’বলগীয়া ${MEMBER}সকল।`,
        options: {
          "as-of": "যি দিনৰ পৰা আগলৈ চোৱা হ’ব (বাধ্যতামূলক)",
          "within-months": "কিমান কেলেণ্ডাৰ মাহ আগলৈ চোৱা হ’ব (নিদিলে 12)",
          rules: RULES_OPTION,
          format: FORMAT_OPTION,
          strict: STRICT_OPTION,
          lang: LANG_OPTION,
        },
        examples: [
          `অহা তিনি মাহত অক্সিলিয়াৰী গোট এৰিবলগীয়া যুৱতীসকল:`,
          `অংশীদাৰ ৰাজ্য এখনৰ নিয়ম অনুসৰি এবছৰৰ ভিতৰত ${BALASABHA} এৰিবলগীয়া শিশুসকল, CSV হিচাপে:`,
        ],
        notes: [
          `ইতিমধ্যে সীমাৰ বাহিৰত থকা ${MEMBER}ক (validate-এ সেইবোৰ দেখুৱায়) আৰু জন্মৰ ${DATE} নথকা ${MEMBER}ক ` +
            "তালিকাত ধৰা নহয়।",
          PATH_NOTE,
          RULES_NOTE,
        ],
      },
      rules: {
        summary: `বিল্ট-ইন ${RULE_SET}সমূহৰ, এখনৰ বা ${RULE_SET}ৰ ফাইল এটাৰ সীমাবোৰ দেখুৱায়।`,
        options: {
          format: `পঢ়িব পৰা লিখনি (table, নিদিলে এইটো) বা নিজৰ ${RULE_SET}ৰ ফাইলত কপি কৰিবলৈ JSON`,
          lang: LANG_OPTION,
        },
        examples: [
          `সকলো বিল্ট-ইন ${RULE_SET}, সীমা, ${DATE} আৰু উৎসসহ:`,
          `কেৰালাৰ ${BALASABHA}ৰ নিয়মৰ পৰা অংশীদাৰ ৰাজ্যৰ নিয়ম আৰম্ভ কৰক:`,
          "সম্পাদনা কৰা ফাইল পৰীক্ষা কৰক আৰু ইয়াৰ hash চাওক:",
        ],
        notes: [
          `${RULE_SET}ৰ ফাইলৰ নিজা id আৰু version লাগে (বেলেগ নিয়মৰ সৈতে বিল্ট-ইন key গ্ৰহণ কৰা নহয়), নিজা ` +
            'sources লাগে, আৰু "derivedFrom": "kerala.balasabha@3.0.0" দি ইয়াৰ উৎস লিখি ৰাখিব পাৰি।',
        ],
      },
      sample: {
        summary: `এটা নমুনা ${DATASET} লিখে।`,
        options: {
          seed: `seed: এটা seed-ত এটা ${DATASET} (নিদিলে 1)`,
          members: `প্ৰায় কিমানগৰাকী ${MEMBER} (kerala-nhg-ৰ বাবে)`,
          "meeting-weeks":
            `kerala-nhg-ৰ বাবে: ২০২৪ চনৰ ৩১ মাৰ্চৰ আগৰ N ${WEEK}ৰ (0ৰ পৰা 520) প্ৰতিটো ${WEEK}ত প্ৰতিটো ` +
            `${NHG}ৰ এখন ${MEETING}, উপস্থিতিসহ (নিদিলে 0: কোনো ${MEETING} নাই)`,
          federations:
            `kerala-nhg-ৰ বাবে: প্ৰতিটো ${WARD}ত তাৰ ${NHG}বোৰক লৈ এটা ${ADS} আৰু প্ৰতিখন গাঁও পঞ্চায়তত ` +
            `তাৰ ${ADS}বোৰক লৈ এটা ${CDS} (নিদিলে এটাও নাই)`,
          // biome-ignore format: lines of at most 120 code units
          format:
            "এটা JSON ফাইল (নিদিলে এইটো, গোটেইটো মেমৰিত তৈয়াৰ হয়) বা CSV ফাইলৰ এটা ফ’ল্ডাৰ " +
            "(শাৰীয়ে শাৰীয়ে লিখা হয়)",
          out: "ক’ত লিখা হ’ব; নিদিলে JSON standard output-লৈ যায়",
          lang: LANG_OPTION,
        },
        examples: ["২০২১ চনৰ নৱেম্বৰত তিৰুৱনন্তপুৰমৰ অক্সিলিয়াৰী গোটসমূহ, CSV ফ’ল্ডাৰ হিচাপে:"],
        notes: [
          `নমুনাৰ preset: ${SAMPLE_PRESETS}।`,
          "ডাঙৰ নমুনাৰ বাবে --format csv দিয়ক: ই তৈয়াৰ হোৱাৰ লগে লগে শাৰীয়ে শাৰীয়ে, সীমিত মেমৰিত লিখা হয় " +
            `(৪৫,০০,০০০ গৰাকী ${MEMBER}ৰ kerala-nhg-ত ২৫০ MB-তকৈ কম লাগে), কিন্তু JSON গোটেইটো মেমৰিত তৈয়াৰ ` +
            "হোৱা এটা লিখনি:",
          "kudumbashree sample kerala-nhg --members 4500000 --meeting-weeks 4 --format csv --out kerala-csv",
        ],
      },
      schema: {
        summary: `${DATASET}ৰ ${FORMAT}ৰ JSON Schema দেখুৱায়।`,
        options: { lang: LANG_OPTION },
        examples: ["আন ভাষাত লিখা এপৰ বাবে ইয়াক ছেভ কৰক:"],
      },
      help: {
        summary: "কমাণ্ড এটাৰ সহায় দেখুৱায়।",
        options: { lang: LANG_OPTION },
        examples: ["validate-ৰ বিকল্প আৰু উদাহৰণ:"],
      },
    },
  },
};

/**
 * The Assamese locale (`as-IN`), for ASRLMS block staff and Kudumbashree NRO resource persons in
 * Assam: the domain's terms (আত্মসহায়ক গোট, গাঁও সংগঠন, চিএলএফ; Kerala's এনএইচজি, এডিএছ, চিডিএছ), a
 * message per issue code, and the labels of summary tables and the command line. Numbers are
 * grouped the Indian way in Assamese digits (৪৫,০০,০০০) and dates written day first (৩১-০৩-২০২৪).
 * Its name is the language code, as every locale's is; `as` is a contextual keyword, not a reserved
 * word, so `import { as } from ...` compiles (rename it on import if a reader would stumble).
 *
 * @since 0.2.0
 * @public
 * @example
 * ```ts
 * import { as } from "@kudumbashree/domain/locales/as";
 *
 * as.tag;
 * //=> "as-IN"
 * as.terms.groupKinds.selfHelpGroup;
 * //=> "আত্মসহায়ক গোট"
 * ```
 */
export const as: Locale = deepFreeze({
  tag: "as-IN",
  name: "অসমীয়া",
  dateOrder: "dmy",
  terms,
  messages,
  labels,
});
