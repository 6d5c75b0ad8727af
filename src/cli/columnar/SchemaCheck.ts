// The slow path of the cell checks: a record whose cells are not all certainly valid is built as
// readCsvDataset builds it (trimmed text, yes/no words, lists split at ";") and checked with its
// zod schema, and its issues are made as parseDataset makes them: at most MAX_SCHEMA_ISSUES in all
// (then one `truncated` issue), each at the record's position in its file.
import type { z } from "zod";
import { schemaFields, schemaIssues } from "../../dataset/schemaIssues.js";
import { Federation } from "../../entities/Federation.js";
import { Group } from "../../entities/Group.js";
import { Meeting } from "../../entities/Meeting.js";
import { Membership } from "../../entities/Membership.js";
import { Person } from "../../entities/Person.js";
import { Unit } from "../../entities/Unit.js";
import type { Issue } from "../../issues/Issue.js";
import { issue } from "../../issues/issueFactory.js";
import { locatedSchemaIssue } from "../csvDataset.js";
import type { CsvRecord } from "./readCsvBytes.js";
import type { Collection, TableFile } from "./readTable.js";

/** As parseDataset: at most this many shape issues are listed. */
const MAX_SCHEMA_ISSUES = 1000;
const TRUE = new Set(["true", "yes", "y", "1"]);
const FALSE = new Set(["false", "no", "n", "0"]);

const SCHEMAS: Record<Collection, () => z.ZodType> = {
  units: () => Unit,
  people: () => Person,
  groups: () => Group,
  federations: () => Federation,
  memberships: () => Membership,
  meetings: () => Meeting,
};

/** The record of a CSV line as readCsvDataset makes it, and the yes/no cells as written. */
export function recordObject(
  table: TableFile,
  record: CsvRecord,
): { value: Record<string, unknown>; yesNo?: Map<string, string> } {
  const value: Record<string, unknown> = {};
  let yesNo: Map<string, string> | undefined;
  const { header, spec } = table;
  for (let k = 0; k < record.count; k++) {
    const column = header[k] as string;
    if (!Object.hasOwn(spec.columns, column)) continue;
    const kind = spec.columns[column];
    const text = record.text(k).trim();
    if (text === "") continue;
    if (kind === "list")
      value[column] = text
        .split(";")
        .map((item) => item.trim())
        .filter((item) => item !== "");
    else if (kind === "boolean") {
      (yesNo ??= new Map()).set(column, text);
      value[column] = TRUE.has(text.toLowerCase()) ? true : FALSE.has(text.toLowerCase()) ? false : text;
    } else value[column] = text;
  }
  return yesNo === undefined ? { value } : { value, yesNo };
}

/** The schema issues of a read, counted against one limit, and what explain needs of them. */
export class SchemaCheck {
  /** Schema issues, in the order parseDataset finds them (collection by collection, record by record). */
  readonly issues: Issue[] = [];
  private omitted = 0;
  /** Yes/no cells of records with issues, by `collection/index/column`. */
  private readonly yesNoCells = new Map<string, string>();
  /** The record last checked, as built. */
  lastValue: Record<string, unknown> = {};

  /**
   * Checks a record with its schema: its typed value, or undefined when it fails (its issues are
   * kept, as many as there is room for).
   */
  check<T>(table: TableFile, record: CsvRecord, index: number): T | undefined {
    const collection = table.spec.collection;
    const { value, yesNo } = recordObject(table, record);
    this.lastValue = value;
    const schema = SCHEMAS[collection]();
    const parsed = schema.safeParse(value);
    if (parsed.success) return parsed.data as T;
    const room = Math.max(0, MAX_SCHEMA_ISSUES - this.issues.length);
    const input = { [collection]: { [index]: value } };
    const found = schemaIssues(input, value, parsed.error.issues, [collection, index], room, schemaFields(schema));
    this.omitted += found.omitted;
    for (const each of found.issues) this.issues.push(each);
    if (yesNo !== undefined && found.issues.length > 0)
      for (const [column, text] of yesNo) this.yesNoCells.set(`${collection}/${index}/${column}`, text);
    return undefined;
  }

  /** A record's typed value, or undefined when it fails its schema, without any issue (a second pass over a file). */
  parse<T>(table: TableFile, record: CsvRecord): T | undefined {
    const parsed = SCHEMAS[table.spec.collection]().safeParse(recordObject(table, record).value);
    return parsed.success ? (parsed.data as T) : undefined;
  }

  /** The issues, with the `truncated` one when some were left out. */
  all(): Issue[] {
    return this.omitted > 0
      ? [...this.issues, issue("schema.invalid", { reason: "truncated", omitted: this.omitted })]
      : this.issues;
  }

  /**
   * A `schema.invalid` issue about a record, remade with its file and line (and for a yes/no cell,
   * the word as written and the words allowed), as readCsvDataset's explain remakes it.
   */
  explain(found: Issue, tables: Partial<Record<Collection, TableFile>>): Issue {
    const [collection, index, column] = found.path ?? [];
    if (found.code !== "schema.invalid" || typeof collection !== "string" || typeof index !== "number") return found;
    const table = Object.hasOwn(tables, collection) ? tables[collection as Collection] : undefined;
    const line = table?.lines.lineOf(index);
    if (table === undefined || line === undefined) return found;
    const cell = typeof column === "string" ? this.yesNoCells.get(`${collection}/${index}/${column}`) : undefined;
    return locatedSchemaIssue(found, table.spec.file, line, cell);
  }
}
