import { describe, expect, it } from 'vitest';
import { rationaleRequirement } from '@/lib/workflow/approval-rationale';

describe('rationaleRequirement', () => {
  const cases: [failed: number, inconclusive: number, affectedMatches: number, isRequired: boolean][] = [
    [0, 0, 0, false],
    [1, 0, 0, true],
    [0, 1, 0, true],
    [0, 0, 1, true],
    [2, 3, 0, true],
    [1, 1, 1, true],
  ];
  it.each(cases)('failed %i, inconclusive %i, affected matches %i → required: %s', (failed, inconclusive, affectedMatches, isRequired) => {
    const reason = rationaleRequirement({ failed, inconclusive, affectedMatches });
    expect(reason !== null).toBe(isRequired);
  });

  it('names what is open, in words and numbers', () => {
    expect(rationaleRequirement({ failed: 2, inconclusive: 1, affectedMatches: 1 })).toBe(
      'This evaluation has 2 failed test cases, 1 inconclusive test case, 1 open affected advisory match: write a rationale saying why approving is still right',
    );
  });
});
