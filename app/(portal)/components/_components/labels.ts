import { NETWORK_SEGMENTS, type NetworkSegment } from '@/lib/catalogue/network-segments';
import type { FlagReason } from '@/lib/diversity/types';
import type { BadgeTone } from '@/app/_components/ui/badge';

export const segmentNames: Record<NetworkSegment, string> = { ran: 'RAN', transport: 'Transport', core: 'Core' };

/** The segment inside a sentence: "RAN units", "core units". */
export const segmentInText: Record<NetworkSegment, string> = { ran: 'RAN', transport: 'transport', core: 'core' };

export function isSegment(value: string): value is NetworkSegment {
  return (NETWORK_SEGMENTS as readonly string[]).includes(value);
}

/** A flagged deployment's reason, in words that stand without colour. */
export const flagReasonText: Record<FlagReason, string> = {
  suspended: 'Certificate suspended',
  revoked: 'Certificate revoked',
  expired: 'Certificate expired',
  missing: 'No certificate',
};

export const decisionText = { accept: 'Accepted', reject: 'Rejected' } as const;
export const decisionTones: Record<'accept' | 'reject', BadgeTone> = { accept: 'success', reject: 'danger' };

/** `1234567` → `1,234,567`: the same on server and browser. */
export function formatCount(n: number): string {
  return n.toLocaleString('en-US');
}

export function unitsText(n: number): string {
  return `${formatCount(n)} ${n === 1 ? 'unit' : 'units'}`;
}
