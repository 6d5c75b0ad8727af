import type { FederationKind } from "../entities/Federation.js";
import type { GroupKind, SpecialCategory } from "../entities/Group.js";
import type { Role } from "../entities/Membership.js";
import type { Gender } from "../entities/Person.js";
import type { UnitKind } from "../entities/Unit.js";
import type { Severity } from "../issues/issueCodes.js";
import type { IssueMessages } from "../issues/messages/MessageContext.js";

/**
 * How a locale writes numbers, dates and lists, handed to every message template so that no
 * template groups digits or orders a date by hand. Built by the package from the locale's `tag`
 * with `Intl` (`Intl.NumberFormat("ml-IN")` groups digits as 45,00,000).
 *
 * @example
 * ```ts
 * import type { LocaleFormat } from "@kudumbashree/domain";
 *
 * const twice = (format: LocaleFormat) => format.number(4500000);
 * ```
 *
 * @since 0.2.0
 * @public
 */
export interface LocaleFormat {
  /** A count or figure, grouped the Indian way for the locale: `45,00,000`. */
  number(value: number): string;
  /** A `YYYY-MM-DD` date as the locale writes it (`31-03-2024` where the locale orders day first). */
  date(isoDate: string): string;
  /** A list joined the locale's way: `a, b or c` (`or`) or `a, b and c` (`and`). */
  list(items: readonly (string | number)[], type: "and" | "or"): string;
}

/**
 * The words a locale uses for the domain's terms, one word per concept, so that a word means one
 * thing across messages, labels and the command line. The glossary in `docs/messages.md` is
 * generated from these.
 *
 * @example
 * ```ts
 * import type { LocaleTerms } from "@kudumbashree/domain";
 *
 * const nhg = (terms: LocaleTerms) => terms.groupKinds.neighbourhoodGroup;
 * ```
 *
 * @since 0.2.0
 * @public
 */
export interface LocaleTerms {
  /** Kinds of group as the network names them: `neighbourhoodGroup` is "NHG" in English, "അയൽക്കൂട്ടം" in Malayalam. */
  readonly groupKinds: Readonly<Record<GroupKind, string>>;
  /** Kinds of federation: ADS, CDS, VO, CLF, ... */
  readonly federationKinds: Readonly<Record<FederationKind, string>>;
  /** Kinds of unit: state, district, block, local body, ward, village. */
  readonly unitKinds: Readonly<Record<UnitKind, string>>;
  /** Roles in a group: member, president, secretary, ... */
  readonly roles: Readonly<Record<Role, string>>;
  /** Genders as recorded. */
  readonly genders: Readonly<Record<Gender, string>>;
  /** Categories of special group. */
  readonly specialCategories: Readonly<Record<SpecialCategory, string>>;
  /** `error` and `warning`. */
  readonly severities: Readonly<Record<Severity, string>>;
  /** Other words used across messages: group, federation, member, household, meeting, rule set, ... */
  readonly words: Readonly<{
    group: string;
    federation: string;
    member: string;
    person: string;
    household: string;
    meeting: string;
    membership: string;
    unit: string;
    ruleSet: string;
    dataset: string;
    summary: string;
    total: string;
  }>;
}

/**
 * One language's messages and labels: its BCP 47 tag, the domain's terms, a message template per
 * issue code and the labels of tables and the command line. English (`en`, formatted for India)
 * is built in; Malayalam, Hindi, Assamese and Bengali are published as their own entry points
 * (`@kudumbashree/domain/locales/ml`, `/hi`, `/as`, `/bn`), so an app pays only for what it
 * imports.
 *
 * @example
 * ```ts
 * import { en, formatIssue, type Locale } from "@kudumbashree/domain";
 *
 * const locale: Locale = en;
 * locale.tag;
 * //=> "en-IN"
 * ```
 *
 * @since 0.2.0
 * @public
 */
export interface Locale {
  /** The BCP 47 tag given to `Intl`: `en-IN`, `ml-IN`, `hi-IN`, `as-IN`, `bn-IN`. */
  readonly tag: string;
  /** The language's name in itself: `English`, `മലയാളം`, `हिन्दी`, `অসমীয়া`, `বাংলা`. */
  readonly name: string;
  /** Whether dates are written day first (`31-03-2024`) or as the data writes them (`2024-03-31`). */
  readonly dateOrder: "dmy" | "iso";
  /** The domain's terms. */
  readonly terms: LocaleTerms;
  /** A template per issue code. */
  readonly messages: IssueMessages;
  /** Labels of summary tables and command-line lines. */
  readonly labels: LocaleLabels;
}

/**
 * The figures a summary table shows, one column each, plus the unit and kind columns; federation
 * columns are headed with the locale's {@link LocaleTerms.federationKinds}.
 *
 * @example
 * ```ts
 * import type { SummaryColumn } from "@kudumbashree/domain";
 *
 * const column: SummaryColumn = "members";
 * ```
 *
 * @since 0.2.0
 * @public
 */
export type SummaryColumn =
  | "unit"
  | "kind"
  | "wards"
  | "wardsWithGroup"
  | "groups"
  | "members"
  | "meanGroupSize"
  | "minGroupSize"
  | "maxGroupSize"
  | "coverage"
  | "capacityUse"
  | "meetingsHeld"
  | "meetingsExpected"
  | "meetingCompliance"
  | "attendanceRate"
  | "villages"
  | "villagesWithGroup"
  | "groupsFederated"
  | "federatedShare";

/**
 * The collections whose records can be set aside, as {@link SetAsideCounts} counts them.
 *
 * @example
 * ```ts
 * import type { SetAsideCollection } from "@kudumbashree/domain";
 *
 * const collection: SetAsideCollection = "people";
 * ```
 *
 * @since 0.2.0
 * @public
 */
export type SetAsideCollection = "units" | "people" | "groups" | "federations" | "memberships" | "meetings";

/**
 * The columns of the command line's `ageing-out` table.
 *
 * @example
 * ```ts
 * import type { AgeingOutColumn } from "@kudumbashree/domain";
 *
 * const column: AgeingOutColumn = "leavesOn";
 * ```
 *
 * @since 0.2.0
 * @public
 */
export type AgeingOutColumn = "leavesOn" | "age" | "person" | "name" | "group" | "kind" | "born" | "ruleSet";

/**
 * A command's help in a locale: any part left out is shown in English. `options` is keyed by the
 * option's name without dashes (`as-of`); `examples` holds the descriptions of the examples and
 * `notes` the notes, both in the order the English help lists them (a list of another length is
 * not used).
 *
 * @example
 * ```ts
 * import type { CommandHelpText } from "@kudumbashree/domain";
 *
 * const help: CommandHelpText = { summary: "Check a dataset against the rules in force on a day." };
 * ```
 *
 * @since 0.2.0
 * @public
 */
export interface CommandHelpText {
  readonly summary?: string;
  readonly options?: Readonly<Record<string, string>>;
  readonly examples?: readonly string[];
  readonly notes?: readonly string[];
}

/**
 * The labels a locale gives to `formatSummary`'s table and to the command line's lines. Numbers
 * reach the functions as numbers (write them with `format.number`, and choose the word form that
 * goes with the count); dates and terms reach them already written the locale's way. Usage errors
 * and the lines naming rule-set files and hashes stay in English.
 *
 * @example
 * ```ts
 * import { en, type LocaleLabels } from "@kudumbashree/domain";
 *
 * const labels: LocaleLabels = en.labels;
 * labels.summary.columns.members;
 * //=> "members"
 * ```
 *
 * @since 0.2.0
 * @public
 */
export interface LocaleLabels {
  /** Words for counted records, with their number: `1 person`, `2 memberships` (`format.number(count)` inside). */
  readonly records: (collection: SetAsideCollection, count: number, format: LocaleFormat) => string;
  /** `formatSummary`'s table. */
  readonly summary: {
    /** A heading per column: `unit`, `kind`, `wards`, `with group`, `groups`, `members`, `mean size`, ... */
    readonly columns: Readonly<Record<SummaryColumn, string>>;
    /** The kind column of a line that counts every kind of group: `all`. */
    readonly allKinds: string;
    /**
     * The title: `groupKind` is the locale's term for the kind summarised (null: every kind),
     * `level` its term for the unit kind of the rows, `asOf` the date written the locale's way,
     * `suppressBelow` the threshold of a suppressed summary (null when nothing was blanked):
     * `auxiliary groups by ward as of 2021-11-30 (counts below 5 suppressed)`.
     */
    readonly title: (
      title: {
        readonly groupKind: string | null;
        readonly level: string;
        readonly asOf: string;
        readonly suppressBelow: number | null;
      },
      format: LocaleFormat,
    ) => string;
    /** The line under the title when records were set aside; `list` is made with `records`: `set aside: 1 person`. */
    readonly setAside: (list: string) => string;
  };
  /** The command line's lines (`file` is the input's name, dates are written the locale's way). */
  readonly cli: {
    /** validate's last line: `tvm-csv: not ok, 2 errors and 1 warning as of 2021-11-30 (rule sets: a, b)`. */
    readonly validateResult: (
      result: {
        readonly file: string;
        readonly ok: boolean;
        readonly errors: number;
        readonly warnings: number;
        readonly asOf: string;
        readonly ruleSets: readonly string[];
      },
      format: LocaleFormat,
    ) => string;
    /** validate's set-aside line: `set aside (not checked or counted): 1 person`. */
    readonly validateSetAside: (list: string) => string;
    /**
     * Where meeting records were taken to start: given with `--records-from` (`option`), the
     * earliest meeting in the data (`inferred`), or as a report or summary states it (`stated`).
     */
    readonly recordsFrom: (date: string, source: "option" | "inferred" | "stated") => string;
    /** summarize without `--as-of`: `as of 2021-11-30 (today, UTC); pass --as-of to fix the date`. */
    readonly asOfToday: (date: string) => string;
    /** summarize with errors: `tvm-csv: 2 errors; the records concerned were left out of the figures`. */
    readonly summarizeErrors: (file: string, errors: number, format: LocaleFormat) => string;
    /** A read refused with `--strict`: `tvm-csv: refused with --strict: columns the format does not know`. */
    readonly strictRefused: (file: string) => string;
    /** ageing-out's table headings. */
    readonly ageingOutColumns: Readonly<Record<AgeingOutColumn, string>>;
    /** ageing-out's last line: `tvm-csv: 3 members leave their group's age band after 2021-11-30 and by 2022-11-30`. */
    readonly ageingOutResult: (
      result: { readonly file: string; readonly members: number; readonly asOf: string; readonly until: string },
      format: LocaleFormat,
    ) => string;
    /** ageing-out on data with errors: `tvm-csv: 2 errors stop the listing; kudumbashree validate says more`. */
    readonly ageingOutStopped: (file: string, errors: number, format: LocaleFormat) => string;
  };
  /** The command line's help: headings and lines, and each command's texts (English where left out). */
  readonly help: {
    /** `Usage`. */
    readonly usage: string;
    /** `Commands`. */
    readonly commands: string;
    /** `Options`. */
    readonly options: string;
    /** `Examples`. */
    readonly examples: string;
    /** The text of `--help`: `show this help`. */
    readonly showHelp: string;
    /** `kudumbashree <command> --help (or kudumbashree help <command>) shows a command's options and examples.` */
    readonly commandHelpHint: string;
    /** After a usage error: `Run kudumbashree validate --help for its options and examples.` */
    readonly runHelp: (command: string) => string;
    /** `Exit codes: 0 no errors, 1 the data has errors, 2 the command could not run.` */
    readonly exitCodes: string;
    /** What `<path>` may be: a dataset JSON file, `-` or a folder of CSV files. */
    readonly pathNote: string;
    /** Each command's texts, keyed by the command's name (`validate`, `summarize`, ...). */
    readonly byCommand: Readonly<Record<string, CommandHelpText>>;
  };
}
