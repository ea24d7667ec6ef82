import type { StatusDisplay } from './badge-colours';
import type { SubmissionState } from './submission-states';

/** Human label and badge colour for each submission state. */
export const SUBMISSION_STATE_DISPLAY = {
  draft: { label: 'Draft', colour: 'gray' },
  submitted: { label: 'Submitted', colour: 'blue' },
  in_evaluation: { label: 'In evaluation', colour: 'indigo' },
  under_review: { label: 'Under review', colour: 'purple' },
  changes_requested: { label: 'Changes requested', colour: 'amber' },
  approved: { label: 'Approved', colour: 'green' },
  rejected: { label: 'Rejected', colour: 'red' },
  withdrawn: { label: 'Withdrawn', colour: 'slate' },
} as const satisfies Record<SubmissionState, StatusDisplay>;

/** The label people read for a state (“In evaluation”), for messages as well as badges; unknown values pass through. */
export function submissionStateLabel(state: string): string {
  return state in SUBMISSION_STATE_DISPLAY ? SUBMISSION_STATE_DISPLAY[state as SubmissionState].label : state;
}

/** States quoted for a message: “Draft” or “Changes requested”. */
export function quotedStateLabels(states: readonly string[]): string {
  return states.map((s) => `“${submissionStateLabel(s)}”`).join(' or ');
}
