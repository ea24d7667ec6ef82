import Link from 'next/link';
import { cx } from './class-names';

export type FilterLink = { key: string; label: string; href: string; isCurrent: boolean };

/** Filter choices as links kept in the URL, so a filtered list can be bookmarked and shared. */
export function FilterLinks({ label, links, testIdPrefix }: { label: string; links: readonly FilterLink[]; testIdPrefix: string }) {
  return (
    <nav aria-label={label}>
      <ul className="flex flex-wrap gap-2">
        {links.map((l) => (
          <li key={l.key}>
            <Link
              href={l.href}
              aria-current={l.isCurrent ? 'page' : undefined}
              data-testid={`${testIdPrefix}-${l.key}`}
              className={cx(
                'rounded-full px-3 py-1 text-sm font-medium ring-1 ring-inset',
                l.isCurrent ? 'bg-sky-800 text-white ring-sky-800' : 'bg-white text-slate-700 ring-slate-300 hover:bg-slate-100',
              )}
            >
              {l.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
