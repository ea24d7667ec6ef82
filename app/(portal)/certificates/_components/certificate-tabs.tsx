import Link from 'next/link';
import type { CertificateView } from '@/lib/validation/certificates';
import { cx } from '@/app/_components/ui/class-names';

export const VIEW_LABELS: Record<CertificateView, string> = {
  all: 'All',
  expiring: 'Expiring within 90 days',
  review: 'Review list',
};

type Props = { current: CertificateView; views: readonly CertificateView[]; counts: Record<CertificateView, number> };

/** Views as links (`?view=`), so each list can be bookmarked. */
export function CertificateTabs({ current, views, counts }: Props) {
  return (
    <nav aria-label="Certificate views" data-testid="certificate-tabs">
      <ul className="flex flex-wrap gap-2 border-b border-slate-200 pb-3">
        {views.map((view) => {
          const isCurrent = view === current;
          return (
            <li key={view}>
              <Link
                href={view === 'all' ? '/certificates' : `/certificates?view=${view}`}
                aria-current={isCurrent ? 'page' : undefined}
                data-testid={`certificate-tab-${view}`}
                className={cx(
                  'inline-flex items-center gap-2 rounded-full px-3 py-1 text-sm font-medium ring-1 ring-inset',
                  isCurrent ? 'bg-sky-800 text-white ring-sky-800' : 'bg-white text-slate-700 ring-slate-300 hover:bg-slate-100',
                )}
              >
                {VIEW_LABELS[view]}
                <span
                  className={cx('rounded-full px-1.5 text-xs tabular-nums', isCurrent ? 'bg-white/20' : 'bg-slate-100 text-slate-700')}
                  data-testid={`certificate-tab-count-${view}`}
                >
                  {counts[view]}
                </span>
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
