import { describe, expect, it } from "vitest";
import { type Dataset, type Issue, parseDataset, summarize, validate } from "../../src/index.js";
import { exampleDataset } from "../helpers/example.js";

const AS_OF = "2031-01-01";

/** What an issue says, without where: paths differ between a dataset and its copy without a record. */
const said = (issues: readonly Issue[]) =>
  issues.map((found) => JSON.stringify([found.code, found.subject, found.ruleSet, found.params])).sort();

/** The example, with one NHG cut to 5 members so that size issues come beside the age issues. */
function base(): Dataset {
  const data = exampleDataset();
  const small = "NHG-NTA-W02-1";
  let kept = 0;
  data.memberships = data.memberships.filter((row) => row.groupId !== small || kept++ < 5);
  return data;
}

/** A member of the first Kalliyoor auxiliary group, and the places of her memberships and attendances. */
function victim(data: Dataset) {
  const personId = data.memberships.find((row) => row.groupId === "AUX-KALLIYOOR-W01")?.personId as string;
  const position = data.people.findIndex((person) => person.id === personId);
  const memberships = data.memberships.flatMap((row, i) => (row.personId === personId ? [i] : []));
  const attendances = (data.meetings ?? []).flatMap((meeting, i) =>
    (meeting.attendeeIds ?? []).flatMap((id, j) => (id === personId ? [[i, j] as const] : [])),
  );
  return { personId, position, memberships, attendances };
}

/** The dataset as it would be without the person: what the figures must equal. */
function without(data: Dataset, personId: string): Dataset {
  const oracle = structuredClone(data);
  oracle.people = oracle.people.filter((person) => person.id !== personId);
  oracle.memberships = oracle.memberships.filter((row) => row.personId !== personId);
  for (const meeting of oracle.meetings ?? [])
    if (meeting.attendeeIds !== undefined) meeting.attendeeIds = meeting.attendeeIds.filter((id) => id !== personId);
  return oracle;
}

describe("records that fail their schema are set aside, the rest is checked", () => {
  it("one bad date of birth still reports the size and age issues of every other group", () => {
    const data = base();
    const { personId, position, memberships, attendances } = victim(data);
    const broken = structuredClone(data);
    (broken.people[position] as { dateOfBirth?: string }).dateOfBirth = "1990-02-30";
    const oracle = without(data, personId);

    const report = validate(broken, { asOf: AS_OF });
    const expected = validate(oracle, { asOf: AS_OF });
    expect(report.ruleSets).toEqual(expected.ruleSets);
    expect(report.ruleSets.length).toBeGreaterThan(0);
    const rules = (issues: readonly Issue[]) =>
      issues.filter((found) => /^(age|group)\./.test(found.code) || found.code === "meeting.cadence_missed");
    expect(said(rules(report.issues))).toEqual(said(rules(expected.issues)));
    expect(rules(report.issues).some((found) => found.code === "group.below_min_size")).toBe(true);
    expect(rules(report.issues).some((found) => found.code === "age.aged_out")).toBe(true);

    // The bad cell and each record it takes with it, at their places in the input.
    const schema = report.issues.filter((found) => found.code === "schema.invalid");
    expect(schema.map((found) => found.path)).toEqual([["people", position, "dateOfBirth"]]);
    const dependents = report.issues.filter((found) => found.code === "reference.set_aside");
    expect(attendances.length).toBeGreaterThan(0);
    expect(dependents.map((found) => found.path)).toEqual([
      ...memberships.map((i) => ["memberships", i, "personId"]),
      // Her attendances are not counted; she is named once, at the first meeting that lists her.
      ...attendances.slice(0, 1).map(([i, j]) => ["meetings", i, "attendeeIds", j]),
    ]);
    expect(dependents[0]?.params).toEqual({ id: personId, because: "schema.invalid" });
    expect(dependents[0]?.message).toContain("set aside");
    expect(report.setAside).toEqual({
      units: 0,
      people: 1,
      groups: 0,
      federations: 0,
      memberships: memberships.length,
      meetings: 0,
    });
    expect(report.ok).toBe(false);
  });

  it("issues after a record set aside keep the record's place in the input", () => {
    const data = base();
    const first = data.groups.findIndex((group) => group.id === "NHG-KALLIYOOR-W01-1");
    const small = data.groups.findIndex((group) => group.id === "NHG-NTA-W02-1");
    expect(first).toBeLessThan(small);
    (data.groups[first] as { formedOn?: string }).formedOn = "2021-13-01";
    const report = validate(data, { asOf: AS_OF });
    const size = report.issues.find((found) => found.code === "group.below_min_size");
    expect(size?.path).toEqual(["groups", small]);
    expect(size?.subject).toEqual({ kind: "group", id: "NHG-NTA-W02-1" });
    expect(report.setAside?.groups).toBe(1);
  });

  it("a unit set aside takes the units, groups and records under it", () => {
    const data = base();
    const ward = data.units.findIndex((unit) => unit.id === "KL-TVM-KALLIYOOR-W01");
    (data.units[ward] as { kind: string }).kind = "wrd";
    const report = validate(data, { asOf: AS_OF });
    const gone = data.groups.filter((group) => group.unitId === "KL-TVM-KALLIYOOR-W01").map((group) => group.id);
    expect(gone.length).toBe(4);
    expect(report.setAside?.units).toBe(1);
    expect(report.setAside?.groups).toBe(gone.length);
    const goneMemberships = data.memberships.filter((row) => gone.includes(row.groupId)).length;
    expect(report.setAside?.memberships).toBe(goneMemberships);
    const goneMeetings = (data.meetings ?? []).filter((row) => gone.includes(row.groupId)).length;
    expect(report.setAside?.meetings).toBe(goneMeetings);
    // No rule issue names a group set aside.
    for (const found of report.issues)
      if (found.subject?.kind === "group")
        expect(gone.includes(found.subject.id) && found.code !== "reference.set_aside").toBe(false);
  });

  it("summarize counts nothing that was set aside", () => {
    const data = base();
    const { personId, position } = victim(data);
    const broken = structuredClone(data);
    (broken.people[position] as { gender: string }).gender = "F";
    const oracle = without(data, personId);
    for (const level of ["ward", "localBody", "district"] as const) {
      const got = summarize(broken, { level, asOf: AS_OF });
      const want = summarize(oracle, { level, asOf: AS_OF });
      expect(got.rows).toEqual(want.rows);
      expect(got.total).toEqual(want.total);
      expect(got.total.groups).toBeGreaterThan(0);
    }
  });

  it("an input that is not a dataset at all is still refused whole", () => {
    const report = validate({ schemaVersion: 2, units: [], people: [], groups: [], memberships: [] }, { asOf: AS_OF });
    expect(report.setAside).toBeNull();
    expect(report.ruleSets).toEqual([]);
    const notLists = validate(
      { schemaVersion: 1, units: {}, people: [], groups: [], memberships: [] },
      { asOf: AS_OF },
    );
    expect(notLists.setAside).toBeNull();
    expect(notLists.issues.map((found) => found.code)).toEqual(["schema.invalid"]);
  });

  it("parseDataset still refuses a dataset with a bad record", () => {
    const data = base();
    (data.people[0] as { dateOfBirth?: string }).dateOfBirth = "yesterday";
    const result = parseDataset(data);
    expect(result.ok).toBe(false);
    expect(result.issues[0]?.path).toEqual(["people", 0, "dateOfBirth"]);
  });

  it("says which date cadence was judged from", () => {
    const data = base();
    const inferred = validate(data, { asOf: AS_OF });
    expect(inferred.recordsFrom).toBe([...(data.meetings ?? [])].map((m) => m.date).sort()[0]);
    expect(inferred.recordsFromInferred).toBe(true);
    const given = validate(data, { asOf: AS_OF, recordsFrom: "2024-01-01" });
    expect([given.recordsFrom, given.recordsFromInferred]).toEqual(["2024-01-01", false]);
    const none = validate({ ...data, meetings: [] }, { asOf: AS_OF });
    expect([none.recordsFrom, none.recordsFromInferred]).toEqual([null, false]);
  });
});
