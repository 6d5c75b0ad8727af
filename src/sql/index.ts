// The `@kudumbashree/domain/sql` entry: the library's roll-ups (and set-based checks) as SQL for
// DuckDB and PostgreSQL. It returns SQL text and bound parameters and never loads an engine.

export { issuesFromRows, SQL_ISSUE_CODES } from "./issuesFromRows.js";
export { type IssuesSqlOptions, issuesSql } from "./issuesSql.js";
export type { SqlDialect, SqlQuery } from "./SqlDialect.js";
export { DEFAULT_SQL_TABLES, type SqlName, type SqlTables } from "./SqlTables.js";
export { summaryFromRows } from "./summaryFromRows.js";
export { type SummarySqlOptions, summarySql } from "./summarySql.js";
