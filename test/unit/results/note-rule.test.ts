import { describe, expect, it } from 'vitest';
import { isNoteRequired, missingNoteProblem } from '@/lib/results/note-rule';
import { TEST_RESULTS } from '@/lib/results/test-results';

describe('note rule', () => {
  it('asks for a note on not applicable and inconclusive only', () => {
    expect(TEST_RESULTS.filter(isNoteRequired)).toEqual(['inconclusive', 'not_applicable']);
    expect(isNoteRequired(null)).toBe(false);
  });

  it.each([
    ['not_applicable', null, true],
    ['not_applicable', '   ', true],
    ['not_applicable', 'No N9 interface', false],
    ['inconclusive', '', true],
    ['inconclusive', 'Simulator missing', false],
    ['pass', null, false],
    ['fail', null, false],
  ] as const)('%s with notes %j → problem: %s', (result, notes, hasProblem) => {
    expect(missingNoteProblem(result, notes) !== null).toBe(hasProblem);
  });
});
