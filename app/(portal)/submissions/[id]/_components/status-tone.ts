import type { BadgeColour } from '@/lib/workflow/badge-colours';
import type { BadgeTone } from '@/app/_components/ui/badge';

/** The workflow's badge colour names mapped onto the portal's badge tones. */
export const toneOfColour: Record<BadgeColour, BadgeTone> = {
  gray: 'neutral',
  slate: 'neutral',
  blue: 'info',
  indigo: 'info',
  purple: 'violet',
  amber: 'warning',
  green: 'success',
  red: 'danger',
};
