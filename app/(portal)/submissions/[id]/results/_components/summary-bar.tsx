import { TEST_RESULTS } from '@/lib/results/test-results';
import { RESULT_COLOURS, RESULT_LABELS, type ResultFilter, type ResultsSummary } from './results-model';

type Props = { summary: ResultsSummary; filterHref: (result: ResultFilter) => string; onFilter: (result: ResultFilter) => void };

/** Recorded x of y, a stacked bar of outcomes and what is missing; follows every change as it is made. */
export function SummaryBar({ summary, filterHref, onFilter }: Props) {
  const recorded = summary.total - summary.missing;
  const percent = (n: number) => (summary.total ? (n / summary.total) * 100 : 0);
  const described = TEST_RESULTS.map((r) => `${RESULT_LABELS[r]} ${summary[r]}`).join(', ') + `, missing ${summary.missing}`;
  const link = (result: ResultFilter, text: string, testId: string) => (
    <a
      href={filterHref(result)}
      onClick={(e) => {
        e.preventDefault();
        onFilter(result);
      }}
      className="underline-offset-2 hover:underline"
      data-testid={testId}
    >
      {text}
    </a>
  );

  return (
    <section aria-label="Progress of the evaluation" className="space-y-2 rounded-lg border border-slate-200 bg-white p-4 shadow-sm" data-testid="results-summary">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <p className="text-sm text-slate-800">
          <span className="text-lg font-semibold text-slate-900" data-testid="results-summary-recorded">
            {recorded}
          </span>{' '}
          of <span data-testid="results-summary-total">{summary.total}</span> test cases recorded
        </p>
        <p className="text-sm">
          {summary.missing === 0 ? (
            <span className="font-medium text-emerald-800" data-testid="results-summary-missing" data-count={0}>
              Nothing missing
            </span>
          ) : (
            <span className="font-medium text-amber-900" data-count={summary.missing}>
              {link('missing', `${summary.missing} missing`, 'results-summary-missing')}
            </span>
          )}
        </p>
      </div>
      <div role="img" aria-label={described} className="flex h-3 w-full overflow-hidden rounded-full bg-slate-200" data-testid="results-summary-bar">
        {TEST_RESULTS.map((r) => (summary[r] ? <div key={r} className={RESULT_COLOURS[r]} style={{ width: `${percent(summary[r])}%` }} /> : null))}
      </div>
      <ul className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-700">
        {TEST_RESULTS.map((r) => (
          <li key={r} className="inline-flex items-center gap-1.5">
            <span aria-hidden="true" className={`size-2.5 rounded-full ${RESULT_COLOURS[r]}`} />
            {link(r, RESULT_LABELS[r], `results-summary-link-${r}`)}
            <span className="font-semibold tabular-nums" data-testid={`results-summary-count-${r}`}>
              {summary[r]}
            </span>
          </li>
        ))}
        <li className="inline-flex items-center gap-1.5">
          <span aria-hidden="true" className="size-2.5 rounded-full bg-slate-200 ring-1 ring-slate-300" />
          Missing
          <span className="font-semibold tabular-nums" data-testid="results-summary-count-missing">
            {summary.missing}
          </span>
        </li>
      </ul>
    </section>
  );
}
