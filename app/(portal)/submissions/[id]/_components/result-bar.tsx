import type { ResultsSummary } from '@/lib/results/results-dto';

type Segment = { key: keyof Omit<ResultsSummary, 'total'>; label: string; bar: string; dot: string };

/** Failures first: the order of the bar and of the legend. */
export const RESULT_SEGMENTS: readonly Segment[] = [
  { key: 'fail', label: 'Fail', bar: 'bg-red-600', dot: 'bg-red-600' },
  { key: 'inconclusive', label: 'Inconclusive', bar: 'bg-amber-500', dot: 'bg-amber-500' },
  { key: 'pass', label: 'Pass', bar: 'bg-emerald-600', dot: 'bg-emerald-600' },
  { key: 'not_applicable', label: 'Not applicable', bar: 'bg-slate-400', dot: 'bg-slate-400' },
  { key: 'missing', label: 'No result yet', bar: 'bg-slate-200', dot: 'bg-slate-200 ring-1 ring-slate-400' },
];

/** A stacked bar of result counts (pure CSS) with a legend that carries the same numbers as text. */
export function ResultBar({ summary }: { summary: ResultsSummary }) {
  const total = summary.total;
  const text = RESULT_SEGMENTS.map((s) => `${summary[s.key]} ${s.label.toLowerCase()}`).join(', ');
  return (
    <div className="space-y-3" data-testid="results-bar">
      <div role="img" aria-label={`${total} applicable test cases: ${text}`} className="flex h-4 w-full overflow-hidden rounded-full bg-slate-100">
        {total > 0
          ? RESULT_SEGMENTS.map((s) =>
              summary[s.key] > 0 ? <div key={s.key} className={s.bar} style={{ width: `${(summary[s.key] / total) * 100}%` }} title={`${s.label}: ${summary[s.key]}`} /> : null,
            )
          : null}
      </div>
      <ul className="flex flex-wrap gap-x-5 gap-y-1 text-sm text-slate-700" aria-hidden="true">
        {RESULT_SEGMENTS.map((s) => (
          <li key={s.key} className="flex items-center gap-1.5" data-testid={`results-count-${s.key}`}>
            <span className={`inline-block size-2.5 rounded-full ${s.dot}`} />
            {s.label}: <span className="font-semibold tabular-nums">{summary[s.key]}</span>
          </li>
        ))}
        <li className="text-slate-500">of {total} test cases</li>
      </ul>
    </div>
  );
}
