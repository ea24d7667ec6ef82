import type { CertificateStatus } from '@/lib/workflow/certificate-statuses';
import { CERTIFICATE_STATUS_DISPLAY } from '@/lib/workflow/certificate-status-display';
import { Badge } from '@/app/_components/ui/badge';
import { STATUS_TONES } from './registry-labels';

type Props = { status: CertificateStatus; isUnderReview?: boolean; testId?: string; reviewTestId?: string };

/** The effective status, and an "Under review" badge when a regulator has the certificate on the review list. */
export function CertificateStatusBadge({ status, isUnderReview, testId, reviewTestId }: Props) {
  return (
    <span className="inline-flex flex-wrap items-center gap-1.5">
      <Badge tone={STATUS_TONES[status]} data-testid={testId}>
        {CERTIFICATE_STATUS_DISPLAY[status].label}
      </Badge>
      {isUnderReview ? (
        <Badge tone="violet" data-testid={reviewTestId}>
          Under review
        </Badge>
      ) : null}
    </span>
  );
}
