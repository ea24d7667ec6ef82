import { describe, expect, it } from 'vitest';
import { answeredSubmissionNoticeKinds } from '@/lib/notifications/resolve-rules';

describe('which requests a submission state answers', () => {
  it('keeps "ready for review" open while under review, and answers it once decided', () => {
    expect(answeredSubmissionNoticeKinds('under_review')).not.toContain('evaluation.submitted');
    for (const state of ['approved', 'rejected', 'changes_requested', 'withdrawn'] as const) {
      expect(answeredSubmissionNoticeKinds(state)).toContain('evaluation.submitted');
    }
  });
  it('answers a new assignment once the lab accepted or declined it', () => {
    expect(answeredSubmissionNoticeKinds('submitted')).not.toContain('assignment.new');
    expect(answeredSubmissionNoticeKinds('in_evaluation')).toContain('assignment.new');
    expect(answeredSubmissionNoticeKinds('draft')).toContain('assignment.new');
  });
  it('answers a change request once the vendor resubmitted', () => {
    expect(answeredSubmissionNoticeKinds('changes_requested')).not.toContain('decision.changes_requested');
    expect(answeredSubmissionNoticeKinds('in_evaluation')).toContain('decision.changes_requested');
  });
  it('never resolves plain news (decisions, acceptances)', () => {
    const all = new Set((['draft', 'submitted', 'in_evaluation', 'under_review', 'approved', 'rejected', 'changes_requested', 'withdrawn'] as const).flatMap(answeredSubmissionNoticeKinds));
    expect(all.has('decision.approved')).toBe(false);
    expect(all.has('submission.accepted')).toBe(false);
  });
});
