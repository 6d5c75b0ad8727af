// validate and summarize apply the same rules (rules/definitions/): these properties tie them
// together group by group. Each group sits in a ward of its own, so a summary row at the ward
// level is one group's figures.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type Dataset,
  deriveRuleSet,
  GroupKind,
  getRuleSet,
  type Issue,
  keralaNeighbourhoodGroup,
  Role,
  type RuleSet,
  ruleSetKey,
  type SummaryRow,
  sizeLimitsFor,
  summarize,
  validate,
} from "../../../src/index.js";
import { isGroupActive } from "../../../src/rules/definitions/activity.js";
import { isoDateArbitrary } from "../../helpers/arbitraries.js";

const asOfs = ["2021-11-30", "2022-03-01", "2024-02-29"] as const;

// A variant whose special groups have other limits than its ordinary ones (the built-in rule
// sets give both the same maximum), so that mixing up the two shows.
const nhgVariant = deriveRuleSet(keralaNeighbourhoodGroup, {
  id: "test.neighbourhoodGroup",
  version: "1.0.0",
  sources: [{ title: "A test variant", publisher: "this test", date: "2026", url: "https://example.org/" }],
  groupSize: { min: 8, max: 25 },
  specialGroupSize: { min: 3, max: 12 },
});

interface Case {
  readonly dataset: Dataset;
  readonly asOf: string;
  /** Left out in some runs: then validate and summarize must infer the same date from the meetings. */
  readonly recordsFrom: string | undefined;
  readonly ruleSets: readonly RuleSet[] | undefined;
}

const groupArbitrary = fc.record({
  kind: fc.constantFrom(...GroupKind.options),
  special: fc.boolean(),
  // Now and then a formation date that cannot be real (before 1950), which both sides ignore.
  formedOn: fc.option(
    fc.oneof(
      { weight: 9, arbitrary: isoDateArbitrary("2019-01-01", "2024-03-31") },
      isoDateArbitrary("0001-01-01", "1949-12-31"),
    ),
    { nil: undefined },
  ),
  closedOn: fc.option(isoDateArbitrary("2020-01-01", "2025-12-31"), { nil: undefined }),
  // Members near every size limit in the rule sets (5, 10, 15, 20, 30, 50).
  members: fc.array(
    fc.record({
      role: fc.constantFrom(...Role.options),
      from: fc.option(isoDateArbitrary("2019-01-01", "2024-12-31"), { nil: undefined }),
      to: fc.option(isoDateArbitrary("2019-01-01", "2025-12-31"), { nil: undefined }),
      // A second row of the same person (a duplicate, or the same person holding an office too).
      twice: fc.option(fc.constantFrom(...Role.options), { freq: 8, nil: undefined }),
    }),
    { maxLength: 60 },
  ),
  meetings: fc.array(
    fc.oneof(
      { weight: 19, arbitrary: isoDateArbitrary("2019-01-01", "2024-03-31") },
      isoDateArbitrary("0001-01-01", "1949-12-31"),
    ),
    { maxLength: 40 },
  ),
});

const caseArbitrary: fc.Arbitrary<Case> = fc
  .record({
    groups: fc.array(groupArbitrary, { minLength: 1, maxLength: 6 }),
    asOf: fc.constantFrom(...asOfs),
    recordsFrom: fc.option(isoDateArbitrary("2019-01-01", "2024-02-01"), { nil: undefined }),
    ruleSets: fc.constantFrom(undefined, [nhgVariant]),
  })
  .map(({ groups, asOf, recordsFrom, ruleSets }) => {
    const dataset: Dataset = {
      schemaVersion: 1,
      units: [
        { id: "S", kind: "state", name: "State" },
        ...groups.map((_, g) => ({ id: `w${g}`, kind: "ward" as const, name: `Ward ${g}`, parentId: "S" })),
      ],
      people: [],
      groups: [],
      memberships: [],
      meetings: [],
    };
    const people = dataset.people as Dataset["people"][number][];
    groups.forEach((group, g) => {
      const closedOn =
        group.closedOn !== undefined && group.formedOn !== undefined && group.closedOn < group.formedOn
          ? undefined
          : group.closedOn;
      (dataset.groups as Dataset["groups"][number][]).push({
        id: `g${g}`,
        kind: group.kind,
        unitId: `w${g}`,
        special: group.special,
        ...(group.formedOn === undefined ? {} : { formedOn: group.formedOn }),
        ...(closedOn === undefined ? {} : { closedOn }),
      } as Dataset["groups"][number]);
      group.members.forEach((member, m) => {
        const personId = `g${g}p${m}`;
        people.push({ id: personId, gender: "female", dateOfBirth: "2000-01-01" });
        const to =
          member.to !== undefined && member.from !== undefined && member.to < member.from ? undefined : member.to;
        (dataset.memberships as Dataset["memberships"][number][]).push({
          groupId: `g${g}`,
          personId,
          role: member.role,
          ...(member.from === undefined ? {} : { from: member.from }),
          ...(to === undefined ? {} : { to }),
        });
        if (member.twice !== undefined) {
          (dataset.memberships as Dataset["memberships"][number][]).push({
            groupId: `g${g}`,
            personId,
            role: member.twice,
          });
        }
      });
      group.meetings.forEach((date, k) => {
        (dataset.meetings as NonNullable<Dataset["meetings"]>[number][]).push({
          id: `g${g}m${k}`,
          groupId: `g${g}`,
          date,
        });
      });
    });
    return { dataset, asOf, recordsFrom, ruleSets };
  });

/** For each active group: its issues, its ward's summary row, and the rule set the summary used. */
function groupsSeenBothWays({ dataset, asOf, recordsFrom, ruleSets }: Case) {
  const report = validate(dataset, { asOf, recordsFrom, ruleSets });
  const summary = summarize(dataset, { level: "ward", asOf, recordsFrom, ruleSets });
  // Both judge from the same date, and both say which.
  expect(summary.recordsFrom).toBe(report.recordsFrom);
  expect(summary.recordsFromInferred).toBe(report.recordsFromInferred);
  const byKey = (key: string) => (key === ruleSetKey(nhgVariant) ? nhgVariant : getRuleSet(key));
  const rows = new Map(summary.rows.map((row) => [row.unitId, row]));
  return dataset.groups
    .filter((group) => isGroupActive(group, asOf))
    .map((group) => {
      const issues = report.issues.filter(
        (issue: Issue) => issue.subject?.kind === "group" && issue.subject.id === group.id,
      );
      const key = summary.ruleSets?.find((found) => byKey(found).groupKind === group.kind);
      return {
        group,
        issues,
        row: rows.get(group.unitId) as SummaryRow,
        ruleSet: key === undefined ? undefined : byKey(key),
      };
    });
}

describe("validate and summarize apply one rule (properties)", () => {
  it("a group has a meeting.cadence_missed issue exactly when the summary counts it judged and not compliant", () => {
    fc.assert(
      fc.property(caseArbitrary, (testCase) => {
        for (const { group, issues, row } of groupsSeenBothWays(testCase)) {
          const missed = issues.some((issue) => issue.code === "meeting.cadence_missed");
          expect(row.groups, group.id).toBe(1);
          expect(missed, group.id).toBe(row.groupsJudged === 1 && row.groupsCompliant === 0);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("a group breaks a size rule exactly when the summary's size figures say so", () => {
    fc.assert(
      fc.property(caseArbitrary, (testCase) => {
        for (const { group, issues, row, ruleSet } of groupsSeenBothWays(testCase)) {
          const limits = ruleSet === undefined ? undefined : sizeLimitsFor(ruleSet, group.special);
          const members = row.members as number;
          expect(row.capacity, group.id).toBe(limits?.max ?? 0);
          expect(
            issues.some((issue) => issue.code === "group.above_max_size"),
            group.id,
          ).toBe(limits?.max !== undefined && members > limits.max);
          expect(
            issues.some((issue) => issue.code === "group.below_min_size"),
            group.id,
          ).toBe(limits?.min !== undefined && members < limits.min);
          const sized = issues.find(
            (issue) => issue.code === "group.above_max_size" || issue.code === "group.below_min_size",
          );
          if (sized !== undefined) expect(sized.params?.["size"]).toBe(members);
        }
      }),
      { numRuns: 300 },
    );
  });
});
