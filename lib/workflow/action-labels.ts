import type { CertificateAction } from './certificate-actions';
import type { SubmissionAction } from './submission-actions';

/** Button text for each submission action. */
export const SUBMISSION_ACTION_LABELS = {
  submit: 'Submit',
  withdraw: 'Withdraw',
  accept: 'Accept',
  decline: 'Decline',
  submit_evaluation: 'Submit evaluation',
  approve: 'Approve',
  reject: 'Reject',
  request_changes: 'Request changes',
  resubmit: 'Resubmit',
} as const satisfies Record<SubmissionAction, string>;

/** Button text for each certificate action. */
export const CERTIFICATE_ACTION_LABELS = {
  suspend: 'Suspend',
  reinstate: 'Reinstate',
  revoke: 'Revoke',
} as const satisfies Record<CertificateAction, string>;
