import { GroupKind } from "../entities/Group.js";
import { UnitKind } from "../entities/Unit.js";
import { rangeError, typeError } from "../internal/errors.js";
import { describeValue, requireIsoDate, requireOneOf, requireOptions, requireWholeNumber } from "../internal/guards.js";
import { resolveRuleSets } from "../rules/registry/resolveRuleSets.js";
import { ageBandLabels, DEFAULT_AGE_BANDS } from "./ageBands.js";
import type { SummarizeOptions } from "./SummarizeOptions.js";
import type { BuilderOptions } from "./SummaryBuilder.js";
import { partProblem } from "./summaryProvenance.js";

/** Checks the options (a programmer error throws a RangeError) and resolves the rule sets. @internal */
export function resolveSummarizeOptions(options: SummarizeOptions): BuilderOptions {
  requireOptions(options, "summarize");
  requireIsoDate(options.asOf, "asOf");
  if (options.recordsFrom !== undefined) requireIsoDate(options.recordsFrom, "recordsFrom");
  requireOneOf(options.level, "level", UnitKind.options);
  if (options.groupKind !== undefined) requireOneOf(options.groupKind, "groupKind", GroupKind.options);
  if (options.suppressBelow !== undefined) requireWholeNumber(options.suppressBelow, "suppressBelow", 1);
  const ageBands = options.ageBands ?? DEFAULT_AGE_BANDS;
  if (!Array.isArray(ageBands))
    throw typeError(`ageBands must be an array of whole numbers, got ${describeValue(ageBands)}`);
  ageBandLabels(ageBands);
  const maxIssues = options.maxIssues === undefined ? 10_000 : requireWholeNumber(options.maxIssues, "maxIssues", 0);
  const part = options.part;
  const problem = part === undefined ? undefined : partProblem(part);
  if (problem !== undefined)
    throw (typeof part === "string" ? rangeError : typeError)(`part ${problem}, got ${describeValue(part)}`);
  return {
    level: options.level,
    groupKind: options.groupKind,
    asOf: options.asOf,
    recordsFrom: options.recordsFrom,
    recordsFromInferred: false,
    rules: resolveRuleSets(options.asOf, options.ruleSets),
    ageBands,
    maxIssues,
    part,
  };
}
