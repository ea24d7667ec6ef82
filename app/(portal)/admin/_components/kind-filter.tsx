import Link from 'next/link';
import { orgKinds, type OrgKind } from '@/lib/authz/actor';
import { orgKindLabels } from '@/app/_components/org/org-kind';
import { cx } from '@/app/_components/ui/class-names';

const options: Array<{ kind: OrgKind | undefined; label: string }> = [
  { kind: undefined, label: 'All' },
  ...orgKinds.map((kind) => ({ kind, label: orgKindLabels[kind] })),
];

/** Filter links kept in the URL, so a filtered list can be bookmarked and shared. */
export function KindFilter({ current }: { current: OrgKind | undefined }) {
  return (
    <nav aria-label="Filter by kind">
      <ul className="flex flex-wrap gap-2">
        {options.map((o) => {
          const isCurrent = o.kind === current;
          return (
            <li key={o.label}>
              <Link
                href={o.kind ? `/admin?kind=${o.kind}` : '/admin'}
                aria-current={isCurrent ? 'page' : undefined}
                data-testid={`kind-filter-${o.kind ?? 'all'}`}
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
