// Schema messages for people (issue 16, point 3): every shape problem is a schema.invalid issue with
// structured params (reason, field, value as written, expected, allowed, limit); one field gives one
// issue; zod's own English never reaches a message.
import { describe, expect, it } from "vitest";
import {
  emptySummary,
  type Issue,
  keralaBalasabhaCurrent,
  parseDataset,
  parseRuleSet,
  parseSummary,
  summarize,
  summarizeStream,
} from "../../src/index.js";
import { tinyDataset } from "../helpers/example.js";

type Mutable = Record<string, unknown>;
type Collection = "units" | "people" | "groups" | "federations" | "memberships" | "meetings";

/** zod's English, which must never be a message. */
const ZOD_ENGLISH = /Invalid input|Invalid option|Invalid discriminator|Too (big|small):|expected \w+, received/;

const GROUP_KINDS = ["neighbourhoodGroup", "auxiliaryGroup", "balasabha", "selfHelpGroup"];
const GENDERS = ["female", "male", "transgender"];
const ROLES = ["member", "president", "secretary", "volunteer", "leader", "deputyLeader", "resourcePerson"];

/** The tiny dataset with one field of one record set to `value` (`undefined`: the field left out). */
function withCell(collection: Collection, field: string, value: unknown, extra: Mutable = {}): unknown {
  const dataset = tinyDataset() as unknown as Record<Collection, Mutable[]>;
  dataset.federations = [{ id: "f1", kind: "areaDevelopmentSociety", unitId: "w1", memberIds: ["g1"] }];
  const record = { ...(dataset[collection][0] as Mutable), ...extra };
  if (value === undefined) delete record[field];
  else record[field] = value;
  dataset[collection][0] = record;
  return dataset;
}

const shapeIssues = (input: unknown) => parseDataset(input).issues.filter((issue) => issue.code === "schema.invalid");

describe("a hostile cell gives exactly one issue, saying what is wrong with it", () => {
  const cases: [string, Collection, string, unknown, Mutable][] = [
    // Dates: a format error is not also "not a real date".
    [
      "a date written DD/MM/YYYY",
      "people",
      "dateOfBirth",
      "31/02/1990",
      { reason: "invalid_format", value: "31/02/1990", expected: "YYYY-MM-DD" },
    ],
    [
      "a date that names no day",
      "people",
      "dateOfBirth",
      "1990-02-31",
      { reason: "invalid_format", value: "1990-02-31", expected: "YYYY-MM-DD" },
    ],
    [
      "29 February of a year that is not a leap year",
      "groups",
      "formedOn",
      "2021-02-29",
      { reason: "invalid_format", value: "2021-02-29", expected: "YYYY-MM-DD" },
    ],
    ["an empty date", "meetings", "date", "", { reason: "invalid_format", value: "", expected: "YYYY-MM-DD" }],
    [
      "a date as a number",
      "memberships",
      "from",
      20211002,
      { reason: "invalid_type", value: "20211002", expected: "string" },
    ],
    ["a missing date", "meetings", "date", undefined, { reason: "missing" }],
    // Ids.
    ["a blank id", "people", "id", "   ", { reason: "invalid_format", value: "   ", expected: "id" }],
    [
      "an invisible id",
      "units",
      "id",
      "\u200b\ufeff",
      { reason: "invalid_format", value: "\\u200b\\ufeff", expected: "id" },
    ],
    [
      "a lone surrogate",
      "groups",
      "unitId",
      "w\ud800",
      { reason: "invalid_format", value: "w\\ud800", expected: "id" },
    ],
    ["an id as a number", "people", "id", 42, { reason: "invalid_type", value: "42", expected: "string" }],
    ["a missing id", "groups", "id", undefined, { reason: "missing" }],
    // Enums and the discriminator list what is allowed.
    ["a gender not known", "people", "gender", "F", { reason: "invalid_value", value: "F", allowed: GENDERS }],
    ["a missing gender", "people", "gender", undefined, { reason: "missing", allowed: GENDERS }],
    [
      "a role in another case",
      "memberships",
      "role",
      "Member",
      { reason: "invalid_value", value: "Member", allowed: ROLES },
    ],
    ["an abbreviated kind", "groups", "kind", "nhg", { reason: "invalid_value", value: "nhg", allowed: GROUP_KINDS }],
    ["a missing kind", "groups", "kind", undefined, { reason: "missing", allowed: GROUP_KINDS }],
    ["a kind of the wrong type", "groups", "kind", 7, { reason: "invalid_value", value: "7", allowed: GROUP_KINDS }],
    // Yes/no fields of JSON are booleans.
    ["special as a letter", "groups", "special", "Y", { reason: "invalid_type", value: '"Y"', expected: "boolean" }],
    ["special as a number", "groups", "special", 1, { reason: "invalid_type", value: "1", expected: "boolean" }],
    ["special as null", "groups", "special", null, { reason: "invalid_type", value: "null", expected: "boolean" }],
    // Lists: one issue for the field, however many of its items are wrong.
    [
      "ids in one string",
      "federations",
      "memberIds",
      "g1;g2",
      { reason: "invalid_type", value: '"g1;g2"', expected: "array" },
    ],
    [
      "three bad attendees",
      "meetings",
      "attendeeIds",
      ["p1", "", " ", "\u200b"],
      { reason: "invalid_format", value: "", expected: "id" },
    ],
    // Lengths, and a refinement, which alone keeps its English as detail.
    ["an empty LGD code", "units", "lgdCode", "", { reason: "too_small", value: "", expected: "string", limit: 1 }],
    [
      "a local body type on a district",
      "units",
      "localBodyType",
      "corporation",
      { reason: "custom", value: "corporation", detail: "localBodyType is only allowed on a unit of kind localBody" },
    ],
    // Values are cut to 40 characters and escaped.
    [
      "a long name of a kind",
      "groups",
      "kind",
      `neighbourhood${"G".repeat(60)}`,
      { reason: "invalid_value", value: `neighbourhood${"G".repeat(27)}…`, allowed: GROUP_KINDS },
    ],
    [
      "bidi and control characters",
      "people",
      "gender",
      "fe\u202emale\u001b[31m\n",
      { reason: "invalid_value", value: "fe\\u202emale\\u001b[31m\\u000a", allowed: GENDERS },
    ],
  ];

  it.each(cases)("%s", (_, collection, field, value, params) => {
    const issues = shapeIssues(withCell(collection, field, value));
    const path = field === "attendeeIds" ? [collection, 0, field, 1] : [collection, 0, field];
    expect(issues.map((issue) => [issue.path, issue.params])).toEqual([[path, { field, ...params }]]);
    expect(issues[0]?.message).not.toMatch(ZOD_ENGLISH);
  });

  it("an unknown field lists the fields, and says what it holds", () => {
    const issues = shapeIssues(withCell("people", "gendr", "female"));
    expect(issues.map((issue) => [issue.path, issue.params, issue.message])).toEqual([
      [
        ["people", 0, "gendr"],
        {
          reason: "unrecognized_keys",
          field: "gendr",
          value: '"female"',
          allowed: ["id", "name", "dateOfBirth", "gender", "householdId"],
        },
        'people[0].gendr: not a field the format knows (it holds "female"); ' +
          "the fields are: id, name, dateOfBirth, gender, householdId.",
      ],
    ]);
  });

  it("a record with several bad fields gives one issue per field, in field order", () => {
    const input = withCell("people", "dateOfBirth", "1990/01/01", { id: " ", gender: "F", extra: 1 });
    expect(shapeIssues(input).map((issue) => [issue.path?.join("."), issue.params?.["reason"]])).toEqual([
      ["people.0.id", "invalid_format"],
      ["people.0.dateOfBirth", "invalid_format"],
      ["people.0.gender", "invalid_value"],
      ["people.0.extra", "unrecognized_keys"],
    ]);
  });

  it("a value is cut between characters, never inside a surrogate pair", () => {
    const issues = shapeIssues(withCell("people", "gender", `${"x".repeat(39)}\u{1f600}tail`));
    expect(issues[0]?.params?.["value"]).toBe(`${"x".repeat(39)}…`);
    const exact = shapeIssues(withCell("people", "gender", "y".repeat(40)));
    expect(exact[0]?.params?.["value"]).toBe("y".repeat(40));
  });

  it("a dataset that is wrong as a whole still gives one issue per field", () => {
    const input = withCell("people", "dateOfBirth", "31/02/1990") as Mutable;
    input["schemaVersion"] = 2;
    expect(shapeIssues(input).map((issue) => [issue.path?.join("."), issue.params])).toEqual([
      ["schemaVersion", { reason: "invalid_value", field: "schemaVersion", value: "2", allowed: ["1"] }],
      [
        "people.0.dateOfBirth",
        { reason: "invalid_format", field: "dateOfBirth", value: "31/02/1990", expected: "YYYY-MM-DD" },
      ],
    ]);
    const notAnObject = parseDataset("a dataset").issues;
    expect(notAnObject.map((issue) => [issue.params, issue.message])).toEqual([
      [
        { reason: "invalid_type", value: '"a dataset"', expected: "object" },
        'The input: "a dataset" is not an object.',
      ],
    ]);
  });
});

describe("the English message of each reason", () => {
  const message = (collection: Collection, field: string, value: unknown) =>
    shapeIssues(withCell(collection, field, value))[0]?.message;

  it("names the path, the value and what is expected or allowed", () => {
    expect(message("people", "dateOfBirth", "31/02/1990")).toBe(
      'people[0].dateOfBirth: "31/02/1990" is not a real date written YYYY-MM-DD.',
    );
    expect(message("groups", "kind", "nhg")).toBe(
      'groups[0].kind: "nhg" is not allowed; kind must be one of: ' +
        "neighbourhoodGroup, auxiliaryGroup, balasabha, selfHelpGroup.",
    );
    expect(message("people", "gender", undefined)).toBe(
      "people[0].gender: missing; gender must be one of: female, male, transgender.",
    );
    expect(message("groups", "id", undefined)).toBe("groups[0].id: missing; id is required.");
    // A value of the wrong type is written as JSON writes it: a number bare, a string in quotes.
    expect(message("people", "id", 42)).toBe("people[0].id: 42 is not text.");
    expect(message("groups", "special", "Y")).toBe('groups[0].special: "Y" is not true or false.');
    expect(message("meetings", "attendeeIds", ["p1", "\u200b"])).toBe(
      'meetings[0].attendeeIds[1]: "\\u200b" is not a usable id: it needs a visible character, and no broken Unicode.',
    );
    expect(message("units", "lgdCode", "")).toBe(
      'units[0].lgdCode: "" is too small; lgdCode must have at least 1 character.',
    );
  });
});

describe("the stream path says what the in-memory path says", () => {
  it("a bad group: the same params, each path in its own input", async () => {
    const dataset = tinyDataset();
    const bad = { id: "g2", kind: "nhg", unitId: "w1" } as unknown as (typeof dataset.groups)[number];
    const inMemory = summarize({ ...dataset, groups: [...dataset.groups, bad] }, { level: "ward", asOf: "2021-11-30" });
    const streamed = await summarizeStream(
      dataset.units,
      [...dataset.groups, bad].map((group) => ({ type: "group" as const, group })),
      { level: "ward", asOf: "2021-11-30" },
    );
    const shape = (issues: readonly Issue[]) =>
      issues.filter((issue) => issue.code === "schema.invalid").map((issue) => issue.params);
    expect(shape(streamed.issues)).toEqual(shape(inMemory.issues));
    expect(shape(streamed.issues)).toEqual([
      { reason: "invalid_value", field: "kind", value: "nhg", allowed: GROUP_KINDS },
    ]);
    expect(streamed.issues.map((issue) => [issue.path, issue.message])).toEqual([
      [["records", 1], `records[1].kind: "nhg" is not allowed; kind must be one of: ${GROUP_KINDS.join(", ")}.`],
    ]);
    expect(inMemory.issues[0]?.path).toEqual(["groups", 1, "kind"]);
  });

  it("a bad date of birth in a membership record", async () => {
    const dataset = tinyDataset();
    const records = [
      ...dataset.groups.map((group) => ({ type: "group" as const, group })),
      { type: "membership" as const, membership: dataset.memberships[0], dateOfBirth: "12/06/1995" },
    ] as Parameters<typeof summarizeStream>[1] & unknown[];
    const streamed = await summarizeStream(dataset.units, records, { level: "ward", asOf: "2021-11-30" });
    expect(streamed.issues.map((issue) => issue.params)).toEqual([
      { reason: "invalid_format", field: "dateOfBirth", value: "12/06/1995", expected: "YYYY-MM-DD" },
    ]);
  });
});

describe("summaries and rule sets use the same params", () => {
  it("parseSummary: a type, a value not allowed, an unknown field, a summary that is not one", () => {
    const summary = JSON.parse(JSON.stringify(emptySummary())) as Mutable;
    const total = summary["total"] as Mutable;
    const forged = { ...summary, level: "taluk", hello: 1, total: { ...total, groups: "1" } };
    expect(parseSummary(forged).issues.map((issue) => [issue.path?.join("."), issue.params, issue.message])).toEqual([
      [
        "level",
        {
          reason: "invalid_value",
          field: "level",
          value: "taluk",
          allowed: ["country", "state", "district", "block", "localBody", "ward", "village"],
        },
        'level: "taluk" is not allowed; level must be one of: ' +
          "country, state, district, block, localBody, ward, village.",
      ],
      [
        "total.groups",
        { reason: "invalid_type", field: "groups", value: '"1"', expected: "number" },
        'total.groups: "1" is not a number.',
      ],
      [
        "hello",
        expect.objectContaining({ reason: "unrecognized_keys", field: "hello", value: "1" }),
        expect.stringMatching(/^hello: not a field the format knows \(it holds 1\); the fields are: format, /),
      ],
    ]);
    expect(parseSummary([1]).issues.map((issue) => [issue.params, issue.message])).toEqual([
      [{ reason: "invalid_type", value: "[…]", expected: "object" }, "The input: […] is not an object."],
    ]);
    expect(parseSummary({ hello: 1 }).issues.map((issue) => issue.params)).toEqual([
      { reason: "missing", field: "format", allowed: ["kudumbashree.summary"] },
    ]);
  });

  it("parseRuleSet: a fraction, an abbreviated kind, a date, each its one issue", () => {
    const result = parseRuleSet({
      ...keralaBalasabhaCurrent,
      id: "tripura.balasabha",
      groupKind: "bs",
      ageBand: { min: 5.5, max: 18 },
      effectiveFrom: "1/4/2024",
    });
    expect(result.issues.map((issue) => [issue.path?.join("."), issue.params])).toEqual([
      ["groupKind", expect.objectContaining({ reason: "invalid_value", field: "groupKind", value: "bs" })],
      [
        "effectiveFrom",
        { reason: "invalid_format", field: "effectiveFrom", value: "1/4/2024", expected: "YYYY-MM-DD" },
      ],
      ["ageBand.min", { reason: "invalid_type", field: "min", value: "5.5", expected: "integer" }],
    ]);
    expect(result.issues.map((issue) => issue.message).filter((text) => ZOD_ENGLISH.test(text))).toEqual([]);
    expect(result.issues[2]?.message).toBe("ageBand.min: 5.5 is not a whole number.");
  });
});
