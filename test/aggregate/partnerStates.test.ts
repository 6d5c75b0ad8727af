// Summaries for partner states (issue 14): villages beside wards and coverage over both,
// federation figures, records set aside, the date cadence is judged from, and attendees who are
// not members. Each figure is checked in memory, streamed and merged.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseSummary } from "../../src/aggregate/parseSummary.js";
import {
  type Dataset,
  emptySummary,
  formatSummary,
  type GroupKind,
  getRuleSet,
  mergeSummaries,
  type Summary,
  type SummaryStreamRecord,
  summarize,
  summarizeStream,
  suppressSummary,
  validate,
} from "../../src/index.js";
import { datasetArbitrary, isoDateArbitrary } from "../helpers/arbitraries.js";

const asOf = "2024-03-31";
/**
 * DAY-NRLM self-help groups judged on weekly meetings, the cadence of `nrlm.selfHelpGroup@1.0.0`
 * (the rule sets in force leave the cadence to each state).
 */
const weekly = { ruleSets: [getRuleSet("nrlm.selfHelpGroup@1.0.0")] };
const plain = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** The records of a dataset as a stream, meetings first and groups last (the hardest order). */
function recordsOf(dataset: Dataset, order: "meetingsFirst" | "groupsFirst" = "meetingsFirst"): SummaryStreamRecord[] {
  const births = new Map(dataset.people.map((person) => [person.id, person.dateOfBirth]));
  const groups = dataset.groups.map((group) => ({ type: "group" as const, group }));
  const memberships = dataset.memberships.map((membership) => ({
    type: "membership" as const,
    membership,
    dateOfBirth: births.get(membership.personId),
  }));
  const meetings = (dataset.meetings ?? []).map((meeting) => ({ type: "meeting" as const, meeting }));
  const federations = (dataset.federations ?? []).map((federation) => ({ type: "federation" as const, federation }));
  return order === "meetingsFirst"
    ? [...meetings, ...federations, ...memberships, ...groups]
    : [...groups, ...federations, ...memberships, ...meetings];
}

/** What summarize and summarizeStream must agree on: everything but the issues' paths. */
const figures = (summary: Summary) => {
  const { issues, ...rest } = plain(summary);
  return { ...rest, codes: issues.map((found) => found.code).sort() };
};

/**
 * A partner state: a district with a block of villages (DAY-NRLM self-help groups, their Village
 * Organisations and a Cluster Level Federation) and a municipality of wards (one more group).
 */
function partnerState(): Dataset {
  const people = ["a", "b", "c", "d", "e", "f", "g", "h"].map((id) => ({
    id,
    gender: "female" as const,
    dateOfBirth: "1990-05-01",
  }));
  return {
    schemaVersion: 1,
    units: [
      { id: "S", kind: "state", name: "Partner state" },
      { id: "D", kind: "district", name: "District", parentId: "S" },
      { id: "B", kind: "block", name: "Block", parentId: "D" },
      { id: "V1", kind: "village", name: "Village 1", parentId: "B" },
      { id: "V2", kind: "village", name: "Village 2", parentId: "B" },
      { id: "V3", kind: "village", name: "Village 3", parentId: "B" },
      { id: "M", kind: "localBody", name: "Town", parentId: "D", localBodyType: "municipality" },
      { id: "W1", kind: "ward", name: "Ward 1", parentId: "M" },
      { id: "W2", kind: "ward", name: "Ward 2", parentId: "M" },
    ],
    people,
    groups: [
      { id: "shg1", kind: "selfHelpGroup", unitId: "V1", formedOn: "2023-01-02" },
      { id: "shg2", kind: "selfHelpGroup", unitId: "V1", formedOn: "2023-01-02" },
      { id: "shg3", kind: "selfHelpGroup", unitId: "V2", formedOn: "2023-01-02" },
      { id: "shg4", kind: "selfHelpGroup", unitId: "V2", formedOn: "2023-01-02" }, // in no federation
      { id: "shg5", kind: "selfHelpGroup", unitId: "W1", formedOn: "2023-01-02" },
    ],
    federations: [
      { id: "vo1", kind: "villageOrganisation", unitId: "V1", formedOn: "2023-06-01", memberIds: ["shg1", "shg2"] },
      { id: "vo2", kind: "villageOrganisation", unitId: "V2", memberIds: ["shg3"] }, // no formation date: formed
      { id: "vo3", kind: "villageOrganisation", unitId: "V2", formedOn: "2024-06-01", memberIds: ["shg4"] }, // later
      { id: "clf", kind: "clusterLevelFederation", unitId: "B", formedOn: "2023-09-01", memberIds: ["vo1", "vo2"] },
    ],
    memberships: [
      { groupId: "shg1", personId: "a", role: "member" },
      { groupId: "shg1", personId: "b", role: "resourcePerson" },
      { groupId: "shg1", personId: "c", role: "member", to: "2024-01-31" },
      { groupId: "shg2", personId: "d", role: "member" },
      { groupId: "shg3", personId: "e", role: "member" },
      { groupId: "shg4", personId: "f", role: "member" },
      { groupId: "shg5", personId: "g", role: "member" },
      { groupId: "shg5", personId: "h", role: "president" },
    ],
    meetings: [
      // a counts; b is a resource person; c is no longer a member; d is in another group; a twice.
      { id: "m1", groupId: "shg1", date: "2024-02-07", attendeeIds: ["a", "b", "c", "d", "a"] },
      { id: "m2", groupId: "shg1", date: "2024-01-10", attendeeIds: ["a", "c"] }, // c was still a member
      { id: "m3", groupId: "shg5", date: "2024-01-03", attendeeIds: ["g", "h"] },
    ],
  };
}

describe("villages and coverage over wards and villages", () => {
  it("counts villages beside wards, and covers a mixed district over all its bottom-level units", () => {
    const summary = summarize(partnerState(), { level: "district", asOf, recordsFrom: "2024-01-01" });
    const [district] = summary.rows;
    expect(district).toMatchObject({ wards: 2, wardsWithGroup: 1, villages: 3, villagesWithGroup: 2, groups: 5 });
    expect(district?.coverage).toBe((1 + 2) / (2 + 3));
    expect(district?.byKind?.selfHelpGroup).toMatchObject({ wards: 2, villages: 3, villagesWithGroup: 2 });
  });

  it("counts a village only for the kinds of group in it, and takes village as a level (a row per village)", () => {
    const balasabhas = summarize(partnerState(), { level: "block", groupKind: "balasabha", asOf });
    expect(balasabhas.rows[0]).toMatchObject({ villages: 3, villagesWithGroup: 0, wards: 0, coverage: 0 });
    const villages = summarize(partnerState(), { level: "village", asOf });
    expect(villages.rows.map((row) => [row.unitId, row.villages, row.villagesWithGroup, row.groups])).toEqual([
      ["V1", 1, 1, 2],
      ["V2", 1, 1, 2],
      ["V3", 1, 0, 0],
    ]);
    // The ward's group is under no village: in the total only.
    expect([villages.unplaced, villages.total.groups, villages.total.wards, villages.total.coverage]).toEqual([
      1,
      5,
      2,
      3 / 5,
    ]);
  });
});

describe("federation figures", () => {
  it("counts federations formed by asOf by kind, the groups they federate and their share", () => {
    const summary = summarize(partnerState(), { level: "block", asOf, recordsFrom: "2024-01-01" });
    const [block] = summary.rows;
    // vo3 is formed after asOf: not counted, and shg4 (its only member) is not federated.
    expect(block?.federations).toEqual({ villageOrganisation: 2, clusterLevelFederation: 1 });
    expect([block?.groups, block?.groupsFederated, block?.federatedShare]).toEqual([4, 3, 0.75]);
    // The municipality's group is under no block; the total counts every federation.
    expect(summary.total.federations).toEqual({ villageOrganisation: 2, clusterLevelFederation: 1 });
    expect([summary.total.groups, summary.total.groupsFederated]).toEqual([5, 3]);
    const wards = summarize(partnerState(), { level: "ward", asOf });
    expect(wards.rows.map((row) => [row.unitId, row.federations, row.groupsFederated])).toEqual([
      ["W1", {}, 0],
      ["W2", {}, 0],
    ]);
  });

  it("counts them whatever the kind of group summarised, and per kind shows the row's", () => {
    const summary = summarize(partnerState(), { level: "district", asOf });
    const [district] = summary.rows;
    expect(district?.byKind?.selfHelpGroup?.federations).toEqual(district?.federations);
    const balasabhas = summarize(partnerState(), { level: "district", groupKind: "balasabha", asOf });
    expect([balasabhas.rows[0]?.federations, balasabhas.rows[0]?.groupsFederated]).toEqual([
      { villageOrganisation: 2, clusterLevelFederation: 1 },
      0,
    ]);
    expect(balasabhas.rows[0]?.federatedShare).toBeNull();
  });

  it("gives the same figures streamed, in either order, and merged from parts", async () => {
    const dataset = partnerState();
    const options = { level: "district", asOf } as const;
    const whole = summarize(dataset, options);
    for (const order of ["meetingsFirst", "groupsFirst"] as const)
      expect(figures(await summarizeStream(dataset.units, recordsOf(dataset, order), options))).toEqual(figures(whole));
    expect(figures(mergeSummaries(whole, emptySummary()))).toEqual(figures(whole));
    // The same figures again as another part (two districts alike), each federation counted in both.
    const doubled = mergeSummaries(whole, summarize(dataset, { ...options, part: "again" }));
    expect([doubled.rows[0]?.federations, doubled.rows[0]?.groupsFederated]).toEqual([
      { villageOrganisation: 4, clusterLevelFederation: 2 },
      6,
    ]);
  });

  it("are shown in CSV and table output, a column per kind of federation found", () => {
    const summary = summarize(partnerState(), { level: "district", groupKind: "selfHelpGroup", asOf });
    const [header, district] = formatSummary(summary, { format: "csv" }).split("\r\n");
    const cells = Object.fromEntries(
      (header ?? "").split(",").map((title, i) => [title, (district ?? "").split(",")[i]]),
    );
    expect(cells).toMatchObject({
      villages: "3",
      villagesWithGroup: "2",
      groupsFederated: "3",
      federatedShare: "0.6",
      "federations.villageOrganisation": "2",
      "federations.clusterLevelFederation": "1",
    });
    expect(formatSummary(summary, { format: "table" }).split("\n")[1]).toMatch(
      /villages +villages with group +federated +federated share +VO +CLF$/,
    );
  });
});

describe("records set aside", () => {
  /** The partner state with one person whose date of birth is not a date: she and her membership go. */
  const broken = () => {
    const dataset = partnerState() as unknown as { people: { dateOfBirth: string }[] };
    (dataset.people[6] as { dateOfBirth: string }).dateOfBirth = "1990-02-30";
    return dataset as unknown as Dataset;
  };

  it("are counted in the summary and never in a figure", () => {
    const summary = summarize(broken(), { level: "district", asOf, recordsFrom: "2024-01-01", ...weekly });
    expect(summary.setAside).toEqual({ units: 0, people: 1, groups: 0, federations: 0, memberships: 1, meetings: 0 });
    const whole = summarize(partnerState(), { level: "district", asOf, recordsFrom: "2024-01-01", ...weekly });
    expect(summary.total.members).toBe((whole.total.members as number) - 1);
    expect(summary.total.attendees).toBe((whole.total.attendees as number) - 1); // she attended m3
    expect(whole.setAside).toEqual({ units: 0, people: 0, groups: 0, federations: 0, memberships: 0, meetings: 0 });
  });

  it("add up when summaries merge, and are not known when a part's input could not be read", () => {
    const options = { level: "district", asOf, recordsFrom: "2024-01-01" } as const;
    const part = summarize(broken(), options);
    const twin = summarize(broken(), { ...options, part: "twin" });
    expect(mergeSummaries(part, twin).setAside).toEqual({
      units: 0,
      people: 2,
      groups: 0,
      federations: 0,
      memberships: 2,
      meetings: 0,
    });
    const unreadable = summarize("not a dataset", options);
    expect([unreadable.setAside, unreadable.rows]).toEqual([null, []]);
    expect(mergeSummaries(part, unreadable).setAside).toBeNull();
    expect(mergeSummaries(emptySummary(), part).setAside).toEqual(part.setAside);
    expect(emptySummary().setAside).toEqual({
      units: 0,
      people: 0,
      groups: 0,
      federations: 0,
      memberships: 0,
      meetings: 0,
    });
  });

  it("are read back by parseSummary (a summary without the field reads as null) and shown in a table", () => {
    const summary = summarize(broken(), { level: "district", asOf });
    expect(parseSummary(plain(summary))).toMatchObject({ ok: true, summary: { setAside: summary.setAside } });
    const { setAside: _, recordsFromInferred: __, ...older } = plain(summary);
    expect(parseSummary(older)).toMatchObject({ ok: true, summary: { setAside: null, recordsFromInferred: false } });
    const wrong = { ...plain(summary), setAside: { ...summary.setAside, people: -1 } };
    expect(parseSummary(wrong).ok).toBe(false);
    const table = formatSummary(summary, { format: "table" }).split("\n");
    expect(table[1]).toBe("set aside: 1 person, 1 membership");
    expect(formatSummary(summarize(partnerState(), { level: "district", asOf }), { format: "table" })).not.toMatch(
      /set aside/,
    );
  });

  it("are counted by summarizeStream as it leaves them out: bad rows, rows of groups not there", async () => {
    const dataset = partnerState();
    const records: unknown[] = [
      ...recordsOf(dataset, "groupsFirst"),
      { type: "membership", membership: { groupId: "shg1", personId: "x", role: "member" }, dateOfBirth: "1990-02-30" },
      { type: "membership", membership: { groupId: "ghost", personId: "y", role: "member" } },
      { type: "meeting", meeting: { id: "mx", groupId: "ghost", date: "2024-01-03" } },
      { type: "group", group: { id: "shg1", kind: "selfHelpGroup", unitId: "V1" } }, // a second shg1
      { type: "group", group: { id: "lost", kind: "selfHelpGroup", unitId: "nowhere" } },
      { type: "membership", membership: { groupId: "lost", personId: "z", role: "member" } },
      { type: "group", group: { id: "bad", kind: "club", unitId: "V1" } },
      { type: "meeting", meeting: { id: "my", groupId: "bad", date: "2024-01-03" } },
      { type: "federation", federation: { id: "vo9", kind: "villageOrganisation", unitId: "nowhere", memberIds: [] } },
      { type: "federation", federation: { id: "vo1", kind: "villageOrganisation", unitId: "V1", memberIds: [] } },
      {
        type: "federation",
        federation: {
          id: "clf2",
          kind: "clusterLevelFederation",
          unitId: "B",
          formedOn: "2025-01-01",
          memberIds: ["bad"],
        },
      },
      { type: "person", person: {} },
    ];
    const options = { level: "district", asOf } as const;
    const streamed = await summarizeStream(dataset.units, records as SummaryStreamRecord[], options);
    expect(streamed.setAside).toEqual({ units: 0, people: 0, groups: 3, federations: 2, memberships: 3, meetings: 2 });
    expect(plain(streamed.rows)).toEqual(plain(summarize(dataset, options).rows));
    expect(streamed.issues.map((found) => [found.code, found.params?.["id"] ?? found.path?.join(".")])).toEqual(
      expect.arrayContaining([
        ["reference.unknown", "ghost"],
        ["reference.set_aside", "bad"],
        ["reference.unknown", "nowhere"],
      ]),
    );
  });

  it("count the units that fail their schema, and the units and groups under them", async () => {
    const dataset = partnerState();
    const units = dataset.units.map((unit) => (unit.id === "M" ? { ...unit, kind: "town" } : unit));
    const streamed = await summarizeStream(units as Dataset["units"], recordsOf(dataset), { level: "district", asOf });
    expect(streamed.setAside?.units).toBeGreaterThanOrEqual(1);
    expect(streamed.total.groups).toBe(4); // the ward's group is left out with its town
    expect(streamed.total.wards).toBe(0);
  });
});

describe("the date cadence is judged from", () => {
  it("is inferred as validate infers it, when not given, and said", async () => {
    const dataset = partnerState();
    const summary = summarize(dataset, { level: "district", asOf });
    const report = validate(dataset, { asOf });
    expect([summary.recordsFrom, summary.recordsFromInferred]).toEqual(["2024-01-03", true]);
    expect([summary.recordsFrom, summary.recordsFromInferred]).toEqual([
      report.recordsFrom,
      report.recordsFromInferred,
    ]);
    const streamed = await summarizeStream(dataset.units, recordsOf(dataset), { level: "district", asOf });
    expect([streamed.recordsFrom, streamed.recordsFromInferred]).toEqual(["2024-01-03", true]);
    const given = summarize(dataset, { level: "district", asOf, recordsFrom: "2023-06-01" });
    expect([given.recordsFrom, given.recordsFromInferred]).toEqual(["2023-06-01", false]);
  });

  it("is null without any meeting, and then no group is judged, however long ago it was formed", async () => {
    const dataset = { ...partnerState(), meetings: [] };
    const summary = summarize(dataset, { level: "district", asOf, ...weekly });
    expect([summary.recordsFrom, summary.recordsFromInferred, summary.total.groupsJudged]).toEqual([null, false, 0]);
    expect(validate(dataset, { asOf, ...weekly }).issues.map((found) => found.code)).toContain(
      "meeting.cadence_unknown",
    );
    const streamed = await summarizeStream(dataset.units, recordsOf(dataset), { level: "district", asOf, ...weekly });
    expect([streamed.recordsFrom, streamed.total.groupsJudged]).toEqual([null, 0]);
    // Given, it judges every group from its formation or the date, whichever is later.
    const given = summarize(dataset, { level: "district", asOf, recordsFrom: "2023-01-01", ...weekly });
    expect(given.total.groupsJudged).toBe(5);
  });

  it("property: summarize, summarizeStream and validate use the same date on any dataset", async () => {
    await fc.assert(
      fc.asyncProperty(datasetArbitrary, isoDateArbitrary("2021-06-01", "2022-03-31"), async (dataset, day) => {
        const report = validate(dataset, { asOf: day });
        const summary = summarize(dataset, { level: "district", asOf: day });
        const streamed = await summarizeStream(dataset.units, recordsOf(dataset), { level: "district", asOf: day });
        for (const made of [summary, streamed])
          expect([made.recordsFrom, made.recordsFromInferred]).toEqual([
            report.recordsFrom,
            report.recordsFromInferred,
          ]);
        expect(plain(streamed.rows)).toEqual(plain(summary.rows));
      }),
      { numRuns: 100 },
    );
  });
});

describe("attendees", () => {
  it("count only when a counted member of the group on the meeting's day, each once a meeting", () => {
    const summary = summarize(partnerState(), { level: "village", asOf, recordsFrom: "2024-01-01", ...weekly });
    const village = summary.rows.find((row) => row.unitId === "V1");
    // m1: a only (b a resource person, c gone by then, d of another group, a listed twice); m2: a and c.
    expect(village?.attendees).toBe(3);
    // The in-memory path reports d once, as validate does (the dataset's check), not twice.
    expect(summary.issues.filter((found) => found.code === "meeting.attendee_not_member")).toEqual([
      expect.objectContaining({ params: { personId: "d", groupId: "shg1" } }),
    ]);
  });

  it("are checked by summarizeStream whatever order the memberships come in, reporting non-members once", async () => {
    const dataset = partnerState();
    const options = { level: "village", asOf, recordsFrom: "2024-01-01", ...weekly } as const;
    for (const order of ["meetingsFirst", "groupsFirst"] as const) {
      const streamed = await summarizeStream(dataset.units, recordsOf(dataset, order), options);
      expect(streamed.rows.find((row) => row.unitId === "V1")?.attendees).toBe(3);
      expect(
        streamed.issues
          .filter((found) => found.code === "meeting.attendee_not_member")
          .map((found) => [found.params, found.subject?.id, found.path?.slice(2)]),
      ).toEqual([[{ personId: "d", groupId: "shg1" }, "m1", ["meeting", "attendeeIds", 3]]]);
    }
  });
});

/**
 * Partner-state datasets: villages and wards, groups of every kind in either, federations (some
 * formed after asOf) of groups and of federations, memberships that end, resource persons, and
 * attendees who are members, were members, or are members of another group.
 */
const partnerDataset: fc.Arbitrary<Dataset> = fc
  .array(
    fc.record({
      inVillage: fc.boolean(),
      kind: fc.constantFrom<GroupKind>("selfHelpGroup", "balasabha", "neighbourhoodGroup"),
      formedOn: fc.constantFrom(undefined, "2023-01-02", "2023-11-20"),
      federation: fc.constantFrom(null, "2023-05-01", "2024-05-01", undefined),
      members: fc.array(
        fc.record({
          role: fc.constantFrom("member" as const, "member" as const, "resourcePerson" as const),
          to: fc.constantFrom(undefined, undefined, "2024-01-15"),
        }),
        { maxLength: 5 },
      ),
      meetings: fc.array(
        fc.record({
          date: isoDateArbitrary("2023-10-01", "2024-03-30"),
          attendees: fc.array(fc.nat(30), { maxLength: 6 }),
        }),
        { maxLength: 6 },
      ),
    }),
    { maxLength: 8 },
  )
  .map((shapes) => {
    const dataset: Dataset = {
      schemaVersion: 1,
      units: [
        { id: "S", kind: "state", name: "State" },
        { id: "B", kind: "block", name: "Block", parentId: "S" },
        { id: "V1", kind: "village", name: "Village 1", parentId: "B" },
        { id: "V2", kind: "village", name: "Village 2", parentId: "B" },
        { id: "M", kind: "localBody", name: "Town", parentId: "S", localBodyType: "municipality" },
        { id: "W1", kind: "ward", name: "Ward 1", parentId: "M" },
      ],
      people: [],
      groups: [],
      federations: [],
      memberships: [],
      meetings: [],
    };
    const everyone: string[] = [];
    shapes.forEach((shape, g) => {
      const groupId = `g${g}`;
      dataset.groups.push({
        id: groupId,
        kind: shape.kind,
        unitId: shape.inVillage ? `V${1 + (g % 2)}` : "W1",
        ...(shape.formedOn === undefined ? {} : { formedOn: shape.formedOn }),
      });
      shape.members.forEach((member, m) => {
        const personId = `p${g}-${m}`;
        everyone.push(personId);
        dataset.people.push({ id: personId, gender: "female", dateOfBirth: "1992-07-01" });
        dataset.memberships.push({ groupId, personId, role: member.role, ...(member.to ? { to: member.to } : {}) });
      });
      if (shape.federation !== null) {
        const id = `vo-${shape.federation ?? "undated"}`;
        let federation = dataset.federations?.find((found) => found.id === id);
        if (federation === undefined) {
          federation = {
            id,
            kind: "villageOrganisation",
            unitId: "V1",
            memberIds: [],
            ...(shape.federation === undefined ? {} : { formedOn: shape.federation }),
          };
          dataset.federations?.push(federation);
        }
        federation.memberIds.push(groupId);
      }
    });
    shapes.forEach((shape, g) => {
      shape.meetings.forEach((meeting, k) => {
        const attendeeIds = meeting.attendees.flatMap((i) =>
          everyone.length === 0 ? [] : [everyone[i % everyone.length] as string],
        );
        dataset.meetings?.push({ id: `m${g}-${k}`, groupId: `g${g}`, date: meeting.date, attendeeIds });
      });
    });
    const organisations = (dataset.federations ?? []).map((federation) => federation.id);
    if (organisations.length > 0)
      dataset.federations?.push({ id: "clf", kind: "clusterLevelFederation", unitId: "B", memberIds: organisations });
    return dataset;
  });

describe("summarize and summarizeStream agree (property)", () => {
  it("on partner-state datasets, at every level, in either order, with or without recordsFrom", async () => {
    await fc.assert(
      fc.asyncProperty(
        partnerDataset,
        fc.constantFrom("state", "block", "village", "ward", "localBody") as fc.Arbitrary<"state">,
        fc.constantFrom(undefined, "selfHelpGroup" as const),
        fc.constantFrom(undefined, "2023-12-01"),
        fc.constantFrom("meetingsFirst" as const, "groupsFirst" as const),
        fc.boolean(),
        async (dataset, level, groupKind, recordsFrom, order, judged) => {
          const options = { level, asOf, groupKind, recordsFrom, ...(judged ? weekly : {}) };
          const summary = summarize(dataset, options);
          expect(parseSummary(plain(summary)).issues).toEqual([]);
          expect(parseSummary(plain(suppressSummary(summary, 3))).issues).toEqual([]);
          const streamed = await summarizeStream(dataset.units, recordsOf(dataset, order), options);
          const { codes: _, ...expected } = figures(summary);
          const { codes: __, ...got } = figures(streamed);
          expect(got).toEqual(expected);
          // Attendees with no membership of the group: reported by both (by the stream once a meeting).
          const notMembers = (made: Summary) =>
            [
              ...new Set(
                made.issues
                  .filter((found) => found.code === "meeting.attendee_not_member")
                  .map((found) => `${found.subject?.id} ${found.params?.["personId"]}`),
              ),
            ].sort();
          if (groupKind === undefined) expect(notMembers(streamed)).toEqual(notMembers(summary));
        },
      ),
      { numRuns: Number(process.env["PARTNER_RUNS"] ?? 200) },
    );
  });
});

describe("parseSummary checks the new figures", () => {
  type Mutable = Record<string, unknown>;
  const made = () => plain(summarize(partnerState(), { level: "block", asOf, recordsFrom: "2024-01-01" }));
  /** The issues of a changed summary as `path rule-or-reason` lines. */
  const refusal = (change: (summary: Mutable, row: Mutable, kind: Mutable) => void) => {
    const summary = made() as unknown as Mutable;
    const row = (summary["rows"] as Mutable[])[0] as Mutable;
    change(summary, row, (row["byKind"] as Record<string, Mutable>)["selfHelpGroup"] as Mutable);
    const result = parseSummary(summary);
    expect(result.ok).toBe(false);
    return result.issues.map(
      (found) => `${found.path?.join(".")} ${found.params?.["rule"] ?? found.params?.["reason"]}`,
    );
  };

  it("accepts what summarize makes", () => {
    expect(parseSummary(made()).issues).toEqual([]);
  });

  it.each([
    [
      "villages with a group above the villages",
      (_: Mutable, row: Mutable) => (row["villagesWithGroup"] = 4),
      "rows.0.villagesWithGroup part_above_whole",
    ],
    [
      "federated groups above the groups",
      (_: Mutable, row: Mutable) => (row["groupsFederated"] = 5),
      "rows.0.groupsFederated part_above_whole",
    ],
    [
      "a kind's villages other than its row's",
      (_: Mutable, __: Mutable, kind: Mutable) => (kind["villages"] = 2),
      "rows.0.byKind.selfHelpGroup.villages wards_mismatch",
    ],
    [
      "a kind's federations other than its row's",
      (_: Mutable, __: Mutable, kind: Mutable) => (kind["federations"] = { villageOrganisation: 1 }),
      "rows.0.byKind.selfHelpGroup.federations.villageOrganisation wards_mismatch",
    ],
    [
      "a coverage over wards alone",
      (_: Mutable, row: Mutable) => (row["coverage"] = 1),
      "rows.0.coverage ratio_mismatch",
    ],
    [
      "a kind of federation that does not exist",
      (_: Mutable, row: Mutable) => (row["federations"] = { ...(row["federations"] as Mutable), club: 1 }),
      "rows.0.federations.club unrecognized_keys",
    ],
    [
      "a count of federations that is not whole",
      (_: Mutable, row: Mutable) => (row["federations"] = { villageOrganisation: 1.5 }),
      "rows.0.federations.villageOrganisation not_whole",
    ],
    [
      "recordsFrom said to be inferred where there is none",
      (summary: Mutable) => {
        summary["recordsFrom"] = null;
        summary["recordsFromInferred"] = true;
      },
      "recordsFromInferred custom",
    ],
    [
      "a total with fewer federations than its rows",
      (summary: Mutable) => {
        (summary["total"] as Mutable)["federations"] = { villageOrganisation: 1, clusterLevelFederation: 1 };
      },
      "total.federations.villageOrganisation total_mismatch",
    ],
  ])("refuses %s", (_, change, expected) => {
    expect(refusal(change)).toContain(expected);
  });

  it("refuses covered wards and villages together above the groups", () => {
    const issues = refusal((_, row, kind) => {
      for (const figures of [row, kind]) {
        figures["wards"] = 5;
        figures["wardsWithGroup"] = 3;
        figures["coverage"] = 5 / 8;
      }
    });
    expect(issues).toContain("rows.0.villagesWithGroup part_above_whole");
  });
});
