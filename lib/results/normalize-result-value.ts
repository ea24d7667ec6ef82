import type { TestResult } from './test-results';

// Spellings seen in lab spreadsheets; compared after trimming, lower-casing and collapsing spaces.
const SPELLINGS: Record<string, TestResult> = {
  pass: 'pass',
  fail: 'fail',
  inconclusive: 'inconclusive',
  not_applicable: 'not_applicable',
  'not applicable': 'not_applicable',
  'not-applicable': 'not_applicable',
  'n/a': 'not_applicable',
  na: 'not_applicable',
};

/** The result a spreadsheet cell means (`Pass`, `N/A`, `not applicable`, …), or null when it means none. */
export function normalizeResultValue(cell: string): TestResult | null {
  return SPELLINGS[cell.trim().toLowerCase().replace(/\s+/g, ' ')] ?? null;
}
