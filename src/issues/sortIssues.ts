import type { Issue } from "./Issue.js";

/**
 * Puts issues in a canonical order (by code, subject, path, message), so that summaries of the
 * same records carry the same list whichever part they were merged from. @internal
 */
export function sortIssues(issues: readonly Issue[]): Issue[] {
  const keyed = issues.map(
    (issue) =>
      [
        `${issue.code}\u0000${issue.subject?.kind ?? ""}\u0000${issue.subject?.id ?? ""}\u0000` +
          `${JSON.stringify(issue.path ?? [])}\u0000${issue.message}`,
        issue,
      ] as const,
  );
  keyed.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return keyed.map(([, issue]) => issue);
}
