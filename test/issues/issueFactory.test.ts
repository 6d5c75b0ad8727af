import { describe, expect, it } from "vitest";
import { type IssueCode, type IssueParams, issueCodes } from "../../src/index.js";
import { issue } from "../../src/issues/issueFactory.js";
import { messageExamples } from "../../src/locales/messageExamples.js";

// Every code's first example (src/locales/messageExamples.ts): the record is typed, so a new code
// fails to compile there until it has one, and the loop below renders every code's message.
const examples = Object.fromEntries(Object.entries(messageExamples).map(([code, [first]]) => [code, first.params])) as {
  readonly [C in IssueCode]: IssueParams[C];
};

describe("issue(), the one factory", () => {
  it.each(Object.keys(issueCodes) as IssueCode[])(
    "%s: severity from the table, a message, the params as given",
    (code) => {
      const made = issue(code, examples[code] as never, {
        path: ["groups", 0, "unitId"],
        subject: { kind: "group", id: "g1" },
        ruleSet: { key: "kerala.test@1.0.0", title: "A test rule set" },
        label: "Group one (g1)",
      });
      expect(made.code).toBe(code);
      expect(made.severity).toBe(issueCodes[code].severity);
      expect(made.message.length).toBeGreaterThan(10);
      expect(made.message).not.toMatch(/undefined|\[object Object\]|NaN/);
      expect(made.params).toEqual(examples[code]);
      expect(made.ruleSet).toBe("kerala.test@1.0.0");
      expect(made.ruleSetTitle).toBe("A test rule set");
      expect(made.label).toBe("Group one (g1)");
      expect(made.path).toEqual(["groups", 0, "unitId"]);
    },
  );

  it("leaves out what it was not given", () => {
    expect(issue("meeting.cadence_unknown", undefined)).toEqual({
      code: "meeting.cadence_unknown",
      severity: "warning",
      message: "The dataset records no meeting, so no group's meeting cadence could be checked.",
    });
  });

  it("names the referencing field in reference messages", () => {
    const at = (
      path: (string | number)[],
      kind: "unit" | "group" | "federation" | "membership" | "meeting",
      id: string,
    ) => ({ path, subject: { kind, id } });
    expect(issue("reference.unknown", { id: "x" }, at(["units", 1, "parentId"], "unit", "w2")).message).toBe(
      'Unit "w2" names the parent "x", which is not in the dataset.',
    );
    expect(issue("reference.unknown", { id: "x" }, at(["groups", 0, "unitId"], "group", "g1")).message).toBe(
      'Group "g1" names the ward or village "x", which is not in the dataset.',
    );
    expect(
      issue("reference.unknown", { id: "x" }, at(["meetings", 3, "attendeeIds", 2], "meeting", "m1")).message,
    ).toBe('Meeting "m1" names the attendee "x", which is not in the dataset.');
    expect(
      issue(
        "reference.wrong_kind",
        { id: "p1", foundKind: "person" },
        at(["federations", 0, "memberIds", 1], "federation", "ads1"),
      ).message,
    ).toBe('Federation "ads1" names the member "p1", which is a person, not a group or a federation.');
    expect(issue("reference.unknown", { id: "ghost" }, { subject: { kind: "group", id: "ghost" } }).message).toMatch(
      /^Memberships or meetings name the group "ghost"/,
    );
  });
});
