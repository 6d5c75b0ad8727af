import { describe, expect, it } from "vitest";
import { type Dataset, type Issue, issueCodes, parseDataset } from "../../src/index.js";
import { exampleDataset, tinyDataset } from "../helpers/example.js";

const codes = (issues: readonly Issue[]) => issues.map((issue) => issue.code);

describe("parseDataset", () => {
  it("accepts the bundled example dataset with no issue", () => {
    const result = parseDataset(exampleDataset());
    expect(result.issues).toEqual([]);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.data.groups).toHaveLength(18);
  });

  it("never throws, whatever it is given", () => {
    const hostile = Object.defineProperty({ schemaVersion: 1 }, "units", {
      enumerable: true,
      get() {
        throw new Error("boom");
      },
    });
    for (const input of [
      undefined,
      null,
      0,
      "dataset",
      [],
      {},
      { schemaVersion: 1 },
      hostile,
      new Proxy(
        {},
        {
          get: () => {
            throw new Error("trap");
          },
        },
      ),
    ]) {
      const result = parseDataset(input);
      expect(result.ok).toBe(false);
      expect(result.issues.length).toBeGreaterThan(0);
      for (const issue of result.issues) expect(issue.code in issueCodes).toBe(true);
    }
  });

  it("reports shape problems with the path, the record, what is wrong and the value found", () => {
    const dataset = tinyDataset() as unknown as { people: Record<string, unknown>[] };
    (dataset.people[1] as Record<string, unknown>)["dateOfBirth"] = "2001-02-29";
    (dataset.people[1] as Record<string, unknown>)["gendr"] = "female";
    const result = parseDataset(dataset);
    expect(result.ok).toBe(false);
    expect(result.issues.map((issue) => [issue.code, issue.path, issue.subject])).toEqual([
      ["schema.invalid", ["people", 1, "dateOfBirth"], { kind: "person", id: "p2" }],
      ["schema.invalid", ["people", 1, "gendr"], { kind: "person", id: "p2" }],
      // Her membership and her attendance are set aside with her, each saying why.
      ["reference.set_aside", ["memberships", 1, "personId"], { kind: "membership", id: "g1/p2" }],
      ["reference.set_aside", ["meetings", 0, "attendeeIds", 1], { kind: "meeting", id: "m1" }],
    ]);
    expect(result.issues.slice(0, 2).map((issue) => [issue.params, issue.message])).toEqual([
      [
        { reason: "invalid_format", field: "dateOfBirth", value: "2001-02-29", expected: "YYYY-MM-DD" },
        'people[1].dateOfBirth: "2001-02-29" is not a real date written YYYY-MM-DD.',
      ],
      [
        {
          reason: "unrecognized_keys",
          field: "gendr",
          value: '"female"',
          allowed: ["id", "name", "dateOfBirth", "gender", "householdId"],
        },
        'people[1].gendr: not a field the format knows (it holds "female"); ' +
          "the fields are: id, name, dateOfBirth, gender, householdId.",
      ],
    ]);
  });

  it("lists at most 1000 shape problems and says how many more there were", () => {
    const people = Array.from({ length: 1500 }, (_, i) => ({ id: `p${i}`, gender: "woman" }));
    const result = parseDataset({ ...tinyDataset(), people });
    const shape = result.issues.filter((issue) => issue.code === "schema.invalid");
    expect(shape).toHaveLength(1001);
    expect(shape[1000]?.params).toEqual({ reason: "truncated", omitted: 500 });
  });

  it("reports duplicate ids in every collection", () => {
    const dataset = tinyDataset();
    dataset.units.push({ id: "w1", kind: "ward", name: "Ward 1 again", parentId: "lb1" });
    dataset.people.push({ id: "p1", gender: "female" });
    dataset.groups.push({ id: "g1", kind: "balasabha", unitId: "w1" });
    dataset.meetings?.push({ id: "m1", groupId: "g1", date: "2021-10-23" });
    dataset.federations = [
      { id: "f1", kind: "balasamiti", unitId: "w1", memberIds: [] },
      { id: "f1", kind: "balasamiti", unitId: "w1", memberIds: [] },
    ];
    const result = parseDataset(dataset);
    expect(result.issues.filter((issue) => issue.code === "id.duplicate").map((issue) => issue.path)).toEqual([
      ["units", 3, "id"],
      ["people", 2, "id"],
      ["groups", 1, "id"],
      ["federations", 1, "id"],
      ["meetings", 1, "id"],
    ]);
  });

  it("reports every kind of unknown reference", () => {
    const dataset: Dataset = {
      ...tinyDataset(),
      federations: [{ id: "ads", kind: "areaDevelopmentSociety", unitId: "nowhere", memberIds: ["g1", "ghost"] }],
    };
    dataset.units.push({ id: "w2", kind: "ward", name: "Ward 2", parentId: "lb-missing" });
    dataset.groups.push({ id: "g2", kind: "auxiliaryGroup", unitId: "w9" });
    dataset.memberships.push({ groupId: "g9", personId: "p9", role: "member" });
    dataset.meetings?.push({ id: "m2", groupId: "g8", date: "2021-10-23", attendeeIds: ["p1", "p7"] });
    const result = parseDataset(dataset);
    expect(result.ok).toBe(false);
    expect(result.issues.map((issue) => [issue.code, issue.path?.join(".")])).toEqual([
      ["reference.unknown", "units.3.parentId"],
      ["reference.unknown", "groups.1.unitId"],
      ["reference.unknown", "federations.0.unitId"],
      ["reference.unknown", "federations.0.memberIds.1"],
      ["reference.unknown", "memberships.2.groupId"],
      ["reference.unknown", "memberships.2.personId"],
      ["reference.unknown", "meetings.1.attendeeIds.1"],
      ["reference.unknown", "meetings.1.groupId"],
    ]);
    expect(result.issues[0]?.message).toBe('Unit "w2" names the parent "lb-missing", which is not in the dataset.');
    expect(result.issues[0]?.params).toEqual({ id: "lb-missing" });
  });

  it("reports a cycle in the unit tree once, and a wrong kind order", () => {
    const dataset = tinyDataset();
    dataset.units.push(
      { id: "a", kind: "district", name: "A", parentId: "b" },
      { id: "b", kind: "district", name: "B", parentId: "a" },
      { id: "w2", kind: "ward", name: "Ward 2", parentId: "w1" },
      { id: "s", kind: "state", name: "Kerala", parentId: "d1" },
    );
    const result = parseDataset(dataset);
    expect(codes(result.issues)).toEqual([
      "unit.kind_order",
      "unit.kind_order",
      "unit.kind_order",
      "unit.kind_order",
      "unit.cycle",
    ]);
    expect(result.issues[4]?.params).toEqual({ cycle: ["a", "b"] });
    expect(result.issues[2]?.message).toBe(
      'The ward "Ward 2" sits under the ward "Ward 1", which is not above it in the tree.',
    );
  });

  it("finds a self-loop and a long cycle without overflowing the stack", () => {
    const units = Array.from({ length: 50_000 }, (_, i) => ({
      id: `u${i}`,
      kind: "village" as const,
      name: `U${i}`,
      parentId: `u${(i + 1) % 50_000}`,
    }));
    const result = parseDataset({
      ...tinyDataset(),
      units: [...tinyDataset().units, { id: "self", kind: "ward", name: "Self", parentId: "self" }, ...units],
    });
    expect(codes(result.issues).filter((code) => code === "unit.cycle")).toHaveLength(2);
  });

  it("checks groups sit in a ward or a village, and dates run forwards", () => {
    const dataset = tinyDataset();
    dataset.groups.push({ id: "g2", kind: "balasabha", unitId: "lb1", formedOn: "2021-06-01", closedOn: "2021-05-31" });
    dataset.memberships.push({ groupId: "g2", personId: "p1", role: "member", from: "2021-06-01", to: "2021-01-01" });
    const result = parseDataset(dataset);
    expect(result.issues.map((issue) => [issue.code, issue.path?.join(".")])).toEqual([
      ["group.unit_kind", "groups.1.unitId"],
      ["group.dates_reversed", "groups.1.closedOn"],
      // A group in no ward or village is set aside, and its membership with it.
      ["reference.set_aside", "memberships.2.groupId"],
      ["membership.dates_reversed", "memberships.2.to"],
    ]);
  });

  it("treats ids like __proto__ as ordinary keys", () => {
    const dataset = JSON.parse(
      '{"schemaVersion":1,"units":[{"id":"__proto__","kind":"ward","name":"W"}],' +
        '"people":[{"id":"constructor","gender":"female"}],' +
        '"groups":[{"id":"toString","kind":"auxiliaryGroup","unitId":"__proto__"}],' +
        '"memberships":[{"groupId":"toString","personId":"constructor","role":"member"}]}',
    ) as unknown;
    const result = parseDataset(dataset);
    expect(result.issues).toEqual([]);
    expect(result.ok).toBe(true);
    expect(({} as Record<string, unknown>)["kind"]).toBeUndefined();
  });

  it("gives the same issues in the same order every time", () => {
    const dataset = tinyDataset();
    dataset.memberships.push(
      { groupId: "x", personId: "y", role: "member" },
      { groupId: "g1", personId: "z", role: "member" },
    );
    expect(JSON.stringify(parseDataset(dataset))).toBe(JSON.stringify(parseDataset(structuredClone(dataset))));
  });
});

describe("a dataset parseDataset accepted", () => {
  it("is frozen, so it cannot change behind the checks already made", () => {
    const result = parseDataset(exampleDataset());
    if (!result.ok) throw new Error("the example parses");
    expect(Object.isFrozen(result.data)).toBe(true);
    expect(Object.isFrozen(result.data.groups)).toBe(true);
    expect(Object.isFrozen(result.data.groups[0])).toBe(true);
    expect(Object.isFrozen(result.data.meetings?.[0]?.attendeeIds)).toBe(true);
    expect(() => result.data.groups.push(result.data.groups[0] as Dataset["groups"][number])).toThrow(TypeError);
    expect(() => {
      (result.data.people[0] as { dateOfBirth?: string }).dateOfBirth = "1900-01-01";
    }).toThrow(TypeError);
  });

  it("gives validate, summarize and ageingOut the same answers as the raw input", async () => {
    const { ageingOut, summarize, validate } = await import("../../src/index.js");
    const raw = exampleDataset();
    raw.people[0] = { ...(raw.people[0] as Dataset["people"][number]), dateOfBirth: "1950-01-01" };
    const parsed = parseDataset(raw);
    if (!parsed.ok) throw new Error("still parses");
    for (let pass = 0; pass < 2; pass++) {
      expect(validate(parsed.data, { asOf: "2021-11-30" })).toEqual(validate(raw, { asOf: "2021-11-30" }));
      expect(summarize(parsed.data, { level: "ward", asOf: "2021-11-30" })).toEqual(
        summarize(raw, { level: "ward", asOf: "2021-11-30" }),
      );
      expect(ageingOut(parsed.data, { asOf: "2021-11-30", withinMonths: 120 })).toEqual(
        ageingOut(raw, { asOf: "2021-11-30", withinMonths: 120 }),
      );
    }
    expect(parseDataset(parsed.data)).toEqual(parsed);
  });
});
