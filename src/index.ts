/**
 * Typed entities, versioned rule sets and mergeable roll-ups for Kudumbashree Neighbourhood
 * Groups, auxiliary groups, Balasabhas and DAY-NRLM self-help groups.
 *
 * @packageDocumentation
 */

export { IsoDate } from "./entities/IsoDate.js";
export { Unit, UnitKind, LocalBodyType } from "./entities/Unit.js";
export { Person, Gender } from "./entities/Person.js";
export { Group, GroupKind, NeighbourhoodGroup, AuxiliaryGroup, Balasabha, SelfHelpGroup } from "./entities/Group.js";
export { Federation, FederationKind } from "./entities/Federation.js";
export { Membership, Role } from "./entities/Membership.js";
export { Meeting } from "./entities/Meeting.js";
export { Dataset, SCHEMA_VERSION } from "./entities/Dataset.js";

export type { Issue, IssueParam, IssueSubject, Severity, SubjectKind } from "./dataset/Issue.js";
export { issueCodes, type IssueCode } from "./dataset/issueCodes.js";
export { parseDataset, type ParseDatasetResult } from "./dataset/parseDataset.js";
export { datasetJsonSchema } from "./entities/datasetJsonSchema.js";

export { ageOn } from "./rules/ageOn.js";
export { type AgeBand, type Citation, type FederationRule, type LeadershipRule, type MeetingCadence, type RuleSet, type SizeLimits, ruleSetKey } from "./rules/RuleSet.js";
export { keralaNeighbourhoodGroup } from "./rules/catalog/keralaNeighbourhoodGroup.js";
export { keralaAuxiliaryGroup } from "./rules/catalog/keralaAuxiliaryGroup.js";
export { keralaBalasabhaOriginal, keralaBalasabha2017, keralaBalasabhaCurrent } from "./rules/catalog/keralaBalasabha.js";
export { nrlmSelfHelpGroup } from "./rules/catalog/nrlmSelfHelpGroup.js";
export { keralaAreaDevelopmentSociety } from "./rules/catalog/keralaAreaDevelopmentSociety.js";
export { ruleSets } from "./rules/ruleSets.js";
export { getRuleSet } from "./rules/getRuleSet.js";
export { ruleSetInForce } from "./rules/ruleSetInForce.js";
export { deriveRuleSet, type RuleSetChanges } from "./rules/deriveRuleSet.js";
export type { CheckOptions } from "./rules/CheckOptions.js";
export { checkAgeBand } from "./rules/checkAgeBand.js";
export { checkGender } from "./rules/checkGender.js";
export { checkGroupSize, sizeLimitsFor } from "./rules/checkGroupSize.js";
export { checkHouseholds } from "./rules/checkHouseholds.js";
export { checkLeadership } from "./rules/checkLeadership.js";
export { checkMeetingCadence, type CheckMeetingCadenceOptions } from "./rules/checkMeetingCadence.js";
export { checkFederationSize } from "./rules/checkFederationSize.js";
export { validate, type ValidateOptions, type ValidationReport } from "./rules/validate.js";
export { ageingOut, type AgeingOutMember, type AgeingOutOptions } from "./rules/ageingOut.js";

export type { Summary, SummaryCounts, SummaryRatios, SummaryRow } from "./aggregate/Summary.js";
export type { SummarizeOptions } from "./aggregate/SummarizeOptions.js";
export { DEFAULT_AGE_BANDS, ageBandLabels } from "./aggregate/ageBands.js";
export { summarize } from "./aggregate/summarize.js";
export { summarizeStream, type SummaryStreamRecord } from "./aggregate/summarizeStream.js";
export { mergeSummaries } from "./aggregate/mergeSummaries.js";
export { emptySummary } from "./aggregate/emptySummary.js";
export { suppressSummary } from "./aggregate/suppressSummary.js";
export { planGroups, type GroupPlan, type WardPlan } from "./aggregate/planGroups.js";
export { formatSummary, type FormatSummaryOptions } from "./aggregate/formatSummary.js";
export { compareWithPublished, type PublishedDifference } from "./aggregate/compareWithPublished.js";
export { publishedFigures, type PublishedFigure, type PublishedRow } from "./data/publishedFigures.js";
