import { typeError } from "../internal/errors.js";
import { describeValue } from "../internal/guards.js";
import { LIBRARY } from "../internal/packageVersion.js";
import { compareIds } from "../rules/definitions/compareIds.js";
import {
  type CombinedFigures,
  type CombinedRow,
  type CombinedSummary,
  RULE_DEPENDENT_FIGURES,
} from "./CombinedSummary.js";
import { emptySummary } from "./emptySummary.js";
import { checked, mergeable, merged } from "./mergeSummaries.js";
import { SUMMARY_FORMAT_VERSION, type Summary, type SummaryRow } from "./Summary.js";

const FN = "combineSummaries";

/**
 * Combines summaries of disjoint parts made with different rule sets (partner states whose
 * Balasabhas may have 30 children in one and 60 in another) into one national table: the figures
 * that do not depend on the rules (units, groups, members, group sizes, age bands, federations,
 * coverage) totalled over every part, and the figures that do ({@link RULE_DEPENDENT_FIGURES}:
 * capacity, meetings, compliance, attendance) only within each set of rule sets, in
 * `byRuleSets`: one {@link mergeSummaries} result per distinct set of rule-set keys and content
 * hashes. Two states that applied the same key with different contents are two sets.
 *
 * Everything else is as for {@link mergeSummaries}: each summary is checked as
 * {@link parseSummary} checks it, and they must share the level, group kind, date, records start
 * and age bands, cover no part in common, be unsuppressed and carry provenance (format version 2).
 * The result does not depend on the order of the summaries.
 *
 * @param summaries - Summaries of disjoint parts (any number; empty summaries are left out).
 * @returns The combined table.
 * @throws TypeError when `summaries` is not an array, or one of them is not a valid summary (the
 *   message names it: `summaries[2]`).
 * @throws RangeError, its message starting `combineSummaries:`, when two summaries were made with
 *   another level, group kind, date, records start or age bands, cover a part in common, are
 *   suppressed or of format version 1, name one unit differently, or add up past 2^53 - 1.
 *
 * @since 0.2.0
 * @public
 *
 * @example
 * ```ts
 * import { combineSummaries, deriveRuleSet, getRuleSet, summarize } from "@kudumbashree/domain";
 *
 * // Two states' Balasabha rules (illustrations, not their guidelines): at most 30 and 60 children.
 * const rules = (id: string, max: number) =>
 *   deriveRuleSet(getRuleSet("kerala.balasabha@3.0.0"), {
 *     id,
 *     version: "1.0.0",
 *     sources: [{ title: "Balasabha guideline (illustration)", publisher: id }],
 *     groupSize: { min: 10, max },
 *   });
 * const state = (id: string, children: number, ruleSet: ReturnType<typeof rules>) =>
 *   summarize(
 *     {
 *       schemaVersion: 1,
 *       units: [
 *         { id, kind: "state", name: id },
 *         { id: `${id}-v1`, kind: "village", name: "Village 1", parentId: id },
 *       ],
 *       people: Array.from({ length: children }, (_, i) => ({
 *         id: `${id}-c${i}`,
 *         gender: "female" as const,
 *         dateOfBirth: "2012-06-01",
 *       })),
 *       groups: [{ id: `${id}-b1`, kind: "balasabha", unitId: `${id}-v1` }],
 *       memberships: Array.from({ length: children }, (_, i) => ({
 *         groupId: `${id}-b1`,
 *         personId: `${id}-c${i}`,
 *         role: "member" as const,
 *       })),
 *     },
 *     { level: "state", groupKind: "balasabha", asOf: "2024-03-31", ruleSets: [ruleSet], part: `${id}/2024-03-31` },
 *   );
 * const national = combineSummaries([
 *   state("TR", 15, rules("tripura.balasabha", 30)),
 *   state("JH", 15, rules("jharkhand.balasabha", 60)),
 * ]);
 * // Members add up across the states; capacity use is per rule set (15/30 and 15/60).
 * [national.total.groups, national.total.members, national.total.capacityUse];
 * //=> [2, 30, null]
 * national.byRuleSets.map((group) => [group.ruleSets, group.total.capacityUse]);
 * //=> [[["jharkhand.balasabha@1.0.0"], 0.25], [["tripura.balasabha@1.0.0"], 0.5]]
 * national.provenance.parts;
 * //=> ["JH/2024-03-31", "TR/2024-03-31"]
 * ```
 */
export function combineSummaries(summaries: readonly Summary[]): CombinedSummary {
  if (!Array.isArray(summaries)) throw typeError(`${FN} needs an array of summaries, got ${describeValue(summaries)}`);
  // Every summary is checked before any is refused as unmergeable: a TypeError names the first that is not one.
  const parts = Array.from(summaries, (value, i) => checked(value, `summaries[${i}]`, FN)).map((summary, i) =>
    mergeable(summary, `summaries[${i}]`, FN),
  );
  // Everything added up (the parts must be disjoint across the rule sets too); then the figures
  // that depend on the rules are blanked.
  const all = parts.reduce((sum, part) => merged(sum, part, true, FN), emptySummary());
  const groups = new Map<string, Summary>();
  for (const part of parts) {
    if (part.level === null) continue;
    const key = JSON.stringify(Object.entries(part.provenance?.ruleSets ?? {}).sort(([a], [b]) => compareIds(a, b)));
    const group = groups.get(key);
    groups.set(key, group === undefined ? part : merged(group, part, false, FN));
  }
  return {
    format: "kudumbashree.combinedSummary",
    formatVersion: SUMMARY_FORMAT_VERSION,
    provenance: { library: { ...LIBRARY }, parts: [...(all.provenance?.parts ?? [])] },
    level: all.level,
    groupKind: all.groupKind,
    asOf: all.asOf,
    recordsFrom: all.recordsFrom,
    recordsFromInferred: all.recordsFromInferred,
    ageBands: all.ageBands,
    suppressBelow: null,
    rows: all.rows.map(withoutRuleFigures),
    total: withoutRuleFigures(all.total),
    unplaced: all.unplaced,
    setAside: all.setAside,
    byRuleSets: [...groups.keys()].sort(compareIds).map((key) => groups.get(key) as Summary),
  };
}

/** A row with its figures that depend on the rule sets (and its kinds') set to `null`. */
function withoutRuleFigures(row: SummaryRow): CombinedRow {
  const { byKind, ...rest } = row;
  const combined: CombinedRow = ruleFree(rest) as CombinedRow;
  if (byKind === undefined) return combined;
  const kinds: Record<string, CombinedFigures> = {};
  for (const [kind, figures] of Object.entries(byKind)) if (figures !== undefined) kinds[kind] = ruleFree(figures);
  return { ...combined, byKind: kinds };
}

function ruleFree<T extends object>(figures: T): T & CombinedFigures {
  const copy: Record<string, unknown> = { ...(figures as Record<string, unknown>) };
  for (const field of RULE_DEPENDENT_FIGURES) copy[field] = null;
  return copy as T & CombinedFigures;
}
