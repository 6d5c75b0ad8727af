// A rule set as people read it (every limit in words) and as JSON to copy into a file of one's own.
import { escapeControls, escapeJsonControls } from "../internal/escapeText.js";
import { type AgeBand, RuleSet, ruleSetKey, type SizeLimits } from "../rules/registry/RuleSet.js";
import { ruleSetHash } from "../rules/registry/ruleSetHash.js";
import { unconfirmedFieldsOf } from "../rules/registry/unconfirmedFieldsOf.js";

const GROUP_KINDS = new Set(["neighbourhoodGroup", "auxiliaryGroup", "balasabha", "selfHelpGroup"]);

function ages(band: AgeBand | undefined): string {
  if (band === undefined) return "no age rule";
  if (band.min !== undefined && band.max !== undefined) return `${band.min} to ${band.max} years`;
  return band.min !== undefined ? `${band.min} years or older` : `up to ${band.max} years`;
}

function sizes(limits: SizeLimits | undefined, none: string): string {
  if (limits === undefined) return none;
  if (limits.min !== undefined && limits.max !== undefined) return `${limits.min} to ${limits.max} members`;
  return limits.min !== undefined ? `at least ${limits.min} members` : `at most ${limits.max} members`;
}

function leaders(ruleSet: RuleSet): string {
  const rule = ruleSet.leadership;
  if (rule === undefined) return "no rule";
  const roles = rule.roles.map((entry) => `${entry.count} ${entry.role}`).join(", ") || "none";
  return rule.girlAmong === undefined ? roles : `${roles}; a girl among ${rule.girlAmong.join(", ")}`;
}

/** `label  value` lines of a rule set's rules. */
function ruleLines(ruleSet: RuleSet): [string, string][] {
  const lines: [string, string][] = [];
  if (GROUP_KINDS.has(ruleSet.groupKind)) {
    const cadence = ruleSet.meetings;
    lines.push(
      ["ages", ages(ruleSet.ageBand)],
      ["group size", sizes(ruleSet.groupSize, "no size rule")],
      ["special groups", sizes(ruleSet.specialGroupSize, "as other groups")],
      ["gender", ruleSet.gender === undefined ? "any" : ruleSet.gender.join(", ")],
      ["households", ruleSet.oneMemberPerHousehold === true ? "at most one member per household" : "no rule"],
      ["meetings", cadence === undefined ? "no rule" : `at least ${cadence.count} a ${cadence.per}`],
      [
        "ward coverage",
        ruleSet.wardCoverage === true
          ? "every ward needs one"
          : ruleSet.wardCoverageTarget === true
            ? "aims at one in every ward (a ward without one is a warning)"
            : "no rule",
      ],
      ["villages", ruleSet.villageCoverage === true ? "every village needs one" : "no rule"],
      [
        "extra groups",
        ruleSet.extraGroupOnlyWhenFull === true ? "another one in a ward only when its groups are full" : "no rule",
      ],
      ["leaders", leaders(ruleSet)],
    );
  }
  const federation = ruleSet.federation;
  if (federation !== undefined || !GROUP_KINDS.has(ruleSet.groupKind)) {
    lines.push([
      "federation",
      federation === undefined
        ? "no rule"
        : [
            `members: ${federation.memberKind}`,
            federation.minMembers === undefined ? "no minimum number" : `at least ${federation.minMembers}`,
            ...(federation.minMemberAgeMonths === undefined
              ? []
              : [`each at least ${federation.minMemberAgeMonths} months old`]),
            ...(federation.onePerWard === true ? ["one per ward"] : []),
          ].join(", "),
    ]);
  }
  return lines;
}

/**
 * A rule set as text: `key  (kind, in force from to)`, its title, then one line per rule, its
 * unconfirmed notes, sources and content hash. Every line is escaped on its own, so that no text in
 * a rule set (a file can hold anything) can start a line of its own or reach the terminal raw.
 */
export function ruleSetText(ruleSet: RuleSet, file?: string): string {
  const line = (text: string) => `${escapeControls(text)}\n`;
  const field = (label: string, value: string) => line(`    ${label.padEnd(16)}${value}`);
  const dates = `${ruleSet.effectiveFrom ?? "..."} to ${ruleSet.effectiveTo ?? "..."}`;
  return [
    line(`${ruleSetKey(ruleSet)}  (${ruleSet.groupKind}, in force ${dates})`),
    line(`    ${ruleSet.title}`),
    ...(file === undefined ? [] : [field("file", file)]),
    ...(ruleSet.derivedFrom === undefined ? [] : [field("derived from", ruleSet.derivedFrom)]),
    ...ruleLines(ruleSet).map(([label, value]) => field(label, value)),
    ...(unconfirmedFieldsOf(ruleSet).length === 0
      ? []
      : [field("unconfirmed", `${unconfirmedFieldsOf(ruleSet).join(", ")} (no source confirms them)`)]),
    ...(ruleSet.unconfirmed ?? []).map((note) => field("not confirmed", note)),
    ...ruleSet.sources.map((source) =>
      field(
        "source",
        `${[source.publisher, source.date].filter(Boolean).join(", ")}: ${source.title}` +
          (source.url === undefined ? "" : ` <${source.url}>`),
      ),
    ),
    field("hash", ruleSetHash(ruleSet)),
  ].join("");
}

/** The order of a rule set's fields in its schema: id and version first, then what it governs, then the rules. */
const FIELD_ORDER = Object.keys(RuleSet.unwrap().shape);

/** A rule set's fields in the schema's order, for a file a person edits. */
function ordered(ruleSet: RuleSet): Record<string, unknown> {
  const fields = Object.keys(ruleSet).sort((a, b) => FIELD_ORDER.indexOf(a) - FIELD_ORDER.indexOf(b));
  return Object.fromEntries(fields.map((key) => [key, (ruleSet as Record<string, unknown>)[key]]));
}

/** Rule sets as JSON (two spaces), one alone or an array; what --rules reads back. */
export function ruleSetJson(ruleSets: readonly RuleSet[]): string {
  const value = ruleSets.length === 1 ? ordered(ruleSets[0] as RuleSet) : ruleSets.map(ordered);
  return `${escapeJsonControls(JSON.stringify(value, null, 2))}\n`;
}
