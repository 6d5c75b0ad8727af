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
