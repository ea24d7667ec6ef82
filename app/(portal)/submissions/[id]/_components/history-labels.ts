import type { TimelineItem } from '@/app/_components/ui/timeline';

type Tone = NonNullable<TimelineItem['tone']>;

/** A human label and timeline tone per log entry type of a submission and its certificate. */
export const HISTORY_LABELS: Record<string, { label: string; tone: Tone }> = {
  'submission.created': { label: 'Draft submission opened', tone: 'neutral' },
  'submission.lab_changed': { label: 'Lab changed', tone: 'neutral' },
  'evidence.added': { label: 'Evidence added', tone: 'neutral' },
  'submission.submitted': { label: 'Submitted to the lab', tone: 'neutral' },
  'submission.accepted': { label: 'Lab accepted the assignment', tone: 'success' },
  'submission.declined': { label: 'Lab declined the assignment', tone: 'warning' },
  'results.recorded': { label: 'Test results recorded', tone: 'neutral' },
  'evaluation.submitted': { label: 'Evaluation submitted for review', tone: 'neutral' },
  'decision.approved': { label: 'Approved by a regulator', tone: 'success' },
  'decision.rejected': { label: 'Rejected by a regulator', tone: 'danger' },
  'decision.changes_requested': { label: 'Changes requested by a regulator', tone: 'warning' },
  'submission.resubmitted': { label: 'Resubmitted', tone: 'neutral' },
  'submission.withdrawn': { label: 'Withdrawn by the vendor', tone: 'danger' },
  'certificate.issued': { label: 'Certificate issued', tone: 'success' },
  'certificate.suspended': { label: 'Certificate suspended', tone: 'warning' },
  'certificate.reinstated': { label: 'Certificate reinstated', tone: 'success' },
  'certificate.revoked': { label: 'Certificate revoked', tone: 'danger' },
  'certificate.expired': { label: 'Certificate expired', tone: 'neutral' },
  'certificate.review_required': { label: 'Certificate put on the review list (critical vulnerability)', tone: 'warning' },
  'certificate.review_cleared': { label: 'Certificate review cleared by a regulator', tone: 'success' },
};

export function historyLabel(type: string): { label: string; tone: Tone } {
  return HISTORY_LABELS[type] ?? { label: type, tone: 'neutral' };
}
