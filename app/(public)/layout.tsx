import Link from 'next/link';
import type { ReactNode } from 'react';
import { getActor } from '@/lib/auth/get-actor';
import { LinkButton } from '@/app/_components/ui/link-button';
import { Wordmark } from '@/app/_components/ui/wordmark';

const linkClasses = 'rounded-md px-3 py-2 text-sm font-medium text-slate-700 hover:bg-slate-100 hover:text-slate-950';

export default async function PublicLayout({ children }: { children: ReactNode }) {
  const actor = await getActor();
  return (
    <div className="flex min-h-screen flex-col">
      <header className="border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
          <Wordmark />
          <nav aria-label="Main">
            <ul className="flex flex-wrap items-center gap-1">
              <li>
                <Link href="/" className={linkClasses} data-testid="public-nav-registry">
                  Registry
                </Link>
              </li>
              <li>
                <Link href="/log" className={linkClasses} data-testid="public-nav-log">
                  Transparency log
                </Link>
              </li>
              <li className="ml-2">
                {actor ? (
                  <LinkButton href="/dashboard" variant="primary" size="sm" data-testid="public-nav-portal">
                    Go to portal
                  </LinkButton>
                ) : (
                  <LinkButton href="/sign-in" variant="primary" size="sm" data-testid="public-nav-sign-in">
                    Sign in
                  </LinkButton>
                )}
              </li>
            </ul>
          </nav>
        </div>
      </header>
      <main id="main" tabIndex={-1} className="mx-auto w-full max-w-6xl flex-1 px-4 py-10 focus:outline-none">
        {children}
      </main>
      <footer className="border-t border-slate-200 bg-white">
        <p className="mx-auto max-w-6xl px-4 py-4 text-xs text-slate-600">
          Trustledger — assume nothing, believe nobody, check everything.
        </p>
      </footer>
    </div>
  );
}
