// zod's issues, as the package's `schema.invalid` issues: a path into the input, the record it is
// about and a sentence for people.
import type { z } from "zod";
import type { Issue, SubjectKind } from "../issues/Issue.js";
import { issue } from "../issues/issueFactory.js";

const collectionSubjects: Record<string, SubjectKind> = {
  units: "unit",
  people: "person",
  groups: "group",
  federations: "federation",
  meetings: "meeting",
};

/**
 * The first `max` of `zodIssues` as `schema.invalid` issues, their paths prefixed with `prefix`
 * (the record's place in the input when zod saw only the record).
 */
export function schemaIssues(
  input: unknown,
  zodIssues: readonly z.core.$ZodIssue[],
  prefix: readonly (string | number)[],
  max: number,
): Issue[] {
  const issues: Issue[] = [];
  for (const zodIssue of zodIssues.slice(0, max)) {
    const path = [...prefix, ...zodIssue.path.map((key) => (typeof key === "symbol" ? String(key) : key))];
    // An unknown field's path names the field, so a spreadsheet user is sent to its column.
    if (zodIssue.code === "unrecognized_keys" && zodIssue.keys[0] !== undefined) path.push(zodIssue.keys[0]);
    issues.push(
      issue(
        "schema.invalid",
        { reason: zodIssue.code },
        { path, subject: subjectAt(input, path), detail: describeZodIssue(zodIssue) },
      ),
    );
  }
  return issues;
}

function describeZodIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === "unrecognized_keys") {
    const keys = issue.keys.map((key) => `"${key}"`).join(", ");
    return `unknown field${issue.keys.length > 1 ? "s" : ""} ${keys} (a typo?)`;
  }
  return issue.message;
}

function subjectAt(input: unknown, path: readonly (string | number)[]): Issue["subject"] {
  const [collection, position] = path;
  if (typeof collection !== "string" || typeof position !== "number") return undefined;
  const kind = Object.hasOwn(collectionSubjects, collection) ? collectionSubjects[collection] : undefined;
  if (kind === undefined || typeof input !== "object" || input === null) return undefined;
  const records: unknown = (input as Record<string, unknown>)[collection];
  const record: unknown = Array.isArray(records) ? records[position] : undefined;
  if (typeof record !== "object" || record === null) return undefined;
  const id: unknown = Object.hasOwn(record, "id") ? (record as { id: unknown }).id : undefined;
  return typeof id === "string" && id.length > 0 ? { kind, id } : undefined;
}
