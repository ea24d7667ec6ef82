import { describe, expect, it } from 'vitest';
import { isCvssScore, severityOfCvssScore } from '@/lib/vulnerabilities/severity';

describe('severityOfCvssScore (CVSS v3.1 qualitative rating)', () => {
  it.each([
    [0, 'none'],
    [0.1, 'low'],
    [3.9, 'low'],
    [4, 'medium'],
    [6.9, 'medium'],
    [7, 'high'],
    [8.9, 'high'],
    [9, 'critical'],
    [9.8, 'critical'],
    [10, 'critical'],
  ] as const)('rates %s as %s', (score, rating) => {
    expect(severityOfCvssScore(score)).toBe(rating);
  });

  it('rates every score with one decimal, and each boundary lands on the upper rating', () => {
    const order = ['none', 'low', 'medium', 'high', 'critical'];
    let previous = 0;
    for (let tenths = 0; tenths <= 100; tenths++) {
      const rank = order.indexOf(severityOfCvssScore(tenths / 10));
      expect(rank).toBeGreaterThanOrEqual(previous);
      previous = rank;
    }
    expect(severityOfCvssScore(0.3 * 3)).toBe('low'); // 0.8999999999999999 is still the score 0.9
  });

  it.each([-0.1, 10.1, 9.85, Number.NaN, Number.POSITIVE_INFINITY])('refuses %s, which is not a base score', (score) => {
    expect(isCvssScore(score)).toBe(false);
    expect(() => severityOfCvssScore(score)).toThrow(RangeError);
  });
});
