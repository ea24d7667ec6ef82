import { Badge, type BadgeTone } from '@/app/_components/ui/badge';

const TONES: Record<string, BadgeTone> = { affected: 'danger', not_affected: 'success', fixed: 'info', under_investigation: 'warning' };
const LABELS: Record<string, string> = { affected: 'Affected', not_affected: 'Not affected', fixed: 'Fixed', under_investigation: 'Under investigation' };

/** A match's state, and "low confidence" when the generic version fallback decided it. */
export function MatchStateBadge({ state, confidence, testId }: { state: string; confidence?: string; testId?: string }) {
  return (
    <span className="inline-flex flex-wrap gap-1">
      <Badge tone={TONES[state] ?? 'neutral'} data-testid={testId}>
        {LABELS[state] ?? state}
      </Badge>
      {confidence === 'low' ? <Badge tone="violet">low confidence</Badge> : null}
    </span>
  );
}
