import { describe, expect, it } from 'vitest';
import { CERTIFICATE_ACTION_LABELS, SUBMISSION_ACTION_LABELS } from '@/lib/workflow/action-labels';
import { BADGE_COLOURS } from '@/lib/workflow/badge-colours';
import { CERTIFICATE_STATUS_DISPLAY } from '@/lib/workflow/certificate-status-display';
import { CERTIFICATE_STATUSES } from '@/lib/workflow/certificate-statuses';
import { SUBMISSION_STATE_DISPLAY } from '@/lib/workflow/submission-state-display';
import { SUBMISSION_STATES } from '@/lib/workflow/submission-states';

describe('status display', () => {
  it('gives every submission state a distinct label and colour', () => {
    const displays = SUBMISSION_STATES.map((state) => SUBMISSION_STATE_DISPLAY[state]);
    expect(new Set(displays.map((d) => d.label)).size).toBe(SUBMISSION_STATES.length);
    expect(new Set(displays.map((d) => d.colour)).size).toBe(SUBMISSION_STATES.length);
    for (const d of displays) expect(BADGE_COLOURS).toContain(d.colour);
    expect(SUBMISSION_STATE_DISPLAY.changes_requested.label).toBe('Changes requested');
  });

  it('gives every certificate status a distinct label and colour', () => {
    const displays = CERTIFICATE_STATUSES.map((status) => CERTIFICATE_STATUS_DISPLAY[status]);
    expect(new Set(displays.map((d) => d.label)).size).toBe(CERTIFICATE_STATUSES.length);
    expect(new Set(displays.map((d) => d.colour)).size).toBe(CERTIFICATE_STATUSES.length);
    expect(CERTIFICATE_STATUS_DISPLAY.valid.colour).toBe('green');
    expect(CERTIFICATE_STATUS_DISPLAY.revoked.colour).toBe('red');
  });

  it('labels every action', () => {
    for (const label of [...Object.values(SUBMISSION_ACTION_LABELS), ...Object.values(CERTIFICATE_ACTION_LABELS)]) {
      expect(label.trim()).not.toBe('');
    }
  });
});
