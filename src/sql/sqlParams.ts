// Internal: the bound parameters of a query. Every value that comes from a caller or a rule set
// becomes `$n` with an explicit type, so that both engines bind it the same way and no value is
// ever spliced into the text.

/** The SQL types the queries bind parameters as. */
export type SqlType = "TEXT" | "DATE" | "INTEGER" | "BOOLEAN";

/** Collects parameters; `bind` returns the placeholder, cast to its type. @internal */
export class SqlParams {
  readonly values: (string | number | boolean | null)[] = [];

  bind(value: string | number | boolean | null | undefined, type: SqlType): string {
    this.values.push(value ?? null);
    return `CAST($${this.values.length} AS ${type})`;
  }

  /** A list of text values, for `IN (...)`. */
  list(values: readonly string[]): string {
    return values.map((value) => this.bind(value, "TEXT")).join(", ");
  }
}
