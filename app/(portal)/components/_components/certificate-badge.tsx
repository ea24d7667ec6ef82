import { CERTIFICATE_STATUS_DISPLAY } from '@/lib/workflow/certificate-status-display';
import type { CertificateStatus } from '@/lib/workflow/certificate-statuses';
import { Badge, type BadgeTone } from '@/app/_components/ui/badge';

const tones: Record<CertificateStatus, BadgeTone> = { valid: 'success', suspended: 'warning', revoked: 'danger', expired: 'neutral' };

/** A certificate's effective status; null reads "No certificate". */
export function CertificateBadge({ status, 'data-testid': testId }: { status: CertificateStatus | null; 'data-testid'?: string }) {
  if (!status) {
    return (
      <Badge tone="danger" data-testid={testId}>
        No certificate
      </Badge>
    );
  }
  return (
    <Badge tone={tones[status]} data-testid={testId}>
      {CERTIFICATE_STATUS_DISPLAY[status].label}
    </Badge>
  );
}
