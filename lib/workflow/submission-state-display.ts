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
