import type { TestResult } from './test-results';

/** Outcomes that mean nothing without the lab saying why. */
const NOTE_REQUIRED: ReadonlySet<TestResult> = new Set(['not_applicable', 'inconclusive']);

/** True when a result of this kind must carry a note. Isomorphic: the grid asks the same rule. */
export function isNoteRequired(result: TestResult | null | undefined): boolean {
  return result ? NOTE_REQUIRED.has(result) : false;
}

/** The message for a not-applicable or inconclusive result sent without a note, else null. */
export function missingNoteProblem(result: TestResult, notes: string | null | undefined): string | null {
  if (!isNoteRequired(result) || notes?.trim()) return null;
  return result === 'not_applicable'
    ? 'A not-applicable result needs a note saying why the test case does not apply'
    : 'An inconclusive result needs a note saying what stopped a pass or fail';
}
