import Link from 'next/link';
import type { AssignmentTab } from '@/lib/submissions/read-assignments';
import { cx } from '@/app/_components/ui/class-names';

export const ASSIGNMENT_TAB_LABELS: Record<AssignmentTab | 'all', string> = {
  submitted: 'Awaiting your decision',
  in_evaluation: 'In evaluation',
  under_review: 'Under review',
  changes_requested: 'Changes requested',
  closed: 'Closed',
  all: 'All',
};

const ORDER: (AssignmentTab | 'all')[] = ['submitted', 'in_evaluation', 'under_review', 'changes_requested', 'closed', 'all'];

type Props = { current: AssignmentTab | undefined; counts: Record<AssignmentTab | 'all', number> };

/** Tabs as links: the chosen state is in the URL (`?state=`), so each list can be bookmarked. */
export function AssignmentTabs({ current, counts }: Props) {
  return (
    <nav aria-label="Assignments by state" data-testid="assignment-tabs">
      <ul className="flex flex-wrap gap-2 border-b border-slate-200 pb-3">
        {ORDER.map((tab) => {
          const isCurrent = (tab === 'all' ? undefined : tab) === current;
          return (
            <li key={tab}>
              <Link
                href={tab === 'all' ? '/assignments?state=all' : `/assignments?state=${tab}`}
                aria-current={isCurrent ? 'page' : undefined}
                data-testid={`assignment-tab-${tab}`}
                className={cx(
                  'inline-flex items-center gap-2 rounded-full px-3 py-1 text-sm font-medium ring-1 ring-inset',
                  isCurrent ? 'bg-sky-800 text-white ring-sky-800' : 'bg-white text-slate-700 ring-slate-300 hover:bg-slate-100',
                )}
              >
                {ASSIGNMENT_TAB_LABELS[tab]}
                <span
                  className={cx('rounded-full px-1.5 text-xs tabular-nums', isCurrent ? 'bg-white/20' : 'bg-slate-100 text-slate-700')}
                  data-testid={`assignment-tab-count-${tab}`}
                >
                  {counts[tab]}
                </span>
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
