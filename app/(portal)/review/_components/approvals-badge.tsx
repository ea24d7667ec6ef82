import type { ReviewQueueItemDto } from '@/lib/submissions/read-review-queue';
import { Badge } from '@/app/_components/ui/badge';

/** "1 of 2" approvals in the current round, and whether the viewer gave one of them. */
export function ApprovalsBadge({ approvals, testId }: { approvals: ReviewQueueItemDto['approvals']; testId?: string }) {
  const tone = approvals.given === 0 ? 'neutral' : approvals.given >= approvals.required ? 'success' : 'warning';
  return (
    <span className="inline-flex flex-wrap items-center gap-1.5" data-testid={testId}>
      <Badge tone={tone}>
        {approvals.given} of {approvals.required}
        <span className="sr-only"> approvals</span>
      </Badge>
      {approvals.byCaller ? (
        <span className="text-xs text-slate-600" data-testid={testId ? `${testId}-by-you` : undefined}>
          incl. yours
        </span>
      ) : null}
    </span>
  );
}
