import { describe, expect, it } from 'vitest';
import { decideApproval } from '@/lib/workflow/decide-approval';

describe('decideApproval (four eyes)', () => {
  it('only records the first approval of a core product', () => {
    expect(decideApproval({ segment: 'core', priorApprovals: [], userId: 'reg-a' })).toEqual({
      ok: true,
      outcome: 'recorded_first_approval',
    });
  });

  it('approves a core product on a second approval by a different regulator user', () => {
    expect(decideApproval({ segment: 'core', priorApprovals: [{ userId: 'reg-a' }], userId: 'reg-b' })).toEqual({
      ok: true,
      outcome: 'approved',
    });
  });

  it('refuses a second approval by the same regulator user', () => {
    expect(decideApproval({ segment: 'core', priorApprovals: [{ userId: 'reg-a' }], userId: 'reg-a' })).toMatchObject({
      ok: false,
      error: 'same_regulator',
    });
  });

  it('refuses a user who already approved even when someone else did too', () => {
    const decision = decideApproval({
      segment: 'core',
      priorApprovals: [{ userId: 'reg-b' }, { userId: 'reg-a' }],
      userId: 'reg-a',
    });
    expect(decision.ok).toBe(false);
  });

  it('does not count repeated prior approvals by one user as two', () => {
    const decision = decideApproval({
      segment: 'core',
      priorApprovals: [{ userId: 'reg-a' }, { userId: 'reg-a' }],
      userId: 'reg-a',
    });
    expect(decision).toMatchObject({ ok: false, error: 'same_regulator' });
  });

  it.each(['ran', 'transport'] as const)('approves a %s product with one approval', (segment) => {
    expect(decideApproval({ segment, priorApprovals: [], userId: 'reg-a' })).toEqual({ ok: true, outcome: 'approved' });
  });
});
