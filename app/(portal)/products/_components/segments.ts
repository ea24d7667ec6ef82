import { NETWORK_FUNCTIONS, type NetworkFunction } from '@/lib/catalogue/network-functions';
import { NETWORK_SEGMENTS, type NetworkSegment } from '@/lib/catalogue/network-segments';
import { segmentForNetworkFunction } from '@/lib/catalogue/segment-for-network-function';
import type { BadgeTone } from '@/app/_components/ui/badge';

export const segmentLabels: Record<NetworkSegment, string> = { ran: 'RAN', transport: 'Transport', core: 'Core' };

export const segmentTones: Record<NetworkSegment, BadgeTone> = { ran: 'info', transport: 'violet', core: 'warning' };

/** What the segment means for the evaluation, in one sentence. */
export const segmentExplanations: Record<NetworkSegment, string> = {
  ran: 'Radio access: lowest risk per site, but deployed in large numbers. One regulator approval certifies it.',
  transport: 'Transport: medium risk. One regulator approval certifies it.',
  core: 'Core: the most sensitive segment. Approval needs two different regulators (four eyes).',
};

/** Network functions grouped by the segment each maps to, in risk order; segments without functions are left out. */
export function networkFunctionsBySegment(): Array<{ segment: NetworkSegment; functions: NetworkFunction[] }> {
  return NETWORK_SEGMENTS.map((segment) => ({
    segment,
    functions: NETWORK_FUNCTIONS.filter((nf) => segmentForNetworkFunction(nf) === segment),
  })).filter((group) => group.functions.length > 0);
}

export function isSegment(value: string): value is NetworkSegment {
  return (NETWORK_SEGMENTS as readonly string[]).includes(value);
}
