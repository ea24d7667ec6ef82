import type { NetworkSegment } from '@/lib/catalogue/network-segments';
import type { RegistryStatusFilter } from '@/lib/validation/registry';
import type { CertificateStatus } from '@/lib/workflow/certificate-statuses';
import type { BadgeTone } from '@/app/_components/ui/badge';

export const SEGMENT_LABELS: Record<NetworkSegment, string> = { ran: 'RAN', transport: 'Transport', core: 'Core' };

export const STATUS_FILTER_LABELS: Record<RegistryStatusFilter, string> = {
  valid: 'Valid',
  suspended: 'Suspended',
  revoked: 'Revoked',
  expired: 'Expired',
  under_review: 'Under review',
};

/** valid green, suspended amber, revoked red, expired grey. */
export const STATUS_TONES: Record<CertificateStatus, BadgeTone> = {
  valid: 'success',
  suspended: 'warning',
  revoked: 'danger',
  expired: 'neutral',
};

/** `2026-03-01`: the day in UTC, the same on server and browser. */
export function formatDay(iso: string): string {
  return iso.slice(0, 10);
}

/** "1,234" or "10,000+". */
export function formatTotal(total: number, isCapped: boolean): string {
  return `${total.toLocaleString('en-US')}${isCapped ? '+' : ''}`;
}
