import type { StatusDisplay } from '@/lib/workflow/badge-colours';
import type { Severity } from './severity';
import type { VulnerabilityStatus } from './statuses';

/** Label and badge colour per severity rating. */
export const SEVERITY_DISPLAY = {
  none: { label: 'None', colour: 'gray' },
  low: { label: 'Low', colour: 'blue' },
  medium: { label: 'Medium', colour: 'amber' },
  high: { label: 'High', colour: 'red' },
  critical: { label: 'Critical', colour: 'purple' },
} as const satisfies Record<Severity, StatusDisplay>;

/** Label and badge colour per vulnerability status. */
export const VULNERABILITY_STATUS_DISPLAY = {
  open: { label: 'Open', colour: 'amber' },
  confirmed: { label: 'Confirmed', colour: 'red' },
  disputed: { label: 'Disputed', colour: 'slate' },
  fixed: { label: 'Fixed', colour: 'green' },
} as const satisfies Record<VulnerabilityStatus, StatusDisplay>;
