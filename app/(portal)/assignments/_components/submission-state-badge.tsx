import type { BadgeColour } from '@/lib/workflow/badge-colours';
import { SUBMISSION_STATE_DISPLAY } from '@/lib/workflow/submission-state-display';
import type { SubmissionState } from '@/lib/workflow/submission-states';
import { Badge, type BadgeTone } from '@/app/_components/ui/badge';

const TONES: Record<BadgeColour, BadgeTone> = {
  gray: 'neutral',
  slate: 'neutral',
  blue: 'info',
  indigo: 'info',
  purple: 'violet',
  amber: 'warning',
  green: 'success',
  red: 'danger',
};

export function SubmissionStateBadge({ state, testId }: { state: SubmissionState; testId?: string }) {
  const display = SUBMISSION_STATE_DISPLAY[state];
  return (
    <Badge tone={TONES[display.colour]} data-testid={testId}>
      {display.label}
    </Badge>
  );
}
