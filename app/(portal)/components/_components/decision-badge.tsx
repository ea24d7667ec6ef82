import { Badge } from '@/app/_components/ui/badge';
import { decisionText, decisionTones } from './labels';

/** The operator's own decision, or that none is recorded yet. */
export function DecisionBadge({ decision, 'data-testid': testId }: { decision: 'accept' | 'reject' | null; 'data-testid'?: string }) {
  if (!decision) return <Badge data-testid={testId}>No decision</Badge>;
  return (
    <Badge tone={decisionTones[decision]} data-testid={testId}>
      {decisionText[decision]}
    </Badge>
  );
}
