import { describe, expect, it } from 'vitest';
import { WORKFLOW_ACTOR_KINDS } from '@/lib/workflow/actor-kinds';
import { CERTIFICATE_ACTIONS } from '@/lib/workflow/certificate-actions';
import type { CertificateAction } from '@/lib/workflow/certificate-actions';
import { CERTIFICATE_STATUSES } from '@/lib/workflow/certificate-statuses';
import type { CertificateStatus } from '@/lib/workflow/certificate-statuses';
import {
  availableCertificateActions,
  canFireCertificateAction,
  nextCertificateStatus,
} from '@/lib/workflow/certificate-transitions';
import { checkCertificateTransition } from '@/lib/workflow/check-certificate-transition';
import { effectiveCertificateStatus } from '@/lib/workflow/effective-certificate-status';

const LIFECYCLE: readonly (readonly [CertificateStatus, CertificateAction, CertificateStatus])[] = [
  ['valid', 'suspend', 'suspended'],
  ['suspended', 'reinstate', 'valid'],
  ['valid', 'revoke', 'revoked'],
  ['suspended', 'revoke', 'revoked'],
];

const CELLS = CERTIFICATE_STATUSES.flatMap((status) => CERTIFICATE_ACTIONS.map((action) => [status, action] as const));

describe('certificate lifecycle table', () => {
  it.each(CELLS)('%s × %s', (status, action) => {
    const expected = LIFECYCLE.find(([from, act]) => from === status && act === action)?.[2] ?? null;
    expect(nextCertificateStatus(status, action)).toBe(expected);
    for (const actorKind of WORKFLOW_ACTOR_KINDS) {
      expect(canFireCertificateAction({ status, action, actorKind })).toBe(
        expected !== null && actorKind === 'regulator',
      );
    }
  });

  it('makes revoked and expired terminal', () => {
    expect(availableCertificateActions('revoked', 'regulator')).toEqual([]);
    expect(availableCertificateActions('expired', 'regulator')).toEqual([]);
    expect(availableCertificateActions('valid', 'regulator')).toEqual(['suspend', 'revoke']);
    expect(availableCertificateActions('suspended', 'regulator')).toEqual(['reinstate', 'revoke']);
    expect(availableCertificateActions('valid', 'vendor')).toEqual([]);
  });
});

describe('effectiveCertificateStatus', () => {
  const expiresAt = new Date('2027-06-01T00:00:00Z');

  it('keeps the stored status before expiry', () => {
    expect(effectiveCertificateStatus('valid', expiresAt, new Date('2027-05-31T23:59:59.999Z'))).toBe('valid');
    expect(effectiveCertificateStatus('suspended', expiresAt, new Date('2026-01-01T00:00:00Z'))).toBe('suspended');
  });

  it('reads as expired from the expiry instant on', () => {
    expect(effectiveCertificateStatus('valid', expiresAt, expiresAt)).toBe('expired');
    expect(effectiveCertificateStatus('valid', expiresAt, new Date('2030-01-01T00:00:00Z'))).toBe('expired');
    expect(effectiveCertificateStatus('suspended', expiresAt, new Date('2030-01-01T00:00:00Z'))).toBe('expired');
  });

  it('keeps revoked after expiry', () => {
    expect(effectiveCertificateStatus('revoked', expiresAt, new Date('2030-01-01T00:00:00Z'))).toBe('revoked');
  });

  it('accepts ISO strings as DTOs carry them', () => {
    expect(effectiveCertificateStatus('valid', '2027-06-01T00:00:00Z', '2027-06-02T00:00:00Z')).toBe('expired');
  });

  it('refuses an invalid date instead of reading it as valid', () => {
    expect(() => effectiveCertificateStatus('valid', 'not a date', expiresAt)).toThrow(RangeError);
  });
});

describe('checkCertificateTransition', () => {
  const now = new Date('2026-01-01T00:00:00Z');
  const later = '2027-01-01T00:00:00Z';
  const earlier = '2025-01-01T00:00:00Z';

  it('suspends a valid certificate', () => {
    expect(
      checkCertificateTransition({ status: 'valid', expiresAt: later, now, action: 'suspend', actorKind: 'regulator' }),
    ).toEqual({ ok: true, next: 'suspended' });
  });

  it('refuses to reinstate an expired certificate, naming the effective state', () => {
    expect(
      checkCertificateTransition({ status: 'suspended', expiresAt: earlier, now, action: 'reinstate', actorKind: 'regulator' }),
    ).toEqual({ ok: false, code: 'illegal_transition', message: 'Cannot reinstate a certificate in state expired' });
  });

  it('refuses a non-regulator', () => {
    expect(
      checkCertificateTransition({ status: 'valid', expiresAt: later, now, action: 'revoke', actorKind: 'lab' }),
    ).toMatchObject({ ok: false, code: 'wrong_actor' });
  });
});
