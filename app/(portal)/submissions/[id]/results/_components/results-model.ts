import type { z } from 'zod';
import { TEST_RESULTS, type TestResult } from '@/lib/results/test-results';
import type { resultItemResponseSchema, resultsResponseSchema, resultsSummaryResponseSchema } from '@/lib/validation/results';

export type ResultsData = z.infer<typeof resultsResponseSchema>;
export type ResultItem = z.infer<typeof resultItemResponseSchema>;
export type ResultsSummary = z.infer<typeof resultsSummaryResponseSchema>;
/** The submission's evaluation report, when one is attached (submitting an evaluation needs it). */
export type EvaluationReport = { filename: string; createdAt: string } | null;
export type { TestResult };

/** One result as the PUT sends it: the whole row, since a PUT replaces notes and evidence too. */
export type ResultChange = { testCaseId: string; result: TestResult; notes: string | null; evidenceId: string | null };

export type ResultOption = { value: TestResult; label: string; short: string; key: string };

/** The four outcomes, their labels and the key that sets each on a focused row. */
export const RESULT_OPTIONS: readonly ResultOption[] = [
  { value: 'pass', label: 'Pass', short: 'Pass', key: 'p' },
  { value: 'fail', label: 'Fail', short: 'Fail', key: 'f' },
  { value: 'inconclusive', label: 'Inconclusive', short: 'Inconcl.', key: 'i' },
  { value: 'not_applicable', label: 'Not applicable', short: 'N/A', key: 'n' },
];

export const RESULT_LABELS = Object.fromEntries(RESULT_OPTIONS.map((o) => [o.value, o.label])) as Record<TestResult, string>;
export const RESULT_BY_KEY = Object.fromEntries(RESULT_OPTIONS.map((o) => [o.key, o.value])) as Record<string, TestResult>;

/** Bar and dot colours per outcome (missing is the empty track). */
export const RESULT_COLOURS: Record<TestResult, string> = {
  pass: 'bg-emerald-600',
  fail: 'bg-red-600',
  inconclusive: 'bg-amber-500',
  not_applicable: 'bg-slate-400',
};

export type ResultFilter = TestResult | 'missing';
export const RESULT_FILTERS: readonly ResultFilter[] = ['missing', ...TEST_RESULTS];

export function isResultFilter(value: unknown): value is ResultFilter {
  return typeof value === 'string' && (RESULT_FILTERS as readonly string[]).includes(value);
}

export type Filters = { group: string | null; result: ResultFilter | null };

export function matchesFilters(item: ResultItem, filters: Filters): boolean {
  if (filters.group && item.group !== filters.group) return false;
  if (filters.result === 'missing') return item.result === null;
  if (filters.result) return item.result === filters.result;
  return true;
}

export function summarize(items: readonly ResultItem[]): ResultsSummary {
  const summary: ResultsSummary = { pass: 0, fail: 0, inconclusive: 0, not_applicable: 0, missing: 0, total: items.length };
  for (const item of items) {
    if (item.result) summary[item.result] += 1;
    else summary.missing += 1;
  }
  return summary;
}

export type ResultGroup = { name: string; specs: string[]; items: ResultItem[] };

/** Items grouped by their catalogue group, in the order the groups first appear. */
export function groupItems(items: readonly ResultItem[]): ResultGroup[] {
  const groups = new Map<string, ResultGroup>();
  for (const item of items) {
    let group = groups.get(item.group);
    if (!group) groups.set(item.group, (group = { name: item.group, specs: [], items: [] }));
    if (!group.specs.includes(item.spec)) group.specs.push(item.spec);
    group.items.push(item);
  }
  return [...groups.values()];
}

export function toChange(item: ResultItem, overrides: Partial<ResultChange> = {}): ResultChange | null {
  const result = overrides.result ?? item.result;
  if (!result) return null;
  return { testCaseId: item.testCaseId, result, notes: item.notes, evidenceId: item.evidenceId, ...overrides };
}

/** The data as it will be once `changes` are stored (the optimistic view). */
export function applyChanges(data: ResultsData, changes: readonly ResultChange[], now = new Date()): ResultsData {
  const byId = new Map(changes.map((c) => [c.testCaseId, c]));
  const items = data.items.map((item) => {
    const c = byId.get(item.testCaseId);
    if (!c) return item;
    return { ...item, result: c.result, notes: c.notes, evidenceId: c.evidenceId, recordedSpecVersion: item.specVersion, recordedAt: now.toISOString() };
  });
  return { ...data, items, summary: summarize(items) };
}

/** The data with these rows put back as they were (rolling back a failed save). */
export function restoreItems(data: ResultsData, previous: readonly ResultItem[]): ResultsData {
  const byId = new Map(previous.map((p) => [p.testCaseId, p]));
  const items = data.items.map((item) => byId.get(item.testCaseId) ?? item);
  return { ...data, items, summary: summarize(items) };
}
