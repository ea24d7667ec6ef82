import Link from 'next/link';
import type { ApprovedComponentDetailDto } from '@/lib/approved-components/approved-component-dto';
import { Badge, type BadgeTone } from '@/app/_components/ui/badge';

const RESULT_LABELS: Record<string, { label: string; tone: BadgeTone; bar: string }> = {
  fail: { label: 'Fail', tone: 'danger', bar: 'bg-red-600' },
  inconclusive: { label: 'Inconclusive', tone: 'warning', bar: 'bg-amber-500' },
  not_applicable: { label: 'Not applicable', tone: 'neutral', bar: 'bg-slate-400' },
  pass: { label: 'Pass', tone: 'success', bar: 'bg-emerald-600' },
  missing: { label: 'No result', tone: 'neutral', bar: 'bg-slate-200' },
};
const ORDER = ['fail', 'inconclusive', 'pass', 'not_applicable', 'missing'] as const;

/** Counts by result as a bar with the same numbers in text, and every test case that did not pass. */
export function ResultsCard({ results, submissionId }: { results: ApprovedComponentDetailDto['results']; submissionId: string }) {
  const { summary, notPassed } = results;
  const text = ORDER.map((k) => `${summary[k]} ${RESULT_LABELS[k].label.toLowerCase()}`).join(', ');
  return (
    <div className="space-y-4" data-testid="component-results">
      <div role="img" aria-label={`${summary.total} applicable test cases: ${text}`} className="flex h-3 w-full overflow-hidden rounded-full bg-slate-100">
        {summary.total > 0
          ? ORDER.map((k) => (summary[k] > 0 ? <div key={k} className={RESULT_LABELS[k].bar} style={{ width: `${(summary[k] / summary.total) * 100}%` }} /> : null))
          : null}
      </div>
      <p className="text-sm text-slate-700" aria-hidden="true">
        {text} — of {summary.total} applicable test cases.
      </p>
      {notPassed.length ? (
        <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200" data-testid="component-not-passed">
          {notPassed.map((r) => (
            <li key={r.testCaseId} className="flex flex-wrap items-start gap-2 px-4 py-2.5 text-sm">
              <Badge tone={RESULT_LABELS[r.result ?? 'missing'].tone}>{RESULT_LABELS[r.result ?? 'missing'].label}</Badge>
              <span className="min-w-0 flex-1">
                <span className="font-mono text-xs text-slate-600">
                  {r.spec} §{r.clause}
                </span>{' '}
                <span className="text-slate-900">{r.title}</span>
                {r.notes ? <span className="block text-slate-700">{r.notes}</span> : null}
              </span>
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-sm text-slate-700">Every recorded test case passed.</p>
      )}
      <Link href={`/submissions/${submissionId}`} className="text-sm text-sky-800 underline underline-offset-2">
        The evaluation with all its results
      </Link>
    </div>
  );
}
