import { describe, expect, it } from 'vitest';
import { isCertificateUnderReview, triggersCertificateReview } from '@/lib/vulnerabilities/review-trigger';
import { SEVERITIES } from '@/lib/vulnerabilities/severity';
import { VULNERABILITY_STATUSES } from '@/lib/vulnerabilities/statuses';

describe('triggersCertificateReview', () => {
  it('fires for a new critical report and when a disputed or fixed critical one becomes active again', () => {
    const fired: string[] = [];
    for (const severity of SEVERITIES) {
      for (const from of [null, ...VULNERABILITY_STATUSES]) {
        for (const to of VULNERABILITY_STATUSES) {
          if (triggersCertificateReview(severity, from, to)) fired.push(`${severity}:${from}->${to}`);
        }
      }
    }
    expect(fired.sort()).toEqual(
      [
        'critical:null->open',
        'critical:null->confirmed',
        'critical:disputed->open',
        'critical:disputed->confirmed',
        'critical:fixed->open',
        'critical:fixed->confirmed',
      ].sort(),
    );
  });
});

describe('isCertificateUnderReview', () => {
  it('is true while flagged and not revoked', () => {
    const at = new Date();
    expect(isCertificateUnderReview({ status: 'valid', reviewRequiredAt: at })).toBe(true);
    expect(isCertificateUnderReview({ status: 'suspended', reviewRequiredAt: at })).toBe(true);
    expect(isCertificateUnderReview({ status: 'revoked', reviewRequiredAt: at })).toBe(false);
    expect(isCertificateUnderReview({ status: 'valid', reviewRequiredAt: null })).toBe(false);
  });
});
