import { rangeError } from "../internal/errors.js";
import { describeValue } from "../internal/guards.js";

/**
 * The engines the SQL is written for: `duckdb` (DuckDB 1.x) and `postgres` (PostgreSQL 14 and
 * later, and engines that speak its dialect, such as Citus or PGlite).
 *
 * @since 0.2.0
 * @public
 *
 * @example
 * ```ts
 * import type { SqlDialect } from "@kudumbashree/domain/sql";
 *
 * const dialect: SqlDialect = "postgres";
 * ```
 */
export type SqlDialect = "duckdb" | "postgres";

/**
 * SQL text with its bound parameters, positional (`$1` is `params[0]`): pass both to the engine,
 * such as `connection.runAndReadAll(text, params)` in DuckDB or `client.query(text, params)` in
 * PostgreSQL.
 *
 * @since 0.2.0
 * @public
 *
 * @example
 * ```ts
 * import type { SqlQuery } from "@kudumbashree/domain/sql";
 *
 * const query: SqlQuery = { text: "SELECT CAST($1 AS TEXT) AS id", params: ["w1"] };
 * ```
 */
export interface SqlQuery {
  /** The SQL text, with `$1`, `$2`, ... where the parameters go. */
  readonly text: string;
  /** The values of the parameters, in order. */
  readonly params: readonly (string | number | boolean | null)[];
}

/** Checks the dialect option. @internal */
export function requireDialect(value: unknown, fn: string): SqlDialect {
  if (value !== "duckdb" && value !== "postgres")
    throw rangeError(`${fn}: dialect must be "duckdb" or "postgres", got ${describeValue(value)}`);
  return value;
}
