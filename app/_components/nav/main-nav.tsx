'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { cx } from '@/app/_components/ui/class-names';
import { inbox, isCurrent, type NavItem } from './nav-items';
import { UnreadBadge } from './unread-badge';

export function MainNav({ items }: { items: readonly NavItem[] }) {
  const pathname = usePathname();
  return (
    <nav aria-label="Main">
      <ul className="flex flex-wrap gap-1 md:flex-col">
        {items.map((item) => {
          const current = isCurrent(item, pathname);
          return (
            <li key={item.href}>
              <Link
                href={item.href}
                aria-current={current ? 'page' : undefined}
                data-testid={`nav-${item.slug}`}
                className={cx(
                  'block rounded-md px-3 py-2 text-sm font-medium whitespace-nowrap',
                  current ? 'bg-sky-100 text-sky-950' : 'text-slate-700 hover:bg-slate-100 hover:text-slate-950',
                )}
              >
                {item.label}
                {item.slug === inbox.slug ? <UnreadBadge /> : null}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
