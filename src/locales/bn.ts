// The Bengali catalogue, for TRLM (Tripura) and Anandadhara (West Bengal) block staff and NRO
// resource persons. Every domain word is a constant below, so that one word means one thing in
// every message and label; DAY-NRLM words are those the state missions write (স্বনির্ভর গোষ্ঠী,
// গ্রাম সংগঠন, সিএলএফ), Kerala's keep the acronyms officers say (এনএইচজি, এডিএস, সিডিএস).
import { deepFreeze } from "../internal/deepFreeze.js";
import type { Locale, LocaleFormat, LocaleLabels, LocaleTerms } from "./Locale.js";
import { fieldOf, type ReferenceWords, referenceField, term } from "./messageParts.js";

type Messages = Locale["messages"];
type Context = Parameters<Messages["id.duplicate"]>[1];
type Bound = number | null;

// Kinds of group and federation.
const NHG = "এনএইচজি";
const AUXILIARY_GROUP = "অক্সিলিয়ারি গ্রুপ";
const BALASABHA = "বালসভা";
const SHG = "স্বনির্ভর গোষ্ঠী";
const ADS = "এডিএস";
const CDS = "সিডিএস";
const BALASAMITI = "বালসমিতি";
const BALA_PANCHAYAT = "বাল পঞ্চায়েত";
const VO = "গ্রাম সংগঠন";
const CLF = "সিএলএফ";

// Kinds of unit.
const COUNTRY = "দেশ";
const STATE = "রাজ্য";
const DISTRICT = "জেলা";
const BLOCK = "ব্লক";
const LOCAL_BODY = "স্থানীয় সংস্থা";
const WARD = "ওয়ার্ড";
const VILLAGE = "গ্রাম";

// Roles.
const MEMBER = "সদস্য";
const PRESIDENT = "সভাপতি";
const SECRETARY = "সম্পাদক";
const VOLUNTEER = "স্বেচ্ছাসেবী";
const LEADER = "নেতা";
const DEPUTY_LEADER = "উপনেতা";
const RESOURCE_PERSON = "রিসোর্স পার্সন";

// Genders.
const FEMALE = "মহিলা";
const MALE = "পুরুষ";
const TRANSGENDER = "রূপান্তরকামী";

// Other words.
const GROUP = "গোষ্ঠী";
const FEDERATION = "ফেডারেশন";
const PERSON = "ব্যক্তি";
const HOUSEHOLD = "পরিবার";
const MEETING = "সভা";
const MEMBERSHIP = "সদস্যপদ";
const UNIT = "ইউনিট";
const RULE_SET = "নিয়মাবলি";
const DATASET = "ডেটা";
const SUMMARY = "সারসংক্ষেপ";
const TOTAL = "মোট";
const RECORD = "রেকর্ড";
const GIRL = "মেয়ে";
const YEARS = "বছর";
const MONTH = "মাস";
const WEEK = "সপ্তাহ";
const COLUMN = "কলাম";
const FIELD = "ফিল্ড";
const LINE = "লাইন";
const INPUT = "ইনপুট";
/** What happens to a record that fails its schema: it is neither checked nor counted. */
const SET_ASIDE = "আলাদা রাখা";

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
    disability: "প্রতিবন্ধী",
    elderly: "প্রবীণ",
    transgender: TRANSGENDER,
    hiv: "এইচআইভি আক্রান্ত",
    destitute: "দুঃস্থ",
    scheduledTribe: "তফসিলি উপজাতি",
    mothersOfMentallyChallengedChildren: "মানসিক প্রতিবন্ধী শিশুর মা",
    remoteArea: "প্রত্যন্ত এলাকা",
    difficultArea: "দুর্গম এলাকা",
  },
  severities: { error: "ত্রুটি", warning: "সতর্কতা" },
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

/** The kinds of record an issue names, and the collections of the input, as nouns. */
const recordNouns: Readonly<Record<string, string>> = {
  dataset: DATASET,
  unit: UNIT,
  person: PERSON,
  group: GROUP,
  federation: FEDERATION,
  membership: MEMBERSHIP,
  meeting: MEETING,
  units: UNIT,
  people: PERSON,
  groups: GROUP,
  federations: FEDERATION,
  memberships: MEMBERSHIP,
  meetings: MEETING,
};

/** A kind of group or federation (a federation's members may be either) as its term, else as written. */
const kindName = (kind: string) =>
  Object.hasOwn(terms.groupKinds, kind) ? term(terms.groupKinds, kind) : term(terms.federationKinds, kind);
const unitKindName = (kind: string) => term(terms.unitKinds, kind);
const roleName = (role: string) => term(terms.roles, role);
const genderName = (gender: string) => term(terms.genders, gender);
const recordNoun = (kind: string) => term(recordNouns, kind);

// Bengali marks case on the noun: a word ending in a consonant takes -এর / -এ (ওয়ার্ডের,
// ওয়ার্ডে), one ending in a vowel -র / -তে (গোষ্ঠীর, গোষ্ঠীতে; -য় after আ: সভায়); anything
// else (an id in quotes, a name in Latin letters, a number) takes the suffix after a hyphen.
const ENDS_IN_CONSONANT = /[\u0982\u0995-\u09B9\u09BC\u09CE\u09DC-\u09DF]$/u;
const ENDS_IN_A = /[\u0986\u09BE]$/u;
const ENDS_IN_VOWEL = /[\u0985-\u0994\u09BE-\u09CC\u09D7]$/u;

/** `গোষ্ঠীর`, `ওয়ার্ডের`, `"g1"-এর`. */
function of(word: string): string {
  if (ENDS_IN_CONSONANT.test(word)) return `${word}ের`;
  if (ENDS_IN_VOWEL.test(word)) return `${word}র`;
  return `${word}-এর`;
}

/** `গোষ্ঠীতে`, `ওয়ার্ডে`, `সভায়`, `"w1"-এ`. */
function at(word: string): string {
  if (ENDS_IN_CONSONANT.test(word)) return `${word}ে`;
  if (ENDS_IN_A.test(word)) return `${word}য়`;
  if (ENDS_IN_VOWEL.test(word)) return `${word}তে`;
  return `${word}-এ`;
}

const quote = (id: string) => `"${id}"`;

/** The rule set whose rule is broken, by its title (a proper name, kept as it is). */
const title = (context: Context) => context.ruleSet?.title ?? RULE_SET;
/** `<rule set> অনুযায়ী`: "under the rule set", which needs no case ending on the title. */
const under = (context: Context) => `${title(context)} অনুযায়ী`;
/** How a message names the record it is about: its label, else its kind and id, else `fallback`. */
function who(context: Context, fallback: string): string {
  if (context.label !== undefined) return context.label;
  const subject = context.subject;
  if (subject === undefined) return fallback;
  // An issue about a membership names the member: the id after the slash.
  if (subject.kind === "membership") return `${PERSON} ${quote(subject.id.slice(subject.id.indexOf("/") + 1))}`;
  return `${recordNoun(subject.kind)} ${quote(subject.id)}`;
}

/** A person named by the context's label, with her id when the label does not show it. */
function personNamed(context: Context, personId: string): string {
  const named = who(context, `${PERSON} ${quote(personId)}`);
  return named.includes(personId) ? named : `${named} (${quote(personId)})`;
}

/** `১৮ থেকে ৪০ বছর`, `অন্তত ১৮ বছর`, `সর্বাধিক ৫০ জন`. */
function range(min: Bound, max: Bound, unit: string, format: LocaleFormat): string {
  if (min !== null && max !== null) return `${format.number(min)} থেকে ${format.number(max)} ${unit}`;
  if (min !== null) return `অন্তত ${format.number(min)} ${unit}`;
  return `সর্বাধিক ${format.number(max ?? 0)} ${unit}`;
}

/** The record that holds a reference, as `গোষ্ঠী "g1"` or `সদস্যপদ "g1/p1"`. */
const referrer = (context: Context) =>
  `${recordNoun(context.subject?.kind ?? RECORD)} ${quote(context.subject?.id ?? "")}`;

/** What a reference field names, and what it must name. */
const REFERENCE_WORDS: ReferenceWords = {
  parentId: [`ঊর্ধ্বতন ${UNIT}`, UNIT],
  unitId: [UNIT, UNIT],
  groupId: [GROUP, GROUP],
  personId: [PERSON, PERSON],
  memberIds: [MEMBER, `${GROUP} বা ${FEDERATION}`],
  attendeeIds: [`উপস্থিত ${PERSON}`, PERSON],
  groupUnit: [`${WARD} বা ${VILLAGE}`, UNIT],
};

/** What a reference names (`which` 0) or must name (1); a field without words is named as written. */
function referenced(context: Context, which: 0 | 1): string {
  const field = referenceField(context);
  return field === undefined ? (fieldOf(context.path) ?? RECORD) : REFERENCE_WORDS[field][which];
}

/** The names zod gives types, as a person calls them. */
const typeNames: Readonly<Record<string, string>> = {
  string: "লেখা",
  number: "সংখ্যা",
  int: "পূর্ণসংখ্যা",
  integer: "পূর্ণসংখ্যা",
  boolean: "true বা false",
  array: "তালিকা",
  object: "অবজেক্ট",
  date: "তারিখ",
};

/** Explanations the package writes in English (`detail`) that this catalogue can say itself. */
const knownDetails: Readonly<Record<string, string>> = {
  "expected yes or no (or y/n, true/false, 1/0)": "হ্যাঁ বা না লিখুন (yes/no, y/n, true/false বা 1/0)",
};

/** What the `schema.invalid` params say of the value, by reason. */
function shapeProblem(
  params: Parameters<Messages["schema.invalid"]>[0],
  format: LocaleFormat,
  used: Set<string>,
): string {
  const value = params.value === undefined ? "মানটি" : quote(params.value);
  if (params.value !== undefined) used.add("value");
  const expected = params.expected;
  switch (params.reason) {
    case "missing":
      return `${params.field === undefined ? "মান " : ""}ফাঁকা বা নেই; এটি পূরণ করা আবশ্যক`;
    case "invalid_type":
      if (expected === undefined) return `${value} সঠিক ধরনের নয়`;
      used.add("expected");
      return `${value} সঠিক ধরনের নয় (হওয়া উচিত ${term(typeNames, expected)})`;
    case "invalid_format":
      if (expected === undefined) return `${value} সঠিক ফরম্যাটে নেই`;
      used.add("expected");
      return /YYYY-MM-DD/.test(expected)
        ? `${value} সঠিক তারিখ নয় (${expected})`
        : `${value} সঠিক ফরম্যাটে নেই (হওয়া উচিত ${expected})`;
    case "invalid_value":
      if (params.allowed === undefined) return `${value} গ্রহণযোগ্য নয়`;
      used.add("allowed");
      return `${value} গ্রহণযোগ্য নয়; এগুলির একটি হতে হবে: ${format.list(params.allowed, "or")}`;
    case "too_small":
      if (params.limit === undefined) return `${value} খুব ছোট`;
      used.add("limit");
      return `${value} খুব ছোট; ন্যূনতম ${format.number(params.limit)}`;
    case "too_big":
      if (params.limit === undefined) return `${value} খুব বড়`;
      used.add("limit");
      return `${value} খুব বড়; সর্বাধিক ${format.number(params.limit)}`;
    case "unrecognized_keys":
      return `এই নামের কোনো ${params.file === undefined ? FIELD : COLUMN} ফরম্যাটে নেই (বানান ভুল?)`;
    case "custom":
      if (params.detail === undefined) return `${value} গ্রহণযোগ্য নয়`;
      used.add("detail");
      return `${value} গ্রহণযোগ্য নয়: ${term(knownDetails, params.detail)}`;
    default:
      return `${value}: সমস্যা ${params.reason}`;
  }
}

/** What each rule of `summary.inconsistent` says of a figure (see docs/aggregation.md). */
const summaryRules: Readonly<Record<string, string>> = {
  not_whole: "সংখ্যাটি পূর্ণসংখ্যা নয়",
  negative: "সংখ্যাটি শূন্যের কম",
  too_large: "সংখ্যাটি অস্বাভাবিক বড়",
  null_not_suppressed: `মান নেই, অথচ এই ${SUMMARY} থেকে কোনো সংখ্যা লুকানো হয়নি`,
  no_groups: `কোনো ${GROUP} নেই, তবু মান দেওয়া আছে`,
  no_judged_groups: `যাচাই করা কোনো ${GROUP} নেই, তবু মান দেওয়া আছে`,
  part_above_whole: "অংশ সমগ্রের চেয়ে বেশি",
  min_above_max: `ক্ষুদ্রতম ${of(GROUP)} আকার বৃহত্তমের চেয়ে বেশি`,
  size_bounds: `এই আকারের ${GROUP} দিয়ে এত ${MEMBER} হওয়া সম্ভব নয়`,
  ratio_mismatch: "অনুপাতটি তার সংখ্যাগুলির সঙ্গে মেলে না",
  sum_mismatch: "যোগফল মেলে না",
  wards_mismatch: `${WARD}, ${VILLAGE} বা ${of(FEDERATION)} সংখ্যা সারির সংখ্যার সঙ্গে মেলে না`,
  total_mismatch: `${TOTAL} সারিগুলির যোগফলের সঙ্গে মেলে না`,
  duplicate_unit: `একই ${of(UNIT)} দুটি সারি`,
  unknown_kind: `অজানা ধরনের ${GROUP}`,
};

const messages: Messages = {
  "input.unreadable": (params) => `ইনপুট পড়া যায়নি: ${params.detail}`,
  "schema.invalid": (params, context, format) => {
    if (params.reason === "truncated") {
      return (
        `আরও ${format.number(params.omitted ?? 0)}টি গঠনগত ত্রুটি এখানে দেখানো হয়নি; ` +
        "ওপরের ত্রুটিগুলি ঠিক করে আবার যাচাই করুন।"
      );
    }
    // Where: the CSV file and line, else the path up to the field (named next), else the input.
    const keys = [...(context.path ?? [])];
    if (params.field !== undefined && keys.at(-1) === params.field) keys.pop();
    const where =
      params.file !== undefined
        ? `${params.file}${params.line === undefined ? "" : `, ${LINE} ${format.number(params.line)}`}`
        : keys.length > 0
          ? keys.join(".")
          : INPUT;
    const column = params.field === undefined ? "" : `, ${params.file === undefined ? FIELD : COLUMN} ${params.field}`;
    const used = new Set<string>();
    const extra: string[] = [];
    const problem = shapeProblem(params, format, used);
    if (params.file === undefined && params.line !== undefined) extra.push(`${LINE} ${format.number(params.line)}`);
    if (params.expected !== undefined && !used.has("expected")) extra.push(`হওয়া উচিত ${params.expected}`);
    if (params.allowed !== undefined && !used.has("allowed")) {
      extra.push(`অনুমোদিত মান: ${format.list(params.allowed, "or")}`);
    }
    if (params.limit !== undefined && !used.has("limit")) extra.push(`সীমা ${format.number(params.limit)}`);
    if (params.detail !== undefined && !used.has("detail")) extra.push(`বিবরণ: ${params.detail}`);
    if (params.omitted !== undefined) extra.push(`আরও ${format.number(params.omitted)}টি ত্রুটি দেখানো হয়নি`);
    return `${where}${column}: ${problem}${extra.length === 0 ? "" : ` (${extra.join("; ")})`}।`;
  },
  "id.duplicate": (_, context) =>
    `একই আইডি ${quote(context.subject?.id ?? "")} দুটি ${of(recordNoun(context.subject?.kind ?? RECORD))} জন্য ` +
    `ব্যবহার হয়েছে (${String(context.path?.[0] ?? "")}); পরেরটি বাদ দেওয়া হয়েছে।`,
  "reference.unknown": (params, context) =>
    fieldOf(context.path) === undefined
      ? `কিছু ${MEMBERSHIP} বা ${MEETING} ${GROUP} ${quote(params.id)}-এর উল্লেখ করেছে, কিন্তু সেই ${GROUP} ` +
        `${at(DATASET)} নেই; সেগুলি বাদ দেওয়া হয়েছে।`
      : `${at(referrer(context))} উল্লেখ করা ${referenced(context, 0)} ${quote(params.id)} ${at(DATASET)} নেই।`,
  "reference.wrong_kind": (params, context) =>
    `${at(referrer(context))} উল্লেখ করা ${referenced(context, 0)} ${quote(params.id)} আসলে একটি ` +
    `${recordNoun(params.foundKind)}, অথচ এখানে ${referenced(context, 1)} থাকার কথা।`,
  "unit.cycle": (params) =>
    `${UNIT} ${quote(params.cycle[0] ?? "")}-এর ঊর্ধ্বতন ${UNIT} ধরে এগোলে আবার সেখানেই ফিরে আসে: ` +
    `${[...params.cycle, params.cycle[0]].join(" → ")}।`,
  "unit.kind_order": (params) =>
    `${unitKindName(params.kind)} ${quote(params.name)} রাখা হয়েছে ${unitKindName(params.parentKind)} ` +
    `${quote(params.parentName)}-এর অধীনে, কিন্তু কাঠামোয় সেটি এর ওপরের স্তর নয়।`,
  "group.unit_kind": (params, context) =>
    `${referrer(context)} রয়েছে ${unitKindName(params.unitKind)} ${quote(params.unitId)}-এ; ` +
    `${GROUP} কেবল ${WARD} বা ${at(VILLAGE)} থাকতে পারে।`,
  "group.dates_reversed": (params, context, format) =>
    `${referrer(context)}: বন্ধের তারিখ ${format.date(params.closedOn)}, ` +
    `গঠনের তারিখ ${format.date(params.formedOn)}; ` +
    "বন্ধের তারিখ গঠনের তারিখের আগে হতে পারে না।",
  "membership.dates_reversed": (params, context, format) =>
    `${referrer(context)}: শেষের তারিখ ${format.date(params.to)}, শুরুর তারিখ ${format.date(params.from)}; ` +
    "শেষের তারিখ শুরুর তারিখের আগে হতে পারে না।",
  "age.below_band": (params, context, format) =>
    `${who(context, MEMBER)} (জন্ম ${format.date(params.dateOfBirth)}) ${format.date(params.asOf)} তারিখে ` +
    `${format.number(params.age)} ${YEARS} বয়সী, যা ${under(context)} অনুমোদিত বয়সের ` +
    `(${range(params.min, params.max, YEARS, format)}) চেয়ে কম।`,
  "age.above_band": (params, context, format) =>
    `${who(context, MEMBER)} (জন্ম ${format.date(params.dateOfBirth)}) ${format.date(params.asOf)} তারিখে ` +
    `${format.number(params.age)} ${YEARS} বয়সী, যা ${under(context)} অনুমোদিত বয়সের ` +
    `(${range(params.min, params.max, YEARS, format)}) চেয়ে বেশি।`,
  "age.unknown": (params, context, format) =>
    `${of(who(context, MEMBER))} জন্মতারিখ নেই, তাই বয়সসীমা (${range(params.min, params.max, YEARS, format)}) ` +
    "যাচাই করা যায়নি।",
  "gender.not_allowed": (params, context, format) =>
    `${of(who(context, MEMBER))} লিঙ্গ নথিভুক্ত আছে ${genderName(params.gender)}; ${under(context)} কেবল ` +
    `${format.list(params.allowed.map(genderName), "or")} ${MEMBER} নেওয়া যায়।`,
  "group.below_min_size": (params, context, format) =>
    `${of(who(context, GROUP))} সক্রিয় ${MEMBER} ${format.number(params.size)} জন; ${under(context)} ` +
    `${params.special ? `বিশেষ ${at(GROUP)} ` : ""}${range(params.min, params.max, "জন", format)} ${MEMBER} থাকতে হবে।`,
  "group.above_max_size": (params, context, format) =>
    `${of(who(context, GROUP))} সক্রিয় ${MEMBER} ${format.number(params.size)} জন; ${under(context)} ` +
    `${params.special ? `বিশেষ ${at(GROUP)} ` : ""}${range(params.min, params.max, "জন", format)} ${MEMBER} ` +
    "থাকতে পারে।",
  "household.duplicate": (params, context, format) =>
    `${of(who(context, GROUP))} ${format.number(params.personIds.length)} জন সক্রিয় ${MEMBER} একই ${HOUSEHOLD} ` +
    `${quote(params.householdId)}-এর (${format.list(params.personIds, "and")}); ${under(context)} প্রতিটি ` +
    `${HOUSEHOLD} থেকে একজন ${MEMBER} নেওয়া যায়।`,
  "membership.multiple_groups": (params, context, format) =>
    `${personNamed(context, params.personId)} ${format.date(params.asOf)} তারিখে একই সঙ্গে দুটি ` +
    `${of(kindName(params.kind))} সক্রিয় ${MEMBER}: ${quote(params.groupIds[0] ?? "")} ও ` +
    `${quote(params.groupIds[1] ?? "")}।`,
  "meeting.cadence_missed": (params, context, format) => {
    const period = params.firstMissed.includes("-W") ? WEEK : MONTH;
    const when =
      params.periodsMissed === 1
        ? `${period} ${params.firstMissed}`
        : `${params.firstMissed} থেকে ${params.lastMissed}`;
    return (
      `${who(context, GROUP)}: যাচাই করা ${format.number(params.periodsJudged)}টি ${of(period)} মধ্যে ` +
      `${format.number(params.periodsMissed)}টিতে প্রয়োজনের চেয়ে কম ${MEETING} হয়েছে (${when}); ${under(context)} ` +
      `প্রতি ${at(period)} ${format.number(params.required)}টি ${MEETING} হওয়ার কথা।`
    );
  },
  "meeting.cadence_unknown": () =>
    `${at(DATASET)} কোনো ${of(MEETING)} তথ্য নেই, তাই কোনো ${of(GROUP)} ${MEETING} নিয়মিত কি না যাচাই করা যায়নি।`,
  "ward.no_group": (params, context, format) =>
    `${at(who(context, WARD))} ${format.date(params.asOf)} তারিখে কোনো সক্রিয় ${kindName(params.kind)} নেই; ` +
    `${under(context)} প্রতিটি ${at(WARD)} একটি থাকা আবশ্যক।`,
  "ward.extra_group_not_needed": (params, context, format) =>
    `${at(who(context, WARD))} ${format.number(params.members)} জন ${of(MEMBER)} জন্য ` +
    `${format.number(params.groups)}টি ${kindName(params.kind)} আছে; ${format.number(params.needed)}টি ${at(GROUP)} ` +
    `সবাইকে রাখা যায় (প্রতি ${at(GROUP)} সর্বাধিক ${format.number(params.max)} জন), আর ${under(context)} ` +
    `প্রথম ${GROUP} পূর্ণ হলে তবেই নতুন ${GROUP} গঠন করা যায়।`,
  "leadership.missing": (params, context, format) =>
    `${at(who(context, GROUP))} সক্রিয় ${roleName(params.role)} ${format.number(params.found)} জন; ` +
    `${under(context)} ${format.number(params.required)} জন থাকা প্রয়োজন।`,
  "leadership.girl_required": (params, context, format) =>
    `${of(who(context, GROUP))} ${format.list(params.roles.map(roleName), "and")} পদে কোনো ${GIRL} নেই; ` +
    `${under(context)} অন্তত একজন ${GIRL} থাকা আবশ্যক।`,
  "federation.too_few_groups": (params, context, format) =>
    `${at(who(context, FEDERATION))} সক্রিয় ${MEMBER} হিসেবে ${format.number(params.memberGroups)}টি ` +
    `${kindName(params.memberKind)} আছে; ${under(context)} গঠনের জন্য অন্তত ${format.number(params.min)}টি প্রয়োজন।`,
  "federation.duplicate_in_ward": (params, context, format) =>
    `${who(context, FEDERATION)} হলো ${WARD} ${quote(params.unitId)}-এ এই ধরনের ${format.number(params.count)} নম্বর ` +
    `${FEDERATION}; ${under(context)} প্রতি ${at(WARD)} একটিই থাকে।`,
  "date.implausible": (params, context, format) =>
    `${of(who(context, RECORD))} ${params.field} ${format.date(params.date)}, যা এখানে বাস্তবসম্মত নয় (হওয়ার কথা ` +
    `${
      params.latest === null
        ? `${format.date(params.earliest)} বা তার পরে`
        : `${format.date(params.earliest)} থেকে ${format.date(params.latest)} পর্যন্ত`
    }); তারিখটি হিসাবের বাইরে রাখা হয়েছে।`,
  "membership.duplicate": (params, _context, format) =>
    `${PERSON} ${quote(params.personId)}-এর ${GROUP} ${quote(params.groupId)}-এ একই সময়ের জন্য ` +
    `${format.number(params.rows)}টি ${of(MEMBERSHIP)} সারি আছে; তাঁকে একবারই গোনা হয়েছে।`,
  "id.lookalike": (params) =>
    `${of(recordNoun(params.collection))} তালিকায় আইডি ${JSON.stringify(params.id)} দেখতে ` +
    `${JSON.stringify(params.other)}-এর মতো: দুটির তফাত কেবল বড়/ছোট হাতের অক্ষর, ফাঁকা জায়গা, ` +
    "অদৃশ্য অক্ষর বা ইউনিকোড রূপে।",
  "summary.inconsistent": (params, context) => {
    const rule = Object.hasOwn(summaryRules, params.rule) ? summaryRules[params.rule] : undefined;
    return (
      `${context.path?.length ? context.path.join(".") : SUMMARY}: ` +
      `${params.unitId === null ? `${TOTAL} সারিতে` : `${UNIT} ${quote(params.unitId)}-এর সারিতে`}` +
      `${params.kind === null ? "" : ` (${kindName(params.kind)})`} ${params.field}-এর মান মিলছে না; ` +
      `নিয়ম ${params.rule} ভঙ্গ হয়েছে${rule === undefined ? "" : ` (${rule})`}।`
    );
  },
  "reference.set_aside": (params, context) =>
    `${at(referrer(context))} উল্লেখ করা ${referenced(context, 0)} ${quote(params.id)} আগেই ${SET_ASIDE} হয়েছে ` +
    `(${params.because}); ` +
    (fieldOf(context.path) === "attendeeIds"
      ? `তাঁকে এই বা অন্য কোনো ${at(MEETING)} উপস্থিত হিসেবে গোনা হয়নি।`
      : fieldOf(context.path) === "memberIds"
        ? `সেটিকে ${MEMBER} হিসেবে গোনা হয়নি।`
        : `তাই এটিও ${SET_ASIDE} হয়েছে।`),
  "village.no_group": (params, context, format) =>
    `${at(who(context, VILLAGE))} ${format.date(params.asOf)} তারিখে কোনো সক্রিয় ${kindName(params.kind)} নেই; ` +
    `${under(context)} প্রতিটি ${at(VILLAGE)} একটি থাকা আবশ্যক।`,
  "federation.member_too_young": (params, context, format) =>
    `${of(who(context, FEDERATION))} ${MEMBER} ${quote(params.memberId)} গঠিত হয়েছে ${format.date(params.formedOn)} ` +
    `তারিখে (বয়স ${format.number(params.ageMonths)} ${MONTH}); ${under(context)} ${of(MEMBER)} বয়স অন্তত ` +
    `${format.number(params.minAgeMonths)} ${MONTH} হতে হবে।`,
  "meeting.attendee_not_member": (params, context) =>
    `${of(who(context, MEETING))} উপস্থিতির তালিকায় ${quote(params.personId)} আছেন, কিন্তু তিনি ${GROUP} ` +
    `${quote(params.groupId)}-এর ${MEMBER} নন; তাঁর উপস্থিতি গোনা হয়নি।`,
  "input.columns_ignored": (params, _context, format) =>
    `${at(params.file)} এমন ${params.columns.length === 1 ? `একটি ${COLUMN}` : `কয়েকটি ${COLUMN}`} আছে যা এই ` +
    `ফরম্যাটে নেই: ${format.list(
      params.columns.map((column) => JSON.stringify(column)),
      "and",
    )}; ${params.columns.length === 1 ? "সেটি" : "সেগুলি"} বাদ দেওয়া হয়েছে।`,
  "household.multiple_groups": (params, context) =>
    `${personNamed(context, params.personId)} (${HOUSEHOLD} ${quote(params.householdId)}) ${GROUP} ` +
    `${quote(params.groupId)}-এর ${MEMBER}, আর একই ${of(HOUSEHOLD)} ${quote(params.otherPersonId)} ${GROUP} ` +
    `${quote(params.otherGroupId)}-এর ${MEMBER}; ${under(context)} প্রতিটি ${HOUSEHOLD} থেকে একটিই ${MEMBERSHIP} ` +
    "নেওয়া যায়।",
  "federation.member_in_two": (params, context) =>
    `${of(who(context, FEDERATION))} তালিকায় ${quote(params.memberId)} আছে, যা ${FEDERATION} ` +
    `${quote(params.otherFederationId)}-এর তালিকাতেও আছে; ${under(context)} একই ধরনের কেবল একটি ` +
    `${of(FEDERATION)} ${MEMBER} হওয়া যায়।`,
  "age.out_of_band_at_joining": (params, context, format) =>
    `${who(context, MEMBER)} ${format.date(params.joinedOn)} তারিখে যোগ দেওয়ার সময় ${format.number(params.age)} ` +
    `${YEARS} বয়সী ছিলেন (জন্ম ${format.date(params.dateOfBirth)}); ${under(context)} ${of(MEMBER)} বয়স ` +
    `${range(params.min, params.max, YEARS, format)} হতে হবে।`,
  "age.aged_out": (params, context, format) =>
    `${who(context, MEMBER)} এখন ${format.number(params.age)} ${YEARS} বয়সী ` +
    `(জন্ম ${format.date(params.dateOfBirth)}); ` +
    `${format.date(params.agedOutOn)} থেকে ${format.number(params.max)} ${of(YEARS)} সীমা পেরিয়েছেন। ` +
    `${under(context)} ${of(MEMBER)} বয়স সর্বাধিক ${format.number(params.max)} ${YEARS}, তবে কোনো সূত্রে বলা নেই ` +
    `যে তাঁকে ${GROUP} ছাড়তে হবে।`,
  "ward.coverage_gap": (params, context, format) =>
    `${at(who(context, WARD))} ${format.date(params.asOf)} তারিখে কোনো সক্রিয় ${kindName(params.kind)} নেই; ` +
    `${under(context)} লক্ষ্য হলো প্রতিটি ${at(WARD)} অন্তত একটি।`,
};

const PATH_NOTE =
  "<path> হলো একটি ডেটাসেট JSON ফাইল, স্ট্যান্ডার্ড ইনপুটের জন্য -, অথবা CSV ফাইলের একটি ফোল্ডার (units.csv, " +
  "people.csv, groups.csv, memberships.csv, এবং দরকার হলে federations.csv, meetings.csv)।";
const RULES_NOTE =
  "--rules-এ দিন একটি বিল্ট-ইন কী (দেখুন kudumbashree rules) অথবা একটি JSON ফাইল, যাতে একটি নিয়মাবলি বা " +
  "নিয়মাবলির তালিকা আছে, যেমন kudumbashree rules <key> --format json দিয়ে লিখে সম্পাদনা করা ফাইল। " +
  "ব্যবহৃত প্রতিটি নিয়মাবলি তার কনটেন্ট হ্যাশ (sha256:...) সহ দেখানো হয়।";
const RULES_OPTION = `যে ${RULE_SET} ব্যবহার হবে (একাধিকবার দেওয়া যায়): kerala.balasabha@3.0.0-এর মতো কী, বা ফাইল`;
const STRICT_OPTION =
  "ফরম্যাটে নেই এমন CSV কলাম থাকলে ফাইল গ্রহণ করা হবে না (না দিলে সেগুলি বাদ দেওয়া হয়, প্রতি ফাইলে একটি সতর্কতা সহ)";
const RECORDS_FROM_OPTION = `${of(MEETING)} রেকর্ড যেদিন থেকে শুরু; না দিলে ${of(DATASET)} প্রথম ${of(MEETING)} তারিখ`;
const AGEING_OUT_NOTE = "আগেই বয়সসীমার বাইরে (validate তা জানায়) বা জন্মতারিখ নেই, এমন সদস্যরা এই তালিকায় নেই।";
const LANG_OPTION =
  "সমস্যার বার্তা, টেবিল ও সহায়তার ভাষা: ইংরেজি (ডিফল্ট), মালয়ালম, হিন্দি, অসমীয়া বা বাংলা; না দিলে LC_ALL " +
  "বা LANG (যেমন bn_IN.UTF-8) দেখে ঠিক হয়। JSON ও CSV আউটপুট অনুবাদ করা হয় না";
const FORMAT_TABLE_CSV_JSON = "টেবিল (ডিফল্ট), স্প্রেডশিটের জন্য CSV, অথবা JSON";
const QUIET_OPTION = "স্ট্যান্ডার্ড এররে অগ্রগতির বার বা বার্তা দেখানো হবে না (নোট, সতর্কতা ও সমস্যা তবুও দেখানো হয়)";
/** The sample presets, as `kudumbashree sample` takes them (a test checks the list against the package's). */
const SAMPLE_PRESETS = "thiruvananthapuram-2021, nro-balasabha-2020, kerala-nhg, kerala-auxiliary-2021, nro-assam";

/** `৩টি গোষ্ঠী`, `২ জন ব্যক্তি`: a count with the classifier its noun takes. */
const recordWords: Readonly<Record<string, string>> = {
  units: `টি ${UNIT}`,
  people: ` জন ${PERSON}`,
  groups: `টি ${GROUP}`,
  federations: `টি ${FEDERATION}`,
  memberships: `টি ${MEMBERSHIP}`,
  meetings: `টি ${MEETING}`,
};

const labels: LocaleLabels = {
  records: (collection, count, format) =>
    `${format.number(count)}${Object.hasOwn(recordWords, collection) ? recordWords[collection] : ` ${collection}`}`,
  summary: {
    columns: {
      unit: UNIT,
      kind: "ধরন",
      wards: WARD,
      wardsWithGroup: `${GROUP}-সহ ${WARD}`,
      groups: GROUP,
      members: MEMBER,
      meanGroupSize: "গড় আকার",
      minGroupSize: "ক্ষুদ্রতম",
      maxGroupSize: "বৃহত্তম",
      coverage: "আওতা",
      capacityUse: "আসন পূরণ",
      meetingsHeld: `${MEETING} হয়েছে`,
      meetingsExpected: `প্রত্যাশিত ${MEETING}`,
      meetingCompliance: `নিয়মিত ${MEETING}`,
      attendanceRate: "উপস্থিতির হার",
      villages: VILLAGE,
      villagesWithGroup: `${GROUP}-সহ ${VILLAGE}`,
      groupsFederated: `${FEDERATION}ভুক্ত ${GROUP}`,
      federatedShare: `${FEDERATION}ভুক্ত অংশ`,
    },
    allKinds: "সব",
    title: (parts, format) =>
      `${parts.groupKind ?? `সব ${GROUP}`}, ${parts.level} অনুযায়ী, ${parts.asOf} তারিখে` +
      (parts.suppressBelow === null ? "" : ` (${format.number(parts.suppressBelow)}-এর কম সংখ্যা দেখানো হয়নি)`),
    setAside: (list) => `${SET_ASIDE} হয়েছে: ${list}`,
  },
  cli: {
    validateResult: (result, format) =>
      `${result.file}: ${result.ok ? "ঠিক আছে" : "ঠিক নেই"}, ${format.number(result.errors)}টি ` +
      `${terms.severities.error} ও ${format.number(result.warnings)}টি ${terms.severities.warning}, ` +
      `${result.asOf} তারিখে` +
      (result.ruleSets.length === 0 ? "" : ` (${RULE_SET}: ${result.ruleSets.join(", ")})`),
    validateSetAside: (list) => `${SET_ASIDE} হয়েছে (যাচাই বা গণনা করা হয়নি): ${list}`,
    recordsFrom: (date, source) =>
      `${of(MEETING)} রেকর্ড ধরা হয়েছে ${date} থেকে` +
      (source === "option"
        ? " (--records-from অনুযায়ী)"
        : source === "inferred"
          ? ` (${of(DATASET)} প্রথম ${of(MEETING)} তারিখ)`
          : ` (রিপোর্ট বা ${at(SUMMARY)} যেমন লেখা আছে)`),
    asOfToday: (date) => `${date} তারিখ অনুযায়ী (আজ, UTC); তারিখ নির্দিষ্ট করতে --as-of দিন`,
    summarizeErrors: (file, errors, format) =>
      `${file}: ${format.number(errors)}টি ${terms.severities.error}; সংশ্লিষ্ট রেকর্ডগুলি হিসাবের বাইরে রাখা হয়েছে`,
    strictRefused: (file) => `${file}: --strict দেওয়ায় গ্রহণ করা হয়নি: ফরম্যাটে নেই এমন ${COLUMN} আছে`,
    ageingOutColumns: {
      leavesOn: "সীমা পেরোনোর তারিখ",
      age: "বয়স",
      person: PERSON,
      name: "নাম",
      group: GROUP,
      kind: "ধরন",
      born: "জন্ম",
      ruleSet: RULE_SET,
    },
    ageingOutResult: (result, format) =>
      `${result.file}: ${format.number(result.members)} জন ${MEMBER} ${result.asOf} তারিখের পরে এবং ` +
      `${result.until} তারিখের মধ্যে নিজের ${of(GROUP)} বয়সসীমা পেরোবেন`,
    ageingOutStopped: (file, errors, format) =>
      `${file}: ${format.number(errors)}টি ${terms.severities.error} থাকায় তালিকা তৈরি করা যায়নি; ` +
      "বিস্তারিত জানতে kudumbashree validate চালান",
  },
  help: {
    usage: "ব্যবহার",
    commands: "কমান্ড",
    options: "অপশন",
    examples: "উদাহরণ",
    showHelp: "এই সহায়তা দেখান",
    commandHelpHint:
      "kudumbashree <command> --help (অথবা kudumbashree help <command>) " + "কোনো কমান্ডের অপশন ও উদাহরণ দেখায়।",
    runHelp: (command) => `অপশন ও উদাহরণ দেখতে kudumbashree ${command} --help চালান।`,
    exitCodes: "এক্সিট কোড: 0 মানে কোনো ত্রুটি নেই, 1 মানে ডেটায় ত্রুটি আছে, 2 মানে কমান্ড চালানো যায়নি।",
    pathNote: PATH_NOTE,
    byCommand: {
      validate: {
        summary: "কোনো নির্দিষ্ট দিনে বলবৎ নিয়ম অনুযায়ী ডেটা যাচাই করুন।",
        options: {
          "as-of": "ডেটা যে দিনের অবস্থা বোঝায় (আবশ্যক)",
          rules: RULES_OPTION,
          "records-from": RECORDS_FROM_OPTION,
          format: "মানুষের পড়ার জন্য সমস্যার তালিকা (table, ডিফল্ট) অথবা JSON",
          quiet: QUIET_OPTION,
          strict: STRICT_OPTION,
          lang: LANG_OPTION,
        },
        examples: [
          "২০২১ সালের নভেম্বরের শেষে CSV ফাইলের একটি ফোল্ডার যাচাই:",
          "কোনো অংশীদার রাজ্যের নিয়ম অনুযায়ী যাচাই, নিয়মগুলি একটি ফাইলে লেখা:",
          `রেকর্ড যখন থেকে শুরু, সেই এপ্রিল থেকেই কেবল ${of(MEETING)} নিয়মিততা বিচার:`,
        ],
        notes: [PATH_NOTE, RULES_NOTE],
      },
      summarize: {
        summary: `কোনো স্তরের প্রতিটি ${at(UNIT)} ${GROUP} ও ${of(MEMBER)} হিসাব, সঙ্গে ${TOTAL}।`,
        options: {
          level:
            `এই ধরনের প্রতিটি ${of(UNIT)} জন্য একটি সারি: ` +
            "ward, village, localBody, block, district, state, country (আবশ্যক)",
          "group-kind": `কেবল এই ধরনের ${GROUP}: neighbourhoodGroup, auxiliaryGroup, balasabha, selfHelpGroup`,
          "as-of": "হিসাব যে দিনের অবস্থা বোঝায়; না দিলে আজ (UTC)",
          rules: RULES_OPTION,
          "records-from": RECORDS_FROM_OPTION,
          format: FORMAT_TABLE_CSV_JSON,
          "suppress-below": "1 থেকে N-1 পর্যন্ত সংখ্যা (এবং যা থেকে সেগুলি বোঝা যায়) ফাঁকা রাখুন",
          engine:
            `node (ডিফল্ট) এই প্রসেসেই ${DATASET} পড়ে ও যাচাই করে; duckdb একটি CSV ফোল্ডার DuckDB দিয়ে পড়ে ` +
            "(npm install @duckdb/node-api) এবং একই হিসাব SQL-এ করে, মেমরিতে না ধরা বড় এক্সপোর্টের জন্য",
          quiet: QUIET_OPTION,
          part:
            `এই ${DATASET} সম্পূর্ণের কোন অংশ, তার id (যেমন kerala/2024-03-31), যা ${at(SUMMARY)} লেখা থাকে: ` +
            `merge একই অংশ দুবার নেয় না; না দিলে ${DATASET} থেকে একটি id তৈরি হয়`,
          strict: STRICT_OPTION,
          lang: LANG_OPTION,
        },
        examples: [
          "২০২১ সালের ৬ নভেম্বর প্রকাশিত অক্সিলিয়ারি গ্রুপের জেলাওয়ারি টেবিল:",
          "স্প্রেডশিটের জন্য ওয়ার্ডওয়ারি CSV, ছোট সংখ্যা ফাঁকা রেখে:",
        ],
        notes: [PATH_NOTE, RULES_NOTE],
      },
      merge: {
        // biome-ignore format: lines of at most 120 code units
        summary:
          "summarize --format json দিয়ে লেখা, পরস্পর-বিচ্ছিন্ন অংশের (জেলা, অংশীদার রাজ্য) " +
          `${SUMMARY} একত্র করুন।`,
        options: {
          format: `টেবিল (ডিফল্ট), স্প্রেডশিটের জন্য CSV, অথবা JSON (আবার একত্র করার মতো ${SUMMARY})`,
          combine:
            `ভিন্ন ভিন্ন ${RULE_SET} দিয়ে তৈরি ${SUMMARY} মেলান: নিয়মের উপর নির্ভর করে না এমন হিসাবের ` +
            `(${GROUP}, ${MEMBER}, বয়স, আওতা) ${TOTAL}, আর ধারণক্ষমতা, ${MEETING} ও উপস্থিতি ` +
            `প্রতিটি ${RULE_SET} অনুযায়ী`,
          "suppress-below": `একত্র করা ${at(SUMMARY)} 1 থেকে N-1 পর্যন্ত সংখ্যা ফাঁকা রাখুন`,
          lang: LANG_OPTION,
        },
        examples: [
          `জেলাগুলির ${SUMMARY} একত্র করে ${of(STATE)} ${SUMMARY}, পাঠানোর জন্য JSON হিসেবে:`,
          `যেসব ${of(STATE)} ${BALASABHA} ${RULE_SET} আলাদা, তাদের জাতীয় টেবিল:`,
        ],
        notes: [
          `প্রতিটি ফাইল লাইব্রেরির parseSummary দিয়ে পড়া হয়: যে ফাইল বৈধ ${SUMMARY} নয়, যাতে সংখ্যা লুকানো ` +
            `হয়েছে, অথবা যা ${at(SUMMARY)} উৎস-বিবরণ (provenance) যোগ হওয়ার আগে লেখা, তা পেলে কমান্ড এক্সিট ` +
            "কোড 2 দিয়ে শেষ হয় এবং এক লাইনে ফাইলটির নাম জানায়।",
          `যেসব ${SUMMARY} কোনো অংশ একসঙ্গে ধরে, অথবা একই ${RULE_SET} কী ভিন্ন বিষয়বস্তু নিয়ে প্রয়োগ করেছে, ` +
            "সেগুলি গ্রহণ করা হয় না (এক্সিট কোড 2), কী করতে হবে তা জানিয়ে: প্রতিটি অংশের নাম দিতে --part দিয়ে " +
            `summarize চালান, প্রতিটি ${of(STATE)} ${RULE_SET} নিজস্ব id দিয়ে তৈরি করুন, অথবা --combine দিয়ে ` +
            `মেলান। ${at(SUMMARY)} ত্রুটি থাকলে এক্সিট কোড 1।`,
        ],
      },
      "ageing-out": {
        summary: `যে ${MEMBER}রা কয়েক মাসের মধ্যে নিজের ${of(GROUP)} বয়সসীমা পেরোবেন, তাঁদের তালিকা।`,
        options: {
          "as-of": "যে দিন থেকে সামনে দেখা হবে (আবশ্যক)",
          "within-months": "কত ক্যালেন্ডার মাস সামনে দেখা হবে (ডিফল্ট 12)",
          rules: RULES_OPTION,
          format: FORMAT_TABLE_CSV_JSON,
          strict: STRICT_OPTION,
          lang: LANG_OPTION,
        },
        examples: [
          "যে তরুণীরা আগামী তিন মাসে অক্সিলিয়ারি গ্রুপ ছাড়বেন:",
          "অংশীদার রাজ্যের নিয়মে যে শিশুরা এক বছরের মধ্যে বালসভা ছাড়বে, CSV হিসেবে:",
        ],
        notes: [AGEING_OUT_NOTE, PATH_NOTE, RULES_NOTE],
      },
      rules: {
        summary: "বিল্ট-ইন নিয়মাবলির, তার একটির, অথবা একটি নিয়মাবলি ফাইলের সীমাগুলি দেখান।",
        options: {
          format: "পড়ার মতো লেখা (table, ডিফল্ট) অথবা নিজের নিয়মাবলি ফাইলে কপি করার জন্য JSON",
          lang: LANG_OPTION,
        },
        examples: [
          "সীমা, তারিখ ও সূত্র সহ প্রতিটি বিল্ট-ইন নিয়মাবলি:",
          "কেরালার বালসভা নিয়মাবলি থেকে কোনো অংশীদার রাজ্যের নিয়মাবলি শুরু করুন:",
          "সম্পাদিত ফাইল যাচাই করে তার হ্যাশ দেখুন:",
        ],
        notes: [
          "নিয়মাবলি ফাইলের নিজস্ব id ও version লাগে (অন্য নিয়মসহ বিল্ট-ইন কী গ্রহণ করা হয় না), নিজস্ব sources " +
            'লাগে, আর উৎস লিখে রাখা যায় "derivedFrom": "kerala.balasabha@3.0.0" দিয়ে।',
        ],
      },
      sample: {
        summary: "একটি নমুনা ডেটাসেট লিখুন।",
        options: {
          seed: "সিড: একই সিডে একই ডেটাসেট (ডিফল্ট 1)",
          members: `মোটামুটি কতজন ${MEMBER} (kerala-nhg-এর জন্য)`,
          "meeting-weeks":
            `kerala-nhg-এর জন্য: ২০২৪ সালের ৩১ মার্চের আগের N ${of(WEEK)} (0 থেকে 520) প্রতিটিতে প্রতিটি ` +
            `${of(NHG)} একটি ${MEETING}, উপস্থিতি সহ (ডিফল্ট 0: কোনো ${MEETING} নেই)`,
          federations:
            `kerala-nhg-এর জন্য: প্রতিটি ${at(WARD)} সেখানকার ${NHG}গুলিকে নিয়ে একটি ${ADS} এবং প্রতিটি ` +
            `গ্রাম পঞ্চায়েতে সেখানকার ${ADS}গুলিকে নিয়ে একটি ${CDS} (ডিফল্ট: কোনোটিই নয়)`,
          // biome-ignore format: lines of at most 120 code units
          format:
            "একটি JSON ফাইল (ডিফল্ট, পুরোটা মেমরিতে তৈরি হয়) অথবা CSV ফাইলের একটি ফোল্ডার " +
            "(সারি ধরে ধরে লেখা হয়)",
          out: "কোথায় লেখা হবে; না দিলে JSON স্ট্যান্ডার্ড আউটপুটে যায়",
          lang: LANG_OPTION,
        },
        examples: ["তিরুবনন্তপুরমের অক্সিলিয়ারি গ্রুপ, নভেম্বর ২০২১, CSV ফোল্ডার হিসেবে:"],
        notes: [
          `প্রিসেটগুলি: ${SAMPLE_PRESETS}।`,
          "বড় নমুনার জন্য --format csv দিন: এটি তৈরি হতে হতেই সারি ধরে ধরে, সীমিত মেমরিতে লেখা হয় " +
            `(৪৫,০০,০০০ ${of(MEMBER)} kerala-nhg-এ ২৫০ MB-এর কম লাগে), অথচ JSON পুরোটা মেমরিতে তৈরি হওয়া ` +
            "একটিই লেখা:",
          "kudumbashree sample kerala-nhg --members 4500000 --meeting-weeks 4 --format csv --out kerala-csv",
        ],
      },
      schema: {
        summary: "ডেটাসেট ফরম্যাটের JSON Schema দেখান।",
        options: { lang: LANG_OPTION },
        examples: ["অন্য ভাষায় লেখা কোনো অ্যাপের জন্য সেটি সংরক্ষণ করুন:"],
      },
      help: {
        summary: "কোনো কমান্ডের সহায়তা দেখান।",
        options: { lang: LANG_OPTION },
        examples: ["validate-এর অপশন ও উদাহরণ:"],
      },
    },
  },
};

/**
 * The Bengali locale (`bn-IN`), for SHG, VO and CLF staff of TRLM (Tripura) and Anandadhara (West
 * Bengal): the domain's terms (স্বনির্ভর গোষ্ঠী, গ্রাম সংগঠন, সিএলএফ; Kerala's এনএইচজি, এডিএস,
 * সিডিএস), a message per issue code, and the labels of summary tables and the command line. Numbers
 * are grouped the Indian way in Bengali digits (৪৫,০০,০০০) and dates written day first.
 *
 * @since 0.2.0
 * @public
 * @example
 * ```ts
 * import { bn } from "@kudumbashree/domain/locales/bn";
 *
 * bn.tag;
 * //=> "bn-IN"
 * ```
 */
export const bn: Locale = deepFreeze({
  tag: "bn-IN",
  name: "বাংলা",
  dateOrder: "dmy",
  terms,
  messages,
  labels,
});
