import { CERTIFICATE_STATUS_DISPLAY } from '@/lib/workflow/certificate-status-display';
import type { CertificateStatus } from '@/lib/workflow/certificate-statuses';
import { Badge } from '@/app/_components/ui/badge';
import { toneOfColour } from './status-tone';

type Props = { status: string; 'data-testid'?: string };

export function CertificateStatusBadge({ status, ...rest }: Props) {
  const display = CERTIFICATE_STATUS_DISPLAY[status as CertificateStatus] ?? { label: status, colour: 'gray' as const };
  return (
    <Badge tone={toneOfColour[display.colour]} data-testid={rest['data-testid']}>
      {display.label}
    </Badge>
  );
}
