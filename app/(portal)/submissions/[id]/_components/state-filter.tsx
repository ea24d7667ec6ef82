import Link from 'next/link';
import { SUBMISSION_STATE_DISPLAY } from '@/lib/workflow/submission-state-display';
import type { SubmissionState } from '@/lib/workflow/submission-states';
import { cx } from '@/app/_components/ui/class-names';

type Props = { current: SubmissionState | undefined; states: readonly SubmissionState[] };

/** Filter links kept in the URL (`?state=`), so a filtered list can be bookmarked and shared. */
export function StateFilter({ current, states }: Props) {
  const options: Array<{ state: SubmissionState | undefined; label: string }> = [
    { state: undefined, label: 'All' },
    ...states.map((state) => ({ state, label: SUBMISSION_STATE_DISPLAY[state].label })),
  ];
  return (
    <nav aria-label="Filter by state">
      <ul className="flex flex-wrap gap-2">
        {options.map((o) => {
          const isCurrent = o.state === current;
          return (
            <li key={o.label}>
              <Link
                href={o.state ? `/submissions?state=${o.state}` : '/submissions'}
                aria-current={isCurrent ? 'page' : undefined}
                data-testid={`state-filter-${o.state ?? 'all'}`}
                className={cx(
                  'rounded-full px-3 py-1 text-sm font-medium ring-1 ring-inset',
                  isCurrent ? 'bg-sky-800 text-white ring-sky-800' : 'bg-white text-slate-700 ring-slate-300 hover:bg-slate-100',
                )}
              >
                {o.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
