import type { NetworkSegment } from '@/lib/catalogue/network-segments';

export const SEGMENT_LABELS: Record<NetworkSegment, string> = { ran: 'RAN', transport: 'Transport', core: 'Core' };

export function segmentLabel(segment: string): string {
  return SEGMENT_LABELS[segment as NetworkSegment] ?? segment;
}
