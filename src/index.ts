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

export type { Issue, IssueParam, IssueSubject, SubjectKind } from "./issues/Issue.js";
export { issueCodes, type IssueCode, type Severity } from "./issues/issueCodes.js";
export type { IssueParams } from "./issues/IssueParams.js";
export { parseDataset, type ParseDatasetResult } from "./dataset/parseDataset.js";
export { datasetJsonSchema } from "./entities/datasetJsonSchema.js";

export { ageOn } from "./rules/queries/ageOn.js";
export { type AgeBand, type Citation, type FederationRule, type LeadershipRule, type MeetingCadence, type RuleSet, type SizeLimits, ruleSetKey } from "./rules/registry/RuleSet.js";
export { keralaNeighbourhoodGroup } from "./rules/registry/catalog/keralaNeighbourhoodGroup.js";
export { keralaAuxiliaryGroup } from "./rules/registry/catalog/keralaAuxiliaryGroup.js";
export { keralaBalasabhaOriginal, keralaBalasabha2017, keralaBalasabhaCurrent } from "./rules/registry/catalog/keralaBalasabha.js";
export { nrlmSelfHelpGroup } from "./rules/registry/catalog/nrlmSelfHelpGroup.js";
export { keralaAreaDevelopmentSociety } from "./rules/registry/catalog/keralaAreaDevelopmentSociety.js";
export { ruleSets } from "./rules/registry/ruleSets.js";
export { getRuleSet } from "./rules/registry/getRuleSet.js";
export { ruleSetInForce } from "./rules/registry/ruleSetInForce.js";
export { deriveRuleSet, type RuleSetChanges } from "./rules/registry/deriveRuleSet.js";
export type { CheckOptions } from "./rules/checks/CheckOptions.js";
export { checkAgeBand } from "./rules/checks/checkAgeBand.js";
export { checkGender } from "./rules/checks/checkGender.js";
export { checkGroupSize } from "./rules/checks/checkGroupSize.js";
export { sizeLimitsFor } from "./rules/definitions/groupSize.js";
export { checkHouseholds } from "./rules/checks/checkHouseholds.js";
export { checkLeadership } from "./rules/checks/checkLeadership.js";
export { checkMeetingCadence, type CheckMeetingCadenceOptions } from "./rules/checks/checkMeetingCadence.js";
export { checkFederationSize } from "./rules/checks/checkFederationSize.js";
export { validate, type ValidateOptions, type ValidationReport } from "./rules/validate/validate.js";
export { ageingOut, type AgeingOutMember, type AgeingOutOptions } from "./rules/queries/ageingOut.js";

export type { Summary, SummaryCounts, SummaryRatios, SummaryRow } from "./aggregate/Summary.js";
export type { SummarizeOptions } from "./aggregate/SummarizeOptions.js";
export { DEFAULT_AGE_BANDS, ageBandLabels } from "./aggregate/ageBands.js";
export { summarize } from "./aggregate/summarize.js";
export { summarizeStream, type SummaryStreamRecord } from "./aggregate/summarizeStream.js";
export { mergeSummaries } from "./aggregate/mergeSummaries.js";
export { emptySummary } from "./aggregate/emptySummary.js";
export { suppressSummary } from "./aggregate/suppressSummary.js";
export { planGroups, type GroupPlan, type WardPlan } from "./rules/queries/planGroups.js";
export { formatSummary, type FormatSummaryOptions } from "./aggregate/formatSummary.js";
export { compareWithPublished, type PublishedDifference } from "./aggregate/compareWithPublished.js";
export { publishedFigures, type PublishedFigure, type PublishedRow } from "./data/publishedFigures.js";
