import type { TestResultRow } from '@/db/queries/results';
import type { TestCaseDto } from '@/lib/catalogue/read-catalogue';
import { emptyResultCounts, type TestResult } from './test-results';

export type ResultCounts = Record<TestResult, number>;
/** Counts over the applicable test cases; `missing` have no result yet, `total` is all of them. */
export type ResultsSummary = ResultCounts & { missing: number; total: number };

export type ResultItemDto = {
  testCaseId: string;
  spec: string;
  /** The catalogue's version of the spec: what a result recorded now is pinned to. */
  specVersion: string;
  clause: string;
  title: string;
  group: string;
  testNames: string[];
  result: TestResult | null;
  /** The spec version the recorded result was evaluated against (may trail `specVersion`). */
  recordedSpecVersion: string | null;
  notes: string | null;
  evidenceId: string | null;
  recordedAt: string | null;
};

export type SubmissionResultsDto = {
  submissionId: string;
  submissionVersion: number;
  state: string;
  networkFunction: string;
  isVirtualized: boolean;
  items: ResultItemDto[];
  summary: ResultsSummary;
};

export type RecordedResultsDto = {
  submissionId: string;
  /** Unchanged by recording results, so it can be reused as `If-Match`. */
  submissionVersion: number;
  recorded: number;
  /** This request's results by result. */
  counts: ResultCounts;
  /** The whole submission after this request. */
  summary: ResultsSummary;
  logIndex: number;
};

/** The summary counts of the stored results over the applicable test cases. */
export function summarizeResults(testCases: readonly TestCaseDto[], stored: ReadonlyMap<string, TestResultRow>): ResultsSummary {
  const summary: ResultsSummary = { ...emptyResultCounts(), missing: 0, total: testCases.length };
  for (const tc of testCases) {
    const row = stored.get(tc.id);
    if (row) summary[row.result] += 1;
    else summary.missing += 1;
  }
  return summary;
}
