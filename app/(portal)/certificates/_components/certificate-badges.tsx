import { CERTIFICATE_STATUS_DISPLAY } from '@/lib/workflow/certificate-status-display';
import type { CertificateStatus } from '@/lib/workflow/certificate-statuses';
import type { BadgeColour } from '@/lib/workflow/badge-colours';
import { Badge, type BadgeTone } from '@/app/_components/ui/badge';

const TONE: Record<BadgeColour, BadgeTone> = {
  gray: 'neutral',
  slate: 'neutral',
  blue: 'info',
  indigo: 'info',
  purple: 'violet',
  amber: 'warning',
  green: 'success',
  red: 'danger',
};

/** A colour name of the workflow's displays as a badge tone. */
export function toneOf(colour: BadgeColour): BadgeTone {
  return TONE[colour];
}

export function CertificateStatusBadge({ status, 'data-testid': testId }: { status: CertificateStatus; 'data-testid'?: string }) {
  const display = CERTIFICATE_STATUS_DISPLAY[status];
  return (
    <Badge tone={toneOf(display.colour)} data-testid={testId}>
      {display.label}
    </Badge>
  );
}

export function UnderReviewBadge({ 'data-testid': testId }: { 'data-testid'?: string }) {
  return (
    <Badge tone="violet" data-testid={testId}>
      Under review
    </Badge>
  );
}
