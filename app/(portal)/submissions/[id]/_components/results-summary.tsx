import type { SubmissionResultsDto } from '@/lib/results/results-dto';
import { EmptyState } from '@/app/_components/ui/empty-state';
import { LinkButton } from '@/app/_components/ui/link-button';
import { ResultBar } from './result-bar';

type Props = { submissionId: string; results: SubmissionResultsDto };

/** Counts by result and the failed test cases; the full grid is on the results page. */
export function ResultsSummary({ submissionId, results }: Props) {
  const { summary } = results;
  const failures = results.items.filter((i) => i.result === 'fail');
  const hasResults = summary.total - summary.missing > 0;
  return (
    <div className="space-y-5" data-testid="results-summary">
      {hasResults ? (
        <ResultBar summary={summary} />
      ) : (
        <EmptyState
          headingLevel={3}
          title="No results recorded yet"
          body={`${summary.total} SCAS test cases apply to this product. The lab records a result for each during the evaluation.`}
          data-testid="results-empty"
        />
      )}
      {failures.length ? (
        <div className="space-y-2">
          <h3 className="font-semibold text-slate-900">Failed test cases ({failures.length})</h3>
          <ul className="divide-y divide-slate-100 rounded-lg border border-red-200 bg-white" data-testid="results-failures">
            {failures.map((f) => (
              <li key={f.testCaseId} className="px-4 py-2.5 text-sm" data-testid="results-failure">
                <p className="font-medium text-slate-900">
                  <span className="font-mono text-xs text-slate-600">
                    {f.spec} §{f.clause}
                  </span>{' '}
                  {f.title}
                </p>
                {f.notes ? <p className="mt-0.5 text-slate-700">{f.notes}</p> : null}
              </li>
            ))}
          </ul>
        </div>
      ) : hasResults ? (
        <p className="text-sm text-slate-700" data-testid="results-no-failures">No test case has failed.</p>
      ) : null}
      <LinkButton href={`/submissions/${submissionId}/results`} data-testid="results-grid-link">
        Open results grid
      </LinkButton>
    </div>
  );
}
