import { SUBMISSION_STATE_DISPLAY } from '@/lib/workflow/submission-state-display';
import type { SubmissionAction } from '@/lib/workflow/submission-actions';
import type { SubmissionState } from '@/lib/workflow/submission-states';

/** What pressing the button will do, said before the person confirms. */
export const ACTION_CONSEQUENCES: Record<SubmissionAction, string> = {
  submit: 'The assigned lab will see the submission and its evidence and can accept or decline it. You cannot add evidence again unless a regulator requests changes.',
  withdraw: 'The submission ends here for everyone; it cannot be reopened. This is recorded in the transparency log.',
  accept: 'Your lab takes on the evaluation. You must declare that you have no conflict of interest with this vendor; the declaration is recorded in the transparency log.',
  decline: 'The submission goes back to the vendor as a draft, and your lab no longer sees it. Say why, so the vendor can choose another lab.',
  submit_evaluation: 'Your results and evaluation report go to the regulators for a decision. You cannot change the results afterwards.',
  approve: 'Approving issues a certificate for this version; your rationale and any conditions are published with it. For a core product, a second regulator must approve too.',
  reject: 'The submission ends as rejected; the vendor sees your reason. It cannot be reopened.',
  request_changes: 'The vendor must add evidence that answers your request and resubmit; the lab then evaluates again.',
  resubmit: 'The submission goes back to the lab for evaluation with the evidence you added.',
};

/** The confirm button's text, so a person reads exactly what they are about to do. */
export const CONFIRM_LABELS: Record<SubmissionAction, string> = {
  submit: 'Submit to the lab',
  withdraw: 'Withdraw the submission',
  accept: 'Accept the assignment',
  decline: 'Decline the assignment',
  submit_evaluation: 'Submit the evaluation',
  approve: 'Approve',
  reject: 'Reject',
  request_changes: 'Request changes',
  resubmit: 'Resubmit',
};

export function successMessage(action: SubmissionAction, outcome: { state: SubmissionState }): string {
  if (action === 'approve' && outcome.state === 'under_review') {
    return 'Your approval has been recorded. A second, different regulator must approve before the certificate is issued.';
  }
  if (action === 'approve') return 'Approved. The certificate has been issued and is listed in the public registry.';
  return `Done. The submission is now “${SUBMISSION_STATE_DISPLAY[outcome.state].label}”.`;
}
