import { z } from "zod";
import { FederationKind } from "../../entities/Federation.js";
import { GroupKind, SpecialCategory } from "../../entities/Group.js";
import { IsoDate } from "../../entities/IsoDate.js";
import { Role } from "../../entities/Membership.js";
import { Gender } from "../../entities/Person.js";
import { parseIsoDate } from "../../internal/calendar.js";
import { pure } from "../../internal/pure.js";
import { enforcedUnconfirmedFields, UnconfirmedField } from "./unconfirmedFields.js";

// The bounds a rule set's numbers must keep (docs/rules.md): whole numbers, ages 0 to 120, group
// sizes and counts of members 1 to 10,000, at most one meeting a day.
const MAX_AGE = 120;
const MAX_SIZE = 10_000;
/** A hundred years: the most months a federation may ask a member to have existed. */
const MAX_MONTHS = 1200;

/** A dotted name: segments of letters, digits, `_` and `-`, each starting with a letter. */
const ID = "[A-Za-z][A-Za-z0-9_-]*(?:\\.[A-Za-z][A-Za-z0-9_-]*)*";
/** A version such as `1`, `1.2` or `1.2.3`, optionally with a pre-release tag (`1.0.0-draft.2`). */
const VERSION = "\\d{1,9}(?:\\.\\d{1,9}){0,2}(?:-[0-9A-Za-z-]+(?:\\.[0-9A-Za-z-]+)*)?";

const text = (max: number) => z.string().min(1).max(max);
const whole = (min: number, max: number) => z.number().int({ error: "Expected a whole number" }).min(min).max(max);
/** A list without repeats (of the values `by` gives). */
const unique = <T>(list: readonly T[], by: (item: T) => unknown = (item) => item) =>
  new Set(list.map(by)).size === list.length;

/**
 * The schema of a {@link Citation}: non-empty strings; `title` and `publisher` are required;
 * `date`, when given, is `YYYY-MM-DD` (a real day), `YYYY-MM` or `YYYY`; `url`, when given, an
 * `http` or `https` address (no `javascript:` link for an app to render). A circular issued on
 * paper has no address, and a web page that carries no date has no date: they are left out,
 * never made up.
 *
 * @example
 * ```ts
 * import { Citation } from "@kudumbashree/domain";
 *
 * const source = { title: "Balasabha", publisher: "Kudumbashree", date: "2017", url: "https://www.kudumbashree.org/" };
 * Citation.safeParse(source).success;
 * //=> true
 * Citation.safeParse({ ...source, url: "javascript:alert(1)" }).success;
 * //=> false
 * Citation.safeParse({ title: "Circular on VO formation", publisher: "A State Rural Livelihoods Mission" }).success;
 * //=> true
 * ```
 *
 * @public
 */
export const Citation = pure(() =>
  z
    .strictObject({
      /** The document's title or a description of the page. */
      title: text(500),
      /** Who published it. */
      publisher: text(500),
      /** When: `YYYY-MM-DD`, `YYYY-MM` or `YYYY` as precisely as the source says; left out when it says nothing. */
      // Formats are named for the issues that refuse a value (what was expected), and a value
      // not written in the format is not also "not a real date".
      date: z
        .stringFormat("YYYY-MM-DD/YYYY-MM/YYYY", /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-\d{2})?)?$/, {
          error: "Expected a date written YYYY-MM-DD, YYYY-MM or YYYY",
          abort: true,
        })
        .refine((value) => value.length < 10 || parseIsoDate(value) !== undefined, {
          error: "Not a real calendar date",
          params: { format: "YYYY-MM-DD/YYYY-MM/YYYY" },
        })
        .exactOptional(),
      /** Its address; left out for a document that has none (a circular issued on paper). */
      url: z
        .stringFormat("http(s)://…", /^https?:\/\/[^\s/]+\S*$/, { error: "Expected an http:// or https:// address" })
        .max(2000)
        .exactOptional(),
    })
    .readonly(),
);

/**
 * Where a rule comes from: a published document, its publisher, the date it carries (or the
 * year, when no day is given; none when it carries none) and its address (none for a paper
 * circular). See the {@link Citation} schema.
 *
 * @example
 * ```ts
 * import type { Citation } from "@kudumbashree/domain";
 *
 * const source: Citation = {
 *   title: "Kudumbashree auxiliary groups in Thiruvananthapuram",
 *   publisher: "The New Indian Express",
 *   date: "2021-11-06",
 *   url: "https://www.newindianexpress.com/cities/thiruvananthapuram/2021/nov/06/",
 * };
 * ```
 *
 * @public
 */
export type Citation = z.infer<typeof Citation>;

/** Limits from `low` to `high`: at least one end given, `min <= max`. */
const limits = (low: number, high: number) =>
  z
    .strictObject({ min: whole(low, high).exactOptional(), max: whole(low, high).exactOptional() })
    .refine((range) => range.min !== undefined || range.max !== undefined, { error: "Give min, max or both" })
    .refine((range) => range.min === undefined || range.max === undefined || range.min <= range.max, {
      error: (issue) => {
        const range = issue.input as { min: number; max: number };
        return `min ${range.min} above max ${range.max}`;
      },
    })
    .readonly();

/**
 * The schema of an {@link AgeBand}: whole numbers of years from 0 to 120, at least one end given,
 * `min <= max`.
 *
 * @example
 * ```ts
 * import { AgeBand } from "@kudumbashree/domain";
 *
 * AgeBand.safeParse({ min: 18, max: 40 }).success;
 * //=> true
 * AgeBand.safeParse({ min: 40, max: 18 }).success;
 * //=> false
 * ```
 *
 * @public
 */
export const AgeBand = pure(() => limits(0, MAX_AGE));

/**
 * An age band in completed years, both ends inclusive; a missing end is open: `min`, the youngest
 * age admitted, and `max`, the oldest (a member leaves on the birthday after it). See the
 * {@link AgeBand} schema.
 *
 * @example
 * ```ts
 * import type { AgeBand } from "@kudumbashree/domain";
 *
 * const youngWomen: AgeBand = { min: 18, max: 40 };
 * ```
 *
 * @public
 */
export type AgeBand = z.infer<typeof AgeBand>;

/**
 * The schema of {@link SizeLimits}: whole numbers from 1 to 10,000, at least one end given,
 * `min <= max`.
 *
 * @example
 * ```ts
 * import { SizeLimits } from "@kudumbashree/domain";
 *
 * SizeLimits.safeParse({ min: 10, max: 20 }).success;
 * //=> true
 * SizeLimits.safeParse({ max: 2 ** 31 }).success;
 * //=> false
 * ```
 *
 * @public
 */
export const SizeLimits = pure(() => limits(1, MAX_SIZE));

/**
 * Limits on the number of active members of a group (resource persons not counted), inclusive:
 * `min`, the fewest members allowed, and `max`, the most. See the {@link SizeLimits} schema.
 *
 * @example
 * ```ts
 * import type { SizeLimits } from "@kudumbashree/domain";
 *
 * const nhg: SizeLimits = { min: 10, max: 20 };
 * ```
 *
 * @public
 */
export type SizeLimits = z.infer<typeof SizeLimits>;

/**
 * The schema of a {@link MeetingCadence}: `count` a whole number from 1 to 31 a month, or 1 to 7 a
 * week.
 *
 * @example
 * ```ts
 * import { MeetingCadence } from "@kudumbashree/domain";
 *
 * MeetingCadence.safeParse({ count: 2, per: "month" }).success;
 * //=> true
 * MeetingCadence.safeParse({ count: 8, per: "week" }).success;
 * //=> false
 * ```
 *
 * @public
 */
export const MeetingCadence = pure(() =>
  z
    .strictObject({
      /** The fewest meetings in each period. */
      count: whole(1, 31),
      /** The period. */
      per: z.enum(["week", "month"]),
    })
    .refine((cadence) => cadence.per === "month" || cadence.count <= 7, {
      error: "At most 7 meetings a week",
      path: ["count"],
    })
    .readonly(),
);

/**
 * How often a group must meet: at least `count` meetings in every full calendar month, or in
 * every full ISO week (Monday to Sunday). See the {@link MeetingCadence} schema.
 *
 * @example
 * ```ts
 * import type { MeetingCadence } from "@kudumbashree/domain";
 *
 * const twiceAMonth: MeetingCadence = { count: 2, per: "month" };
 * ```
 *
 * @public
 */
export type MeetingCadence = z.infer<typeof MeetingCadence>;

/**
 * The schema of a {@link LeadershipRule}: each role listed once, with a whole number of holders
 * from 1 to 10,000; `girlAmong`, when given, names at least one role, each once.
 *
 * @example
 * ```ts
 * import { LeadershipRule } from "@kudumbashree/domain";
 *
 * LeadershipRule.safeParse({ roles: [{ role: "leader", count: 1 }] }).success;
 * //=> true
 * LeadershipRule.safeParse({ roles: [{ role: "leader", count: 0 }] }).success;
 * //=> false
 * ```
 *
 * @public
 */
export const LeadershipRule = pure(() =>
  z
    .strictObject({
      /** Each role and how many holders it needs at least. */
      roles: z
        .array(z.strictObject({ role: Role, count: whole(1, MAX_SIZE) }).readonly())
        .max(20)
        .refine((roles) => unique(roles, (entry) => entry.role), { error: "A role is listed twice" })
        .readonly(),
      /** At least one holder of these roles must be a girl (gender `female`). */
      girlAmong: z
        .array(Role)
        .min(1)
        .max(20)
        .refine((roles) => unique(roles), { error: "A role is listed twice" })
        .readonly()
        .exactOptional(),
    })
    .readonly(),
);

/**
 * Office bearers a group must have: for each role, how many active holders at least; and,
 * optionally, roles at least one of whose holders must be a girl (a Balasabha's leader and
 * deputy leader). See the {@link LeadershipRule} schema.
 *
 * @example
 * ```ts
 * import type { LeadershipRule } from "@kudumbashree/domain";
 *
 * const balasabha: LeadershipRule = {
 *   roles: [{ role: "leader", count: 1 }, { role: "deputyLeader", count: 1 }],
 *   girlAmong: ["leader", "deputyLeader"],
 * };
 * ```
 *
 * @public
 */
export type LeadershipRule = z.infer<typeof LeadershipRule>;

/**
 * The schema of a {@link FederationRule}: `memberKind` a group kind or a federation kind;
 * `minMembers`, when given, a whole number from 0 to 10,000; `minMemberAgeMonths`, when given, a
 * whole number of months from 0 to 1,200.
 *
 * @example
 * ```ts
 * import { FederationRule } from "@kudumbashree/domain";
 *
 * FederationRule.safeParse({ memberKind: "neighbourhoodGroup", minMembers: 2 }).success;
 * //=> true
 * FederationRule.safeParse({ memberKind: "villageOrganisation", minMemberAgeMonths: 6 }).success;
 * //=> true
 * FederationRule.safeParse({ memberKind: "neighbourhoodGroup", minMembers: "2" }).success;
 * //=> false
 * FederationRule.safeParse({ memberKind: "villageOrganisation", minMemberAgeMonths: 1.5 }).success;
 * //=> false
 * ```
 *
 * @public
 */
export const FederationRule = pure(() =>
  z
    .strictObject({
      /** The kind of its members: a kind of group (an ADS federates NHGs) or of federation (a CLF federates VOs). */
      memberKind: z.enum([...GroupKind.options, ...FederationKind.options]),
      /** The fewest active members of `memberKind` it may have; no minimum when left out. */
      minMembers: whole(0, MAX_SIZE).exactOptional(),
      /** The fewest whole months a member must have existed (since its `formedOn`) to be a member. */
      minMemberAgeMonths: whole(0, MAX_MONTHS).exactOptional(),
      /** Whether a ward has at most one such federation. */
      onePerWard: z.boolean().exactOptional(),
    })
    .readonly(),
);

/**
 * What a federation needs: the kind of its members (`memberKind`, a kind of group or of
 * federation), how many active ones at least (`minMembers`, no minimum when left out), how many
 * whole months old a member must be (`minMemberAgeMonths`), and whether there is one per ward
 * (`onePerWard`). See the {@link FederationRule} schema.
 *
 * @example
 * ```ts
 * import type { FederationRule } from "@kudumbashree/domain";
 *
 * const ads: FederationRule = { memberKind: "neighbourhoodGroup", minMembers: 2, onePerWard: true };
 * const clf: FederationRule = { memberKind: "villageOrganisation", minMemberAgeMonths: 6 };
 * ```
 *
 * @public
 */
export type FederationRule = z.infer<typeof FederationRule>;

/** The rules that apply to the members of a group, which a federation's rule set cannot have. */
const GROUP_RULES = [
  "ageBand",
  "groupSize",
  "specialGroupSize",
  "gender",
  "oneMemberPerHousehold",
  "meetings",
  "wardCoverage",
  "wardCoverageTarget",
  "villageCoverage",
  "extraGroupOnlyWhenFull",
  "leadership",
  "specialCategories",
] as const;

/**
 * The schema of a {@link RuleSet}: a strict object (an unknown or misspelt field is refused, as is
 * an own `__proto__` key) whose numbers keep the bounds of {@link AgeBand}, {@link SizeLimits},
 * {@link MeetingCadence}, {@link LeadershipRule} and {@link FederationRule}. `id` is a dotted name
 * (letters, digits, `_` and `-`, segments starting with a letter), `version` a number such as `1`,
 * `1.2` or `1.2.3` with an optional pre-release tag, so a key `id@version` is never ambiguous;
 * `sources` holds 1 to 100 citations; `effectiveFrom` is not after `effectiveTo`; the member rules
 * are only for group kinds and `federation` only for federation kinds.
 *
 * The schema checks one rule set alone. {@link parseRuleSet} also checks it against the built-in
 * ones (a built-in key with other rules, a `derivedFrom` naming no built-in rule set) and is what
 * `validate` and {@link deriveRuleSet} run.
 *
 * @example
 * ```ts
 * import { RuleSet, keralaAuxiliaryGroup } from "@kudumbashree/domain";
 *
 * RuleSet.safeParse(keralaAuxiliaryGroup).success;
 * //=> true
 * RuleSet.safeParse({ ...keralaAuxiliaryGroup, gender: "female,male" }).success;
 * //=> false
 * ```
 *
 * @public
 */
export const RuleSet = pure(() =>
  z
    .strictObject({
      /** A dotted name such as `kerala.auxiliaryGroup`. */
      id: z
        .stringFormat("kerala.auxiliaryGroup", new RegExp(`^${ID}$`), {
          error: "Expected a dotted name such as kerala.auxiliaryGroup",
        })
        .max(100),
      /** Its version; a released id and version never change. */
      version: z
        .stringFormat("1.0.0", new RegExp(`^${VERSION}$`), { error: "Expected a version such as 1.0.0" })
        .max(50),
      /** The kind of group (or federation) it governs. */
      groupKind: z.enum([...GroupKind.options, ...FederationKind.options]),
      /** A one-line title. */
      title: text(500),
      /** Where its rules come from. */
      sources: z.array(Citation).min(1).max(100).readonly(),
      /** The first day it applies, when known. */
      effectiveFrom: IsoDate.exactOptional(),
      /** The last day it applies, when it has been replaced. */
      effectiveTo: IsoDate.exactOptional(),
      /** The key of the built-in rule set it was derived from (see {@link deriveRuleSet}). */
      derivedFrom: z
        .stringFormat("kerala.balasabha@3.0.0", new RegExp(`^${ID}@${VERSION}$`), {
          error: "Expected a rule set key such as kerala.balasabha@3.0.0",
        })
        .max(151)
        .exactOptional(),
      /** Ages admitted, in completed years on the as-of date. */
      ageBand: AgeBand.exactOptional(),
      /** Limits on active members. */
      groupSize: SizeLimits.exactOptional(),
      /** Limits on active members of a group marked `special`, replacing `groupSize`. */
      specialGroupSize: SizeLimits.exactOptional(),
      /** Genders admitted as members. */
      gender: z
        .array(Gender)
        .min(1)
        .refine((genders) => unique(genders), { error: "A gender is listed twice" })
        .readonly()
        .exactOptional(),
      /**
       * Per category of special group (see `SpecialCategory`), the size limits (`groupSize`) and the
       * genders admitted (`gender`) for a group of that category, replacing `specialGroupSize` (or
       * `groupSize`) and `gender`; a category left out, or a rule an entry leaves out, falls back to
       * them. Strict: only the categories of `SpecialCategory`, each entry with at least one rule.
       */
      specialCategories: pure(() => {
        const entry = z
          .strictObject({
            groupSize: SizeLimits.exactOptional(),
            gender: z
              .array(Gender)
              .min(1)
              .refine((genders) => unique(genders), { error: "A gender is listed twice" })
              .readonly()
              .exactOptional(),
          })
          .refine((rule) => rule.groupSize !== undefined || rule.gender !== undefined, {
            error: "Give groupSize, gender or both",
          })
          .readonly()
          .exactOptional();
        const shape = Object.fromEntries(SpecialCategory.options.map((category) => [category, entry]));
        return z
          .strictObject(shape as Record<SpecialCategory, typeof entry>)
          .readonly()
          .exactOptional();
      }),
      /** Whether a group admits at most one member from a household. */
      oneMemberPerHousehold: z.boolean().exactOptional(),
      /** How often a group must meet. */
      meetings: MeetingCadence.exactOptional(),
      /** Whether every ward must have at least one such group. */
      wardCoverage: z.boolean().exactOptional(),
      /** Whether the rule set aims at (a target, not a condition of validity) one such group in every ward. */
      wardCoverageTarget: z.boolean().exactOptional(),
      /** Whether every village must have at least one such group. */
      villageCoverage: z.boolean().exactOptional(),
      /** Whether a ward may have another such group only when the ones it has are full. */
      extraGroupOnlyWhenFull: z.boolean().exactOptional(),
      /** Office bearers a group must have. */
      leadership: LeadershipRule.exactOptional(),
      /** What a federation needs (for federation kinds). */
      federation: FederationRule.exactOptional(),
      /** Rules reported by the sources but not confirmed as official, which this rule set does not enforce. */
      unconfirmed: z.array(text(2000)).max(100).readonly().exactOptional(),
      /** The fields no source confirms: left out of the rules, or never an error (see `enforcedUnconfirmedFields`). */
      unconfirmedFields: z
        .array(UnconfirmedField)
        .min(1)
        .refine((fields) => unique(fields), { error: "A field is listed twice" })
        .readonly()
        .exactOptional(),
    })
    .check((payload) => {
      const ruleSet = payload.value;
      const fail = (path: string, message: string) =>
        payload.issues.push({ code: "custom", input: ruleSet, path: [path], message });
      if (ruleSet.effectiveFrom !== undefined && ruleSet.effectiveTo !== undefined) {
        if (ruleSet.effectiveTo < ruleSet.effectiveFrom)
          fail("effectiveTo", `ends on ${ruleSet.effectiveTo}, before it starts on ${ruleSet.effectiveFrom}`);
      }
      const forGroups = (GroupKind.options as readonly string[]).includes(ruleSet.groupKind);
      if (forGroups && ruleSet.federation !== undefined)
        fail("federation", `is a rule for federations, not for a ${ruleSet.groupKind}`);
      if (!forGroups) {
        for (const rule of GROUP_RULES)
          if (ruleSet[rule] !== undefined) fail(rule, `is a rule for groups, not for a ${ruleSet.groupKind}`);
      }
      for (const field of enforcedUnconfirmedFields(ruleSet))
        fail("unconfirmedFields", `lists ${field} as unconfirmed but enforces it; leave the rule out or confirm it`);
    })
    .readonly(),
);

/**
 * A dated, cited, immutable set of rules for one kind of group or federation; see the
 * {@link RuleSet} schema for what each field may hold. Rule sets are frozen data: a released rule
 * set never changes; a change is a new `version` (see `docs/rules.md`). Its key is
 * `` `${id}@${version}` ``.
 *
 * Its fields: `id` (a dotted name such as `kerala.auxiliaryGroup`), `version`, `groupKind` (the
 * kind of group or federation it governs), `title`, `sources` (where its rules come from),
 * `effectiveFrom` and `effectiveTo` (the first and last day it applies, when known),
 * `derivedFrom` (the key of the built-in rule set it was derived from, see {@link deriveRuleSet}),
 * and the rules: `ageBand`, `groupSize`, `specialGroupSize` (for groups marked `special`, replacing
 * `groupSize`), `gender` (the genders admitted), `oneMemberPerHousehold`, `meetings`,
 * `wardCoverage` (every ward needs such a group), `wardCoverageTarget` (the rule set aims at one
 * in every ward: a gap is a warning), `villageCoverage` (every village needs such a group),
 * `extraGroupOnlyWhenFull` (a ward may have another such group only when the ones it has are
 * full), `leadership`, `federation`, `unconfirmed` (notes on what the sources report but do not
 * confirm) and `unconfirmedFields` (the fields no source confirms, which are never enforced as an
 * error: see `enforcedUnconfirmedFields`).
 *
 * @example
 * ```ts
 * import { getRuleSet, type RuleSet } from "@kudumbashree/domain";
 *
 * const rules: RuleSet = getRuleSet("kerala.auxiliaryGroup@1.0.0");
 * rules.ageBand;
 * //=> { min: 18, max: 40 }
 * ```
 *
 * @public
 */
export type RuleSet = z.infer<typeof RuleSet>;

/**
 * The key that names a rule set: `` `${id}@${version}` ``.
 *
 * @param ruleSet - Any rule set.
 * @returns Its key.
 *
 * @example
 * ```ts
 * import { ruleSetKey, getRuleSet } from "@kudumbashree/domain";
 *
 * ruleSetKey(getRuleSet("kerala.balasabha@3.0.0"));
 * //=> "kerala.balasabha@3.0.0"
 * ```
 *
 * @public
 */
export function ruleSetKey(ruleSet: Pick<RuleSet, "id" | "version">): string {
  return `${ruleSet.id}@${ruleSet.version}`;
}
