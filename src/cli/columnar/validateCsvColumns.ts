// `validate` on a folder of CSV files without holding its rows: readColumns reads the folder (as
// for summarize) and ColumnarValidator applies validate's passes as the records go by. The report,
// its issues and where each is are validate's on readInput's objects.
import { statSync } from "node:fs";
import { totalmem } from "node:os";
import { join } from "node:path";
import { resolveSummarizeOptions } from "../../aggregate/resolveSummarizeOptions.js";
import type { DatasetIndex } from "../../dataset/indexDataset.js";
import { restorePaths } from "../../dataset/setAsideRecords.js";
import type { Person } from "../../entities/Person.js";
import type { Issue } from "../../issues/Issue.js";
import { issue } from "../../issues/issueFactory.js";
import { type RuleSet, ruleSetKey } from "../../rules/registry/RuleSet.js";
import { checkRuleSets, resolveRuleSets } from "../../rules/registry/resolveRuleSets.js";
import type { ValidationReport } from "../../rules/validate/validate.js";
import { validate } from "../../rules/validate/validate.js";
import { validateFederations } from "../../rules/validate/validateFederations.js";
import { validateWards } from "../../rules/validate/validateWards.js";
import { CsvError, type Location, TABLES } from "../csvDataset.js";
import { InputError } from "../fileSystem.js";
import type { Meter } from "../io.js";
import { formatLocation, type Input, readInput } from "../readInput.js";
import { ColumnarValidator } from "./ColumnarValidator.js";
import type { IssueBucket } from "./IssueBucket.js";
import { NeedsWholeRead, readColumns } from "./readColumns.js";
import { type Collection, locateIn, readTable, type TableFile } from "./readTable.js";
import { isCsvFolder, OBJECT_BYTES_PER_CSV_BYTE } from "./summarizeCsvColumns.js";

const MAX_ISSUES = 10_000;

/** What validate is asked on a CSV folder. */
export interface ValidateRequest {
  readonly path: string;
  readonly asOf: string;
  readonly recordsFrom: string | undefined;
  readonly ruleSets: readonly RuleSet[] | undefined;
  readonly strict: boolean;
  readonly meter: Meter;
}

/** The report, the reading's own issues, and where each issue is. */
export interface ColumnarValidation {
  readonly report: ValidationReport;
  readonly readIssues: readonly Issue[];
  readonly explain: (found: Issue) => Issue;
  readonly locateIssue: (found: Issue) => Location | undefined;
  readonly label: string;
}

/**
 * Validates a folder of CSV files in one streaming pass over its tables (two over meetings, and
 * people's names read again for the issues about members). Throws NeedsWholeRead (from
 * readColumns.js) for what one pass cannot settle.
 */
export function validateCsvColumns(request: ValidateRequest): ColumnarValidation {
  const { path, asOf, meter } = request;
  const given = request.ruleSets === undefined ? undefined : checkRuleSets(request.ruleSets);
  const context = { rules: resolveRuleSets(asOf, given), applied: new Set<RuleSet>(), asOf };
  const options = resolveSummarizeOptions({
    level: "district",
    asOf,
    recordsFrom: request.recordsFrom,
    ruleSets: request.ruleSets,
    maxIssues: MAX_ISSUES,
  });
  let totalBytes = 0;
  for (const table of TABLES) {
    try {
      const size = statSync(join(path, table.file)).size;
      totalBytes += table.collection === "meetings" ? 2 * size : size;
    } catch {
      // Missing or unreadable: the read says so, as the object path does.
    }
  }
  const validator = new ColumnarValidator(context, request.recordsFrom, MAX_ISSUES, path, request.strict);
  let read: ReturnType<typeof readColumns>;
  meter.start(totalBytes);
  try {
    read = readColumns(path, options, request.strict, (bytes, records) => meter.advance(bytes, records), validator);
  } catch (error) {
    if (error instanceof CsvError) throw new InputError(`${formatLocation(error.location)}: ${error.message}`, 1);
    throw error;
  } finally {
    meter.stop();
  }
  const { tables, schema, readIssues } = read;
  const structure = validator.s;
  if (structure === undefined) throw new Error("validate: the folder's structure was not read");
  const { issues: groupIssues, cadenceUnknown } = validator.groupsIssues();

  // People's names, for the labels of the issues about members.
  if (validator.named.length > 0) {
    const wanted = new Map<number, number>();
    for (const { person } of validator.named) wanted.set(structure.peopleAt.lineOf(person) as number, person);
    const names = new Map<number, string | undefined>();
    const table = tables.people as TableFile;
    readTable(
      table,
      request.strict,
      undefined,
      () => (record, i) => {
        const person = wanted.get(i);
        if (person === undefined) return;
        names.set(person, schema.parse<Person>(table, record)?.name);
      },
      () => {},
    );
    validator.relabel(names);
  }

  // Wards and federations: validate's own passes, on the records kept.
  const index = {
    data: {
      units: structure.units.list,
      groups: structure.groups.list,
      federations: structure.federations.list,
    },
    units: structure.unitsById,
    groups: structure.groupsById,
    federations: structure.federationsById,
  } as unknown as DatasetIndex;
  const later: Issue[] = [];
  if (cadenceUnknown)
    later.push(issue("meeting.cadence_unknown", undefined, { subject: { kind: "dataset", id: "dataset" } }));
  const ruleContext = { ...context, recordsFrom: validator.recordsFrom };
  validateWards(index, ruleContext, validator.activeByWard, new Set(given?.map((one) => one.groupKind)), later);
  validateFederations(index, ruleContext, later);
  const positions = {
    units: Int32Array.from(structure.units.at),
    groups: Int32Array.from(structure.groups.at),
    federations: Int32Array.from(structure.federations.at),
  };
  restorePaths(validator.groupDates.issues, positions); // in place: the bucket's list
  const flatGroups = groupIssues.flat();
  restorePaths(flatGroups, positions);
  restorePaths(later, positions);

  // Every issue in validate's order; the first MAX_ISSUES listed, all counted.
  const listed: Issue[] = [];
  let error = 0;
  let omitted = 0;
  const add = (found: readonly Issue[]) => {
    for (const one of found) {
      if (one.severity === "error") error++;
      if (listed.length < MAX_ISSUES) listed.push(one);
      else omitted++;
    }
  };
  const addBucket = (bucket: IssueBucket) => {
    add(bucket.issues);
    error += bucket.omittedErrors;
    omitted += bucket.omitted;
  };
  add(read.datasetIssues.ordered);
  for (const bucket of read.datasetIssues.buckets) addBucket(bucket);
  for (const bucket of [validator.groupDates, validator.membershipDates, validator.meetingDates, validator.peopleDates])
    addBucket(bucket);
  add(flatGroups);
  add(later);
  const total = listed.length + omitted;
  const report: ValidationReport = {
    ok: error === 0,
    asOf,
    ruleSets: [...context.applied].map(ruleSetKey).sort(),
    issues: listed,
    omittedIssues: omitted,
    counts: { error, warning: total - error },
    setAside: { ...read.setAside },
    recordsFrom: validator.recordsFrom ?? null,
    recordsFromInferred: request.recordsFrom === undefined && validator.recordsFrom !== undefined,
    membersWithoutHousehold: validator.membersWithoutHousehold,
  };
  const locate = (found: Issue): Location | undefined => {
    const [collection, at, field] = found.path ?? [];
    if (typeof collection !== "string" || typeof at !== "number") return undefined;
    const table = Object.hasOwn(tables, collection) ? tables[collection as Collection] : undefined;
    return table === undefined ? undefined : locateIn(table, at, field);
  };
  return {
    report,
    readIssues: readIssues.issues,
    explain: (found) => schema.explain(found, tables),
    locateIssue: (found) => readIssues.locations.get(found) ?? locate(found),
    label: path,
  };
}

/** What validate reads and how, for validateInput. */
export interface ValidateInputRequest extends Omit<ValidateRequest, "path"> {
  readonly path: string;
  readonly stdin: () => string;
  readonly progress: (line: string) => void;
  /** Says, in one line on standard error, that a CSV folder is read whole and why. */
  readonly announce: (line: string) => void;
}

/**
 * validate's report on a JSON file, standard input or a CSV folder, with the reading's issues and
 * places: a CSV folder column by column (validateCsvColumns), or read whole into objects when it
 * is not one or one pass cannot settle it (said in one line).
 */
export function validateInput(request: ValidateInputRequest): { input: Input; report: ValidationReport } {
  const { path, asOf, recordsFrom, ruleSets, meter } = request;
  if (isCsvFolder(path)) {
    try {
      const checked = validateCsvColumns(request);
      request.progress(`read ${path}; checked the rules`);
      const input: Input = {
        input: undefined,
        label: checked.label,
        locate: () => undefined,
        readIssues: checked.readIssues,
        locateIssue: checked.locateIssue,
        explain: checked.explain,
      };
      return { input, report: checked.report };
    } catch (error) {
      if (!(error instanceof NeedsWholeRead)) throw error;
      const needed = OBJECT_BYTES_PER_CSV_BYTE * folderBytes(path);
      if (needed > totalmem() / 2)
        throw new InputError(
          `validate: ${path}: ${error.message}, and the folder is too large to read whole ` +
            `(about ${Math.ceil(needed / 2 ** 20)} MB of memory)`,
          1,
        );
      request.announce(`validate: reading ${path} whole: ${error.message}`);
    }
  }
  let input: Input;
  try {
    input = readInput(path, request.stdin, { strict: request.strict, meter });
  } finally {
    meter.stop(); // the bar is cleared before anything else is printed, and when the reading fails
  }
  request.progress(`read ${input.label}; checking the rules...`);
  return { input, report: validate(input.input, { asOf, recordsFrom, ruleSets }) };
}

function folderBytes(path: string): number {
  let total = 0;
  for (const table of TABLES) {
    try {
      total += statSync(join(path, table.file)).size;
    } catch {
      // Missing or unreadable: counted as nothing.
    }
  }
  return total;
}
