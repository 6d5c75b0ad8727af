// The Hindi locale, for DAY-NRLM block and district staff and NRO resource persons in Jharkhand
// and the other Hindi-speaking partner states. Every domain word is a constant below, so that a
// word means one thing in every message and label; the words are those JSLPS (Jharkhand) and the
// other state missions use in Hindi. JSLPS also calls an SHG सखी मंडल and a CLF संकुल संगठन (elsewhere
// संकुल स्तरीय संगठन); officers across the Hindi-speaking states say सीएलएफ, as they say एडीएस and सीडीएस.
import { deepFreeze } from "../internal/deepFreeze.js";
import { pure } from "../internal/pure.js";
import type { MessageContext } from "../issues/messages/MessageContext.js";
import type { Locale, LocaleFormat, LocaleLabels, LocaleTerms } from "./Locale.js";
import { fieldOf, type ReferenceWords, referenceField, term } from "./messageParts.js";

// The words of the domain, one per concept.
const GROUP = "समूह";
const FEDERATION = "संघ";
const MEMBER = "सदस्य";
const PERSON = "व्यक्ति";
const HOUSEHOLD = "परिवार";
const MEETING = "बैठक";
const MEMBERSHIP = "सदस्यता";
const UNIT = "इकाई";
const RULE_SET = "नियमावली";
const DATASET = "डेटा";
const SUMMARY = "सारांश";
const TOTAL = "कुल";
const RECORD = "रिकॉर्ड";
const ID = "आईडी";
const WARD = "वार्ड";
const VILLAGE = "गाँव";
const YEARS = "वर्ष";
const MONTH = "माह";
const WEEK = "सप्ताह";
const AGE = "उम्र";
const DATE_OF_BIRTH = "जन्म तिथि";
const ACTIVE = "सक्रिय";
/** "Set aside", said of one record and of several. */
const SET_ASIDE = "अलग रखा गया";
const SET_ASIDE_MANY = "अलग रखे गए";
const LINE = "पंक्ति";
const COLUMN = "कॉलम";
const FIELD = "फ़ील्ड";
const GIRL = "लड़की";
const SPECIAL_GROUP = `विशेष ${GROUP}`;

const terms: LocaleTerms = {
  groupKinds: {
    neighbourhoodGroup: "एनएचजी",
    auxiliaryGroup: `ऑक्ज़िलरी ${GROUP}`,
    balasabha: "बालसभा",
    selfHelpGroup: `स्वयं सहायता ${GROUP}`,
  },
  federationKinds: {
    areaDevelopmentSociety: "एडीएस",
    communityDevelopmentSociety: "सीडीएस",
    balasamiti: "बालसमिति",
    balaPanchayat: "बाल पंचायत",
    villageOrganisation: "ग्राम संगठन",
    clusterLevelFederation: "सीएलएफ",
  },
  unitKinds: {
    country: "देश",
    state: "राज्य",
    district: "जिला",
    block: "प्रखंड",
    localBody: "स्थानीय निकाय",
    ward: WARD,
    village: VILLAGE,
  },
  roles: {
    member: MEMBER,
    president: "अध्यक्ष",
    secretary: "सचिव",
    volunteer: "स्वयंसेवक",
    leader: "लीडर",
    deputyLeader: "उप-लीडर",
    resourcePerson: "रिसोर्स पर्सन",
  },
  genders: { female: "महिला", male: "पुरुष", transgender: "ट्रांसजेंडर" },
  specialCategories: {
    disability: "दिव्यांगजन",
    elderly: "बुज़ुर्ग",
    transgender: "ट्रांसजेंडर व्यक्ति",
    hiv: "एचआईवी पॉज़िटिव व्यक्ति",
    destitute: "निराश्रित परिवार",
    scheduledTribe: "अनुसूचित जनजाति",
    mothersOfMentallyChallengedChildren: "मानसिक दिव्यांग बच्चों की माताएँ",
    remoteArea: "दूर-दराज़ क्षेत्र",
    difficultArea: "दुर्गम क्षेत्र",
  },
  severities: { error: "त्रुटि", warning: "चेतावनी" },
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

/** A kind of group or of federation (a federation's members may be either). */
const kindOf = (kind: string) => term(terms.groupKinds, term(terms.federationKinds, kind));
/** A kind's term as Hindi counts it in the plural (`समूहों`, `बालसभाओं`); acronyms stay as they are. */
function kindsOf(kind: string): string {
  const word = kindOf(kind);
  if (/(समूह|संगठन|पंचायत)$/.test(word)) return `${word}ों`;
  if (word.endsWith("सभा")) return `${word}ओं`;
  if (word.endsWith("समिति")) return `${word.slice(0, -1)}ियों`;
  return word;
}
const unitKindOf = (kind: string) => term(terms.unitKinds, kind);
const roleOf = (role: string) => term(terms.roles, role);
const genderOf = (gender: string) => term(terms.genders, gender);

/** The kinds of record an issue is about, as a message names them. */
const recordKinds: Readonly<Record<string, string>> = {
  dataset: DATASET,
  unit: UNIT,
  person: PERSON,
  group: GROUP,
  federation: FEDERATION,
  membership: MEMBERSHIP,
  meeting: MEETING,
};

type Bound = number | null;

/** "18 से 40 वर्ष", "कम से कम 18 वर्ष", "अधिकतम 50 सदस्य". */
function range(min: Bound, max: Bound, unit: string, format: LocaleFormat): string {
  if (min !== null && max !== null) return `${format.number(min)} से ${format.number(max)} ${unit}`;
  if (min !== null) return `कम से कम ${format.number(min)} ${unit}`;
  return `अधिकतम ${format.number(max ?? 0)} ${unit}`;
}

/** The rule set, by its title (a proper name, kept as written). */
const rules = (context: MessageContext) =>
  context.ruleSet === undefined ? RULE_SET : `${RULE_SET} "${context.ruleSet.title}"`;
/**
 * A label as the message shows it: the labels the package writes in English for a record without
 * a name (`Person "p1"`, `Group "g1"`) or for a summary (`The summary`) are said in Hindi.
 */
function sayLabel(label: string): string {
  if (label === "The summary") return SUMMARY;
  const english = /^(Person|Group|Federation|Unit|Meeting) "(.*)"$/s.exec(label);
  return english === null ? label : `${term(recordKinds, (english[1] as string).toLowerCase())} "${english[2]}"`;
}

/** How a message names the record it is about: its label, else its kind and id, else `fallback`. */
function who(context: MessageContext, fallback: string): string {
  if (context.label !== undefined) return sayLabel(context.label);
  const subject = context.subject;
  if (subject === undefined) return fallback;
  // An issue about a membership names the member: the id after the slash.
  if (subject.kind === "membership") return `${PERSON} "${subject.id.slice(subject.id.indexOf("/") + 1)}"`;
  return `${term(recordKinds, subject.kind)} "${subject.id}"`;
}
/** The person an issue is about, by `who`, with her id when that does not show it. */
function named(context: MessageContext, id: string): string {
  const name = who(context, `${PERSON} "${id}"`);
  return name.includes(id) ? name : `${name} ("${id}")`;
}

/** The record that holds a reference, as `समूह "g1"` or `सदस्यता "g1/p1"`. */
function referrer(context: MessageContext): string {
  const kind = context.subject?.kind ?? "record";
  return `${term(recordKinds, kind === "record" ? RECORD : kind)} "${context.subject?.id ?? ""}"`;
}

/** What a reference field names, and what it must name. */
const REFERENCE_WORDS: ReferenceWords = {
  parentId: [`ऊपर की ${UNIT}`, UNIT],
  unitId: [UNIT, UNIT],
  groupId: [GROUP, GROUP],
  personId: [PERSON, PERSON],
  memberIds: [MEMBER, `${GROUP} या ${FEDERATION}`],
  attendeeIds: [`उपस्थित ${PERSON}`, PERSON],
  groupUnit: [`${WARD} या ${VILLAGE}`, UNIT],
};

/** What a reference names (`which` 0) or must name (1); a field without words is named as written. */
function referenced(context: MessageContext, which: 0 | 1): string {
  const field = referenceField(context);
  return field === undefined ? (fieldOf(context.path) ?? RECORD) : REFERENCE_WORDS[field][which];
}

/** Why a record was set aside, from the code of its first problem. */
const setAsideBecause: Readonly<Record<string, string>> = {
  "schema.invalid": "अपने डेटा में गलती के कारण",
  "reference.set_aside": `किसी ${SET_ASIDE_MANY} ${RECORD} से जुड़ा होने के कारण`,
};

/** The date fields `date.implausible` names. */
const dateFields: Readonly<Record<string, string>> = {
  "people.dateOfBirth": DATE_OF_BIRTH,
  "groups.formedOn": `${GROUP} के गठन की तारीख`,
  "groups.closedOn": `${GROUP} के बंद होने की तारीख`,
  "memberships.from": `${MEMBERSHIP} शुरू होने की तारीख`,
  "memberships.to": `${MEMBERSHIP} समाप्त होने की तारीख`,
  "meetings.date": `${MEETING} की तारीख`,
};

/** What each rule of `summary.inconsistent` says is wrong with a figure. */
const summaryRules: Readonly<Record<string, string>> = {
  duplicate_unit: `दोहराया गया है: इस ${UNIT} की पंक्ति पहले भी आ चुकी है`,
  no_groups: `कोई ${GROUP} न होने पर भी भरा गया है`,
  no_judged_groups: `किसी ${GROUP} की जाँच न होने पर भी भरा गया है`,
  null_not_suppressed: `खाली है, जबकि इस ${SUMMARY} में कोई आँकड़ा छिपाया नहीं गया है`,
  negative: "शून्य से कम है",
  not_whole: "पूर्ण संख्या नहीं है",
  too_large: "बहुत बड़ी संख्या है",
  ratio_mismatch: "अपनी गिनतियों से बनने वाले अनुपात से मेल नहीं खाता",
  part_above_whole: "अपने पूरे आँकड़े से बड़ा है",
  sum_mismatch: "अपने हिस्सों के जोड़ से मेल नहीं खाता",
  min_above_max: `सबसे बड़े ${GROUP} के आकार से बड़ा है`,
  size_bounds: `सबसे छोटे और सबसे बड़े ${GROUP} के आकार से मेल नहीं खाता`,
  wards_mismatch: "अपनी पंक्ति के आँकड़े से अलग है",
  total_mismatch: "पंक्तियों के जोड़ से मेल नहीं खाता",
  unknown_kind: `में ऐसा ${GROUP} प्रकार है जिसे पहचाना नहीं जाता`,
};

/** The explanation the CSV reader writes (in English) for a yes/no cell it cannot read. */
const YES_NO_DETAIL = "expected yes or no (or y/n, true/false, 1/0)";

/** The types a `schema.invalid` of reason `invalid_type` expects. */
const valueTypes: Readonly<Record<string, string>> = {
  string: "पाठ (टेक्स्ट)",
  number: "संख्या",
  int: "पूर्ण संख्या",
  integer: "पूर्ण संख्या",
  boolean: "हाँ/नहीं (true या false)",
  array: "सूची",
  object: "ऑब्जेक्ट",
  date: "तारीख",
};

type SchemaParams = Parameters<Locale["messages"]["schema.invalid"]>[0];

/** Where a shape problem is: file and line of a CSV cell, else the path, else the record's label. */
function schemaPlace(params: SchemaParams, context: MessageContext, format: LocaleFormat): string {
  const parts: string[] = [];
  if (params.file !== undefined) parts.push(params.file);
  if (params.line !== undefined) parts.push(`${LINE} ${format.number(params.line)}`);
  const path = context.path ?? [];
  if (parts.length === 0)
    parts.push(path.length > 0 ? path.join(".") : context.label === undefined ? DATASET : sayLabel(context.label));
  const shown = params.file !== undefined || params.line !== undefined || fieldOf(path) !== params.field;
  if (params.field !== undefined && shown) parts.push(`${params.file === undefined ? FIELD : COLUMN} ${params.field}`);
  return parts.join(", ");
}

/** What is wrong with the cell or field, by reason; marks which params it has said. */
function schemaProblem(params: SchemaParams, context: MessageContext, format: LocaleFormat, said: Set<string>): string {
  const value = params.value === undefined ? "यह मान" : `"${params.value}"`;
  const use = (...keys: string[]) => {
    for (const key of keys) said.add(key);
  };
  switch (params.reason) {
    case "missing":
      use("reason");
      return "यह ज़रूरी है, पर खाली है या दिया नहीं गया";
    case "invalid_type":
      if (params.expected === undefined) break;
      use("reason", "value", "expected");
      return `${value} सही प्रकार का नहीं है; यहाँ ${term(valueTypes, params.expected)} चाहिए`;
    case "invalid_format":
      if (params.expected === undefined) break;
      use("reason", "value", "expected");
      return `${value} सही रूप में नहीं लिखा है; इसे ${params.expected} के रूप में लिखें`;
    case "invalid_value":
      if (params.allowed === undefined) break;
      use("reason", "value", "allowed");
      return `${value} मान्य नहीं है; इनमें से एक लिखें: ${format.list(params.allowed, "or")}`;
    case "too_small":
      if (params.limit === undefined) break;
      use("reason", "value", "limit");
      return `${value} बहुत छोटा है; यह कम से कम ${format.number(params.limit)} होना चाहिए`;
    case "too_big":
      if (params.limit === undefined) break;
      use("reason", "value", "limit");
      return `${value} बहुत बड़ा है; यह अधिकतम ${format.number(params.limit)} हो सकता है`;
    case "unrecognized_keys":
      use("reason");
      return `यह ${FIELD} इस फ़ॉर्मेट में नहीं है; नाम की वर्तनी जाँचें या इसे हटा दें`;
    case "custom": {
      const detail = params.detail ?? context.detail;
      if (detail === undefined) break;
      use("reason", "detail");
      // The yes/no cell of a CSV file (`special`), said in Hindi; what follows (`got "Y"`) is the value.
      if (detail.startsWith(YES_NO_DETAIL)) {
        const rest = detail.slice(YES_NO_DETAIL.length).replace(/^,\s*/, "");
        use("value");
        const shown = params.value === undefined ? (rest === "" ? "यह मान" : rest) : value;
        return `${shown} मान्य नहीं है; हाँ या नहीं लिखें (yes/no, y/n, true/false या 1/0)`;
      }
      use("english");
      return detail;
    }
  }
  use("reason");
  return `समस्या "${params.reason}"`;
}

/** Params the reason's sentence did not say, so that no param of an issue goes unshown. */
function schemaExtras(params: SchemaParams, context: MessageContext, format: LocaleFormat, said: Set<string>): string {
  const extras: string[] = [];
  if (params.value !== undefined && !said.has("value")) extras.push(`मान: "${params.value}"`);
  if (params.expected !== undefined && !said.has("expected")) extras.push(`अपेक्षित: ${params.expected}`);
  if (params.allowed !== undefined && !said.has("allowed"))
    extras.push(`मान्य मान: ${format.list(params.allowed, "or")}`);
  if (params.limit !== undefined && !said.has("limit")) extras.push(`सीमा: ${format.number(params.limit)}`);
  const detail = params.detail ?? context.detail;
  if (detail !== undefined && !said.has("detail")) extras.push(`विवरण: ${detail}`);
  if (params.omitted !== undefined) extras.push(`${format.number(params.omitted)} और समस्याएँ सूची में नहीं हैं`);
  return extras.length === 0 ? "" : ` (${extras.join("; ")})`;
}

const messages: Locale["messages"] = {
  "input.unreadable": (params, context) => `${DATASET} पढ़ा नहीं जा सका: ${params?.detail ?? context.detail ?? ""}`,
  "schema.invalid": (params, context, format) => {
    if (params.reason === "truncated")
      return (
        `ढाँचे की ${format.number(params.omitted ?? 0)} और समस्याएँ सूची में नहीं दिखाई गई हैं; ` +
        "ऊपर दी गई समस्याएँ ठीक करके फिर से जाँचें।"
      );
    const said = new Set<string>();
    const problem = schemaProblem(params, context, format, said);
    const extras = schemaExtras(params, context, format, said);
    // A check's own words (reason custom) are English: no Hindi full stop after them.
    const end = extras === "" && said.has("english") ? "" : "।";
    return `${schemaPlace(params, context, format)}: ${problem}${extras}${end}`;
  },
  "id.duplicate": (_, context) =>
    `${term(recordKinds, context.subject?.kind ?? RECORD)} की ${ID} "${context.subject?.id ?? ""}" ` +
    `${context.path?.[0] ?? DATASET} में दो बार आई है; बाद वाली को छोड़ दिया गया है।`,
  "reference.unknown": (params, context) => {
    const absent = `जो ${DATASET} में नहीं है`;
    if (fieldOf(context.path) === undefined)
      return `कुछ ${MEMBERSHIP}एँ या बैठकें ${GROUP} "${params.id}" से जुड़ी हैं, ${absent}; इन्हें छोड़ दिया गया है।`;
    return `${referrer(context)} में ${referenced(context, 0)} के रूप में "${params.id}" दर्ज है, ${absent}।`;
  },
  "reference.wrong_kind": (params, context) =>
    `${referrer(context)} में ${referenced(context, 0)} के रूप में "${params.id}" दर्ज है, पर यह ` +
    `${term(recordKinds, params.foundKind)} है, ${referenced(context, 1)} नहीं।`,
  "unit.cycle": (params) =>
    `${UNIT} "${params.cycle[0] ?? ""}" की ऊपर की इकाइयाँ घूमकर फिर उसी पर लौट आती हैं: ` +
    `${[...params.cycle, params.cycle[0]].join(" → ")}।`,
  "unit.kind_order": (params) =>
    `${unitKindOf(params.kind)} "${params.name}" को ${unitKindOf(params.parentKind)} "${params.parentName}" ` +
    "के नीचे रखा गया है, पर वह स्तर इससे ऊपर का नहीं है।",
  "group.unit_kind": (params, context) =>
    `${referrer(context)} ${unitKindOf(params.unitKind)} "${params.unitId}" में दर्ज है; ` +
    `${GROUP} किसी ${WARD} या ${VILLAGE} में ही होना चाहिए।`,
  "group.dates_reversed": (params, context, format) =>
    `${referrer(context)} के बंद होने की तारीख (${format.date(params.closedOn)}) ` +
    `उसके गठन की तारीख (${format.date(params.formedOn)}) से पहले की है।`,
  "membership.dates_reversed": (params, context, format) =>
    `${referrer(context)} की समाप्ति की तारीख (${format.date(params.to)}) ` +
    `उसके शुरू होने की तारीख (${format.date(params.from)}) से पहले की है।`,
  "age.below_band": (params, context, format) =>
    `${who(context, MEMBER)} की ${AGE} ${format.date(params.asOf)} को ${format.number(params.age)} ${YEARS} है ` +
    `(${DATE_OF_BIRTH}: ${format.date(params.dateOfBirth)}); यह ${rules(context)} की आयु सीमा ` +
    `(${range(params.min, params.max, YEARS, format)}) से कम है।`,
  "age.above_band": (params, context, format) =>
    `${who(context, MEMBER)} की ${AGE} ${format.date(params.asOf)} को ${format.number(params.age)} ${YEARS} है ` +
    `(${DATE_OF_BIRTH}: ${format.date(params.dateOfBirth)}); यह ${rules(context)} की आयु सीमा ` +
    `(${range(params.min, params.max, YEARS, format)}) से अधिक है।`,
  "age.unknown": (params, context, format) =>
    `${who(context, MEMBER)} की ${DATE_OF_BIRTH} दर्ज नहीं है, इसलिए आयु सीमा ` +
    `(${range(params.min, params.max, YEARS, format)}) की जाँच नहीं हो सकी।`,
  "gender.not_allowed": (params, context, format) =>
    `${who(context, MEMBER)} का लिंग ${genderOf(params.gender)} दर्ज है; ${rules(context)} में केवल ` +
    `${format.list(params.allowed.map(genderOf), "or")} ${MEMBER} ही हो सकते हैं।`,
  "group.below_min_size": (params, context, format) =>
    `${who(context, GROUP)} में ${format.number(params.size)} ${ACTIVE} ${MEMBER} हैं; ${rules(context)} के अनुसार ` +
    `${params.special ? SPECIAL_GROUP : GROUP} में ${range(params.min, params.max, MEMBER, format)} होने चाहिए।`,
  "group.above_max_size": (params, context, format) =>
    `${who(context, GROUP)} में ${format.number(params.size)} ${ACTIVE} ${MEMBER} हैं; ${rules(context)} के अनुसार ` +
    `${params.special ? SPECIAL_GROUP : GROUP} में ${range(params.min, params.max, MEMBER, format)} ही हो सकते हैं।`,
  "household.duplicate": (params, context, format) =>
    `${who(context, GROUP)} में ${HOUSEHOLD} "${params.householdId}" के ${format.number(params.personIds.length)} ` +
    `${ACTIVE} ${MEMBER} हैं (${format.list(params.personIds, "and")}); ${rules(context)} के अनुसार एक ` +
    `${HOUSEHOLD} से एक ही ${MEMBER} हो सकता है।`,
  "membership.multiple_groups": (params, context, format) =>
    `${named(context, params.personId)} ${format.date(params.asOf)} को ${kindOf(params.kind)} ` +
    `"${params.groupIds[0] ?? ""}" और "${params.groupIds[1] ?? ""}", दोनों के ${ACTIVE} ${MEMBER} हैं।`,
  "meeting.cadence_missed": (params, context, format) => {
    const period = params.firstMissed.includes("-W") ? WEEK : MONTH;
    const asked = params.required === 1 ? `एक ${MEETING}` : `${format.number(params.required)} बैठकें`;
    const when =
      params.firstMissed === params.lastMissed
        ? `${period} ${params.firstMissed}`
        : `${params.firstMissed} से ${params.lastMissed} तक`;
    return (
      `${who(context, GROUP)} की बैठकें जाँचे गए ${format.number(params.periodsJudged)} ${period} में से ` +
      `${format.number(params.periodsMissed)} ${period} में तय संख्या से कम हुईं (${when}); ` +
      `${rules(context)} के अनुसार हर ${period} ${asked} होनी चाहिए।`
    );
  },
  "meeting.cadence_unknown": () =>
    `${DATASET} में कोई ${MEETING} दर्ज नहीं है, इसलिए किसी भी ${GROUP} की बैठकों की नियमितता की जाँच नहीं हो सकी।`,
  "ward.no_group": (params, context, format) =>
    `${who(context, WARD)} में ${format.date(params.asOf)} को कोई ${ACTIVE} ${kindOf(params.kind)} नहीं है; ` +
    `${rules(context)} के अनुसार हर ${WARD} में एक ${kindOf(params.kind)} का होना ज़रूरी है।`,
  "ward.extra_group_not_needed": (params, context, format) =>
    `${who(context, WARD)} में ${format.number(params.members)} ${MEMBER}ों के लिए ${kindsOf(params.kind)} की ` +
    `संख्या ${format.number(params.groups)} है, जबकि एक ${GROUP} में अधिकतम ${format.number(params.max)} ` +
    `${MEMBER} होने पर ${format.number(params.needed)} ${GROUP} काफ़ी ${params.needed === 1 ? "है" : "हैं"}; ` +
    `${rules(context)} के अनुसार ` +
    `नया ${GROUP} तभी बनता है जब पहला ${GROUP} भर जाए।`,
  "leadership.missing": (params, context, format) =>
    `${who(context, GROUP)} में ${ACTIVE} ${roleOf(params.role)} की संख्या ${format.number(params.found)} है; ` +
    `${rules(context)} के अनुसार यह ${format.number(params.required)} होनी चाहिए।`,
  "leadership.girl_required": (params, context, format) =>
    `${who(context, GROUP)} के ${format.list(params.roles.map(roleOf), "and")} में कोई भी ${GIRL} नहीं है; ` +
    `${rules(context)} के अनुसार इनमें कम से कम एक ${GIRL} होनी चाहिए।`,
  "federation.too_few_groups": (params, context, format) =>
    `${who(context, FEDERATION)} से जुड़े ${kindsOf(params.memberKind)} की संख्या ` +
    `${format.number(params.memberGroups)} है; ${rules(context)} के अनुसार ${FEDERATION} के गठन के लिए ` +
    `कम से कम ${format.number(params.min)} चाहिए।`,
  "federation.duplicate_in_ward": (params, context, format) =>
    `${WARD} "${params.unitId}" में इस प्रकार के ${FEDERATION}ों में ${who(context, `यह ${FEDERATION}`)} ` +
    `क्रम संख्या ${format.number(params.count)} पर है; ${rules(context)} के अनुसार एक ${WARD} में ऐसा ` +
    `एक ही ${FEDERATION} होता है।`,
  "date.implausible": (params, context, format) => {
    const field = Object.hasOwn(dateFields, params.field)
      ? `${dateFields[params.field]} (${params.field})`
      : params.field;
    const expected =
      params.latest === null
        ? `${format.date(params.earliest)} या उसके बाद की`
        : `${format.date(params.earliest)} से ${format.date(params.latest)} के बीच की`;
    return (
      `${who(context, `एक ${RECORD}`)} में ${field} ${format.date(params.date)} दर्ज है, जो सही नहीं हो सकती ` +
      `(यह ${expected} होनी चाहिए); इसे आँकड़ों में नहीं लिया गया है।`
    );
  },
  "membership.duplicate": (params, context, format) =>
    `${named(context, params.personId)} की ${GROUP} "${params.groupId}" में एक ही अवधि की ` +
    `${format.number(params.rows)} ${MEMBERSHIP} पंक्तियाँ हैं; उन्हें एक ही बार गिना गया है।`,
  "id.lookalike": (params) =>
    `"${params.collection}" में ${ID} ${JSON.stringify(params.id)}, ${JSON.stringify(params.other)} जैसी दिखती है: ` +
    "दोनों में केवल छोटे-बड़े अक्षर, स्पेस, न दिखने वाले अक्षर या यूनिकोड रूप का अंतर है।",
  "summary.inconsistent": (params, context) => {
    const where = context.path?.length ? context.path.join(".") : SUMMARY;
    const problem = Object.hasOwn(summaryRules, params.rule)
      ? summaryRules[params.rule]
      : `नियम "${params.rule}" के अनुसार नहीं है`;
    const row = params.unitId === null ? `${TOTAL} की पंक्ति में` : `${UNIT} "${params.unitId}" की पंक्ति में`;
    const kind = params.kind === null ? "" : `, ${kindOf(params.kind)}`;
    return `${where}: "${params.field}" ${problem} (${row}${kind})।`;
  },
  "reference.set_aside": (params, context) => {
    const because = Object.hasOwn(setAsideBecause, params.because)
      ? `${setAsideBecause[params.because]} ${SET_ASIDE} है (${params.because})`
      : `${SET_ASIDE} है (कारण: ${params.because})`;
    const field = fieldOf(context.path);
    const outcome =
      field === "attendeeIds"
        ? `उन्हें इस या किसी और ${MEETING} में उपस्थित नहीं गिना गया है।`
        : field === "memberIds"
          ? `इसे ${MEMBER} के रूप में नहीं गिना गया है।`
          : `इसलिए यह ${RECORD} भी ${SET_ASIDE} है।`;
    const names = `${referrer(context)} में ${referenced(context, 0)} के रूप में "${params.id}" दर्ज है`;
    return `${names}, जिसे ${because}; ${outcome}`;
  },
  "village.no_group": (params, context, format) =>
    `${who(context, VILLAGE)} में ${format.date(params.asOf)} को कोई ${ACTIVE} ${kindOf(params.kind)} नहीं है; ` +
    `${rules(context)} के अनुसार हर ${VILLAGE} में एक ${kindOf(params.kind)} का होना ज़रूरी है।`,
  "federation.member_too_young": (params, context, format) =>
    `${who(context, FEDERATION)} के ${MEMBER} "${params.memberId}" का गठन ${format.date(params.formedOn)} को हुआ, ` +
    `यानी वह ${format.number(params.ageMonths)} ${MONTH} पुराना है; ${rules(context)} के अनुसार ${MEMBER} ` +
    `कम से कम ${format.number(params.minAgeMonths)} ${MONTH} पुराना होना चाहिए।`,
  "meeting.attendee_not_member": (params, context) =>
    `${who(context, MEETING)} में उपस्थित ${PERSON} "${params.personId}" ${GROUP} "${params.groupId}" के ` +
    `${MEMBER} नहीं हैं; उनकी उपस्थिति नहीं गिनी गई है।`,
  "input.columns_ignored": (params, _, format) => {
    const columns = format.list(
      params.columns.map((column) => JSON.stringify(column)),
      "and",
    );
    const unknown = "यह फ़ॉर्मेट नहीं पहचानता";
    return params.columns.length === 1
      ? `${params.file} में एक ${COLUMN} ऐसा है जिसे ${unknown}: ${columns}; इसे छोड़ दिया गया है।`
      : `${params.file} में कुछ ${COLUMN} ऐसे हैं जिन्हें ${unknown}: ${columns}; इन्हें छोड़ दिया गया है।`;
  },
  "household.multiple_groups": (params, context) =>
    `${HOUSEHOLD} "${params.householdId}" से ${named(context, params.personId)} ${GROUP} ` +
    `"${params.groupId}" की ${MEMBER} हैं, और इसी ${HOUSEHOLD} से "${params.otherPersonId}" ${GROUP} ` +
    `"${params.otherGroupId}" की ${MEMBER} हैं; ${rules(context)} के अनुसार एक ${HOUSEHOLD} से एक ही ` +
    `${MEMBERSHIP} हो सकती है।`,
  "federation.member_in_two": (params, context) =>
    `${who(context, FEDERATION)} की सूची में "${params.memberId}" है, जो ${FEDERATION} ` +
    `"${params.otherFederationId}" की सूची में भी है; ${rules(context)} के अनुसार कोई ${MEMBER} इस प्रकार के ` +
    `एक ही ${FEDERATION} में हो सकता है।`,
  "age.out_of_band_at_joining": (params, context, format) =>
    `${who(context, `एक ${MEMBER}`)} की ${AGE} ${format.date(params.joinedOn)} को जुड़ते समय ` +
    `${format.number(params.age)} ${YEARS} थी (${DATE_OF_BIRTH}: ${format.date(params.dateOfBirth)}); ` +
    `${rules(context)} के अनुसार ${MEMBER} की ${AGE} ${range(params.min, params.max, YEARS, format)} होनी चाहिए।`,
  "age.aged_out": (params, context, format) =>
    `${who(context, `एक ${MEMBER}`)} की ${AGE} ${format.number(params.age)} ${YEARS} है ` +
    `(${DATE_OF_BIRTH}: ${format.date(params.dateOfBirth)}); ${format.date(params.agedOutOn)} से उनकी ${AGE} ` +
    `${format.number(params.max)} ${YEARS} की सीमा से ऊपर है। ${rules(context)} में ${MEMBER} की अधिकतम ${AGE} ` +
    `${format.number(params.max)} ${YEARS} है, पर किसी स्रोत में यह नहीं लिखा कि उन्हें ${GROUP} छोड़ना होगा।`,
  "ward.coverage_gap": (params, context, format) =>
    `${who(context, WARD)} में ${format.date(params.asOf)} को कोई ${ACTIVE} ${kindOf(params.kind)} नहीं है; ` +
    `${rules(context)} का लक्ष्य हर ${WARD} में एक ${kindOf(params.kind)} है।`,
};

/** Hindi words for counted records, one and many. */
const recordWords: Readonly<Record<string, readonly [string, string]>> = {
  units: [UNIT, "इकाइयाँ"],
  people: [PERSON, PERSON],
  groups: [GROUP, GROUP],
  federations: [FEDERATION, FEDERATION],
  memberships: [MEMBERSHIP, `${MEMBERSHIP}एँ`],
  meetings: [MEETING, "बैठकें"],
};
const counted = (count: number, one: string, many: string, format: LocaleFormat) =>
  `${format.number(count)} ${count === 1 ? one : many}`;
const errorsOf = (count: number, format: LocaleFormat) => counted(count, terms.severities.error, "त्रुटियाँ", format);
const warningsOf = (count: number, format: LocaleFormat) =>
  counted(count, terms.severities.warning, "चेतावनियाँ", format);

const PATH_NOTE =
  "<path> डेटा की JSON फ़ाइल है, मानक इनपुट के लिए -, या CSV फ़ाइलों का फ़ोल्डर (units.csv, people.csv, " +
  "groups.csv, memberships.csv, और ज़रूरत हो तो federations.csv, meetings.csv)।";
const RULES_NOTE =
  "--rules में पहले से दी गई किसी नियमावली की कुंजी (kudumbashree rules देखें) या ऐसी JSON फ़ाइल दें जिसमें " +
  "एक नियमावली या नियमावलियों की सूची हो, जैसे kudumbashree rules <key> --format json से लिखी और फिर बदली गई " +
  "फ़ाइल। इस्तेमाल हुई हर नियमावली उसके कंटेंट हैश (sha256:...) के साथ छापी जाती है।";
const RULES_OPTION = [
  `पहले से दी गई नियमावलियों की जगह इस्तेमाल होने वाली ${RULE_SET} (दोहराई जा सकती है):`,
  "kerala.balasabha@3.0.0 जैसी कुंजी या फ़ाइल",
].join(" ");
const STRICT_OPTION =
  `जिन CSV ${COLUMN} को यह फ़ॉर्मेट नहीं पहचानता, उन्हें अस्वीकार करें (सामान्यतः उन्हें छोड़ दिया जाता है, ` +
  "हर फ़ाइल के लिए एक चेतावनी के साथ)";
const RECORDS_FROM_OPTION = [
  `${MEETING} के रिकॉर्ड जिस पहले दिन से शुरू होते हैं;`,
  `न देने पर सबसे पहली ${MEETING} की तारीख`,
].join(" ");
const UNIT_KINDS = "ward, village, localBody, block, district, state, country";
const ALREADY_OUTSIDE = `जो ${MEMBER} पहले से आयु सीमा से बाहर हैं (उन्हें validate बताता है)`;
const OR_NO_BIRTH_DATE = `या जिनकी ${DATE_OF_BIRTH} दर्ज नहीं है, वे`;
const LANG_OPTION =
  "संदेशों, तालिकाओं और सहायता की भाषा: अंग्रेज़ी (डिफ़ॉल्ट), मलयालम, हिन्दी, असमिया या बांग्ला; न देने पर " +
  "LC_ALL या LANG (जैसे hi_IN.UTF-8) से तय होती है। JSON और CSV आउटपुट का अनुवाद नहीं होता";
const FORMAT_OPTION = "तालिका (डिफ़ॉल्ट), स्प्रेडशीट के लिए CSV, या JSON";
// biome-ignore format: lines of at most 120 code units
const QUIET_OPTION =
  "मानक एरर पर प्रगति पट्टी या प्रगति की पंक्तियाँ नहीं (नोट, चेतावनियाँ और समस्याएँ फिर भी छपती हैं)";
/** The sample presets, as `kudumbashree sample` takes them (a test checks the list against the package's). */
const SAMPLE_PRESETS = "thiruvananthapuram-2021, nro-balasabha-2020, kerala-nhg, kerala-auxiliary-2021, nro-assam";
const NHG = terms.groupKinds.neighbourhoodGroup;
const ADS = terms.federationKinds.areaDevelopmentSociety;
const CDS = terms.federationKinds.communityDevelopmentSociety;

const labels: LocaleLabels = {
  records: (collection, count, format) => {
    const [one, many] = Object.hasOwn(recordWords, collection)
      ? (recordWords[collection] as readonly [string, string])
      : [collection, collection];
    return counted(count, one, many, format);
  },
  summary: {
    columns: {
      unit: UNIT,
      kind: "प्रकार",
      wards: WARD,
      wardsWithGroup: `${GROUP} वाले ${WARD}`,
      groups: GROUP,
      members: MEMBER,
      meanGroupSize: "औसत आकार",
      minGroupSize: "न्यूनतम",
      maxGroupSize: "अधिकतम",
      coverage: "कवरेज",
      capacityUse: "क्षमता उपयोग",
      meetingsHeld: "हुई बैठकें",
      meetingsExpected: "अपेक्षित",
      meetingCompliance: "अनुपालन",
      attendanceRate: "उपस्थिति",
      villages: VILLAGE,
      villagesWithGroup: `${GROUP} वाले ${VILLAGE}`,
      groupsFederated: `${FEDERATION} से जुड़े`,
      federatedShare: `${FEDERATION} से जुड़ाव अनुपात`,
    },
    allKinds: "सभी",
    title: ({ groupKind, level, asOf, suppressBelow }, format) =>
      `${level}-वार ${groupKind ?? `सभी ${GROUP}`}, ${asOf} की स्थिति` +
      `${suppressBelow === null ? "" : ` (${format.number(suppressBelow)} से कम की गिनती छिपाई गई है)`}`,
    setAside: (list) => `${SET_ASIDE_MANY} ${RECORD}: ${list}`,
  },
  cli: {
    validateResult: ({ file, ok, errors, warnings, asOf, ruleSets }, format) =>
      `${file}: ${ok ? "ठीक है" : "ठीक नहीं है"}, ${asOf} की स्थिति में ${errorsOf(errors, format)} और ` +
      `${warningsOf(warnings, format)} (नियमावलियाँ: ${ruleSets.join(", ") || "कोई नहीं"})`,
    validateSetAside: (list) => `${SET_ASIDE_MANY} ${RECORD} (न जाँचे गए, न गिने गए): ${list}`,
    recordsFrom: (date, source) =>
      source === "option"
        ? `बैठकों के ${RECORD} ${date} से (--records-from)`
        : source === "inferred"
          ? `बैठकों के ${RECORD} ${date} से (${DATASET} की सबसे पहली ${MEETING}; इसे --records-from से तय करें)`
          : `बैठकों के ${RECORD} ${date} से`,
    asOfToday: (date) => `${date} की स्थिति (आज, UTC); तारीख तय करने के लिए --as-of दें`,
    summarizeErrors: (file, errors, format) =>
      `${file}: ${errorsOf(errors, format)}; इनसे जुड़े ${RECORD} आँकड़ों में नहीं लिए गए हैं`,
    strictRefused: (file) => `${file}: --strict के कारण अस्वीकार: ऐसे ${COLUMN} जिन्हें यह फ़ॉर्मेट नहीं पहचानता`,
    ageingOutColumns: {
      leavesOn: "सीमा से बाहर होने की तारीख",
      age: AGE,
      person: PERSON,
      name: "नाम",
      group: GROUP,
      kind: "प्रकार",
      born: DATE_OF_BIRTH,
      ruleSet: RULE_SET,
    },
    ageingOutResult: ({ file, members, asOf, until }, format) =>
      `${file}: ${asOf} के बाद और ${until} तक अपने ${GROUP} की आयु सीमा से बाहर होने वाले ${MEMBER}: ` +
      format.number(members),
    ageingOutStopped: (file, errors, format) =>
      `${file}: ${errorsOf(errors, format)} के कारण सूची नहीं बनी; ब्योरे के लिए kudumbashree validate चलाएँ`,
  },
  help: {
    usage: "उपयोग",
    commands: "कमांड",
    options: "विकल्प",
    examples: "उदाहरण",
    showHelp: "यह सहायता दिखाएँ",
    commandHelpHint:
      "kudumbashree <command> --help (या kudumbashree help <command>) किसी कमांड के विकल्प और उदाहरण दिखाता है।",
    runHelp: (command) => `इसके विकल्प और उदाहरण देखने के लिए kudumbashree ${command} --help चलाएँ।`,
    exitCodes: "एग्ज़िट कोड: 0 कोई त्रुटि नहीं, 1 डेटा में त्रुटियाँ हैं, 2 कमांड नहीं चल सका।",
    pathNote: PATH_NOTE,
    byCommand: {
      validate: {
        summary: `किसी दिन लागू नियमों के अनुसार ${DATASET} की जाँच करें।`,
        options: {
          "as-of": `वह दिन जिसकी स्थिति ${DATASET} बताता है (ज़रूरी)`,
          rules: RULES_OPTION,
          "records-from": RECORDS_FROM_OPTION,
          format: "लोगों के पढ़ने के लिए समस्याओं की पंक्तियाँ (table, डिफ़ॉल्ट) या JSON",
          quiet: QUIET_OPTION,
          strict: STRICT_OPTION,
          lang: LANG_OPTION,
        },
        examples: [
          "नवंबर 2021 के अंत की स्थिति में CSV फ़ाइलों के फ़ोल्डर की जाँच:",
          "किसी सहयोगी राज्य के नियमों से जाँच, जो एक फ़ाइल में लिखे हैं:",
          "बैठकों की नियमितता अप्रैल से ही आँकें, जब से रिकॉर्ड शुरू होते हैं:",
        ],
        notes: [PATH_NOTE, RULES_NOTE],
      },
      summarize: {
        summary: `किसी स्तर की हर ${UNIT} में ${GROUP} और ${MEMBER}, ${TOTAL} के साथ।`,
        options: {
          level: `इस प्रकार की हर ${UNIT} की एक पंक्ति: ${UNIT_KINDS} (ज़रूरी)`,
          "group-kind": `केवल इस प्रकार के ${GROUP}: neighbourhoodGroup, auxiliaryGroup, balasabha, selfHelpGroup`,
          "as-of": "वह दिन जिसकी स्थिति आँकड़े बताते हैं; न देने पर आज (UTC)",
          rules: RULES_OPTION,
          "records-from": RECORDS_FROM_OPTION,
          format: FORMAT_OPTION,
          "suppress-below": "1 से N-1 तक की गिनती छिपाएँ (और वह भी जिससे वे पता चल सकें)",
          engine:
            `node (डिफ़ॉल्ट) इसी प्रोसेस में ${DATASET} पढ़ता और जाँचता है; duckdb CSV फ़ोल्डर को DuckDB से ` +
            "पढ़ता है (npm install @duckdb/node-api) और वही आँकड़े SQL में निकालता है, मेमोरी में न समाने " +
            "वाले बड़े एक्सपोर्ट के लिए",
          quiet: QUIET_OPTION,
          part:
            `यह ${DATASET} पूरे का कौन-सा हिस्सा है, उसकी id (जैसे kerala/2024-03-31), जो ${SUMMARY} में दर्ज ` +
            `होती है: merge एक हिस्से को दो बार नहीं लेता; न देने पर id ${DATASET} से बनाई जाती है`,
          strict: STRICT_OPTION,
          lang: LANG_OPTION,
        },
        examples: [
          "ऑक्ज़िलरी समूहों की जिला-वार तालिका, जैसी 6 नवंबर 2021 को प्रकाशित हुई:",
          "स्प्रेडशीट के लिए वार्ड-वार CSV, छोटी गिनतियाँ छिपाकर:",
        ],
        notes: [PATH_NOTE, RULES_NOTE],
      },
      merge: {
        // biome-ignore format: lines of at most 120 code units
        summary:
          "summarize --format json से लिखे, एक-दूसरे से अलग हिस्सों (जिलों, सहयोगी राज्यों) के " +
          `${SUMMARY} मिलाएँ।`,
        options: {
          format: "तालिका (डिफ़ॉल्ट), स्प्रेडशीट के लिए CSV, या JSON (जिसे फिर से मिलाया जा सके)",
          combine:
            `अलग-अलग नियमावलियों से बने ${SUMMARY} जोड़ें: नियमों पर निर्भर न करने वाले आँकड़ों ` +
            `(${GROUP}, ${MEMBER}, ${AGE}, कवरेज) का ${TOTAL}, और क्षमता, बैठकें व उपस्थिति हर ${RULE_SET} के अनुसार`,
          "suppress-below": `मिलाए गए ${SUMMARY} में 1 से N-1 तक की गिनती छिपाएँ`,
          lang: LANG_OPTION,
        },
        examples: [
          `जिलों के ${SUMMARY} मिलाकर राज्य का ${SUMMARY}, आगे भेजने के लिए JSON में:`,
          "उन राज्यों की राष्ट्रीय तालिका जिनकी बालसभा नियमावलियाँ अलग हैं:",
        ],
        notes: [
          "हर फ़ाइल लाइब्रेरी के parseSummary से पढ़ी जाती है: जो फ़ाइल मान्य सारांश नहीं है, जिसमें गिनतियाँ " +
            "छिपाई गई हैं, या जो सारांशों में स्रोत-विवरण (provenance) जुड़ने से पहले लिखी गई थी, उस पर कमांड " +
            "एग्ज़िट कोड 2 के साथ रुकता है और एक पंक्ति में उसका नाम बताता है।",
          "जो सारांश किसी हिस्से को साझा करते हैं, या जिनमें एक ही नियमावली कुंजी अलग-अलग सामग्री के साथ लगी है, " +
            "वे अस्वीकार होते हैं (एग्ज़िट कोड 2), और बताया जाता है कि क्या करें: हर हिस्से का नाम देने के लिए " +
            "--part के साथ summarize चलाएँ, हर राज्य की नियमावली अपनी id के साथ बनाएँ, या --combine से जोड़ें। " +
            "सारांशों में त्रुटियाँ हों तो एग्ज़िट कोड 1।",
        ],
      },
      "ageing-out": {
        summary: `वे ${MEMBER} जो कुछ ${MONTH} में अपने ${GROUP} की आयु सीमा से बाहर हो जाएँगे।`,
        options: {
          "as-of": "वह दिन जिससे आगे देखना है (ज़रूरी)",
          "within-months": `कितने कैलेंडर ${MONTH} आगे देखना है (डिफ़ॉल्ट: 12)`,
          rules: RULES_OPTION,
          format: FORMAT_OPTION,
          strict: STRICT_OPTION,
          lang: LANG_OPTION,
        },
        examples: [
          "अगले तीन माह में अपना ऑक्ज़िलरी समूह छोड़ने वाली युवतियाँ:",
          "किसी सहयोगी राज्य के नियमों के अनुसार एक वर्ष में बालसभा से बाहर होने वाले बच्चे, CSV में:",
        ],
        notes: [`${ALREADY_OUTSIDE} ${OR_NO_BIRTH_DATE} इस सूची में नहीं आते।`, PATH_NOTE, RULES_NOTE],
      },
      rules: {
        summary: "पहले से दी गई नियमावलियों की, किसी एक की, या नियमावली फ़ाइल की सीमाएँ दिखाएँ।",
        options: {
          format: "पढ़ने लायक पाठ (table, डिफ़ॉल्ट) या अपनी नियमावली फ़ाइल में कॉपी करने के लिए JSON",
          lang: LANG_OPTION,
        },
        examples: [
          "पहले से दी गई हर नियमावली, उसकी सीमाओं, तारीखों और स्रोतों के साथ:",
          "किसी सहयोगी राज्य के नियम केरल की बालसभा के नियमों से शुरू करें:",
          "बदली गई फ़ाइल की जाँच करें और उसका हैश देखें:",
        ],
        notes: [
          "नियमावली फ़ाइल में उसकी अपनी id और version होने चाहिए (दूसरे नियमों वाली पहले से दी गई कुंजी अस्वीकार " +
            'होती है), उसके अपने स्रोत होने चाहिए, और वह "derivedFrom": "kerala.balasabha@3.0.0" से बता सकती है ' +
            "कि वह किससे बनी है।",
        ],
      },
      sample: {
        summary: `नमूना ${DATASET} लिखें।`,
        options: {
          seed: "सीड: एक सीड से हमेशा एक ही डेटा (डिफ़ॉल्ट: 1)",
          members: `लगभग कितने ${MEMBER} (kerala-nhg के लिए)`,
          "meeting-weeks":
            `kerala-nhg के लिए: 31 मार्च 2024 से पहले के N ${WEEK} (0 से 520) में से हर ${WEEK} में ` +
            `हर ${NHG} की एक ${MEETING}, उपस्थिति के साथ (डिफ़ॉल्ट 0: कोई ${MEETING} नहीं)`,
          federations:
            `kerala-nhg के लिए: हर ${WARD} में उसके ${NHG} का एक ${ADS} और हर ग्राम पंचायत में ` +
            `उसके ${ADS} का एक ${CDS} (डिफ़ॉल्ट: कोई नहीं)`,
          // biome-ignore format: lines of at most 120 code units
          format:
            "एक JSON फ़ाइल (डिफ़ॉल्ट, पूरी मेमोरी में बनती है) या CSV फ़ाइलों का फ़ोल्डर " +
            "(पंक्ति-दर-पंक्ति लिखा जाता है)",
          out: "कहाँ लिखना है; न देने पर JSON मानक आउटपुट पर जाता है",
          lang: LANG_OPTION,
        },
        examples: ["नवंबर 2021 में तिरुवनंतपुरम के ऑक्ज़िलरी समूह, CSV फ़ोल्डर के रूप में:"],
        notes: [
          `प्रीसेट: ${SAMPLE_PRESETS}।`,
          "बड़े नमूने के लिए --format csv दें: यह बनते-बनते पंक्ति-दर-पंक्ति, सीमित मेमोरी में लिखा जाता है " +
            `(45,00,000 ${MEMBER}ों वाले kerala-nhg को 250 MB से कम लगती है), जबकि JSON एक ही पाठ है जो पूरा ` +
            "मेमोरी में बनता है:",
          "kudumbashree sample kerala-nhg --members 4500000 --meeting-weeks 4 --format csv --out kerala-csv",
        ],
      },
      schema: {
        summary: `${DATASET} फ़ॉर्मेट का JSON Schema छापें।`,
        options: { lang: LANG_OPTION },
        examples: ["किसी दूसरी भाषा के ऐप के लिए इसे सहेजें:"],
      },
      help: {
        summary: "किसी कमांड की सहायता दिखाएँ।",
        options: { lang: LANG_OPTION },
        examples: ["validate के विकल्प और उदाहरण:"],
      },
    },
  },
};

/**
 * Hindi (`hi-IN`), for DAY-NRLM block and district staff and NRO resource persons in Jharkhand
 * and the other Hindi-speaking partner states: every issue message, the summary table's labels
 * and the command line's lines, in the words the state missions use (स्वयं सहायता समूह,
 * ग्राम संगठन, सीएलएफ, प्रखंड). Numbers are grouped the Indian way (45,00,000) and dates
 * written day first (31-03-2024). Rule set titles, ids and codes are kept as written.
 *
 * @since 0.2.0
 * @public
 *
 * @example
 * ```ts
 * import { hi } from "@kudumbashree/domain/locales/hi";
 *
 * hi.tag;
 * //=> "hi-IN"
 * hi.terms.groupKinds.selfHelpGroup;
 * //=> "स्वयं सहायता समूह"
 * ```
 */
export const hi: Locale = pure(() =>
  deepFreeze({
    tag: "hi-IN",
    name: "हिन्दी",
    dateOrder: "dmy",
    terms,
    messages,
    labels,
  } satisfies Locale),
);
