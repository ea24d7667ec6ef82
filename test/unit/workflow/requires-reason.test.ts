import { describe, expect, it } from 'vitest';
import { CERTIFICATE_ACTIONS } from '@/lib/workflow/certificate-actions';
import { requiresReason } from '@/lib/workflow/requires-reason';
import { SUBMISSION_ACTIONS } from '@/lib/workflow/submission-actions';

const NEEDS_REASON = ['decline', 'reject', 'request_changes', 'suspend', 'reinstate', 'revoke'];

describe('requiresReason', () => {
  it.each([...SUBMISSION_ACTIONS, ...CERTIFICATE_ACTIONS])('%s', (action) => {
    expect(requiresReason(action)).toBe(NEEDS_REASON.includes(action));
  });
});
