import { GroupKind } from "../entities/Group.js";
import { UnitKind } from "../entities/Unit.js";
import { requireIsoDate } from "../internal/calendar.js";
import { resolveRuleSets } from "../rules/registry/resolveRuleSets.js";
import { ageBandLabels, DEFAULT_AGE_BANDS } from "./ageBands.js";
import type { SummarizeOptions } from "./SummarizeOptions.js";
import type { BuilderOptions } from "./SummaryBuilder.js";

/** Checks the options (a programmer error throws a RangeError) and resolves the rule sets. @internal */
export function resolveSummarizeOptions(options: SummarizeOptions): BuilderOptions {
  requireIsoDate(options.asOf, "asOf");
  if (options.recordsFrom !== undefined) requireIsoDate(options.recordsFrom, "recordsFrom");
  if (!UnitKind.safeParse(options.level).success) {
    throw new RangeError(`@kudumbashree/domain: level must be one of ${UnitKind.options.join(", ")}, got ${String(options.level)}`);
  }
  if (options.groupKind !== undefined && !GroupKind.safeParse(options.groupKind).success) {
    throw new RangeError(`@kudumbashree/domain: groupKind must be one of ${GroupKind.options.join(", ")}, got ${String(options.groupKind)}`);
  }
  const suppressBelow = options.suppressBelow;
  if (suppressBelow !== undefined && !(Number.isInteger(suppressBelow) && suppressBelow >= 1)) {
    throw new RangeError(`@kudumbashree/domain: suppressBelow must be a whole number >= 1, got ${String(suppressBelow)}`);
  }
  const ageBands = options.ageBands ?? DEFAULT_AGE_BANDS;
  ageBandLabels(ageBands);
  return {
    level: options.level,
    groupKind: options.groupKind,
    asOf: options.asOf,
    recordsFrom: options.recordsFrom,
    rules: resolveRuleSets(options.asOf, options.ruleSets),
    ageBands,
  };
}
