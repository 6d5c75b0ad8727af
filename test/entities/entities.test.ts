import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readCsvDataset } from "../../src/cli/csvDataset.js";
import {
  Dataset,
  datasetJsonSchema,
  Federation,
  Group,
  IsoDate,
  Meeting,
  Membership,
  Person,
  parseDataset,
  SpecialCategory,
  Unit,
} from "../../src/index.js";

describe("IsoDate", () => {
  it.each(["2021-11-06", "2020-02-29", "2000-02-29", "1999-12-31", "0001-01-01"])("accepts %s", (value) => {
    expect(IsoDate.safeParse(value).success).toBe(true);
  });
  it.each([
    "2021-02-29",
    "1900-02-29",
    "2021-13-01",
    "2021-00-10",
    "2021-04-31",
    "2021-11-6",
    "21-11-06",
    "2021-11-06T00:00:00Z",
    " 2021-11-06",
    "",
  ])("rejects %j", (value) => {
    expect(IsoDate.safeParse(value).success).toBe(false);
  });
  it("rejects non-strings", () => {
    for (const value of [20211106, null, undefined, new Date(2021, 10, 6), {}])
      expect(IsoDate.safeParse(value).success).toBe(false);
  });
});

describe("Unit", () => {
  it("accepts every level of the tree", () => {
    expect(Unit.parse({ id: "KL", kind: "state", name: "Kerala", lgdCode: "32" })).toEqual({
      id: "KL",
      kind: "state",
      name: "Kerala",
      lgdCode: "32",
    });
    expect(Unit.safeParse({ id: "v1", kind: "village", name: "Amarpur", parentId: "b1" }).success).toBe(true);
  });
  it("allows localBodyType only on a local body", () => {
    const error = Unit.safeParse({ id: "w1", kind: "ward", name: "Ward 1", localBodyType: "municipality" }).error;
    expect(error?.issues[0]?.path).toEqual(["localBodyType"]);
  });
  it("rejects unknown kinds, empty ids and unknown keys", () => {
    expect(Unit.safeParse({ id: "x", kind: "taluk", name: "X" }).error?.issues[0]?.path).toEqual(["kind"]);
    expect(Unit.safeParse({ id: "", kind: "ward", name: "X" }).error?.issues[0]?.path).toEqual(["id"]);
    expect(Unit.safeParse({ id: "x", kind: "ward", name: "X", parentID: "y" }).error?.issues[0]?.code).toBe(
      "unrecognized_keys",
    );
  });
});

describe("Person", () => {
  it("accepts a person without optional fields", () => {
    expect(Person.parse({ id: "p1", gender: "transgender" })).toEqual({ id: "p1", gender: "transgender" });
  });
  it("rejects an impossible date of birth and an unknown gender", () => {
    expect(Person.safeParse({ id: "p1", gender: "female", dateOfBirth: "2003-02-29" }).error?.issues[0]?.path).toEqual([
      "dateOfBirth",
    ]);
    expect(Person.safeParse({ id: "p1", gender: "f" }).error?.issues[0]?.path).toEqual(["gender"]);
  });
});

describe("Group", () => {
  it.each(["neighbourhoodGroup", "auxiliaryGroup", "balasabha", "selfHelpGroup"] as const)("accepts a %s", (kind) => {
    expect(Group.parse({ id: "g", kind, unitId: "w1", formedOn: "2021-10-02", special: false }).kind).toBe(kind);
  });
  it("rejects an unknown kind and a missing unit", () => {
    expect(Group.safeParse({ id: "g", kind: "club", unitId: "w1" }).success).toBe(false);
    expect(Group.safeParse({ id: "g", kind: "balasabha" }).error?.issues[0]?.path).toEqual(["unitId"]);
  });
});

// Issue 15: the special groups the sources name (domain.md sections 1 and 5, and the review).
describe("Group.specialCategory", () => {
  const shg = { id: "g", kind: "selfHelpGroup", unitId: "v1" } as const;

  it("names the categories of the sources, and implies special", () => {
    expect(SpecialCategory.options).toEqual([
      "disability",
      "elderly",
      "transgender",
      "hiv",
      "destitute",
      "scheduledTribe",
      "mothersOfMentallyChallengedChildren",
      "remoteArea",
      "difficultArea",
    ]);
    expect(Group.parse({ ...shg, specialCategory: "disability" })).toEqual({ ...shg, specialCategory: "disability" });
    expect(Group.safeParse({ ...shg, special: true, specialCategory: "elderly" }).success).toBe(true);
    // special: true alone stays readable: a special group whose category is not recorded.
    expect(Group.safeParse({ ...shg, special: true }).success).toBe(true);
  });

  it("refuses special: false beside a category, and a category the sources do not name", () => {
    const contradiction = Group.safeParse({ ...shg, special: false, specialCategory: "transgender" }).error?.issues;
    expect(contradiction?.map((issue) => [issue.path, issue.message])).toEqual([
      [
        ["special"],
        "a group with a specialCategory is special, so special must be true (yes) or left out, not false (no)",
      ],
    ]);
    expect(Group.safeParse({ ...shg, specialCategory: "widows" }).error?.issues[0]?.path).toEqual(["specialCategory"]);
    const parsed = parseDataset({
      schemaVersion: 1,
      units: [{ id: "v1", kind: "village", name: "Village 1" }],
      people: [],
      groups: [{ ...shg, special: false, specialCategory: "hiv" }],
      memberships: [],
    });
    expect(parsed.issues.map((issue) => [issue.code, issue.path])).toEqual([
      ["schema.invalid", ["groups", 0, "special"]],
    ]);
  });

  it("is in the JSON Schema, with the same rule against special: false", () => {
    const schema = datasetJsonSchema() as {
      properties: { groups: { items: { oneOf?: Record<string, unknown>[]; anyOf?: Record<string, unknown>[] } } };
    };
    const variants = schema.properties.groups.items.oneOf ?? schema.properties.groups.items.anyOf ?? [];
    expect(variants).toHaveLength(4);
    for (const variant of variants) {
      expect((variant.properties as Record<string, { enum?: string[] }>).specialCategory?.enum).toEqual(
        SpecialCategory.options,
      );
      expect(variant.not).toEqual({
        properties: { special: { const: false } },
        required: ["special", "specialCategory"],
      });
    }
  });

  it("is read from an optional specialCategory column of groups.csv", () => {
    const folder = mkdtempSync(join(tmpdir(), "kudumbashree-entities-"));
    try {
      writeFileSync(join(folder, "units.csv"), "id,kind,name\r\nv1,village,Village 1\r\n");
      writeFileSync(join(folder, "people.csv"), "id,gender\r\n");
      writeFileSync(
        join(folder, "groups.csv"),
        "id,kind,unitId,special,specialCategory\r\ng1,selfHelpGroup,v1,,disability\r\ng2,selfHelpGroup,v1,yes,\r\n",
      );
      writeFileSync(join(folder, "memberships.csv"), "groupId,personId,role\r\n");
      const read = readCsvDataset(folder);
      expect(read.issues).toEqual([]);
      expect((read.input as Dataset).groups).toEqual([
        { id: "g1", kind: "selfHelpGroup", unitId: "v1", specialCategory: "disability" },
        { id: "g2", kind: "selfHelpGroup", unitId: "v1", special: true },
      ]);
      expect(parseDataset(read.input).ok).toBe(true);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});

describe("Federation, Membership, Meeting", () => {
  it("accept real-shaped records", () => {
    expect(
      Federation.safeParse({ id: "ads", kind: "areaDevelopmentSociety", unitId: "w1", memberIds: ["a", "b"] }).success,
    ).toBe(true);
    expect(
      Membership.safeParse({ groupId: "g", personId: "p", role: "deputyLeader", from: "2021-01-01", to: "2021-12-31" })
        .success,
    ).toBe(true);
    expect(Meeting.safeParse({ id: "m", groupId: "g", date: "2021-10-09", topics: ["health"] }).success).toBe(true);
  });
  it("reject bad ones at the right path", () => {
    expect(
      Federation.safeParse({ id: "ads", kind: "ads", unitId: "w1", memberIds: [] }).error?.issues[0]?.path,
    ).toEqual(["kind"]);
    expect(Federation.safeParse({ id: "ads", kind: "balasamiti", unitId: "w1" }).error?.issues[0]?.path).toEqual([
      "memberIds",
    ]);
    expect(Membership.safeParse({ groupId: "g", personId: "p", role: "chair" }).error?.issues[0]?.path).toEqual([
      "role",
    ]);
    expect(
      Membership.safeParse({ groupId: "g", personId: "p", role: "member", from: "2021-9-1" }).error?.issues[0]?.path,
    ).toEqual(["from"]);
    expect(
      Meeting.safeParse({ id: "m", groupId: "g", date: "2021-10-09", attendeeIds: [""] }).error?.issues[0]?.path,
    ).toEqual(["attendeeIds", 0]);
  });
});

describe("Dataset", () => {
  const empty = { schemaVersion: 1, units: [], people: [], groups: [], memberships: [] };
  it("accepts an empty dataset and optional collections", () => {
    expect(Dataset.safeParse(empty).success).toBe(true);
    expect(Dataset.safeParse({ ...empty, federations: [], meetings: [] }).success).toBe(true);
  });
  it("rejects another schema version and unknown top-level keys", () => {
    expect(Dataset.safeParse({ ...empty, schemaVersion: 2 }).error?.issues[0]?.path).toEqual(["schemaVersion"]);
    expect(Dataset.safeParse({ ...empty, meeting: [] }).error?.issues[0]?.code).toBe("unrecognized_keys");
  });
});
