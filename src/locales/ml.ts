// The Malayalam locale, for Kudumbashree CDS and ADS staff and NHG office bearers. Every word of
// the domain is defined once below, with the case forms the messages need, and every message is
// built from those words, so that a word means one thing everywhere (the glossary in
// docs/messages.md is generated from `terms`). Terms follow Kudumbashree's own Malayalam usage:
// അയൽക്കൂട്ടം, എ.ഡി.എസ്, സി.ഡി.എസ്, ബാലസഭ, ഓക്സിലറി ഗ്രൂപ്പ്; acronyms officers say (ADS, CDS,
// VO, CLF) are written in Malayalam script. Ids, codes, file names and rule-set titles are proper
// names and are shown as they are.
import { deepFreeze } from "../internal/deepFreeze.js";
import { pure } from "../internal/pure.js";
import type { IssueMessages, MessageContext } from "../issues/messages/MessageContext.js";
import type { Locale, LocaleFormat, LocaleLabels, LocaleTerms } from "./Locale.js";
import { fieldOf, type ReferenceWords, referenceField, term } from "./messageParts.js";

/** A noun and the case forms messages need: one and many, in one and in many (locative), of one and of many. */
interface Noun {
  readonly one: string;
  readonly many: string;
  readonly oneIn: string;
  readonly manyIn: string;
  readonly of: string;
  readonly manyOf: string;
}

const noun = /* @__NO_SIDE_EFFECTS__ */ (
  one: string,
  many: string,
  oneIn: string,
  manyIn: string,
  of: string,
  manyOf: string,
): Noun => ({
  one,
  many,
  oneIn,
  manyIn,
  of,
  manyOf,
});

// Malayalam declines a noun by its ending; the three regular classes the domain's words fall in.
/** A noun ending in -ം, such as അയൽക്കൂട്ടം: അയൽക്കൂട്ടങ്ങൾ, അയൽക്കൂട്ടത്തിൽ, അയൽക്കൂട്ടത്തിന്റെ. */
/* @__NO_SIDE_EFFECTS__ */
function mNoun(word: string): Noun {
  const stem = word.slice(0, -1);
  return noun(word, `${stem}ങ്ങൾ`, `${stem}ത്തിൽ`, `${stem}ങ്ങളിൽ`, `${stem}ത്തിന്റെ`, `${stem}ങ്ങളുടെ`);
}
/** A noun ending in ്, such as ഗ്രൂപ്പ്: ഗ്രൂപ്പുകൾ, ഗ്രൂപ്പിൽ, ഗ്രൂപ്പിന്റെ. */
/* @__NO_SIDE_EFFECTS__ */
function uNoun(word: string): Noun {
  const stem = word.slice(0, -1);
  return noun(word, `${stem}ുകൾ`, `${stem}ിൽ`, `${stem}ുകളിൽ`, `${stem}ിന്റെ`, `${stem}ുകളുടെ`);
}
/** A noun ending in a vowel, such as ബാലസഭ: ബാലസഭകൾ, ബാലസഭയിൽ, ബാലസഭയുടെ. */
const vNoun = /* @__NO_SIDE_EFFECTS__ */ (word: string): Noun =>
  noun(word, `${word}കൾ`, `${word}യിൽ`, `${word}കളിൽ`, `${word}യുടെ`, `${word}കളുടെ`);

// Kinds of group.
const NHG = mNoun("അയൽക്കൂട്ടം");
const AUXILIARY_GROUP = uNoun("ഓക്സിലറി ഗ്രൂപ്പ്");
const BALASABHA = vNoun("ബാലസഭ");
const SHG = mNoun("സ്വയം സഹായ സംഘം");

// Kinds of federation: the acronyms officers say, in Malayalam script.
const ADS = uNoun("എ.ഡി.എസ്");
const CDS = uNoun("സി.ഡി.എസ്");
const BALASAMITI = vNoun("ബാലസമിതി");
const BALA_PANCHAYAT = uNoun("ബാലപഞ്ചായത്ത്");
const VO = noun("വി.ഒ", "വി.ഒ.കൾ", "വി.ഒ.യിൽ", "വി.ഒ.കളിൽ", "വി.ഒ.യുടെ", "വി.ഒ.കളുടെ");
const CLF = uNoun("സി.എൽ.എഫ്");

// Kinds of unit.
const COUNTRY = mNoun("രാജ്യം");
const STATE = mNoun("സംസ്ഥാനം");
const DISTRICT = vNoun("ജില്ല");
const BLOCK = uNoun("ബ്ലോക്ക്");
const LOCAL_BODY = mNoun("തദ്ദേശ സ്ഥാപനം");
const WARD = uNoun("വാർഡ്");
const VILLAGE = mNoun("ഗ്രാമം");

// Roles in a group.
const MEMBER = mNoun("അംഗം");
const PRESIDENT = "പ്രസിഡന്റ്";
const SECRETARY = "സെക്രട്ടറി";
const VOLUNTEER = "വോളണ്ടിയർ";
const LEADER = "ലീഡർ";
const DEPUTY_LEADER = "ഡെപ്യൂട്ടി ലീഡർ";
const RESOURCE_PERSON = "റിസോഴ്സ് പേഴ്സൺ";
// അംഗം fused with the verb, as Malayalam writes it: അംഗമായ (that are members), അംഗമായി (as a member),
// അംഗമാണ് (is a member), അംഗമല്ല (is not a member), അംഗമാക്കാവൂ (may be made members).
const MEMBER_STEM = MEMBER.one.slice(0, -1);
const MEMBER_OF = `${MEMBER_STEM}മായ`;
const AS_MEMBER = `${MEMBER_STEM}മായി`;
const IS_MEMBER = `${MEMBER_STEM}മാണ്`;
const NOT_MEMBER = `${MEMBER_STEM}മല്ല`;
const MADE_MEMBER = `${MEMBER_STEM}മാക്കാവൂ`;

// Other words of the domain.
const GROUP = uNoun("ഗ്രൂപ്പ്");
const FEDERATION = noun("ഫെഡറേഷൻ", "ഫെഡറേഷനുകൾ", "ഫെഡറേഷനിൽ", "ഫെഡറേഷനുകളിൽ", "ഫെഡറേഷന്റെ", "ഫെഡറേഷനുകളുടെ");
const PERSON = vNoun("വ്യക്തി");
const HOUSEHOLD = mNoun("കുടുംബം");
const MEETING = mNoun("യോഗം");
const MEMBERSHIP = mNoun("അംഗത്വം");
const UNIT = uNoun("യൂണിറ്റ്");
const RULE_SET = mNoun("മാനദണ്ഡം");
/** A rule-set file (മാനദണ്ഡം's stem before ഫയൽ). */
const RULE_SET_FILE = noun(
  "മാനദണ്ഡ ഫയൽ",
  "മാനദണ്ഡ ഫയലുകൾ",
  "മാനദണ്ഡ ഫയലിൽ",
  "മാനദണ്ഡ ഫയലുകളിൽ",
  "മാനദണ്ഡ ഫയലിന്റെ",
  "മാനദണ്ഡ ഫയലുകളുടെ",
);
const ERROR = uNoun("പിശക്");
const WARNING = uNoun("മുന്നറിയിപ്പ്");
const COLUMN = mNoun("കോളം");
const FIELD = "ഫീൽഡ്";
const LINE = "വരി";
const DATE_OF_BIRTH = "ജനനത്തീയതി";
const AGE = "പ്രായം";
const DATASET = "ഡാറ്റ";
const SUMMARY = "സംഗ്രഹം";
const TOTAL = "ആകെ";
const RECORD = "രേഖ";
const YEARS = "വയസ്സ്";
const MONTH = mNoun("മാസം");
const WEEK = vNoun("ആഴ്ച");
/** Kept aside: not checked or counted, as `setAside` means in the package; and the records kept aside. */
const SET_ASIDE = "മാറ്റിവെച്ചു";
const SET_ASIDE_RECORDS = "മാറ്റിവെച്ചവ";
const SET_ASIDE_ONE = "മാറ്റിവെച്ചതാണ്";

const GROUP_KINDS = {
  neighbourhoodGroup: NHG,
  auxiliaryGroup: AUXILIARY_GROUP,
  balasabha: BALASABHA,
  selfHelpGroup: SHG,
};
const FEDERATION_KINDS = {
  areaDevelopmentSociety: ADS,
  communityDevelopmentSociety: CDS,
  balasamiti: BALASAMITI,
  balaPanchayat: BALA_PANCHAYAT,
  villageOrganisation: VO,
  clusterLevelFederation: CLF,
};
const ROLES = {
  member: MEMBER.one,
  president: PRESIDENT,
  secretary: SECRETARY,
  volunteer: VOLUNTEER,
  leader: LEADER,
  deputyLeader: DEPUTY_LEADER,
  resourcePerson: RESOURCE_PERSON,
};
const GENDERS = { female: "സ്ത്രീ", male: "പുരുഷൻ", transgender: "ട്രാൻസ്ജെൻഡർ" };
const SPECIAL_CATEGORIES = {
  disability: "ഭിന്നശേഷിക്കാർ",
  elderly: "വയോജനങ്ങൾ",
  transgender: "ട്രാൻസ്ജെൻഡർ വ്യക്തികൾ",
  hiv: "എച്ച്.ഐ.വി. ബാധിതർ",
  destitute: "അഗതി കുടുംബങ്ങൾ",
  scheduledTribe: "പട്ടികവർഗക്കാർ",
  mothersOfMentallyChallengedChildren: "ബുദ്ധിപരിമിതിയുള്ള കുട്ടികളുടെ അമ്മമാർ",
  remoteArea: "വിദൂര പ്രദേശങ്ങൾ",
  difficultArea: "ദുർഘട പ്രദേശങ്ങൾ",
};
/** The kinds of record an issue is about (`subject.kind`), and the kinds a reference finds instead. */
const RECORD_KINDS: Readonly<Record<string, string>> = {
  dataset: DATASET,
  unit: UNIT.one,
  person: PERSON.one,
  group: GROUP.one,
  federation: FEDERATION.one,
  membership: MEMBERSHIP.one,
  meeting: MEETING.one,
};

const terms: LocaleTerms = {
  groupKinds: {
    neighbourhoodGroup: NHG.one,
    auxiliaryGroup: AUXILIARY_GROUP.one,
    balasabha: BALASABHA.one,
    selfHelpGroup: SHG.one,
  },
  federationKinds: {
    areaDevelopmentSociety: ADS.one,
    communityDevelopmentSociety: CDS.one,
    balasamiti: BALASAMITI.one,
    balaPanchayat: BALA_PANCHAYAT.one,
    villageOrganisation: VO.one,
    clusterLevelFederation: CLF.one,
  },
  unitKinds: {
    country: COUNTRY.one,
    state: STATE.one,
    district: DISTRICT.one,
    block: BLOCK.one,
    localBody: LOCAL_BODY.one,
    ward: WARD.one,
    village: VILLAGE.one,
  },
  roles: ROLES,
  genders: GENDERS,
  specialCategories: SPECIAL_CATEGORIES,
  severities: { error: ERROR.one, warning: WARNING.one },
  words: {
    group: GROUP.one,
    federation: FEDERATION.one,
    member: MEMBER.one,
    person: PERSON.one,
    household: HOUSEHOLD.one,
    meeting: MEETING.one,
    membership: MEMBERSHIP.one,
    unit: UNIT.one,
    ruleSet: RULE_SET.one,
    dataset: DATASET,
    summary: SUMMARY,
    total: TOTAL,
  },
};

/** Headings of the summary table's figures, also used to name a figure in `summary.inconsistent`. */
const COLUMNS = {
  wards: WARD.many,
  wardsWithGroup: `${GROUP.one} ഉള്ള ${WARD.many}`,
  groups: GROUP.many,
  members: MEMBER.many,
  meanGroupSize: "ശരാശരി അംഗസംഖ്യ",
  minGroupSize: "കുറഞ്ഞ അംഗസംഖ്യ",
  maxGroupSize: "കൂടിയ അംഗസംഖ്യ",
  coverage: "കവറേജ്",
  capacityUse: "ശേഷി വിനിയോഗം",
  meetingsHeld: `ചേർന്ന ${MEETING.many}`,
  meetingsExpected: `ചേരേണ്ട ${MEETING.many}`,
  meetingCompliance: `${MEETING.manyOf} ക്രമപാലനം`,
  attendanceRate: "ഹാജർ നിരക്ക്",
  villages: VILLAGE.many,
  villagesWithGroup: `${GROUP.one} ഉള്ള ${VILLAGE.many}`,
  groupsFederated: `${FEDERATION.oneIn} ഉള്ള ${GROUP.many}`,
  federatedShare: `${FEDERATION.oneIn} ഉള്ളവയുടെ അനുപാതം`,
};

const KINDS: Readonly<Record<string, Noun>> = { ...GROUP_KINDS, ...FEDERATION_KINDS };

/** A kind of group or federation by its code, or a noun made of the code when it is not known. */
const kindOf = (code: string): Noun =>
  Object.hasOwn(KINDS, code)
    ? (KINDS[code] as Noun)
    : noun(code, code, `${code} എന്നതിൽ`, `${code} എന്നവയിൽ`, `${code} എന്നതിന്റെ`, `${code} എന്നവയുടെ`);

const unitKindOf = (code: string): string => term(terms.unitKinds, code);

/**
 * A locative or a plural with a clitic: `വാർഡിൽ` gives `വാർഡിലും` ("in every") and `വാർഡിലോ` ("or
 * in"); `ഗ്രൂപ്പുകൾ` gives `ഗ്രൂപ്പുകളും` ("all the groups").
 */
const withClitic = (word: string, clitic: "ും" | "ോ") =>
  word.replace(/[ൽൾ]$/, (chillu) => `${chillu === "ൽ" ? "ല" : "ള"}${clitic}`);

/** "ഓരോ വാർഡിലും": in every ward. */
const inEvery = (place: Noun) => `ഓരോ ${withClitic(place.oneIn, "ും")}`;

/** "18 മുതൽ 40 വരെ വയസ്സ്", "കുറഞ്ഞത് 10 അംഗങ്ങൾ", "പരമാവധി 50 അംഗങ്ങൾ". */
function range(min: number | null, max: number | null, unit: string, format: LocaleFormat): string {
  if (min !== null && max !== null) return `${format.number(min)} മുതൽ ${format.number(max)} വരെ ${unit}`;
  if (min !== null) return `കുറഞ്ഞത് ${format.number(min)} ${unit}`;
  if (max !== null) return `പരമാവധി ${format.number(max)} ${unit}`;
  return "പരിധി നിശ്ചയിച്ചിട്ടില്ല";
}

/** "only 3", or "none" for 0: a count that falls short. */
const onlyCount = (count: number, format: LocaleFormat) => (count === 0 ? "ഇല്ല" : `${format.number(count)} മാത്രം`);

/** The rule set broken, by its title (a proper name, kept as it is). */
const ruleTitle = (context: MessageContext) => context.ruleSet?.title;
/** Without a title: "the rule set that applies", with മാനദണ്ഡം's stem before പ്രകാരം. */
const APPLICABLE_RULE_SET = `ബാധകമായ ${RULE_SET.one.slice(0, -1)}`;
/** "according to the rule set": `Kudumbashree ... പ്രകാരം`, or `ബാധകമായ മാനദണ്ഡപ്രകാരം`. */
const byRule = (context: MessageContext) => {
  const title = ruleTitle(context);
  return title === undefined ? `${APPLICABLE_RULE_SET}പ്രകാരം` : `${title} പ്രകാരം`;
};
/** The same, adjectival: "the age band of the rule set" (`... പ്രകാരമുള്ള`). */
const ofRule = (context: MessageContext) => {
  const title = ruleTitle(context);
  return title === undefined ? `${APPLICABLE_RULE_SET}പ്രകാരമുള്ള` : `${title} പ്രകാരമുള്ള`;
};

/** How a message names the record it is about: its label, else its kind and id, else `fallback`. */
function who(context: MessageContext, fallback: string): string {
  if (context.label !== undefined) return context.label;
  const subject = context.subject;
  if (subject === undefined) return fallback;
  // An issue about a membership names the member: the id after the slash.
  if (subject.kind === "membership") return `${PERSON.one} "${subject.id.slice(subject.id.indexOf("/") + 1)}"`;
  return `${term(RECORD_KINDS, subject.kind)} "${subject.id}"`;
}

/** The subject named by its label, with the id when the label does not show it. */
function named(context: MessageContext, word: string, id: string): string {
  const label = context.label;
  if (label === undefined) return `${word} "${id}"`;
  return label.includes(id) ? label : `${label} ("${id}")`;
}

/** The record that holds a reference, as `ഗ്രൂപ്പ് "g1"` or `അംഗത്വം "g1/p1"`. */
function referrer(context: MessageContext): string {
  const subject = context.subject;
  return subject === undefined ? RECORD : `${term(RECORD_KINDS, subject.kind)} "${subject.id}"`;
}

/** What a reference field names, and what it must name. */
const REFERENCE_WORDS: ReferenceWords = {
  parentId: [`മേൽ ${UNIT.one}`, UNIT.one],
  unitId: [UNIT.one, UNIT.one],
  groupId: [GROUP.one, GROUP.one],
  personId: [PERSON.one, PERSON.one],
  memberIds: [MEMBER.one, `${GROUP.one} അല്ലെങ്കിൽ ${FEDERATION.one}`],
  attendeeIds: ["പങ്കെടുത്തയാൾ", PERSON.one],
  groupUnit: [`${WARD.one} / ${VILLAGE.one}`, `${WARD.one} അല്ലെങ്കിൽ ${VILLAGE.one}`],
};

/** What a reference names (`which` 0) or must name (1); a field without words is named as written. */
function referenced(context: MessageContext, which: 0 | 1): string {
  const field = referenceField(context);
  return field === undefined ? (fieldOf(context.path) ?? RECORD) : REFERENCE_WORDS[field][which];
}

/** The types and formats a schema problem may name as expected, in words; others are shown as they are. */
const EXPECTED: Readonly<Record<string, string>> = {
  string: "വാചകം",
  number: "സംഖ്യ",
  int: "പൂർണ്ണസംഖ്യ",
  integer: "പൂർണ്ണസംഖ്യ",
  boolean: "true അല്ലെങ്കിൽ false",
  array: "പട്ടിക (array)",
  object: "ഒബ്ജക്റ്റ് (object)",
  date: "തീയതി (YYYY-MM-DD)",
  "YYYY-MM-DD": "തീയതി YYYY-MM-DD",
};

/** The entry a person typed, quoted. */
const quoted = (text: string) => `"${text}"`;
const GIVEN = "നൽകിയ വിവരം";

/** The `schema.invalid` message: where (file and line, or path), which field, the value, and what is wanted. */
function schemaMessage(
  params: Parameters<IssueMessages["schema.invalid"]>[0],
  context: MessageContext,
  format: LocaleFormat,
): string {
  const { reason, field, value, expected, allowed, limit, file, line, omitted } = params;
  const detail = params.detail ?? context.detail;
  const used = new Set<string>();
  const use = <T>(key: string, said: T): T => {
    used.add(key);
    return said;
  };
  const wanted = (type: string) => term(EXPECTED, type);
  const truncated = () =>
    `ഘടനയിലെ ${format.number(use("omitted", omitted ?? 0))} പ്രശ്നങ്ങൾ കൂടി ഇവിടെ കാണിച്ചിട്ടില്ല; ` +
    "മുകളിലുള്ളവ തിരുത്തിയ ശേഷം വീണ്ടും പരിശോധിക്കുക.";
  const shown = () => (value === undefined ? GIVEN : quoted(use("value", value)));

  if (reason === "truncated" && field === undefined && file === undefined && line === undefined) return truncated();

  const csv = file !== undefined || line !== undefined;
  const place = [
    file,
    line === undefined ? undefined : `${LINE} ${format.number(line)}`,
    field === undefined ? undefined : `${csv ? COLUMN.one : FIELD} ${field}`,
  ].filter((part): part is string => part !== undefined);
  // A JSON path up to the field (the field is named after it), else the record's label, else the input.
  const keys = [...(context.path ?? [])];
  if (field !== undefined && keys[keys.length - 1] === field) keys.pop();
  const record = keys.length === 0 ? (context.label ?? `നൽകിയ ${DATASET}`) : keys.join(".");
  const where = csv ? place.join(", ") : [record, ...place].join(", ");

  let problem: string;
  switch (reason) {
    case "missing":
      problem = "ഒന്നും നൽകിയിട്ടില്ല; ഇത് നിർബന്ധമായും പൂരിപ്പിക്കണം.";
      break;
    case "invalid_type":
      problem =
        expected === undefined
          ? `${shown()} ഇവിടെ ചേർന്ന തരമല്ല.`
          : `ഇവിടെ ${use("expected", wanted(expected))} വേണം` +
            (value === undefined ? "." : `; നൽകിയത് ${quoted(use("value", value))}.`);
      break;
    case "invalid_format":
      problem =
        `${shown()} ശരിയായ രൂപത്തിലല്ല` +
        (expected === undefined ? "." : `; ${use("expected", wanted(expected))} രൂപത്തിൽ നൽകുക.`);
      break;
    case "invalid_value":
      problem =
        `${shown()} അനുവദനീയമല്ല` +
        (allowed === undefined ? "." : `; ഇവയിൽ ഒന്നായിരിക്കണം: ${format.list(use("allowed", allowed), "or")}.`);
      break;
    case "too_small":
      problem =
        `${shown()} അനുവദനീയമായതിലും ചെറുതാണ്` +
        (limit === undefined ? "." : `; കുറഞ്ഞ പരിധി ${format.number(use("limit", limit))}.`);
      break;
    case "too_big":
      problem =
        `${shown()} അനുവദനീയമായതിലും വലുതാണ്` +
        (limit === undefined ? "." : `; പരമാവധി പരിധി ${format.number(use("limit", limit))}.`);
      break;
    case "unrecognized_keys":
      problem = `ഈ ഫോർമാറ്റിൽ ഇങ്ങനെയൊരു ${csv ? COLUMN.one : FIELD} ഇല്ല; പേരിന്റെ അക്ഷരങ്ങൾ പരിശോധിക്കുക.`;
      break;
    case "custom":
      problem = detail === undefined ? `${shown()} ശരിയല്ല.` : `${shown()} ശരിയല്ല: ${use("detail", detail)}.`;
      break;
    case "truncated":
      problem = truncated();
      break;
    default:
      problem = `${shown()} ശരിയല്ല (${reason}).`;
  }

  // Whatever the sentence did not say is added, so that no part of the issue is lost.
  const extra: string[] = [];
  if (value !== undefined && !used.has("value")) extra.push(`നൽകിയത്: ${quoted(value)}`);
  if (expected !== undefined && !used.has("expected")) extra.push(`പ്രതീക്ഷിക്കുന്നത്: ${wanted(expected)}`);
  if (allowed !== undefined && !used.has("allowed")) extra.push(`അനുവദനീയം: ${format.list(allowed, "or")}`);
  if (limit !== undefined && !used.has("limit")) extra.push(`പരിധി: ${format.number(limit)}`);
  if (detail !== undefined && !used.has("detail")) extra.push(`വിശദാംശം: ${detail}`);
  if (omitted !== undefined && !used.has("omitted")) extra.push(`കാണിക്കാത്തവ: ${format.number(omitted)}`);
  if (extra.length === 0) return `${where}: ${problem}`;
  return `${where}: ${problem.replace(/\.$/, "")} (${extra.join("; ")}).`;
}

/** Fields a `date.implausible` names, in words; the field is shown beside them so the cell can be found. */
const DATE_FIELDS: Readonly<Record<string, string>> = {
  "groups.formedOn": "രൂപീകരിച്ച തീയതി",
  "groups.closedOn": "പ്രവർത്തനം അവസാനിപ്പിച്ച തീയതി",
  "memberships.from": `${MEMBERSHIP.one} തുടങ്ങിയ തീയതി`,
  "memberships.to": `${MEMBERSHIP.one} അവസാനിച്ച തീയതി`,
  "meetings.date": `${MEETING.one} ചേർന്ന തീയതി`,
  "people.dateOfBirth": DATE_OF_BIRTH,
};

/** What each rule of `summary.inconsistent` says is wrong with a figure. */
const SUMMARY_RULES: Readonly<Record<string, string>> = {
  not_whole: "പൂർണ്ണസംഖ്യയല്ല",
  negative: "പൂജ്യത്തിൽ താഴെയാണ്",
  too_large: "കണക്കാക്കാവുന്നതിലും വലുതാണ്",
  null_not_suppressed: "ശൂന്യമാണ്; എണ്ണങ്ങൾ മറച്ചിട്ടില്ലാത്ത സംഗ്രഹത്തിൽ ഇത് ശൂന്യമാകാൻ പാടില്ല",
  ratio_mismatch: "എണ്ണങ്ങളിൽ നിന്ന് കിട്ടുന്ന അനുപാതവുമായി ഒത്തുപോകുന്നില്ല",
  part_above_whole: "അത് ഉൾപ്പെടുന്ന ആകെ എണ്ണത്തേക്കാൾ കൂടുതലാണ്",
  no_groups: `${GROUP.many} ഇല്ലാത്ത വരിയിൽ ശൂന്യമോ പൂജ്യമോ ആയിരിക്കണം`,
  no_judged_groups: `പരിശോധിച്ച ${GROUP.many} ഇല്ലാത്ത വരിയിൽ ശൂന്യമോ പൂജ്യമോ ആയിരിക്കണം`,
  sum_mismatch: "ഭാഗങ്ങളുടെ തുകയുമായി ഒത്തുപോകുന്നില്ല",
  min_above_max: `ഏറ്റവും വലിയ ${GROUP.of} അംഗസംഖ്യയേക്കാൾ കൂടുതലാണ്`,
  size_bounds: `${GROUP.manyOf} എണ്ണവും ഏറ്റവും ചെറുതും വലുതുമായ ${GROUP.of} അംഗസംഖ്യയുമായി ഒത്തുപോകുന്നില്ല`,
  total_mismatch: "വരികളുടെ തുകയുമായി ഒത്തുപോകുന്നില്ല",
  wards_mismatch: "ആ വരിയിലെ എണ്ണവുമായി ഒത്തുപോകുന്നില്ല",
  duplicate_unit: `ഒന്നിലധികം വരികളിൽ ഒരേ ${UNIT.one} വരുന്നു`,
};

/** A summary figure by its field: a column heading where it has one, else the field as written. */
function figureName(field: string): string {
  if (Object.hasOwn(COLUMNS, field)) return COLUMNS[field as keyof typeof COLUMNS];
  if (field.startsWith("ageBands.")) return `${field.slice(9)} ${YEARS} പ്രായവിഭാഗം`;
  const federation = field.startsWith("federations.") ? field.slice(12) : "";
  return Object.hasOwn(FEDERATION_KINDS, federation) ? kindOf(federation).many : field;
}

const messages: IssueMessages = {
  "input.unreadable": (params, context) =>
    `നൽകിയ ${DATASET} വായിക്കാൻ കഴിഞ്ഞില്ല: ${params?.detail ?? context.detail ?? ""}`,
  "schema.invalid": schemaMessage,
  "id.duplicate": (_, context) =>
    `${term(RECORD_KINDS, context.subject?.kind ?? RECORD)} ഐഡി "${context.subject?.id ?? ""}" ` +
    `${context.path?.[0] ?? ""} പട്ടികയിൽ രണ്ടുതവണ വരുന്നു; രണ്ടാമത്തേത് ഒഴിവാക്കി.`,
  "reference.unknown": (params, context) =>
    fieldOf(context.path) === undefined
      ? `${withClitic(MEMBERSHIP.manyIn, "ോ")} ${withClitic(MEETING.manyIn, "ോ")} "${params.id}" എന്ന ` +
        `${GROUP.one} പരാമർശിക്കുന്നു; ഈ ${GROUP.one} ${DATASET}യിൽ ഇല്ലാത്തതിനാൽ അവ ഒഴിവാക്കി.`
      : `${referrer(context)}: നൽകിയിട്ടുള്ള ${referenced(context, 0)} "${params.id}" ${DATASET}യിൽ ഇല്ല.`,
  "reference.wrong_kind": (params, context) =>
    `${referrer(context)}: ${referenced(context, 0)} ആയി നൽകിയ "${params.id}" ഒരു ` +
    `${term(RECORD_KINDS, params.foundKind)} ആണ്, ${referenced(context, 1)} അല്ല.`,
  "unit.cycle": (params) =>
    `"${params.cycle[0] ?? ""}" എന്ന ${UNIT.of} മേൽ ${UNIT.many} ചുറ്റിത്തിരിഞ്ഞ് അതിലേക്കു തന്നെ ` +
    `തിരിച്ചെത്തുന്നു: ${[...params.cycle, params.cycle[0]].join(" -> ")}.`,
  "unit.kind_order": (params) =>
    `${unitKindOf(params.kind)} "${params.name}" ചേർത്തിരിക്കുന്നത് ${unitKindOf(params.parentKind)} ` +
    `"${params.parentName}" എന്നതിന് കീഴിലാണ്; ഭരണ ഘടനയിൽ അത് ഇതിനു മുകളിലുള്ള തലമല്ല.`,
  "group.unit_kind": (params, context) =>
    `${referrer(context)}: ${unitKindOf(params.unitKind)} "${params.unitId}" എന്നതിലാണ് ചേർത്തിരിക്കുന്നത്; ` +
    `${GROUP.one} ഒരു ${WARD.oneIn} അല്ലെങ്കിൽ ${VILLAGE.oneIn} ആയിരിക്കണം.`,
  "group.dates_reversed": (params, context, format) =>
    `${referrer(context)}: പ്രവർത്തനം അവസാനിപ്പിച്ച തീയതി (${format.date(params.closedOn)}) ` +
    `രൂപീകരിച്ച തീയതിക്ക് (${format.date(params.formedOn)}) മുമ്പാണ്.`,
  "membership.dates_reversed": (params, context, format) =>
    `${referrer(context)}: അവസാന തീയതി (${format.date(params.to)}) ആരംഭ തീയതിക്ക് ` +
    `(${format.date(params.from)}) മുമ്പാണ്.`,
  "age.below_band": (params, context, format) =>
    `${who(context, MEMBER.one)}: ${format.date(params.asOf)}-ന് ${AGE} ${format.number(params.age)} ${YEARS} ` +
    `(${DATE_OF_BIRTH}: ${format.date(params.dateOfBirth)}); ഇത് ${ofRule(context)} പ്രായപരിധിക്ക് ` +
    `(${range(params.min, params.max, YEARS, format)}) താഴെയാണ്.`,
  "age.above_band": (params, context, format) =>
    `${who(context, MEMBER.one)}: ${format.date(params.asOf)}-ന് ${AGE} ${format.number(params.age)} ${YEARS} ` +
    `(${DATE_OF_BIRTH}: ${format.date(params.dateOfBirth)}); ഇത് ${ofRule(context)} പ്രായപരിധിക്ക് ` +
    `(${range(params.min, params.max, YEARS, format)}) മുകളിലാണ്.`,
  "age.unknown": (params, context, format) =>
    `${who(context, MEMBER.one)}: ${DATE_OF_BIRTH} രേഖപ്പെടുത്തിയിട്ടില്ല; അതിനാൽ പ്രായപരിധി ` +
    `(${range(params.min, params.max, YEARS, format)}) പാലിക്കുന്നുണ്ടോ എന്ന് പരിശോധിക്കാൻ കഴിയില്ല.`,
  "gender.not_allowed": (params, context, format) => {
    const allowed = format.list(
      params.allowed.map((gender) => term(GENDERS, gender)),
      "or",
    );
    return (
      `${who(context, MEMBER.one)}: ലിംഗം ${term(GENDERS, params.gender)} എന്നാണ് രേഖപ്പെടുത്തിയിരിക്കുന്നത്; ` +
      `${byRule(context)} ${allowed} എന്ന് രേഖപ്പെടുത്തിയവർക്ക് മാത്രമാണ് ${MEMBERSHIP.one}.`
    );
  },
  "group.below_min_size": (params, context, format) =>
    `${who(context, GROUP.one)}: സജീവ ${MEMBER.many} ${onlyCount(params.size, format)}; ` +
    `${byRule(context)} ${params.special ? `പ്രത്യേക ${GROUP.oneIn}` : `ഒരു ${GROUP.oneIn}`} ` +
    `${range(params.min, params.max, MEMBER.many, format)} വേണം.`,
  "group.above_max_size": (params, context, format) =>
    `${who(context, GROUP.one)}: സജീവ ${MEMBER.many} ${format.number(params.size)}; ` +
    `${byRule(context)} ${params.special ? `പ്രത്യേക ${GROUP.oneIn}` : `ഒരു ${GROUP.oneIn}`} ` +
    `${range(params.min, params.max, MEMBER.many, format)} മാത്രമേ അനുവദിക്കൂ.`,
  "household.duplicate": (params, context, format) =>
    `${who(context, GROUP.one)}: "${params.householdId}" എന്ന ഒരേ ${HOUSEHOLD.oneIn} നിന്ന് ` +
    `${format.number(params.personIds.length)} സജീവ ${MEMBER.many} (${format.list(params.personIds, "and")}); ` +
    `${byRule(context)} ഒരു ${HOUSEHOLD.oneIn} നിന്ന് ഒരു ${MEMBER.one} മാത്രം.`,
  "membership.multiple_groups": (params, context, format) => {
    const groups = format.list(
      params.groupIds.map((id) => quoted(id)),
      "and",
    );
    return (
      `${named(context, PERSON.one, params.personId)}: ${format.date(params.asOf)}-ന് ഒരേസമയം രണ്ട് ` +
      `${kindOf(params.kind).manyIn} സജീവ ${MEMBER.one}: ${groups}.`
    );
  },
  "meeting.cadence_missed": (params, context, format) => {
    const weeks = params.firstMissed.includes("-W");
    const period = weeks ? WEEK : MONTH;
    const when =
      params.firstMissed === params.lastMissed
        ? `${period.one} ${params.firstMissed}`
        : `${params.firstMissed} മുതൽ ${params.lastMissed} വരെ`;
    return (
      `${who(context, GROUP.one)}: പരിശോധിച്ച ${format.number(params.periodsJudged)} ${period.manyIn} ` +
      `${format.number(params.periodsMissed)} എണ്ണത്തിൽ (${when}) ആവശ്യത്തിന് ${MEETING.many} ചേർന്നില്ല; ` +
      `${byRule(context)} ${period.oneIn} ${format.number(params.required)} ${MEETING.one} വേണം.`
    );
  },
  "meeting.cadence_unknown": () =>
    `${DATASET}യിൽ ഒരു ${MEETING.one} പോലും രേഖപ്പെടുത്തിയിട്ടില്ല; അതിനാൽ ഒരു ${GROUP.of}യും ` +
    `${MEETING.manyOf} ക്രമം പരിശോധിക്കാൻ കഴിഞ്ഞില്ല.`,
  "ward.no_group": (params, context, format) =>
    `${who(context, WARD.one)}: ${format.date(params.asOf)}-ന് സജീവമായ ഒരു ${kindOf(params.kind).one} പോലും ഇല്ല; ` +
    `${byRule(context)} ${inEvery(WARD)} ഒന്ന് വേണം.`,
  "ward.extra_group_not_needed": (params, context, format) => {
    const kind = kindOf(params.kind);
    return (
      `${who(context, WARD.one)}: ${format.number(params.members)} ${MEMBER.many}ക്കായി ` +
      `${format.number(params.groups)} ${params.groups === 1 ? kind.one : kind.many} ഉണ്ട്; ഒരു ${GROUP.oneIn} ` +
      `പരമാവധി ${format.number(params.max)} പേർ എന്ന കണക്കിൽ ${format.number(params.needed)} എണ്ണം മതി. ` +
      `${byRule(context)} ആദ്യ ${GROUP.one} നിറഞ്ഞാൽ മാത്രമേ പുതിയ ${GROUP.one} രൂപീകരിക്കാവൂ.`
    );
  },
  "leadership.missing": (params, context, format) =>
    `${who(context, GROUP.one)}: സജീവ ${term(ROLES, params.role)} ${onlyCount(params.found, format)}; ` +
    `${byRule(context)} ${format.number(params.required)} വേണം.`,
  "leadership.girl_required": (params, context, format) => {
    const roles = format.list(
      params.roles.map((role) => term(ROLES, role)),
      "and",
    );
    return (
      `${who(context, GROUP.one)}: ${roles} എന്നിവരിൽ ഒരു പെൺകുട്ടി പോലും ഇല്ല; ` +
      `${byRule(context)} കുറഞ്ഞത് ഒരാൾ പെൺകുട്ടി ആയിരിക്കണം.`
    );
  },
  "federation.too_few_groups": (params, context, format) =>
    `${who(context, FEDERATION.one)}: ${MEMBER_OF} ${kindOf(params.memberKind).many} ` +
    `${onlyCount(params.memberGroups, format)}; ${byRule(context)} രൂപീകരിക്കാൻ ` +
    `കുറഞ്ഞത് ${format.number(params.min)} വേണം.`,
  "federation.duplicate_in_ward": (params, context, format) =>
    `${who(context, FEDERATION.one)}: "${params.unitId}" എന്ന ${WARD.oneIn} ഇതേ തരത്തിലുള്ള ` +
    `${format.number(params.count)}-ാമത്തെ ${FEDERATION.one} ആണ് ഇത്; ${byRule(context)} ` +
    `ഒരു ${WARD.oneIn} ഒന്ന് മാത്രം.`,
  "date.implausible": (params, context, format) => {
    const name = Object.hasOwn(DATE_FIELDS, params.field)
      ? `${DATE_FIELDS[params.field]} (${params.field})`
      : params.field;
    const allowed =
      params.latest === null
        ? `${format.date(params.earliest)}-നോ അതിനു ശേഷമോ`
        : `${format.date(params.earliest)} മുതൽ ${format.date(params.latest)} വരെ`;
    return (
      `${who(context, RECORD)}: ${name} ${format.date(params.date)} ആണ്; ഇത് ശരിയാകാൻ സാധ്യതയില്ല ` +
      `(${allowed} ആകണം). ഈ തീയതി കണക്കുകളിൽ ഉൾപ്പെടുത്തിയിട്ടില്ല.`
    );
  },
  "membership.duplicate": (params, _, format) =>
    `${PERSON.one} "${params.personId}": "${params.groupId}" എന്ന ${GROUP.oneIn} ഒരേ ദിവസങ്ങളിലേക്ക് ` +
    `${MEMBERSHIP.one} രേഖപ്പെടുത്തിയ ${format.number(params.rows)} വരികൾ ഉണ്ട്; ` +
    "ഒരു തവണ മാത്രമേ എണ്ണിയിട്ടുള്ളൂ.",
  "id.lookalike": (params) =>
    `${params.collection} പട്ടികയിലെ ഐഡി ${JSON.stringify(params.id)}, ${JSON.stringify(params.other)} എന്ന ` +
    "ഐഡി പോലെ തന്നെ തോന്നും: വലിയക്ഷരം/ചെറിയക്ഷരം, സ്പേസ്, കാണാനാകാത്ത അക്ഷരങ്ങൾ, യൂണികോഡ് രൂപം " +
    "എന്നിവയിൽ മാത്രമാണ് വ്യത്യാസം.",
  "summary.inconsistent": (params, context) => {
    const row = params.unitId === null ? `${TOTAL} ${LINE}` : `${UNIT.one} "${params.unitId}" ${LINE}`;
    const kind = params.kind === null ? "" : term(terms.groupKinds, params.kind);
    const path = context.path?.length ? context.path.join(".") : SUMMARY;
    const where = `${path} (${row}${kind === "" ? "" : `, ${kind}`})`;
    // A breakdown by a kind of group the package does not know: the kind is what is wrong.
    if (params.rule === "unknown_kind") {
      return `${where}: ${params.field}-ൽ "${kind}" എന്ന അറിയാത്ത ${GROUP.one} ഇനം ഉണ്ട്.`;
    }
    const rule = Object.hasOwn(SUMMARY_RULES, params.rule)
      ? SUMMARY_RULES[params.rule]
      : `"${params.rule}" എന്ന നിബന്ധന പാലിക്കുന്നില്ല`;
    return `${where}: "${figureName(params.field)}" എന്ന കണക്ക് ${rule}.`;
  },
  "reference.set_aside": (params, context) => {
    const field = fieldOf(context.path);
    const then =
      field === "attendeeIds"
        ? `ഈ ${withClitic(MEETING.oneIn, "ോ")} മറ്റേതെങ്കിലും ${withClitic(MEETING.oneIn, "ോ")} ` +
          "പങ്കെടുത്തതായി കണക്കാക്കുന്നില്ല."
        : field === "memberIds"
          ? `അതിനെ ${AS_MEMBER} എണ്ണുന്നില്ല.`
          : `അതിനാൽ ഇതും ${SET_ASIDE}.`;
    return (
      `${referrer(context)}: നൽകിയിട്ടുള്ള ${referenced(context, 0)} "${params.id}" ${SET_ASIDE_ONE} ` +
      `(കാരണം: ${params.because}); ${then}`
    );
  },
  "village.no_group": (params, context, format) =>
    `${who(context, VILLAGE.one)}: ${format.date(params.asOf)}-ന് സജീവമായ ഒരു ${kindOf(params.kind).one} ` +
    `പോലും ഇല്ല; ${byRule(context)} ${inEvery(VILLAGE)} ഒന്ന് വേണം.`,
  "federation.member_too_young": (params, context, format) =>
    `${who(context, FEDERATION.one)}: ${MEMBER.one} "${params.memberId}" രൂപീകരിച്ചത് ` +
    `${format.date(params.formedOn)}-ന് (${format.number(params.ageMonths)} ${MONTH.one} പഴക്കം); ` +
    `${byRule(context)} കുറഞ്ഞത് ${format.number(params.minAgeMonths)} ${MONTH.one} പഴക്കമുള്ളവയെ മാത്രമേ ` +
    `${MADE_MEMBER}.`,
  "meeting.attendee_not_member": (params, context) =>
    `${who(context, MEETING.one)}: പങ്കെടുത്തവരുടെ പട്ടികയിലുള്ള "${params.personId}", "${params.groupId}" ` +
    `എന്ന ${GROUP.oneIn} ${NOT_MEMBER}; ഹാജരായി കണക്കാക്കിയിട്ടില്ല.`,
  "input.columns_ignored": (params, _, format) => {
    const one = params.columns.length === 1;
    const columns = format.list(
      params.columns.map((column) => JSON.stringify(column)),
      "and",
    );
    return (
      `${params.file} ഫയലിൽ ഈ ഫോർമാറ്റിന് അറിയാത്ത ${one ? COLUMN.one : COLUMN.many} ഉണ്ട്: ${columns}; ` +
      `${one ? "അത്" : "അവ"} ഒഴിവാക്കി.`
    );
  },
  "household.multiple_groups": (params, context) =>
    `${named(context, PERSON.one, params.personId)}: "${params.householdId}" എന്ന ${HOUSEHOLD.oneIn} നിന്നുള്ള ` +
    `ഇവർ "${params.groupId}" എന്ന ${GROUP.oneIn} ${IS_MEMBER}; ഇതേ ${HOUSEHOLD.oneIn} നിന്നുള്ള ` +
    `"${params.otherPersonId}", "${params.otherGroupId}" എന്ന ${GROUP.oneIn} ${IS_MEMBER}. ` +
    `${byRule(context)} ഒരു ${HOUSEHOLD.oneIn} നിന്ന് ഒരു ${MEMBERSHIP.one} മാത്രം.`,
  "federation.member_in_two": (params, context) =>
    `${who(context, FEDERATION.one)}: ഇതിലെ ${MEMBER.one} "${params.memberId}", ` +
    `"${params.otherFederationId}" എന്ന ${FEDERATION.oneIn} കൂടി ${IS_MEMBER}; ${byRule(context)} ` +
    `ഒരു ${MEMBER.one} ഇതേ തരത്തിലുള്ള ഒരു ${FEDERATION.oneIn} മാത്രം.`,
  "age.out_of_band_at_joining": (params, context, format) =>
    `${who(context, MEMBER.one)}: ${format.date(params.joinedOn)}-ന് ചേരുമ്പോൾ ${AGE} ` +
    `${format.number(params.age)} ${YEARS} (${DATE_OF_BIRTH}: ${format.date(params.dateOfBirth)}); ` +
    `${ofRule(context)} പ്രായപരിധി ${range(params.min, params.max, YEARS, format)} ആണ്.`,
  "age.aged_out": (params, context, format) =>
    `${who(context, MEMBER.one)}: ${AGE} ${format.number(params.age)} ${YEARS} ` +
    `(${DATE_OF_BIRTH}: ${format.date(params.dateOfBirth)}); ${format.date(params.agedOutOn)}-ന് ` +
    `${format.number(params.max)} ${YEARS} എന്ന പരിധി കടന്നു. ${byRule(context)} ${format.number(params.max)} ` +
    `${YEARS} വരെയാണ് ${MEMBERSHIP.one}; എന്നാൽ അവർ ${GROUP.oneIn} നിന്ന് ഒഴിയണമെന്ന് ഒരു സ്രോതസ്സിലും പറയുന്നില്ല.`,
  "ward.coverage_gap": (params, context, format) =>
    `${who(context, WARD.one)}: ${format.date(params.asOf)}-ന് സജീവമായ ഒരു ${kindOf(params.kind).one} പോലും ഇല്ല; ` +
    `${byRule(context)} ${inEvery(WARD)} ഒന്ന് എന്നതാണ് ലക്ഷ്യം (നിർബന്ധമല്ല).`,
};

/** "2 പിശകുകൾ", "1 മുന്നറിയിപ്പ്": a count and its word. */
const counted = (count: number, word: Noun, format: LocaleFormat) =>
  `${format.number(count)} ${count === 1 ? word.one : word.many}`;

/** The words for the records set aside or counted, by collection. */
const RECORDS: Readonly<Record<string, Noun>> = {
  units: UNIT,
  people: PERSON,
  groups: GROUP,
  federations: FEDERATION,
  memberships: MEMBERSHIP,
  meetings: MEETING,
};

/** A group kind's term in the plural, for a table's title (`ഓക്സിലറി ഗ്രൂപ്പുകൾ`). */
const kindsNamed = (word: string) => Object.values(KINDS).find((kind) => kind.one === word)?.many ?? word;

// The formatter measures Malayalam by display width (its vowel signs take none) and would join
// these lines past the 120 code units the line check counts, so the long texts keep their breaks.
// biome-ignore format: lines of at most 120 code units
const PATH_NOTE =
  `<path> ${DATASET} അടങ്ങിയ ഒരു JSON ഫയൽ, സ്റ്റാൻഡേർഡ് ഇൻപുട്ടിന് -, അല്ലെങ്കിൽ CSV ഫയലുകളുള്ള ഒരു ഫോൾഡർ ` +
  "(units.csv, people.csv, groups.csv, memberships.csv, ആവശ്യമെങ്കിൽ federations.csv, meetings.csv) ആകാം.";
// biome-ignore format: lines of at most 120 code units
const RULES_NOTE =
  "--rules-ന് ഒരു ബിൽറ്റ്-ഇൻ കീ (kudumbashree rules കാണുക), അല്ലെങ്കിൽ " +
  `ഒരു ${RULE_SET.one} (അല്ലെങ്കിൽ അവയുടെ array) ഉള്ള JSON ഫയൽ നൽകാം; ഉദാഹരണത്തിന് ` +
  "kudumbashree rules <key> --format json ഉപയോഗിച്ച് എഴുതി തിരുത്തിയ ഫയൽ. " +
  `ഉപയോഗിക്കുന്ന ${RULE_SET.many} അവയുടെ content hash (sha256:...) സഹിതം കാണിക്കും.`;
// biome-ignore format: lines of at most 120 code units
const RULES_OPTION =
  `ബിൽറ്റ്-ഇൻ ${RULE_SET.many}ക്കു പകരം ഉപയോഗിക്കേണ്ടവ (പലതവണ നൽകാം): ` +
  "kerala.balasabha@3.0.0 പോലെ ഒരു കീ, അല്ലെങ്കിൽ ഒരു ഫയൽ";
// biome-ignore format: lines of at most 120 code units
const STRICT_OPTION =
  `ഫോർമാറ്റിന് അറിയാത്ത CSV ${COLUMN.many} ഉണ്ടെങ്കിൽ നിരസിക്കുക ` +
  `(സ്വതവേ അവ ഒഴിവാക്കി ഓരോ ഫയലിനും ഒരു ${WARNING.one} നൽകും)`;
// biome-ignore format: lines of at most 120 code units
const RECORDS_FROM_OPTION =
  `${MEETING.manyOf} രേഖകൾ തുടങ്ങുന്ന ആദ്യ ദിവസം; ` +
  `നൽകിയില്ലെങ്കിൽ ${DATASET}യിലെ ആദ്യ ${MEETING.of} തീയതി`;
// biome-ignore format: lines of at most 120 code units
const LANG_OPTION =
  "പ്രശ്നങ്ങളുടെ സന്ദേശങ്ങൾ, പട്ടികകൾ, സഹായം എന്നിവയുടെ ഭാഷ: ഇംഗ്ലീഷ് (സ്വതവേ), മലയാളം, ഹിന്ദി, " +
  "അസമീസ് അല്ലെങ്കിൽ ബംഗാളി; നൽകിയില്ലെങ്കിൽ LC_ALL അല്ലെങ്കിൽ LANG (ഉദാ. ml_IN.UTF-8) അനുസരിച്ച്. " +
  "JSON, CSV ഔട്ട്പുട്ടുകൾ വിവർത്തനം ചെയ്യില്ല";
const FORMAT_OPTION = "പട്ടിക (table, സ്വതവേ), സ്പ്രെഡ്ഷീറ്റിനുള്ള CSV, അല്ലെങ്കിൽ JSON";
// biome-ignore format: lines of at most 120 code units
const QUIET_OPTION =
  "സ്റ്റാൻഡേർഡ് എററിൽ പുരോഗതി ബാറോ പുരോഗതി വരികളോ ഇല്ല " +
  `(കുറിപ്പുകൾ, ${WARNING.many}, പ്രശ്നങ്ങൾ എന്നിവ തുടർന്നും കാണിക്കും)`;
/** The sample presets, as `kudumbashree sample` takes them (a test checks the list against the package's). */
const SAMPLE_PRESETS = "thiruvananthapuram-2021, nro-balasabha-2020, kerala-nhg, kerala-auxiliary-2021, nro-assam";
/** The summary table's title without its kind: `ജില്ല തിരിച്ച്, 30-11-2021-ലെ നില`. */
const byLevelAsOf = (level: string, asOf: string) => `${level} തിരിച്ച്, ${asOf}-ലെ നില`;

const labels: LocaleLabels = {
  records: (collection, count, format) =>
    Object.hasOwn(RECORDS, collection)
      ? counted(count, RECORDS[collection] as Noun, format)
      : `${format.number(count)} ${collection}`,
  summary: {
    columns: { unit: UNIT.one, kind: "ഇനം", ...COLUMNS },
    allKinds: "എല്ലാം",
    title: ({ groupKind, level, asOf, suppressBelow }, format) =>
      `${groupKind === null ? `എല്ലാ ${withClitic(GROUP.many, "ും")}` : kindsNamed(groupKind)}: ` +
      byLevelAsOf(level, asOf) +
      (suppressBelow === null ? "" : ` (${format.number(suppressBelow)}-ൽ താഴെയുള്ള എണ്ണങ്ങൾ മറച്ചിരിക്കുന്നു)`),
    setAside: (list) => `${SET_ASIDE_RECORDS}: ${list}`,
  },
  cli: {
    validateResult: ({ file, ok, errors, warnings, asOf, ruleSets }, format) =>
      `${file}: ${ok ? "ശരി" : "ശരിയല്ല"}; ${counted(errors, ERROR, format)}, ${counted(warnings, WARNING, format)}; ` +
      `${asOf}-ലെ നില (${RULE_SET.many}: ${ruleSets.join(", ") || "ഇല്ല"})`,
    validateSetAside: (list) => `${SET_ASIDE_RECORDS} (പരിശോധിക്കുകയോ എണ്ണുകയോ ചെയ്തിട്ടില്ല): ${list}`,
    recordsFrom: (date, source) =>
      source === "option"
        ? `${MEETING.manyOf} രേഖകൾ തുടങ്ങുന്നത്: ${date} (--records-from)`
        : source === "inferred"
          ? `${MEETING.manyOf} രേഖകൾ തുടങ്ങുന്നത്: ${date} (${DATASET}യിലെ ആദ്യ ${MEETING.one}; ` +
            "--records-from ഉപയോഗിച്ച് മാറ്റാം)"
          : `${MEETING.manyOf} രേഖകൾ തുടങ്ങുന്നത്: ${date}`,
    asOfToday: (date) => `${date}-ലെ നില (ഇന്ന്, UTC); തീയതി ഉറപ്പിക്കാൻ --as-of നൽകുക`,
    summarizeErrors: (file, errors, format) =>
      `${file}: ${counted(errors, ERROR, format)}; ബന്ധപ്പെട്ട രേഖകൾ കണക്കുകളിൽ ഉൾപ്പെടുത്തിയിട്ടില്ല`,
    strictRefused: (file) => `${file}: --strict ഉള്ളതിനാൽ നിരസിച്ചു: ഫോർമാറ്റിന് അറിയാത്ത ${COLUMN.many} ഉണ്ട്`,
    ageingOutColumns: {
      leavesOn: "പ്രായപരിധി കടക്കുന്നത്",
      age: AGE,
      person: PERSON.one,
      name: "പേര്",
      group: GROUP.one,
      kind: "ഇനം",
      born: DATE_OF_BIRTH,
      ruleSet: RULE_SET.one,
    },
    ageingOutResult: ({ file, members, asOf, until }, format) =>
      `${file}: ${counted(members, MEMBER, format)} ${asOf}-ന് ശേഷം ${until}-നകം ${GROUP.of} പ്രായപരിധി കടക്കും`,
    ageingOutStopped: (file, errors, format) =>
      `${file}: ${counted(errors, ERROR, format)} ഉള്ളതിനാൽ പട്ടിക തയ്യാറാക്കിയില്ല; ` +
      "വിശദാംശങ്ങൾക്ക് kudumbashree validate ഉപയോഗിക്കുക",
  },
  help: {
    usage: "ഉപയോഗം",
    commands: "കമാൻഡുകൾ",
    options: "ഓപ്ഷനുകൾ",
    examples: "ഉദാഹരണങ്ങൾ",
    showHelp: "ഈ സഹായം കാണിക്കുക",
    // biome-ignore format: lines of at most 120 code units
    commandHelpHint:
      "kudumbashree <command> --help (അല്ലെങ്കിൽ kudumbashree help <command>) " +
      "ഒരു കമാൻഡിന്റെ ഓപ്ഷനുകളും ഉദാഹരണങ്ങളും കാണിക്കും.",
    runHelp: (command) => `ഓപ്ഷനുകളും ഉദാഹരണങ്ങളും കാണാൻ kudumbashree ${command} --help നൽകുക.`,
    // biome-ignore format: lines of at most 120 code units
    exitCodes:
      `എക്സിറ്റ് കോഡുകൾ: 0 ${ERROR.many} ഇല്ല, 1 ${DATASET}യിൽ ${ERROR.many} ഉണ്ട്, ` +
      "2 കമാൻഡ് പ്രവർത്തിപ്പിക്കാനായില്ല.",
    pathNote: PATH_NOTE,
    byCommand: {
      validate: {
        summary: `ഒരു ദിവസം നിലവിലുള്ള ${RULE_SET.many} അനുസരിച്ച് ${DATASET} പരിശോധിക്കുക.`,
        options: {
          "as-of": `${DATASET} ഏതു ദിവസത്തെ നിലയാണ് കാണിക്കുന്നത് (നിർബന്ധം)`,
          rules: RULES_OPTION,
          "records-from": RECORDS_FROM_OPTION,
          format: "ആളുകൾക്ക് വായിക്കാനുള്ള വരികൾ (table, സ്വതവേ) അല്ലെങ്കിൽ JSON",
          quiet: QUIET_OPTION,
          strict: STRICT_OPTION,
          lang: LANG_OPTION,
        },
        examples: [
          "2021 നവംബർ അവസാനത്തെ നിലയിൽ CSV ഫയലുകളുടെ ഒരു ഫോൾഡർ പരിശോധിക്കുക:",
          `ഒരു പങ്കാളി സംസ്ഥാനത്തിന്റെ ${RULE_SET.many} (ഒരു ഫയലിൽ എഴുതിയത്) അനുസരിച്ച് പരിശോധിക്കുക:`,
          `${MEETING.manyOf} രേഖകൾ തുടങ്ങുന്ന ഏപ്രിൽ മുതൽ മാത്രം ${MEETING.manyOf} ക്രമം വിലയിരുത്തുക:`,
        ],
        notes: [PATH_NOTE, RULES_NOTE],
      },
      summarize: {
        summary: `ഒരു തലത്തിലെ ${UNIT.many} തിരിച്ച് ${GROUP.many}, ${MEMBER.many} എന്നിവയുടെ എണ്ണം, ${TOTAL} സഹിതം.`,
        options: {
          // biome-ignore format: lines of at most 120 code units
          level:
            `ഈ ഇനത്തിലെ ${UNIT.many} ഓരോന്നിനും ഒരു വരി: ` +
            "ward, village, localBody, block, district, state, country (നിർബന്ധം)",
          "group-kind": `ഈ ഇനം ${GROUP.many} മാത്രം: neighbourhoodGroup, auxiliaryGroup, balasabha, selfHelpGroup`,
          "as-of": "കണക്കുകൾ ഏതു ദിവസത്തെ നിലയാണ്; നൽകിയില്ലെങ്കിൽ ഇന്ന് (UTC)",
          rules: RULES_OPTION,
          "records-from": RECORDS_FROM_OPTION,
          format: FORMAT_OPTION,
          "suppress-below": "1 മുതൽ N-1 വരെയുള്ള എണ്ണങ്ങൾ (അവ വെളിപ്പെടുത്തുന്നവയും) മറയ്ക്കുക",
          // biome-ignore format: lines of at most 120 code units
          engine:
            `node (സ്വതവേ) ഈ പ്രോസസ്സിൽ തന്നെ ${DATASET} വായിച്ച് പരിശോധിക്കും; duckdb ഒരു CSV ഫോൾഡർ ` +
            "DuckDB ഉപയോഗിച്ച് വായിച്ച് (npm install @duckdb/node-api) അതേ കണക്കുകൾ SQL-ൽ കണ്ടെത്തും, " +
            "മെമ്മറിയിൽ ഒതുങ്ങാത്തത്ര വലിയ എക്സ്പോർട്ടുകൾക്ക്",
          quiet: QUIET_OPTION,
          // biome-ignore format: lines of at most 120 code units
          part:
            `ഈ ${DATASET} മൊത്തത്തിന്റെ ഏതു ഭാഗമാണെന്നതിന്റെ id (ഉദാ. kerala/2024-03-31), സംഗ്രഹത്തിൽ ` +
            "രേഖപ്പെടുത്തും: merge ഒരേ ഭാഗം രണ്ടുതവണ സ്വീകരിക്കില്ല; " +
            `നൽകിയില്ലെങ്കിൽ ${DATASET}യിൽ നിന്ന് ഒരു id ഉണ്ടാക്കും`,
          strict: STRICT_OPTION,
          lang: LANG_OPTION,
        },
        examples: [
          `2021 നവംബർ 6-ന് പ്രസിദ്ധീകരിച്ചതുപോലെ, ${AUXILIARY_GROUP.manyOf} ജില്ല തിരിച്ചുള്ള പട്ടിക:`,
          `ചെറിയ എണ്ണങ്ങൾ മറച്ച്, സ്പ്രെഡ്ഷീറ്റിനായി ${WARD.many} തിരിച്ച് CSV ആയി:`,
        ],
        notes: [PATH_NOTE, RULES_NOTE],
      },
      merge: {
        // biome-ignore format: lines of at most 120 code units
        summary:
          "summarize --format json എഴുതിയ, പൊതുവായ ഭാഗമില്ലാത്ത ഭാഗങ്ങളുടെ " +
          `(${DISTRICT.many}, പങ്കാളി ${STATE.many}) സംഗ്രഹങ്ങൾ ലയിപ്പിക്കുക.`,
        options: {
          format: `${FORMAT_OPTION} (വീണ്ടും ലയിപ്പിക്കാവുന്ന ${SUMMARY})`,
          // biome-ignore format: lines of at most 120 code units
          combine:
            `വ്യത്യസ്ത ${RULE_SET.many} ഉപയോഗിച്ചുണ്ടാക്കിയ സംഗ്രഹങ്ങൾ സംയോജിപ്പിക്കുക: ${RULE_SET.many} ` +
            `ബാധിക്കാത്ത കണക്കുകളുടെ (${GROUP.many}, ${MEMBER.many}, ${AGE}, കവറേജ്) ${TOTAL}യും, ` +
            `ശേഷി, ${MEETING.many}, ഹാജർ എന്നിവ ഓരോ ${RULE_SET.one} തിരിച്ചും`,
          "suppress-below": "ലയിപ്പിച്ച സംഗ്രഹത്തിൽ 1 മുതൽ N-1 വരെയുള്ള എണ്ണങ്ങൾ മറയ്ക്കുക",
          lang: LANG_OPTION,
        },
        examples: [
          `${DISTRICT.manyOf} സംഗ്രഹങ്ങൾ ലയിപ്പിച്ച് ${STATE.of} സംഗ്രഹമാക്കുക, കൈമാറാൻ JSON ആയി:`,
          `${BALASABHA.one} ${RULE_SET.many} വ്യത്യസ്തമായ ${STATE.manyOf} ദേശീയ പട്ടിക:`,
        ],
        notes: [
          // biome-ignore format: lines of at most 120 code units
          "ഓരോ ഫയലും ലൈബ്രറിയുടെ parseSummary ഉപയോഗിച്ച് വായിക്കും: സാധുവായ സംഗ്രഹമല്ലാത്തതോ, " +
            "എണ്ണങ്ങൾ മറച്ചതോ, സംഗ്രഹങ്ങൾ ഉറവിടം (provenance) രേഖപ്പെടുത്തുന്നതിനു മുമ്പ് എഴുതിയതോ ആയ " +
            "ഫയൽ ഉണ്ടെങ്കിൽ, അതിന്റെ പേരുള്ള ഒരു വരിയോടെ കമാൻഡ് എക്സിറ്റ് കോഡ് 2-ൽ അവസാനിക്കും.",
          // biome-ignore format: lines of at most 120 code units
          "ഒരു ഭാഗം പൊതുവായി ഉൾക്കൊള്ളുന്നതോ, ഒരേ മാനദണ്ഡ കീ വ്യത്യസ്ത ഉള്ളടക്കത്തോടെ ഉപയോഗിച്ചതോ ആയ " +
            "സംഗ്രഹങ്ങൾ, ചെയ്യേണ്ടത് എന്തെന്ന് പറഞ്ഞ്, നിരസിക്കും (എക്സിറ്റ് കോഡ് 2): ഓരോ ഭാഗത്തിനും പേരു " +
            `നൽകാൻ --part ഉപയോഗിച്ച് summarize ചെയ്യുക, ഓരോ ${STATE.of}യും ${RULE_SET.many} സ്വന്തം ` +
            "id-യോടെ ഉണ്ടാക്കുക, അല്ലെങ്കിൽ --combine ഉപയോഗിച്ച് സംയോജിപ്പിക്കുക. " +
            `സംഗ്രഹങ്ങളിൽ ${ERROR.many} ഉണ്ടെങ്കിൽ എക്സിറ്റ് കോഡ് 1.`,
        ],
      },
      "ageing-out": {
        summary: `ഏതാനും മാസങ്ങൾക്കുള്ളിൽ ${GROUP.of} പ്രായപരിധി കടക്കുന്ന ${MEMBER.many}.`,
        options: {
          "as-of": "ഏതു ദിവസം മുതൽ മുന്നോട്ട് നോക്കണം (നിർബന്ധം)",
          "within-months": "എത്ര കലണ്ടർ മാസം മുന്നോട്ട് നോക്കണം (സ്വതവേ 12)",
          rules: RULES_OPTION,
          format: FORMAT_OPTION,
          strict: STRICT_OPTION,
          lang: LANG_OPTION,
        },
        examples: [
          `അടുത്ത മൂന്നു മാസത്തിനുള്ളിൽ ${AUXILIARY_GROUP.oneIn} നിന്ന് ഒഴിയുന്ന യുവതികൾ:`,
          // biome-ignore format: lines of at most 120 code units
          `ഒരു പങ്കാളി സംസ്ഥാനത്തിന്റെ ${RULE_SET.many} പ്രകാരം, ` +
            `ഒരു വർഷത്തിനുള്ളിൽ ${BALASABHA.oneIn} നിന്ന് ഒഴിയുന്ന കുട്ടികൾ, CSV ആയി:`,
        ],
        notes: [
          `ഇപ്പോൾ തന്നെ പ്രായപരിധിക്ക് പുറത്തുള്ളവരെയും (validate അവരെ കാണിക്കും) ${DATE_OF_BIRTH} ഇല്ലാത്തവരെയും ` +
            "ഈ പട്ടികയിൽ ഉൾപ്പെടുത്തുന്നില്ല.",
          PATH_NOTE,
          RULES_NOTE,
        ],
      },
      rules: {
        summary: `ബിൽറ്റ്-ഇൻ ${RULE_SET.manyOf}യോ അവയിൽ ഒന്നിന്റെയോ ഒരു ${RULE_SET_FILE.of}യോ പരിധികൾ കാണിക്കുക.`,
        options: {
          format: `വായിക്കാവുന്ന രൂപം (table, സ്വതവേ), അല്ലെങ്കിൽ സ്വന്തം ${RULE_SET_FILE.oneIn} ചേർക്കാനുള്ള JSON`,
          lang: LANG_OPTION,
        },
        examples: [
          `എല്ലാ ബിൽറ്റ്-ഇൻ ${withClitic(RULE_SET.many, "ും")}, അവയുടെ പരിധികളും തീയതികളും സ്രോതസ്സുകളും സഹിതം:`,
          // biome-ignore format: lines of at most 120 code units
          `കേരളത്തിന്റെ ${BALASABHA.one} ${RULE_SET.manyIn} നിന്ന് ` +
            `ഒരു പങ്കാളി സംസ്ഥാനത്തിന്റെ ${RULE_SET.many} തുടങ്ങുക:`,
          "തിരുത്തിയ ഫയൽ പരിശോധിച്ച് അതിന്റെ hash കാണുക:",
        ],
        notes: [
          // biome-ignore format: lines of at most 120 code units
          `ഒരു ${RULE_SET_FILE.oneIn} സ്വന്തം id-യും version-ഉം ` +
            "(ഉള്ളടക്കം മാറ്റിയ ബിൽറ്റ്-ഇൻ കീ നിരസിക്കും) സ്വന്തം sources-ഉം വേണം; " +
            'അത് ഏതിൽ നിന്ന് എടുത്തതാണെന്ന് "derivedFrom": "kerala.balasabha@3.0.0" എന്ന് രേഖപ്പെടുത്താം.',
        ],
      },
      sample: {
        summary: `ഒരു മാതൃകാ ${DATASET} എഴുതുക.`,
        options: {
          seed: `seed: ഒരു seed-ന് എപ്പോഴും ഒരേ ${DATASET} (സ്വതവേ 1)`,
          members: `ഏകദേശം എത്ര ${MEMBER.many} (kerala-nhg-ന്)`,
          // biome-ignore format: lines of at most 120 code units
          "meeting-weeks":
            `kerala-nhg-ന്: 2024 മാർച്ച് 31-ന് മുമ്പുള്ള N ${WEEK.manyIn} (0 മുതൽ 520 വരെ) ഓരോന്നിലും ` +
            `ഓരോ ${NHG.of}യും ഒരു ${MEETING.one}, ഹാജർ സഹിതം (സ്വതവേ 0: ${MEETING.many} ഇല്ല)`,
          // biome-ignore format: lines of at most 120 code units
          federations:
            `kerala-nhg-ന്: ${inEvery(WARD)} അവിടത്തെ ${NHG.many} ചേർന്ന ഒരു ${ADS.one}, ഓരോ ` +
            `ഗ്രാമപഞ്ചായത്തിലും അവിടത്തെ ${ADS.many} ചേർന്ന ഒരു ${CDS.one} (സ്വതവേ ഇല്ല)`,
          // biome-ignore format: lines of at most 120 code units
          format:
            "ഒരൊറ്റ JSON ഫയൽ (സ്വതവേ; മുഴുവനായി മെമ്മറിയിൽ തയ്യാറാക്കും) " +
            "അല്ലെങ്കിൽ CSV ഫയലുകളുടെ ഫോൾഡർ (വരി വരിയായി എഴുതും)",
          out: "എവിടെ എഴുതണം; നൽകിയില്ലെങ്കിൽ JSON സ്റ്റാൻഡേർഡ് ഔട്ട്പുട്ടിലേക്ക്",
          lang: LANG_OPTION,
        },
        examples: [`2021 നവംബറിലെ തിരുവനന്തപുരത്തെ ${AUXILIARY_GROUP.many}, CSV ഫോൾഡറായി:`],
        notes: [
          `പ്രീസെറ്റുകൾ: ${SAMPLE_PRESETS}.`,
          // biome-ignore format: lines of at most 120 code units
          `വലിയ മാതൃകാ ${DATASET}യ്ക്ക് --format csv ഉപയോഗിക്കുക: ഉണ്ടാക്കുന്നതിനനുസരിച്ച് വരി വരിയായി, ` +
            `പരിമിതമായ മെമ്മറിയിൽ അത് എഴുതും (45,00,000 ${MEMBER.many} ഉള്ള kerala-nhg-ന് 250 MB-ൽ താഴെ ` +
            "മതി); JSON ആകട്ടെ മുഴുവനായി മെമ്മറിയിൽ തയ്യാറാക്കുന്ന ഒരൊറ്റ ടെക്സ്റ്റാണ്:",
          "kudumbashree sample kerala-nhg --members 4500000 --meeting-weeks 4 --format csv --out kerala-csv",
        ],
      },
      schema: {
        summary: `${DATASET} ഫോർമാറ്റിന്റെ JSON Schema കാണിക്കുക.`,
        options: { lang: LANG_OPTION },
        examples: ["മറ്റൊരു ഭാഷയിലുള്ള ആപ്പിനായി ഇത് സൂക്ഷിക്കുക:"],
      },
      help: {
        summary: "ഒരു കമാൻഡിന്റെ സഹായം കാണിക്കുക.",
        options: { lang: LANG_OPTION },
        examples: ["validate-ന്റെ ഓപ്ഷനുകളും ഉദാഹരണങ്ങളും:"],
      },
    },
  },
};

/**
 * Malayalam (`ml-IN`), for Kudumbashree CDS and ADS staff and NHG office bearers in Kerala: every
 * issue message, the summary table's labels and the command line's lines and help, in the words
 * Kudumbashree itself uses (അയൽക്കൂട്ടം, എ.ഡി.എസ്, സി.ഡി.എസ്, ബാലസഭ, ഓക്സിലറി ഗ്രൂപ്പ്). Numbers are
 * grouped the Indian way (45,00,000) and dates written day first (31-03-2024); rule-set titles,
 * ids, codes and file names are kept as written. Frozen.
 *
 * @example
 * ```ts
 * import { ml } from "@kudumbashree/domain/locales/ml";
 *
 * ml.tag;
 * //=> "ml-IN"
 * ml.terms.groupKinds.neighbourhoodGroup;
 * //=> "അയൽക്കൂട്ടം"
 * ```
 *
 * @since 0.2.0
 * @public
 */
export const ml: Locale = pure(() =>
  deepFreeze({
    tag: "ml-IN",
    name: "മലയാളം",
    dateOrder: "dmy",
    terms,
    messages,
    labels,
  } satisfies Locale),
);
