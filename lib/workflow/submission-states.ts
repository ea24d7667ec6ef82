/** Every state a submission can be in. */
export const SUBMISSION_STATES = [
  'draft',
  'submitted',
  'in_evaluation',
  'under_review',
  'changes_requested',
  'approved',
  'rejected',
  'withdrawn',
] as const;

/** A submission's workflow state. */
export type SubmissionState = (typeof SUBMISSION_STATES)[number];

/** States no action leaves. */
export const TERMINAL_SUBMISSION_STATES = [
  'approved',
  'rejected',
  'withdrawn',
] as const satisfies readonly SubmissionState[];

/** True when no action can leave `state`. */
export function isTerminalSubmissionState(state: SubmissionState): boolean {
  return (TERMINAL_SUBMISSION_STATES as readonly SubmissionState[]).includes(state);
}
