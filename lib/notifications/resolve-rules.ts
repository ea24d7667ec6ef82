import type { SubmissionState } from '@/lib/workflow/submission-states';
import type { NotificationKind } from '@/lib/validation/notifications';

/**
 * The notifications that ask someone to act, and the state of the submission they wait in. Once the
 * submission has left that state the request is answered (the lab accepted, a regulator decided, the
 * vendor resubmitted): the inbox shows it as done instead of "ready for review".
 */
const AWAITED_STATE: Partial<Record<NotificationKind, SubmissionState>> = {
  'assignment.new': 'submitted',
  'assignment.resubmitted': 'in_evaluation',
  'evaluation.submitted': 'under_review',
  'decision.changes_requested': 'changes_requested',
};

/** Kinds of a submission's notifications that are answered once it is in `state`. */
export function answeredSubmissionNoticeKinds(state: SubmissionState): NotificationKind[] {
  return (Object.entries(AWAITED_STATE) as [NotificationKind, SubmissionState][]).filter(([, awaited]) => awaited !== state).map(([kind]) => kind);
}

/** Kinds of a certificate's notifications that a regulator's action on it answers (the review list). */
export const ANSWERED_BY_CERTIFICATE_ACTION: readonly NotificationKind[] = ['certificate.review_required'];
