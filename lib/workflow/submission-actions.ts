/** Every action that can be fired on a submission. */
export const SUBMISSION_ACTIONS = [
  'submit',
  'withdraw',
  'accept',
  'decline',
  'submit_evaluation',
  'approve',
  'reject',
  'request_changes',
  'resubmit',
] as const;

/** An action on a submission. */
export type SubmissionAction = (typeof SUBMISSION_ACTIONS)[number];
