export { SUBMISSION_ACTION_LABELS, CERTIFICATE_ACTION_LABELS } from './action-labels';
export { WORKFLOW_ACTOR_KINDS } from './actor-kinds';
export type { WorkflowActorKind } from './actor-kinds';
export { BADGE_COLOURS } from './badge-colours';
export type { BadgeColour, StatusDisplay } from './badge-colours';
export { acceptPreconditions } from './accept-preconditions';
export type { AccreditationForAccept, ConflictOfInterestDeclaration } from './accept-preconditions';
export { CERTIFICATE_ACTIONS } from './certificate-actions';
export type { CertificateAction } from './certificate-actions';
export { CERTIFICATE_STATUS_DISPLAY } from './certificate-status-display';
export { CERTIFICATE_STATUSES } from './certificate-statuses';
export type { CertificateStatus } from './certificate-statuses';
export {
  CERTIFICATE_TRANSITIONS,
  availableCertificateActions,
  canFireCertificateAction,
  describeIllegalCertificateTransition,
  nextCertificateStatus,
} from './certificate-transitions';
export type { CertificateTransition } from './certificate-transitions';
export { checkCertificateTransition } from './check-certificate-transition';
export type { CertificateTransitionCheck } from './check-certificate-transition';
export { checkSubmissionTransition, describeIllegalTransition } from './check-submission-transition';
export type { SubmissionTransitionCheck } from './check-submission-transition';
export { REQUIRED_APPROVALS, decideApproval } from './decide-approval';
export type { ApprovalDecision } from './decide-approval';
export { effectiveCertificateStatus } from './effective-certificate-status';
export { isSameGroup, normaliseGroup } from './normalise-group';
export { requiresReason } from './requires-reason';
export { SUBMISSION_ACTIONS } from './submission-actions';
export type { SubmissionAction } from './submission-actions';
export { SUBMISSION_STATE_DISPLAY } from './submission-state-display';
export { SUBMISSION_STATES, TERMINAL_SUBMISSION_STATES, isTerminalSubmissionState } from './submission-states';
export type { SubmissionState } from './submission-states';
export {
  SUBMISSION_TRANSITIONS,
  availableActions,
  canFire,
  findSubmissionTransition,
  nextState,
} from './submission-transitions';
export type { SubmissionTransition } from './submission-transitions';
export { submitEvaluationPreconditions } from './submit-evaluation-preconditions';
export { submitPreconditions } from './submit-preconditions';
export { PRECONDITION_CODES } from './unmet-requirement';
export type { PreconditionCode, UnmetRequirement } from './unmet-requirement';
export { toUtcCalendarDate } from './utc-calendar-date';
