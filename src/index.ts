/**
 * Typed entities, versioned rule sets and mergeable roll-ups for Kudumbashree Neighbourhood
 * Groups, auxiliary groups, Balasabhas and DAY-NRLM self-help groups.
 *
 * @packageDocumentation
 */

export { ageBandLabels, DEFAULT_AGE_BANDS } from "./aggregate/ageBands.js";
export {
  type CombinedFigures,
  type CombinedRow,
  type CombinedSummary,
  RULE_DEPENDENT_FIGURES,
} from "./aggregate/CombinedSummary.js";
export { combineSummaries } from "./aggregate/combineSummaries.js";
export { compareWithPublished, type PublishedDifference } from "./aggregate/compareWithPublished.js";
export { emptySummary } from "./aggregate/emptySummary.js";
export { type FormatSummaryOptions, formatSummary } from "./aggregate/formatSummary.js";
export { mergeSummaries } from "./aggregate/mergeSummaries.js";
export { type ParseSummaryResult, parseSummary } from "./aggregate/parseSummary.js";
export { type ProvenBelowMinimum, provenBelowMinimum } from "./aggregate/provenBelowMinimum.js";
export type { SummarizeOptions } from "./aggregate/SummarizeOptions.js";
export {
  SUMMARY_FORMAT_VERSION,
  type Summary,
  type SummaryCounts,
  type SummaryProvenance,
  type SummaryRatios,
  type SummaryRow,
  type SuppressedSummary,
} from "./aggregate/Summary.js";
export { summarize } from "./aggregate/summarize.js";
export { type SummarizeStreamOptions, type SummaryStreamRecord, summarizeStream } from "./aggregate/summarizeStream.js";
export { suppressSummary } from "./aggregate/suppressSummary.js";
export { type PublishedFigure, type PublishedRow, publishedFigures } from "./data/publishedFigures.js";
export { type ParseDatasetResult, parseDataset } from "./dataset/parseDataset.js";
export type { SetAsideCounts } from "./dataset/SetAside.js";
export { Dataset, SCHEMA_VERSION } from "./entities/Dataset.js";
export { datasetJsonSchema } from "./entities/datasetJsonSchema.js";
export { Federation, FederationKind } from "./entities/Federation.js";
export {
  AuxiliaryGroup,
  Balasabha,
  Group,
  GroupKind,
  NeighbourhoodGroup,
  SelfHelpGroup,
  SpecialCategory,
} from "./entities/Group.js";
export { Id } from "./entities/Id.js";
export { IsoDate } from "./entities/IsoDate.js";
export { Meeting } from "./entities/Meeting.js";
export { Membership, Role } from "./entities/Membership.js";
export { Gender, Person } from "./entities/Person.js";
export { LocalBodyType, Unit, UnitKind } from "./entities/Unit.js";
export { formatIssue } from "./issues/formatIssue.js";
export type { Issue, IssueParam, IssueSubject, SubjectKind } from "./issues/Issue.js";
export type { IssueParams } from "./issues/IssueParams.js";
export { type IssueCode, issueCodes, type Severity } from "./issues/issueCodes.js";
export { issueSeverities } from "./issues/issueSeverities.js";
export type { IssueMessages, MessageContext } from "./issues/messages/MessageContext.js";
export { en } from "./locales/en.js";
export type {
  AgeingOutColumn,
  CommandHelpText,
  Locale,
  LocaleFormat,
  LocaleLabels,
  LocaleTerms,
  SetAsideCollection,
  SummaryColumn,
} from "./locales/Locale.js";
export type { CheckOptions } from "./rules/checks/CheckOptions.js";
export { type CheckAgeBandOptions, checkAgeBand } from "./rules/checks/checkAgeBand.js";
export { checkFederationMemberAge } from "./rules/checks/checkFederationMemberAge.js";
export { checkFederationSize } from "./rules/checks/checkFederationSize.js";
export { checkGender } from "./rules/checks/checkGender.js";
export { checkGroupSize } from "./rules/checks/checkGroupSize.js";
export { checkHouseholds } from "./rules/checks/checkHouseholds.js";
export { checkLeadership } from "./rules/checks/checkLeadership.js";
export { type CheckMeetingCadenceOptions, checkMeetingCadence } from "./rules/checks/checkMeetingCadence.js";
export { gendersFor } from "./rules/definitions/gender.js";
export { sizeLimitsFor } from "./rules/definitions/groupSize.js";
export { type AgeingOutMember, type AgeingOutOptions, ageingOut } from "./rules/queries/ageingOut.js";
export { ageOn } from "./rules/queries/ageOn.js";
export { type GroupPlan, planGroups, type WardPlan } from "./rules/queries/planGroups.js";
export { keralaAreaDevelopmentSociety } from "./rules/registry/catalog/keralaAreaDevelopmentSociety.js";
export { keralaAuxiliaryGroup, keralaAuxiliaryGroupV2 } from "./rules/registry/catalog/keralaAuxiliaryGroup.js";
export {
  keralaBalasabha2017,
  keralaBalasabhaCurrent,
  keralaBalasabhaOriginal,
} from "./rules/registry/catalog/keralaBalasabha.js";
export {
  keralaNeighbourhoodGroup,
  keralaNeighbourhoodGroupV2,
} from "./rules/registry/catalog/keralaNeighbourhoodGroup.js";
export {
  nrlmClusterLevelFederation,
  nrlmClusterLevelFederationV2,
} from "./rules/registry/catalog/nrlmClusterLevelFederation.js";
export { nrlmSelfHelpGroup, nrlmSelfHelpGroupV2 } from "./rules/registry/catalog/nrlmSelfHelpGroup.js";
export { nrlmVillageOrganisation } from "./rules/registry/catalog/nrlmVillageOrganisation.js";
export { deriveRuleSet, type RuleSetChanges } from "./rules/registry/deriveRuleSet.js";
export { getRuleSet } from "./rules/registry/getRuleSet.js";
export { type ParseRuleSetResult, parseRuleSet } from "./rules/registry/parseRuleSet.js";
export {
  AgeBand,
  Citation,
  FederationRule,
  LeadershipRule,
  MeetingCadence,
  RuleSet,
  ruleSetKey,
  SizeLimits,
} from "./rules/registry/RuleSet.js";
export { ruleSetHash } from "./rules/registry/ruleSetHash.js";
export { ruleSetInForce } from "./rules/registry/ruleSetInForce.js";
export { ruleSets } from "./rules/registry/ruleSets.js";
export { enforcedUnconfirmedFields, UnconfirmedField } from "./rules/registry/unconfirmedFields.js";
export { unconfirmedFieldsOf } from "./rules/registry/unconfirmedFieldsOf.js";
export { type ValidateOptions, type ValidationReport, validate } from "./rules/validate/validate.js";
