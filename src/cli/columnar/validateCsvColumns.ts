// `validate` on a folder of CSV files without holding its rows: readColumns reads the folder (as
// for summarize) and ColumnarValidator applies validate's passes as the records go by. The report,
// its issues and where each is are validate's on readInput's objects.
import { resolveSummarizeOptions } from "../../aggregate/resolveSummarizeOptions.js";
import type { DatasetIndex } from "../../dataset/indexDataset.js";
import { restorePaths } from "../../dataset/setAsideRecords.js";
import type { Issue } from "../../issues/Issue.js";
import { issue } from "../../issues/issueFactory.js";
import { type RuleSet, ruleSetKey } from "../../rules/registry/RuleSet.js";
import { checkRuleSets, resolveRuleSets } from "../../rules/registry/resolveRuleSets.js";
import type { ValidationReport } from "../../rules/validate/validate.js";
import { validate } from "../../rules/validate/validate.js";
import { validateFederations } from "../../rules/validate/validateFederations.js";
import { validateWards } from "../../rules/validate/validateWards.js";
import type { Location } from "../csvDataset.js";
import type { Meter } from "../io.js";
import { type Input, readInput } from "../readInput.js";
import { ColumnarValidator } from "./ColumnarValidator.js";
import type { IssueBucket } from "./IssueBucket.js";
import { locateIssue, type TableFile } from "./readTable.js";
import { columnarOrWhole, isCsvFolder, readColumnsMetered } from "./summarizeCsvColumns.js";

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
  const validator = new ColumnarValidator(context, request.recordsFrom, MAX_ISSUES, path, request.strict);
  let read: ReturnType<typeof readColumnsMetered>;
  let judged: ReturnType<ColumnarValidator["groupsIssues"]>;
  try {
    read = readColumnsMetered(path, options, request.strict, meter, validator);
    judged = validator.groupsIssues();
  } finally {
    validator.remove(); // the temporary files of rows kept by group, after an error too
  }
  const { tables, schema, readIssues } = read;
  const structure = validator.s;
  if (structure === undefined) throw new Error("validate: the folder's structure was not read");
  const { issues: groupIssues, cadenceUnknown } = judged;

  // People's names, for the labels of the issues about members, and the household ids they name.
  validator.settle(tables.people as TableFile, schema, request.strict);

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
  return {
    report,
    readIssues: readIssues.issues,
    explain: (found) => schema.explain(found, tables),
    locateIssue: (found) => readIssues.locations.get(found) ?? locateIssue(tables, found),
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
  const objects = () => {
    let input: Input;
    try {
      input = readInput(path, request.stdin, { strict: request.strict, meter });
    } finally {
      meter.stop(); // the bar is cleared before anything else is printed, and when the reading fails
    }
    request.progress(`read ${input.label}; checking the rules...`);
    return { input, report: validate(input.input, { asOf, recordsFrom, ruleSets }) };
  };
  if (!isCsvFolder(path)) return objects();
  return columnarOrWhole(
    "validate",
    path,
    request.announce,
    () => {
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
    },
    objects,
  );
}
