import { SUBMISSION_STATE_DISPLAY } from '@/lib/workflow/submission-state-display';
import type { SubmissionState } from '@/lib/workflow/submission-states';
import { Badge } from '@/app/_components/ui/badge';
import { toneOfColour } from './status-tone';

type Props = { state: SubmissionState; 'data-testid'?: string };

export function SubmissionStateBadge({ state, ...rest }: Props) {
  const display = SUBMISSION_STATE_DISPLAY[state];
  return (
    <Badge tone={toneOfColour[display.colour]} data-testid={rest['data-testid']}>
      {display.label}
    </Badge>
  );
}
