// `kudumbashree summarize <folder> --engine duckdb`: the summary of a CSV (or Parquet) export
// computed inside DuckDB by the SQL of summarySql, for exports too large for a Node heap. DuckDB
// reads the files with its own readers into a database in a temporary folder (it spills there too),
// a few SQL checks stand in for the library's per-record checks, and only the per-unit results
// come back to Node. @duckdb/node-api is an optional peer dependency, loaded only here.
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { availableParallelism, tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import type { DuckDBConnection, DuckDBInstance, DuckDBValue } from "@duckdb/node-api";
import type { Summary, SuppressedSummary } from "../aggregate/Summary.js";
import { derivedPart } from "../aggregate/summaryProvenance.js";
import { suppressSummary } from "../aggregate/suppressSummary.js";
import { FederationKind } from "../entities/Federation.js";
import { GroupKind, SpecialCategory } from "../entities/Group.js";
import { Role } from "../entities/Membership.js";
import { Gender } from "../entities/Person.js";
import { LocalBodyType, UnitKind } from "../entities/Unit.js";
import type { Issue } from "../issues/Issue.js";
import { summaryFromRows } from "../sql/summaryFromRows.js";
import { summarySql } from "../sql/summarySql.js";
import { UsageError } from "./commandLine.js";
import {
  CsvError,
  checkedHeader,
  ignoredColumnIssues,
  type LocatedIssues,
  type Location,
  TABLES,
  YES_NO_WORDS,
} from "./csvDataset.js";
import { errorCode, fileError, InputError } from "./fileSystem.js";
import { CsvSyntaxError, readCsv } from "./readCsv.js";
import { formatLocation } from "./readInput.js";
import type { SummarizeAnswer, SummarizeRequest } from "./summarizeEngines.js";

const COMMAND = "summarize --engine duckdb";
const INSTALL = "npm install @duckdb/node-api";

/** The part of `@duckdb/node-api` this engine uses. */
export interface DuckDbModule {
  readonly DuckDBInstance: { create(path?: string, options?: Record<string, string>): Promise<DuckDBInstance> };
}

/** How the engine finds DuckDB: tests pass a loader that fails, as on a machine without the package. */
export interface DuckDbEngineOptions {
  readonly load?: (() => Promise<DuckDbModule>) | undefined;
}

// The name in a variable: bundlers (tsup for dist/cli.js, esbuild in tests) leave the import to
// Node at run time instead of trying to bundle a native addon that may not be installed.
const DUCKDB_PACKAGE = "@duckdb/node-api";
const loadDuckDb = async (): Promise<DuckDbModule> => (await import(DUCKDB_PACKAGE)) as DuckDbModule;

/**
 * The memory DuckDB may use (60% of the machine's memory, or of the container's limit when it has
 * one: the rest is left to Node, the operating system and the file cache) and its threads (one a
 * core). What does not fit is spilled to the temporary folder.
 */
export function duckDbSettings(): { memoryLimit: string; threads: string } {
  const limit = process.constrainedMemory?.() ?? 0;
  const memory = limit > 0 && limit < totalmem() ? limit : totalmem();
  return {
    memoryLimit: `${Math.max(256, Math.floor((memory * 0.6) / 2 ** 20))}MiB`,
    threads: String(Math.max(1, availableParallelism())),
  };
}

type Collection = (typeof TABLES)[number]["collection"];

/** The columns read from each file: those the summary or the checks need (names, topics and LGD codes are not). */
const NEEDED: Readonly<Record<Collection, readonly string[]>> = {
  units: ["id", "kind", "name", "parentId", "localBodyType"],
  people: ["id", "dateOfBirth", "gender", "householdId"],
  groups: ["id", "kind", "unitId", "formedOn", "closedOn", "special", "specialCategory"],
  federations: ["id", "kind", "unitId", "formedOn", "memberIds"],
  memberships: ["groupId", "personId", "role", "from", "to"],
  meetings: ["id", "groupId", "date", "attendeeIds"],
};

// Constants of this file spliced into the SQL as literals (never a value from the data or the
// command line: those are bound parameters).
const literal = (text: string) => `'${text.replaceAll("'", "''")}'`;
const list = (values: readonly string[]) => values.map(literal).join(", ");
/** What JavaScript's trim() removes (the CSV reader trims every cell so), as a regular expression class. */
const JS_SPACE =
  "\\t\\n\\x{0B}\\f\\r \\x{00A0}\\x{1680}\\x{2000}-\\x{200A}\\x{2028}\\x{2029}\\x{202F}\\x{205F}\\x{3000}\\x{FEFF}";
/** The same characters, for trim(). */
const TRIMMED = literal(
  "\t\n\u000b\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a" +
    "\u2028\u2029\u202f\u205f\u3000\ufeff",
);
/** A cell trimmed as JavaScript trims it; trim() with characters is slow, so only cells that need it go through it. */
const trimmed = (cell: string) =>
  `CASE WHEN regexp_matches(${cell}, ${literal(`^[${JS_SPACE}]|[${JS_SPACE}]$`)}) THEN trim(${cell}, ${TRIMMED}) ` +
  `ELSE ${cell} END`;
/** An id with no visible character: only spaces and the invisible characters of the Id schema. */
const NO_VISIBLE = literal(
  `[${JS_SPACE}` +
    "\\x{00AD}\\x{034F}\\x{061C}\\x{180E}\\x{200B}-\\x{200F}\\x{202A}-\\x{202E}\\x{2060}-\\x{2064}\\x{2066}-\\x{2069}" +
    "\\x{FE00}-\\x{FE0F}]*",
);
const TRUE_WORDS = ["true", "yes", "y", "1"];

/** The date columns of each file, which the raw tables also hold as DATE (column `<name>@date`). */
const DATES: Readonly<Partial<Record<Collection, readonly string[]>>> = {
  people: ["dateOfBirth"],
  groups: ["formedOn", "closedOn"],
  federations: ["formedOn"],
  memberships: ["from", "to"],
  meetings: ["date"],
};

const q = (name: string) => `"${name.replaceAll('"', '""')}"`;
const raw = (collection: string) => q(`raw_${collection}`);
const dated = (column: string) => q(`${column}@date`);

/** A file of the export: where it is, and its header (the columns by position). */
interface TableFile {
  readonly spec: (typeof TABLES)[number];
  readonly path: string;
  readonly name: string;
  readonly format: "csv" | "parquet";
  readonly header: readonly string[];
  readonly headerLine: number;
  readonly bytes: number;
}

/**
 * Summarises a folder of CSV (or Parquet) files inside DuckDB: the same summary `--engine node`
 * makes of clean data. Data that fails a check the node engine would report is refused (exit 1).
 */
export async function summarizeWithDuckDb(
  request: SummarizeRequest,
  engine: DuckDbEngineOptions = {},
): Promise<SummarizeAnswer> {
  const folder = request.path;
  if (folder === "-")
    throw new UsageError(
      "--engine duckdb reads a folder of CSV or Parquet files, not standard input: use --engine node",
      "summarize",
    );
  let isFolder: boolean;
  try {
    isFolder = statSync(folder).isDirectory();
  } catch (error) {
    throw fileError("read", folder, error);
  }
  if (!isFolder)
    throw new UsageError(
      `--engine duckdb reads a folder of CSV or Parquet files (units.csv, people.csv, ...); ${folder} is a file: ` +
        "summarise a JSON file with --engine node",
      "summarize",
    );
  const duckdb = await loadModule(engine.load ?? loadDuckDb);
  const files = findFiles(folder);
  const dir = mkdtempSync(join(tmpdir(), "kudumbashree-duckdb-"));
  let instance: DuckDBInstance | undefined;
  let connection: DuckDBConnection | undefined;
  try {
    const { memoryLimit, threads } = duckDbSettings();
    try {
      // An in-memory database: DuckDB moves what does not fit within memory_limit, tables included,
      // to temp_directory, and a database file would only add writes.
      instance = await duckdb.DuckDBInstance.create(":memory:", {
        memory_limit: memoryLimit,
        threads,
        temp_directory: join(dir, "spill"),
        preserve_insertion_order: "false",
      });
      connection = await instance.connect();
    } catch (error) {
      throw new InputError(`${COMMAND}: DuckDB could not start: ${firstLines(error)}`, 2);
    }
    const db = connection;
    try {
      const readIssues = await loadFiles(db, files, request);
      await checkData(db, files, request);
      return await summarise(db, request, folder, readIssues);
    } catch (error) {
      // What the engine itself could not do (memory, disk): one line, never its stack.
      if (error instanceof InputError || error instanceof UsageError) throw error;
      throw new InputError(`${COMMAND}: DuckDB failed on ${folder}: ${firstLines(error)}`, 2);
    }
  } finally {
    connection?.closeSync();
    instance?.closeSync();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function loadModule(load: () => Promise<DuckDbModule>): Promise<DuckDbModule> {
  try {
    return await load();
  } catch (error) {
    const code = errorCode(error);
    if (code === "ERR_MODULE_NOT_FOUND" || code === "MODULE_NOT_FOUND")
      throw new UsageError(`--engine duckdb needs the optional package @duckdb/node-api: ${INSTALL}`, "summarize");
    throw new InputError(
      `${COMMAND}: @duckdb/node-api could not be loaded (${firstLines(error)}); reinstall it: ${INSTALL}`,
      2,
    );
  }
}

/** The first lines of an engine's error, without its hints: enough to say what and where. */
function firstLines(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const lines = message.split("\n").map((line) => line.trim());
  const kept: string[] = [];
  for (const line of lines) {
    if (line === "" || line.startsWith("Possible")) break;
    kept.push(line);
  }
  const text = kept.join("; ");
  return text.length > 400 ? `${text.slice(0, 400)}...` : text;
}

/** Each table's file (`units.csv`, or `units.parquet`), with its header, in the order the node engine reads them. */
function findFiles(folder: string): TableFile[] {
  const files: TableFile[] = [];
  for (const spec of TABLES) {
    const csv = join(folder, spec.file);
    const parquet = join(folder, spec.file.replace(/\.csv$/, ".parquet"));
    const found = [csv, parquet].flatMap((path) => {
      const size = fileSize(path);
      return size === undefined ? [] : [{ path, size }];
    });
    if (found.length === 2)
      throw new InputError(
        `${COMMAND}: ${folder} has both ${spec.file} and ${spec.file.replace(/\.csv$/, ".parquet")}: keep one`,
        2,
      );
    const [file] = found;
    if (file === undefined) {
      if (spec.required) {
        const needed = TABLES.filter((t) => t.required).map((t) => t.file);
        throw new InputError(
          `${formatLocation({ file: csv, line: 0 })}: ${spec.file} is missing from the folder ` +
            `(it needs ${needed.join(", ")}; or the same names ending .parquet)`,
          1,
        );
      }
      continue;
    }
    const format = file.path === csv ? "csv" : "parquet";
    const name = format === "csv" ? spec.file : spec.file.replace(/\.csv$/, ".parquet");
    const { header, line } = format === "csv" ? csvHeader(file.path, spec.file) : { header: [], line: 1 };
    files.push({ spec, path: file.path, name, format, header, headerLine: line, bytes: file.size });
  }
  return files;
}

function fileSize(path: string): number | undefined {
  try {
    const stat = statSync(path);
    if (!stat.isFile()) throw new InputError(`${COMMAND}: cannot read ${path}: it is not a file`, 2);
    return stat.size;
  } catch (error) {
    if (error instanceof InputError) throw error;
    if (errorCode(error) === "ENOENT") return undefined;
    throw fileError("read", path, error);
  }
}

const HEADER_READ = Symbol("header read");

/** The header of a CSV file (its first record, cells trimmed), read as the node engine reads it. */
function csvHeader(path: string, file: string): { header: string[]; line: number } {
  let header: string[] | undefined;
  let line = 1;
  try {
    readCsv(
      path,
      (fields, at) => {
        header = fields.map((name) => name.trim());
        line = at;
        throw HEADER_READ;
      },
      64 * 1024,
    );
  } catch (error) {
    if (error instanceof CsvSyntaxError) {
      const where = { file: path, line: error.line, ...(error.column === undefined ? {} : { column: error.column }) };
      throw new InputError(`${formatLocation(where)}: ${error.message}`, 1);
    }
    if (error !== HEADER_READ) throw error;
  }
  if (header === undefined) {
    const spec = TABLES.find((one) => one.file === file);
    throw new InputError(
      `${formatLocation({ file: path, line: 1 })}: ${file} is empty: it needs a header row ` +
        `(${spec?.requiredColumns.join(", ")}, ...)`,
      1,
    );
  }
  return { header, line };
}

/** The column names of a Parquet file, and a duplicate or missing column refused as in a CSV header. */
async function parquetHeader(db: DuckDBConnection, file: TableFile): Promise<string[]> {
  const reader = await db.runAndReadAll("DESCRIBE SELECT * FROM read_parquet(CAST($1 AS VARCHAR))", [file.path]);
  return reader.getRowObjectsJS().map((row) => String(row["column_name"]));
}

/**
 * The header checked as the node engine checks it (a column twice, a required column missing),
 * and the reading's own issues: columns the format does not know (a warning, or errors with
 * `--strict`), at the header cell.
 */
function checkHeader(
  file: TableFile,
  header: readonly string[],
  strict: boolean,
  filledUnnamed: ReadonlySet<number>,
  issues: Issue[],
  locations: Map<Issue, Location>,
): void {
  const { spec, path, headerLine: line } = file;
  try {
    checkedHeader(header, { ...spec, file: file.name }, path, line);
  } catch (error) {
    if (error instanceof CsvError) throw new InputError(`${formatLocation(error.location)}: ${error.message}`, 1);
    throw error;
  }
  const unknown = header.flatMap((column, k) => (column !== "" && !Object.hasOwn(spec.columns, column) ? [k] : []));
  ignoredColumnIssues(spec, path, header, line, [...unknown, ...filledUnnamed], strict, { issues, locations });
}

/**
 * Reads every file into a table `raw_<collection>` of text columns named as the format names them
 * (cells trimmed as JavaScript trims, empty cells NULL), and the two lists into tables of their own.
 */
async function loadFiles(db: DuckDBConnection, files: readonly TableFile[], request: SummarizeRequest) {
  const issues: Issue[] = [];
  const locations = new Map<Issue, Location>();
  request.meter.start(files.reduce((sum, file) => sum + file.bytes, 0));
  try {
    for (const spec of TABLES) {
      const file = files.find((one) => one.spec === spec);
      const needed = NEEDED[spec.collection];
      if (file === undefined) {
        const typed = [
          ...needed.map((column) => `${q(column)} VARCHAR`),
          ...(DATES[spec.collection] ?? []).map((column) => `${dated(column)} DATE`),
        ];
        await run(db, `CREATE TABLE ${raw(spec.collection)} (${typed.join(", ")})`);
        continue;
      }
      request.progress(`reading ${file.path} with DuckDB...`);
      const header = file.format === "csv" ? file.header : await parquetHeader(db, file);
      const source =
        file.format === "csv"
          ? "read_csv(CAST($1 AS VARCHAR), header = true, auto_detect = false, delim = ',', quote = '\"', " +
            `escape = '"', strict_mode = true, null_padding = false, skip = ${file.headerLine - 1}, ` +
            `columns = {${header.map((_, k) => `'c${k}': 'VARCHAR'`).join(", ")}})`
          : "read_parquet(CAST($1 AS VARCHAR))";
      const types = file.format === "parquet" ? await parquetTypes(db, file.path) : [];
      const cell = (k: number) => {
        const name = file.format === "csv" ? q(`c${k}`) : q(header[k] as string);
        const type = types[k] ?? "VARCHAR";
        // Parquet lists become the text a CSV cell holds (items separated by ";").
        const text = type.endsWith("[]")
          ? `CASE WHEN len(${name}) = 0 THEN ';' ELSE array_to_string(${name}, ';') END`
          : `CAST(${name} AS VARCHAR)`;
        return `NULLIF(${trimmed(text)}, '')`;
      };
      const columns = needed.map((column) => {
        const k = header.indexOf(column);
        return `${k < 0 ? "CAST(NULL AS VARCHAR)" : cell(k)} AS ${q(column)}`;
      });
      // Unnamed columns (the empty cells a spreadsheet leaves after the last one) count only when they hold something.
      const unnamed = header.flatMap((column, k) => (column === "" ? [k] : []));
      for (const k of unnamed) columns.push(`${cell(k)} IS NOT NULL AS ${q(`#${k}`)}`);
      // Each date also as a DATE (NULL when it is not one; the checks refuse such cells), cast once here.
      const dates = (DATES[spec.collection] ?? []).map(
        (column) => `TRY_CAST(${q(column)} AS DATE) AS ${dated(column)}`,
      );
      try {
        await run(
          db,
          `CREATE TABLE ${raw(spec.collection)} AS SELECT *${dates.map((one) => `, ${one}`).join("")} ` +
            `FROM (SELECT ${columns.join(", ")} FROM ${source})`,
          [file.path],
        );
      } catch (error) {
        throw new InputError(
          `${file.path}: DuckDB could not read it: ${firstLines(error)}. ` +
            `Run kudumbashree validate ${request.path} (or summarize with --engine node) to see the line`,
          1,
        );
      }
      const filled = new Set<number>();
      if (unnamed.length > 0) {
        const any = unnamed.map((k) => `bool_or(${q(`#${k}`)}) AS ${q(`#${k}`)}`);
        const [row] = await read(db, `SELECT ${any.join(", ")} FROM ${raw(spec.collection)}`);
        for (const k of unnamed) if (row?.[`#${k}`] === true) filled.add(k);
        for (const k of unnamed) await run(db, `ALTER TABLE ${raw(spec.collection)} DROP COLUMN ${q(`#${k}`)}`);
      }
      checkHeader(file, header, request.strict, filled, issues, locations);
      const [count] = await read(db, `SELECT CAST(COUNT(*) AS DOUBLE) AS n FROM ${raw(spec.collection)}`);
      request.meter.advance(file.bytes, Number(count?.["n"] ?? 0));
    }
  } finally {
    request.meter.stop();
  }
  // The lists: one row per item, split at ";" and trimmed, empty items left out (as the CSV reader does).
  const items = (table: string, collection: string, owner: string, column: string, item: string) =>
    run(
      db,
      `CREATE TABLE ${q(table)} AS SELECT owner AS ${q(owner)}, item AS ${q(item)} FROM ` +
        `(SELECT owner, NULLIF(${trimmed("part")}, '') AS item FROM ` +
        `(SELECT r."id" AS owner, unnest(string_split(r.${q(column)}, ';')) AS part FROM ${raw(collection)} r)) ` +
        "WHERE item IS NOT NULL",
    );
  await items("raw_federation_members", "federations", "federationId", "memberIds", "memberId");
  await items("raw_meeting_attendees", "meetings", "meetingId", "attendeeIds", "personId");
  return { issues, locations } satisfies LocatedIssues;
}

async function parquetTypes(db: DuckDBConnection, path: string): Promise<string[]> {
  const reader = await db.runAndReadAll("DESCRIBE SELECT * FROM read_parquet(CAST($1 AS VARCHAR))", [path]);
  return reader.getRowObjectsJS().map((row) => String(row["column_type"]));
}

async function run(db: DuckDBConnection, sql: string, params: DuckDBValue[] = []): Promise<void> {
  await db.run(sql, params);
}

async function read(
  db: DuckDBConnection,
  sql: string,
  params: readonly DuckDBValue[] = [],
): Promise<Record<string, unknown>[]> {
  const reader = await db.runAndReadAll(sql, [...params]);
  return reader.getRowObjectsJS() as Record<string, unknown>[];
}

/** A check of the rows of one table: a condition on its row `r`, and the value to show as an example. */
interface Check {
  readonly what: string;
  readonly where: string;
  readonly example: string;
}

const c = (column: string) => `r.${q(column)}`;
const RANK = (kind: string) =>
  `CASE ${kind} WHEN 'country' THEN 0 WHEN 'state' THEN 1 WHEN 'district' THEN 2 WHEN 'block' THEN 3 ` +
  `WHEN 'localBody' THEN 4 ELSE 5 END`;

function required(column: string, label: string): Check {
  return { what: `no ${column}`, where: `${c(column)} IS NULL`, example: label };
}
function invisible(column: string): Check {
  return {
    what: `${/^[aeiou]/.test(column) ? "an" : "a"} ${column} without a visible character`,
    where: `regexp_full_match(${c(column)}, ${NO_VISIBLE})`,
    example: c(column),
  };
}
function oneOf(column: string, values: readonly string[]): Check {
  return {
    what: `a ${column} that is not one of ${values.join(", ")}`,
    where: `${c(column)} NOT IN (${list(values)})`,
    example: c(column),
  };
}
function realDate(column: string): Check {
  return {
    what: `a ${column} that is not a real date written YYYY-MM-DD`,
    where:
      `${c(column)} IS NOT NULL AND NOT (regexp_full_match(${c(column)}, '[0-9]{4}-[0-9]{2}-[0-9]{2}') ` +
      `AND r.${dated(column)} IS NOT NULL)`,
    example: c(column),
  };
}
function known(column: string, collections: readonly string[], what: string): Check {
  // An uncorrelated IN over ids that are not NULL (a hash join), rather than a NOT EXISTS per row:
  // for a cell that is not NULL it is exactly true or false.
  const none = collections.map(
    (one) => `NOT (${c(column)} IN (SELECT k."id" FROM ${raw(one)} k WHERE k."id" IS NOT NULL))`,
  );
  return {
    what: `a ${column} that is not ${what}`,
    where: `${c(column)} IS NOT NULL AND ${none.join(" AND ")}`,
    example: c(column),
  };
}
function ids(column: string): Check[] {
  return [invisible(column)];
}

/** The checks of each table, standing in for the schema and reference checks of the node engine. */
function checksOf(collection: string): Check[] {
  const id = c("id");
  switch (collection) {
    case "units":
      return [
        required("id", id),
        ...ids("id"),
        required("kind", id),
        oneOf("kind", UnitKind.options),
        required("name", id),
        ...ids("parentId"),
        oneOf("localBodyType", LocalBodyType.options),
        {
          what: "a localBodyType on a unit that is not a localBody",
          where: `${c("localBodyType")} IS NOT NULL AND ${c("kind")} <> 'localBody'`,
          example: id,
        },
        known("parentId", ["units"], "the id of a unit"),
        {
          what: "a parent that is not above it (a ward under a ward, or a cycle)",
          where:
            `${c("kind")} IN (${list(UnitKind.options)}) AND EXISTS (SELECT 1 FROM ${raw("units")} p ` +
            `WHERE p."id" = ${c("parentId")} AND p."kind" IN (${list(UnitKind.options)}) ` +
            `AND ${RANK('p."kind"')} >= ${RANK(c("kind"))})`,
          example: id,
        },
      ];
    case "people":
      return [
        required("id", id),
        ...ids("id"),
        required("gender", id),
        oneOf("gender", Gender.options),
        realDate("dateOfBirth"),
        ...ids("householdId"),
      ];
    case "groups":
      return [
        required("id", id),
        ...ids("id"),
        required("kind", id),
        oneOf("kind", GroupKind.options),
        required("unitId", id),
        ...ids("unitId"),
        known("unitId", ["units"], "the id of a unit"),
        {
          what: "a unitId that is not a ward or a village",
          where:
            `EXISTS (SELECT 1 FROM ${raw("units")} u WHERE u."id" = ${c("unitId")} ` +
            "AND u.\"kind\" NOT IN ('ward', 'village'))",
          example: c("unitId"),
        },
        realDate("formedOn"),
        realDate("closedOn"),
        { what: "a closedOn before its formedOn", where: `${c("closedOn")} < ${c("formedOn")}`, example: id },
        {
          what: `a special cell that is not one of ${YES_NO_WORDS.join(", ")}`,
          where: `lower(${c("special")}) NOT IN (${list(YES_NO_WORDS)})`,
          example: c("special"),
        },
        oneOf("specialCategory", SpecialCategory.options),
        {
          what: "special set to no with a specialCategory",
          where: `${c("specialCategory")} IS NOT NULL AND lower(${c("special")}) NOT IN (${list(TRUE_WORDS)})`,
          example: id,
        },
      ];
    case "federations":
      return [
        required("id", id),
        ...ids("id"),
        required("kind", id),
        oneOf("kind", FederationKind.options),
        required("unitId", id),
        ...ids("unitId"),
        known("unitId", ["units"], "the id of a unit"),
        realDate("formedOn"),
        required("memberIds", id),
      ];
    case "federation_members":
      return [...ids("memberId"), known("memberId", ["groups", "federations"], "the id of a group or federation")];
    case "memberships": {
      const label = `${c("groupId")} || ' / ' || ${c("personId")}`;
      return [
        required("groupId", label),
        ...ids("groupId"),
        required("personId", label),
        ...ids("personId"),
        required("role", label),
        oneOf("role", Role.options),
        realDate("from"),
        realDate("to"),
        { what: "a to before its from", where: `${c("to")} < ${c("from")}`, example: label },
        known("groupId", ["groups"], "the id of a group"),
        known("personId", ["people"], "the id of a person"),
      ];
    }
    case "meetings":
      return [
        required("id", id),
        ...ids("id"),
        required("groupId", id),
        ...ids("groupId"),
        required("date", id),
        realDate("date"),
        known("groupId", ["groups"], "the id of a group"),
      ];
    case "meeting_attendees":
      return [...ids("personId"), known("personId", ["people"], "the id of a person")];
    default:
      return [];
  }
}

const WITH_IDS = new Set(["units", "people", "groups", "federations", "meetings"]);

const CHECKED: readonly (readonly [string, Collection])[] = [
  ["units", "units"],
  ["people", "people"],
  ["groups", "groups"],
  ["federations", "federations"],
  ["federation_members", "federations"],
  ["memberships", "memberships"],
  ["meetings", "meetings"],
  ["meeting_attendees", "meetings"],
];

/**
 * Runs the checks that stand in for the node engine's per-record checks (schemas, references,
 * unique ids, a person twice in a group). DuckDB does not set bad records aside: any failure
 * stops the command (exit 1), naming each file and how many rows, so that no figure is wrong.
 */
async function checkData(db: DuckDBConnection, files: readonly TableFile[], request: SummarizeRequest) {
  request.progress("checking the data in DuckDB...");
  const problems: string[] = [];
  const fileName = (collection: Collection) =>
    files.find((file) => file.spec.collection === collection)?.name ?? `${collection}.csv`;
  const say = (collection: Collection, what: string, n: number, example: unknown) =>
    problems.push(
      `${fileName(collection)}: ${n} ${n === 1 ? "row" : "rows"} with ${what}` +
        (typeof example === "string" ? ` (such as ${JSON.stringify(example)})` : ""),
    );
  for (const [table, collection] of CHECKED) {
    const checks = checksOf(table);
    const source = raw(table);
    const columns = checks.flatMap((check, k) => [
      `CAST(COUNT(*) FILTER (WHERE ${check.where}) AS DOUBLE) AS n${k}`,
      `MIN(${check.example}) FILTER (WHERE ${check.where}) AS e${k}`,
    ]);
    request.progress(`checking ${table} in DuckDB...`);
    const [row] = await read(db, `SELECT ${columns.join(", ")} FROM ${source} r`);
    checks.forEach((check, k) => {
      const n = Number(row?.[`n${k}`] ?? 0);
      if (n > 0) say(collection, check.what, n, row?.[`e${k}`]);
    });
    if (WITH_IDS.has(table)) {
      const [dup] = await read(
        db,
        `SELECT CAST(COALESCE(SUM(n - 1), 0) AS DOUBLE) AS n, MIN(id) AS e FROM ` +
          `(SELECT "id" AS id, COUNT(*) AS n FROM ${raw(table)} WHERE "id" IS NOT NULL GROUP BY 1 HAVING COUNT(*) > 1)`,
      );
      const n = Number(dup?.["n"] ?? 0);
      if (n > 0) say(collection, "an id that an earlier row has too", n, dup?.["e"]);
    }
  }
  if (problems.length === 0) {
    await createTypedTables(db);
    // A person counted twice in a group (the node engine's membership.duplicate error).
    const asOf = request.options.asOf;
    const [dup] = await read(
      db,
      "SELECT CAST(COUNT(*) AS DOUBLE) AS n, MIN(pair) AS e FROM " +
        `(SELECT m."group_id" || ' / ' || m."person_id" AS pair FROM "memberships" m ` +
        `JOIN (${countedGroupsSql(request, 2)}) g ON g.id = m."group_id" ` +
        `WHERE m."role" <> 'resourcePerson' AND (m."from" IS NULL OR m."from" <= CAST($1 AS DATE)) ` +
        `AND (m."to" IS NULL OR CAST($1 AS DATE) <= m."to") GROUP BY m."group_id", m."person_id" HAVING COUNT(*) > 1)`,
      [asOf, ...countedGroupsParams(request)],
    );
    const n = Number(dup?.["n"] ?? 0);
    if (n > 0) say("memberships", "a person who has another row in the same group on the day", n, dup?.["e"]);
  }
  if (problems.length > 0)
    throw new InputError(
      `${COMMAND}: ${request.path} has data the SQL engine cannot set aside, so it summarised nothing: ` +
        `${problems.join("; ")}. Run kudumbashree validate ${request.path} (or summarize with --engine node) ` +
        "to see each problem with its line",
      1,
    );
}

/**
 * The tables summarySql reads (docs/sql.md), typed, made from the checked text tables: the large
 * ones (people, memberships, attendees) as views that only rename the columns of their text table
 * (its dates were cast when it was read), so that their rows are never copied; the small ones, with
 * values worked out from the text, as tables, so that each cell is worked out once.
 */
async function createTypedTables(db: DuckDBConnection): Promise<void> {
  const views: Readonly<Record<string, string>> = {
    people:
      `SELECT "id" AS id, ${dated("dateOfBirth")} AS date_of_birth, "gender" AS gender, ` +
      `"householdId" AS household_id FROM ${raw("people")}`,
    memberships:
      `SELECT "groupId" AS group_id, "personId" AS person_id, "role" AS role, ${dated("from")} AS "from", ` +
      `${dated("to")} AS "to" FROM ${raw("memberships")}`,
    meeting_attendees: `SELECT "meetingId" AS meeting_id, "personId" AS person_id FROM ${raw("meeting_attendees")}`,
  };
  const tables: Readonly<Record<string, string>> = {
    units: `SELECT "id" AS id, "kind" AS kind, "name" AS name, "parentId" AS parent_id FROM ${raw("units")}`,
    groups:
      `SELECT "id" AS id, "kind" AS kind, "unitId" AS unit_id, ${dated("formedOn")} AS formed_on, ` +
      `${dated("closedOn")} AS closed_on, CASE WHEN "special" IS NULL THEN NULL ` +
      `ELSE lower("special") IN (${list(TRUE_WORDS)}) END AS special, "specialCategory" AS special_category ` +
      `FROM ${raw("groups")}`,
    meetings:
      `SELECT "id" AS id, "groupId" AS group_id, ${dated("date")} AS date, ` +
      `"attendeeIds" IS NOT NULL AS attendance_recorded FROM ${raw("meetings")}`,
    federations:
      `SELECT "id" AS id, "kind" AS kind, "unitId" AS unit_id, ${dated("formedOn")} AS formed_on ` +
      `FROM ${raw("federations")}`,
    federation_members: `SELECT "federationId" AS federation_id, "memberId" AS member_id FROM "raw_federation_members"`,
  };
  for (const [name, select] of Object.entries(views)) await run(db, `CREATE VIEW ${q(name)} AS ${select}`);
  for (const [name, select] of Object.entries(tables)) await run(db, `CREATE TABLE ${q(name)} AS ${select}`);
  // The other text tables are not read again: their memory (or spill) is given back.
  for (const table of Object.keys(tables)) await run(db, `DROP TABLE ${raw(table)}`);
}

/** The groups the summary counts: of the kinds summarised, active on the day (their units were checked). */
function countedGroupsSql(request: SummarizeRequest, first: number): string {
  const kinds = countedGroupsParams(request).slice(1);
  const at = `CAST($${first} AS DATE)`;
  const kindList = kinds.map((_, k) => `CAST($${first + 1 + k} AS VARCHAR)`).join(", ");
  return (
    `SELECT g."id" AS id FROM "groups" g WHERE g."kind" IN (${kindList}) ` +
    `AND (g."formed_on" IS NULL OR g."formed_on" <= ${at}) AND (g."closed_on" IS NULL OR ${at} < g."closed_on")`
  );
}

function countedGroupsParams(request: SummarizeRequest): string[] {
  const { asOf, groupKind } = request.options;
  return [asOf, ...(groupKind === undefined ? GroupKind.options : [groupKind])];
}

/** Runs summarySql and makes the summary, with the part derived from the data when --part is not given. */
async function summarise(
  db: DuckDBConnection,
  request: SummarizeRequest,
  label: string,
  reading: LocatedIssues,
): Promise<SummarizeAnswer> {
  const { level, groupKind, asOf, ruleSets, recordsFrom, ageBands, suppressBelow } = request.options;
  request.progress("summarising in DuckDB...");
  const part = request.options.part ?? (await partOfData(db, request));
  const options = { dialect: "duckdb", level, groupKind, asOf, ruleSets, recordsFrom, ageBands, part } as const;
  const { text, params } = summarySql(options);
  let rows: Record<string, unknown>[];
  try {
    // DuckDB misjudges the size of the judged meetings (a CTE) and would build the hash table of their
    // join with the attendees on the attendees (several times the meetings): keep the side summarySql
    // writes second, which is the smaller one in its joins.
    await run(db, "SET disabled_optimizers = 'build_side_probe_side'");
    rows = (await db.runAndReadAll(text, [...params])).getRowObjectsJS() as Record<string, unknown>[];
    await run(db, "RESET disabled_optimizers");
  } catch (error) {
    throw new InputError(`${COMMAND}: DuckDB could not summarise ${label}: ${firstLines(error)}`, 2);
  }
  const summary: Summary = summaryFromRows(rows, options);
  const shown: Summary | SuppressedSummary =
    suppressBelow === undefined ? summary : suppressSummary(summary, suppressBelow);
  return {
    summary: { ...shown, issues: [...reading.issues, ...shown.issues] } as typeof shown,
    label,
    refused: reading.issues.filter((found) => found.severity === "error").length,
    errors: 0,
    locateIssue: (found) => reading.locations.get(found),
  };
}

/**
 * The part id the node engine derives (derivedPart): the top units, the day, and a fingerprint of
 * every unit id and of the ids of the groups counted. The ids stream out of DuckDB chunk by chunk,
 * each chunk kept as one string and its lengths, so that lakhs of groups cost their characters only.
 */
async function partOfData(db: DuckDBConnection, request: SummarizeRequest): Promise<string> {
  const roots = (await read(db, `SELECT "id" AS id FROM "units" WHERE parent_id IS NULL`)).map((row) =>
    String(row["id"]),
  );
  const units = await idStream(db, `SELECT "id" FROM "units"`, []);
  const groups = await idStream(db, countedGroupsSql(request, 1), countedGroupsParams(request));
  return derivedPart(roots, request.options.asOf, units, groups);
}

async function idStream(db: DuckDBConnection, sql: string, params: DuckDBValue[]): Promise<Iterable<string>> {
  const result = await db.stream(sql, params);
  const chunks: { text: string; lengths: Int32Array }[] = [];
  for (;;) {
    const chunk = await result.fetchChunk();
    if (chunk === null || chunk.rowCount === 0) break;
    const values = chunk.getColumnValues(0) as string[];
    chunks.push({ text: values.join(""), lengths: Int32Array.from(values, (id) => id.length) });
  }
  return {
    *[Symbol.iterator]() {
      for (const { text, lengths } of chunks) {
        let at = 0;
        for (const length of lengths) {
          yield text.slice(at, at + length);
          at += length;
        }
      }
    },
  };
}
