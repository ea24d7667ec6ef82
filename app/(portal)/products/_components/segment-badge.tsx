import { Badge } from '@/app/_components/ui/badge';
import { isSegment, segmentExplanations, segmentLabels, segmentTones } from './segments';

/** The network segment, with what it means for approval in a tooltip. */
export function SegmentBadge({ segment, 'data-testid': testId }: { segment: string; 'data-testid'?: string }) {
  if (!isSegment(segment)) return <Badge data-testid={testId}>{segment}</Badge>;
  return (
    <span title={segmentExplanations[segment]}>
      <Badge tone={segmentTones[segment]} data-testid={testId}>
        {segmentLabels[segment]}
      </Badge>
    </span>
  );
}
