import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { foldId } from "../../src/dataset/findLookalikes.js";
import { Id } from "../../src/entities/Id.js";
import { type Dataset, datasetJsonSchema, parseDataset } from "../../src/index.js";
import { tinyDataset } from "../helpers/example.js";

const VISIBLE = "an id must have a visible character";
const SURROGATE = "an id must not contain a lone surrogate (broken Unicode)";
/** How a schema.invalid message says what an id must be. */
const USABLE = "a usable id: it needs a visible character, and no broken Unicode";

const hostile = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`../fixtures/hostile/${name}`, import.meta.url), "utf8"));

/** A valid dataset with a record in every collection, so that every id field has a value. */
function everyField(): Dataset {
  const dataset = tinyDataset();
  dataset.federations = [{ id: "f1", kind: "areaDevelopmentSociety", unitId: "w1", memberIds: ["g1"] }];
  return dataset;
}

/** Every id and id reference field: where it is, with the path of its value in `everyField()`. */
const idFields: readonly (readonly (string | number)[])[] = [
  ["units", 2, "id"],
  ["units", 2, "parentId"],
  ["people", 0, "id"],
  ["people", 0, "householdId"],
  ["groups", 0, "id"],
  ["groups", 0, "unitId"],
  ["federations", 0, "id"],
  ["federations", 0, "unitId"],
  ["federations", 0, "memberIds", 0],
  ["memberships", 0, "groupId"],
  ["memberships", 0, "personId"],
  ["meetings", 0, "id"],
  ["meetings", 0, "groupId"],
  ["meetings", 0, "attendeeIds", 0],
];

function withValue(path: readonly (string | number)[], value: string): Dataset {
  const dataset = everyField();
  let record = dataset as unknown as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) record = record[key] as Record<string | number, unknown>;
  record[path.at(-1) as string | number] = value;
  return dataset;
}

describe("Id", () => {
  it.each([
    "p1",
    "KL-TVM-W001",
    "a b",
    " p1 ",
    "p1\u200b",
    "\u00e9",
    "\uff50\uff11",
    "\u0d15\u0d41\u0d1f\u0d41\u0d02\u0d2c\u0d36\u0d4d\u0d30\u0d40",
    "\ud83d\ude00",
    "x\ud83d\ude00y",
    "__proto__",
  ])("accepts %j", (value) => {
    expect(Id.safeParse(value).success).toBe(true);
  });

  it.each([
    ["", VISIBLE],
    [" ", VISIBLE],
    ["\t\n\r\v\f", VISIBLE],
    ["\u00a0\u2003\u3000\u2028\u2029", VISIBLE],
    ["\u200b", VISIBLE],
    ["\u200b\u200c\u200d\u2060\ufeff\u00ad", VISIBLE],
    [" \u202e ", VISIBLE],
    ["\ufe0f", VISIBLE],
    ["\ud800", SURROGATE],
    ["\udfff", SURROGATE],
    ["p\ud800", SURROGATE],
    ["\udc00p", SURROGATE],
    ["\ude00\ud83d", SURROGATE],
    ["p\ud83d\ud83d\ude00", SURROGATE],
    [" \ud800 ", SURROGATE],
  ])("refuses %j: %s", (value, message) => {
    expect(Id.safeParse(value).error?.issues.map((issue) => issue.message)).toEqual([message]);
  });

  it("refuses what is not a string", () => {
    for (const value of [1, null, undefined, {}, ["p1"]]) expect(Id.safeParse(value).success).toBe(false);
  });

  it("counts as invisible exactly the characters a lookalike fold removes or trims", () => {
    // Every UTF-16 code unit that is not a surrogate: alone it is an id exactly when the fold keeps it.
    for (let code = 0; code < 0x10000; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const char = String.fromCharCode(code);
      const invisible = /\s/.test(char) || foldId(`x${char}`) === "x";
      if (Id.safeParse(char).success === invisible) {
        throw new Error(`U+${code.toString(16).padStart(4, "0")}: Id and the fold disagree`);
      }
    }
  });
});

describe("id fields of a dataset", () => {
  it("every id and reference field is an Id", () => {
    for (const path of idFields) {
      // The message echoes the value with invisible characters and lone surrogates escaped.
      for (const [value, shown] of [
        ["  ", "  "],
        ["\u200b", "\\u200b"],
        ["\ud800", "\\ud800"],
        ["p\udc00", "p\\udc00"],
      ] as const) {
        const result = parseDataset(withValue(path, value));
        expect(result.ok, `${path.join(".")} = ${JSON.stringify(value)}`).toBe(false);
        // The record is set aside; what named it then names nothing (reference.set_aside or .unknown).
        const shape = result.issues.filter((issue) => issue.code === "schema.invalid");
        const field = path.filter((key) => typeof key === "string").at(-1);
        const where = path.map((key, i) => (typeof key === "number" ? `[${key}]` : i === 0 ? key : `.${key}`)).join("");
        expect(shape.map((issue) => [issue.code, issue.path, issue.params, issue.message])).toEqual([
          [
            "schema.invalid",
            path,
            { reason: "invalid_format", field, value: shown, expected: "id" },
            `${where}: "${shown}" is not ${USABLE}.`,
          ],
        ]);
      }
    }
  });

  it("the JSON Schema refers every id field to one definition whose pattern is the Id rule", () => {
    const schema = datasetJsonSchema();
    const refs: string[] = [];
    const walk = (node: unknown, path: string): void => {
      if (typeof node !== "object" || node === null) return;
      const record = node as Record<string, unknown>;
      if (record["$ref"] === "#/$defs/id") refs.push(path);
      for (const [key, value] of Object.entries(record)) walk(value, `${path}/${key}`);
    };
    walk(schema, "");
    // Every property named id, ...Id or ...Ids (items) refers to it, and nothing else does.
    const named = refs.map((path) =>
      path
        .replace(/\/items$/, "")
        .split("/")
        .at(-1),
    );
    expect(new Set(named)).toEqual(
      new Set(["id", "parentId", "householdId", "unitId", "memberIds", "groupId", "personId", "attendeeIds"]),
    );
    expect(refs).toHaveLength(20); // 14 fields, a group's two once per group kind
    const definition = (schema["$defs"] as Record<string, { pattern: string; description: string }>)["id"];
    expect(definition?.description).toMatch(/visible character.*lone UTF-16 surrogate/);
    // The pattern gives Id's answers, read as ECMAScript with or without the `u` flag (as Ajv does).
    for (const flags of ["", "u"]) {
      const pattern = new RegExp(definition?.pattern ?? "", flags);
      for (const value of ["p1", " ", "", "\u200b", "p\u200b", "\ud800", "\ud83d\ude00", "a\udc00", "\u3000x"]) {
        expect(pattern.test(value), `${JSON.stringify(value)} /${flags}`).toBe(Id.safeParse(value).success);
      }
    }
  });

  it("refuses the hostile fixture of whitespace-only and invisible ids, naming every field", () => {
    const result = parseDataset(hostile("ids-whitespace-only.json"));
    expect(result.ok).toBe(false);
    expect(result.issues.map((issue) => [issue.path?.join("."), issue.params?.["reason"]])).toEqual(
      [
        "units.0.id",
        "units.1.parentId",
        "people.0.id",
        "people.1.householdId",
        "groups.0.id",
        "groups.0.unitId",
        "federations.0.id",
        "federations.0.memberIds.0",
        "memberships.0.groupId",
        "memberships.0.personId",
        "meetings.0.id",
        "meetings.0.groupId",
        "meetings.0.attendeeIds.1",
      ].map((path) => [path, "invalid_format"]),
    );
    for (const issue of result.issues) expect(issue.message).toMatch(/" is not a usable id: it needs a visible /);
  });

  it("refuses the hostile fixture of lone surrogates, naming every field", () => {
    const result = parseDataset(hostile("ids-lone-surrogate.json"));
    expect(result.ok).toBe(false);
    expect(result.issues.map((issue) => issue.path?.join("."))).toEqual([
      "units.0.id",
      "units.1.parentId",
      "people.0.id",
      "people.1.householdId",
      "groups.0.id",
      "groups.0.unitId",
      "federations.0.id",
      "federations.0.memberIds.0",
      "memberships.0.personId",
      "meetings.0.id",
      "meetings.0.groupId",
      "meetings.0.attendeeIds.1",
    ]);
    for (const issue of result.issues) {
      expect(issue.params?.["value"]).toMatch(/\\ud[89a-f][0-9a-f]{2}/); // the lone surrogate, escaped
      expect(issue.message.endsWith(` is not ${USABLE}.`)).toBe(true);
    }
    // The well-formed pair in memberships.0.groupId ("g" and an emoji) is accepted.
    expect(result.issues.some((issue) => issue.path?.join(".") === "memberships.0.groupId")).toBe(false);
  });
});
