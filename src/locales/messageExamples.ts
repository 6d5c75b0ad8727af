// Example params and contexts for every issue code: docs/messages.md shows each code's message
// rendered from the first example, and test/locales/catalogues.test.ts renders every example in
// every locale (with each value replaced by a sentinel) to prove each message uses each param.
// The record is typed, so a new code does not compile until it has an example here.
import type { IssueParams } from "../issues/IssueParams.js";
import type { IssueCode } from "../issues/issueCodes.js";
import type { MessageContext } from "../issues/messages/MessageContext.js";

/**
 * One example of a code: its params and where the issue is.
 *
 * @internal
 */
export interface MessageExample<C extends IssueCode> {
  readonly params: IssueParams[C];
  readonly context: MessageContext;
}

/**
 * Params that name dates (`YYYY-MM-DD`), which a message writes with `format.date`.
 *
 * @internal
 */
export const DATE_PARAMS: ReadonlySet<string> = new Set([
  "asOf",
  "dateOfBirth",
  "formedOn",
  "closedOn",
  "from",
  "to",
  "date",
  "earliest",
  "latest",
  "joinedOn",
  "agedOutOn",
]);

/**
 * Params that choose a wording rather than being quoted: `schema.invalid`'s `reason`.
 *
 * @internal
 */
export const SELECTOR_PARAMS: ReadonlySet<string> = new Set(["reason"]);

const auxiliary = {
  key: "kerala.auxiliaryGroup@2.0.0",
  title: "Kudumbashree auxiliary group for young women (Kerala, 2021)",
};
const nhg = { key: "kerala.neighbourhoodGroup@1.0.0", title: "Kudumbashree Neighbourhood Group (Kerala)" };
const balasabha = { key: "kerala.balasabha@3.0.0", title: "Kudumbashree Balasabha (Kerala, current: ages 5 to 18)" };
const ads = { key: "kerala.areaDevelopmentSociety@1.0.0", title: "Kudumbashree Area Development Society (Kerala)" };
const shg = { key: "nrlm.selfHelpGroup@2.0.0", title: "DAY-NRLM self-help group (2021)" };
const clf = {
  key: "nrlm.clusterLevelFederation@1.0.0",
  title: "DAY-NRLM Cluster Level Federation (a federation of VOs)",
};

const anitha = { kind: "membership", id: "ag-0001/P0042" } as const;
const group = { kind: "group", id: "ag-0001" } as const;
const ward = { kind: "unit", id: "w-0107" } as const;

/**
 * Every code's examples: the first is the one the docs show.
 *
 * @internal
 */
export const messageExamples: {
  readonly [C in IssueCode]: readonly [MessageExample<C>, ...MessageExample<C>[]];
} = {
  "input.unreadable": [{ params: { detail: "property people threw: access denied" }, context: {} }],
  "schema.invalid": [
    {
      params: {
        reason: "invalid_value",
        field: "kind",
        value: "NHG",
        allowed: ["neighbourhoodGroup", "auxiliaryGroup", "balasabha", "selfHelpGroup"],
        file: "groups.csv",
        line: 14,
      },
      context: { path: ["groups", 12, "kind"], subject: group },
    },
    {
      params: { reason: "missing", field: "dateOfBirth", file: "people.csv", line: 7 },
      context: { path: ["people", 5, "dateOfBirth"] },
    },
    {
      params: { reason: "invalid_type", field: "size", expected: "number", value: "ten" },
      context: { path: ["rows", 3, "size"] },
    },
    {
      params: {
        reason: "invalid_format",
        field: "dateOfBirth",
        expected: "YYYY-MM-DD",
        value: "31-02-1990",
        file: "people.csv",
        line: 9,
      },
      context: { path: ["people", 7, "dateOfBirth"] },
    },
    {
      params: { reason: "too_small", field: "schemaVersion", limit: 1, value: "0" },
      context: { path: ["schemaVersion"] },
    },
    {
      params: { reason: "too_big", field: "meetingsPerPeriod", limit: 31, value: "40" },
      context: { path: ["meetings", "count"] },
    },
    { params: { reason: "unrecognized_keys", field: "gendr" }, context: { path: ["people", 1, "gendr"] } },
    {
      params: {
        reason: "custom",
        field: "special",
        value: "Y?",
        detail: "expected yes or no (or y/n, true/false, 1/0)",
        file: "groups.csv",
        line: 3,
      },
      context: { path: ["groups", 1, "special"] },
    },
    { params: { reason: "truncated", omitted: 1250 }, context: {} },
  ],
  "id.duplicate": [{ params: undefined, context: { subject: { kind: "person", id: "P0042" }, path: ["people", 41] } }],
  "reference.unknown": [
    {
      params: { id: "w-0999" },
      context: { subject: group, path: ["groups", 0, "unitId"] },
    },
  ],
  "reference.wrong_kind": [
    {
      params: { id: "P0042", foundKind: "person" },
      context: { subject: group, path: ["groups", 0, "unitId"] },
    },
  ],
  "unit.cycle": [{ params: { cycle: ["w-0107", "lb-12", "w-0107"] }, context: { subject: ward } }],
  "unit.kind_order": [
    {
      params: { kind: "localBody", parentKind: "ward", name: "Mukkam", parentName: "Ward 7" },
      context: { subject: { kind: "unit", id: "lb-12" } },
    },
  ],
  "group.unit_kind": [
    { params: { unitKind: "district", unitId: "d-kkd" }, context: { subject: group, path: ["groups", 0, "unitId"] } },
  ],
  "group.dates_reversed": [
    { params: { formedOn: "2021-10-02", closedOn: "2021-01-01" }, context: { subject: group, path: ["groups", 0] } },
  ],
  "membership.dates_reversed": [
    {
      params: { from: "2021-10-02", to: "2021-01-01" },
      context: { subject: anitha, path: ["memberships", 3] },
    },
  ],
  "age.below_band": [
    {
      params: { age: 17, min: 18, max: 40, dateOfBirth: "2004-03-15", asOf: "2021-11-30" },
      context: { subject: anitha, label: "Anitha (P0042)", ruleSet: auxiliary },
    },
  ],
  "age.above_band": [
    {
      params: { age: 42, min: 18, max: 40, dateOfBirth: "1979-05-02", asOf: "2021-11-30" },
      context: { subject: anitha, label: "Anitha (P0042)", ruleSet: auxiliary },
    },
  ],
  "age.unknown": [{ params: { min: 18, max: 40 }, context: { subject: anitha, label: "Anitha (P0042)" } }],
  "gender.not_allowed": [
    {
      params: { gender: "male", allowed: ["female"] },
      context: { subject: anitha, label: "Arun (P0043)", ruleSet: auxiliary },
    },
  ],
  "group.below_min_size": [
    {
      params: { size: 9, min: 10, max: 20, special: false },
      context: { subject: group, label: "Pookkalam (ag-0001)", ruleSet: nhg },
    },
    {
      params: { size: 4, min: 5, max: 20, special: true },
      context: { subject: group, label: "Pookkalam (ag-0001)", ruleSet: nhg },
    },
  ],
  "group.above_max_size": [
    {
      params: { size: 51, min: 10, max: 50, special: false },
      context: { subject: group, label: "Pookkalam (ag-0001)", ruleSet: auxiliary },
    },
    {
      params: { size: 26, min: 5, max: 25, special: true },
      context: { subject: group, label: "Pookkalam (ag-0001)", ruleSet: auxiliary },
    },
  ],
  "household.duplicate": [
    {
      params: { householdId: "H-311", personIds: ["P0042", "P0044"] },
      context: { subject: group, label: "Pookkalam (ag-0001)", ruleSet: nhg },
    },
  ],
  "membership.multiple_groups": [
    {
      params: { personId: "P0042", groupIds: ["ag-0001", "ag-0002"], kind: "auxiliaryGroup", asOf: "2021-11-30" },
      context: {},
    },
  ],
  "meeting.cadence_missed": [
    {
      params: { periodsJudged: 12, periodsMissed: 3, firstMissed: "2021-06", lastMissed: "2021-09", required: 1 },
      context: { subject: group, label: "Pookkalam (ag-0001)", ruleSet: auxiliary },
    },
    {
      params: { periodsJudged: 4, periodsMissed: 1, firstMissed: "2022-W02", lastMissed: "2022-W02", required: 1 },
      context: { subject: group, label: "Pookkalam (ag-0001)", ruleSet: shg },
    },
  ],
  "meeting.cadence_unknown": [{ params: undefined, context: {} }],
  "ward.no_group": [
    {
      params: { kind: "auxiliaryGroup", asOf: "2021-11-30" },
      context: { subject: ward, label: "Ward 7 (w-0107)", ruleSet: auxiliary },
    },
  ],
  "ward.extra_group_not_needed": [
    {
      params: { kind: "auxiliaryGroup", groups: 2, members: 40, needed: 1, max: 50 },
      context: { subject: ward, label: "Ward 7 (w-0107)", ruleSet: auxiliary },
    },
  ],
  "leadership.missing": [
    {
      params: { role: "volunteer", required: 3, found: 2 },
      context: { subject: group, label: "Pookkalam (ag-0001)", ruleSet: nhg },
    },
  ],
  "leadership.girl_required": [
    {
      params: { roles: ["president", "secretary"] },
      context: { subject: { kind: "group", id: "bs-0003" }, label: "Mazhavil (bs-0003)", ruleSet: balasabha },
    },
  ],
  "federation.too_few_groups": [
    {
      params: { memberGroups: 1, min: 2, memberKind: "neighbourhoodGroup" },
      context: { subject: { kind: "federation", id: "ads-07" }, label: "ADS Ward 7 (ads-07)", ruleSet: ads },
    },
  ],
  "federation.duplicate_in_ward": [
    {
      params: { unitId: "w-0107", count: 2 },
      context: { subject: { kind: "federation", id: "ads-08" }, label: "ADS Ward 7 (ads-08)", ruleSet: ads },
    },
  ],
  "date.implausible": [
    {
      params: { field: "meetings.date", date: "2201-01-01", earliest: "1950-01-01", latest: "2021-11-30" },
      context: { subject: { kind: "meeting", id: "m-77" }, path: ["meetings", 76, "date"] },
    },
  ],
  "membership.duplicate": [
    { params: { personId: "P0042", groupId: "ag-0001", rows: 2 }, context: { path: ["memberships", 9] } },
  ],
  "id.lookalike": [
    { params: { id: "P0042 ", other: "P0042", collection: "people" }, context: { path: ["people", 88, "id"] } },
  ],
  "summary.inconsistent": [
    {
      params: { unitId: "w-0107", kind: "balasabha", field: "members", rule: "part_above_whole" },
      context: { path: ["rows", 6, "byKind", "balasabha", "members"] },
    },
  ],
  "reference.set_aside": [
    {
      params: { id: "P0042", because: "schema.invalid" },
      context: { subject: { kind: "membership", id: "ag-0001/P0042" }, path: ["memberships", 3, "personId"] },
    },
  ],
  "village.no_group": [
    {
      params: { kind: "selfHelpGroup", asOf: "2024-03-31" },
      context: { subject: { kind: "unit", id: "v-2031" }, label: "Dhekiajuli (v-2031)", ruleSet: shg },
    },
  ],
  "federation.member_too_young": [
    {
      params: { memberId: "vo-12", formedOn: "2024-01-10", ageMonths: 2, minAgeMonths: 6 },
      context: { subject: { kind: "federation", id: "clf-3" }, label: "Borsola CLF (clf-3)", ruleSet: clf },
    },
  ],
  "meeting.attendee_not_member": [
    {
      params: { personId: "P0099", groupId: "ag-0001" },
      context: { subject: { kind: "meeting", id: "m-77" }, path: ["meetings", 76, "attendeeIds", 2] },
    },
  ],
  "input.columns_ignored": [{ params: { file: "people.csv", columns: ["Mobile", "Caste"] }, context: {} }],
  "household.multiple_groups": [
    {
      params: {
        householdId: "H-311",
        personId: "P0044",
        groupId: "nhg-0002",
        otherPersonId: "P0042",
        otherGroupId: "nhg-0001",
      },
      context: { ruleSet: nhg },
    },
  ],
  "federation.member_in_two": [
    {
      params: { memberId: "nhg-0001", otherFederationId: "ads-07" },
      context: { subject: { kind: "federation", id: "ads-08" }, label: "ADS Ward 8 (ads-08)", ruleSet: ads },
    },
  ],
  "age.out_of_band_at_joining": [
    {
      params: { age: 41, min: 18, max: 40, dateOfBirth: "1980-01-01", joinedOn: "2021-10-02" },
      context: { subject: anitha, label: "Anitha (P0042)", ruleSet: auxiliary },
    },
  ],
  "age.aged_out": [
    {
      params: { age: 41, max: 40, dateOfBirth: "1983-01-01", agedOutOn: "2024-01-01" },
      context: { subject: anitha, label: "Anitha (P0042)", ruleSet: auxiliary },
    },
  ],
  "ward.coverage_gap": [
    {
      params: { kind: "auxiliaryGroup", asOf: "2021-11-30" },
      context: { subject: ward, label: "Ward 7 (w-0107)", ruleSet: auxiliary },
    },
  ],
};
