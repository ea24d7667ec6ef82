import { pgEnum } from 'drizzle-orm/pg-core';

export const orgKindEnum = pgEnum('org_kind', ['vendor', 'lab', 'regulator', 'operator']);
export const orgRoleEnum = pgEnum('org_role', ['admin', 'member']);
export const segmentEnum = pgEnum('network_segment', ['ran', 'transport', 'core']);
export const submissionStateEnum = pgEnum('submission_state', [
  'draft',
  'submitted',
  'in_evaluation',
  'under_review',
  'changes_requested',
  'approved',
  'rejected',
  'withdrawn',
]);
export const evidenceKindEnum = pgEnum('evidence_kind', [
  'sbom',
  'process_audit_report',
  'design_doc',
  'test_report',
  'evaluation_report',
  'firmware_digest',
  'vulnerability_report',
  'other',
]);
export const evidenceVisibilityEnum = pgEnum('evidence_visibility', ['assessment', 'certified']);
export const testResultEnum = pgEnum('test_result', ['pass', 'fail', 'inconclusive', 'not_applicable']);
export const decisionKindEnum = pgEnum('decision_kind', ['approve', 'reject', 'request_changes']);
export const certificateStatusEnum = pgEnum('certificate_status', ['valid', 'suspended', 'revoked']);
export const operatorDecisionEnum = pgEnum('operator_decision', ['accept', 'reject']);
export const vulnerabilityStatusEnum = pgEnum('vulnerability_status', ['open', 'confirmed', 'disputed', 'fixed']);
export const severityEnum = pgEnum('severity', ['none', 'low', 'medium', 'high', 'critical']);
export const evidenceIntegrityKindEnum = pgEnum('evidence_integrity_kind', ['damaged', 'missing', 'restored']);
export const evidenceIntegritySourceEnum = pgEnum('evidence_integrity_source', ['download', 'verify', 'upload']);
export const advisoryFormatEnum = pgEnum('advisory_format', ['csaf', 'osv', 'cyclonedx-vex', 'openvex']);
export const advisoryMatchStateEnum = pgEnum('advisory_match_state', ['affected', 'not_affected', 'fixed', 'under_investigation']);
