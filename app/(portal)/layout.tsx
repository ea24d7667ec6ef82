import type { ReactNode } from 'react';
import { getActor } from '@/lib/auth/get-actor';
import { SignOutButton } from '@/app/_components/auth/sign-out-button';
import { MainNav } from '@/app/_components/nav/main-nav';
import { navItemsFor } from '@/app/_components/nav/nav-items';
import { RefreshOnBack } from '@/app/_components/nav/refresh-on-back';
import { OrgKindBadge } from '@/app/_components/org/org-kind-badge';
import { Wordmark } from '@/app/_components/ui/wordmark';

/**
 * Chrome for signed-in people. A convenience only: every page and action checks the caller itself.
 * Signed out, the layout renders no chrome and leaves the redirect to the page's requirePageActor(path):
 * a layout cannot know the URL, so its own redirect would lose the callbackUrl, and it does not re-run on
 * client navigations anyway.
 */
export default async function PortalLayout({ children }: { children: ReactNode }) {
  const actor = await getActor();
  if (!actor) return children;

  return (
    <div className="flex min-h-screen flex-col">
      <RefreshOnBack />
      <header className="border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-7xl flex-wrap items-center justify-between gap-4 px-4 py-3">
          <Wordmark href="/dashboard" />
          <div className="flex flex-wrap items-center gap-4">
            <div className="text-sm sm:text-right" data-testid="portal-identity">
              <p className="font-medium text-slate-900" data-testid="portal-user-name">
                {actor.name}
              </p>
              <p className="flex flex-wrap items-center gap-2 text-slate-600 sm:justify-end">
                <span data-testid="portal-org-name">{actor.orgName}</span>
                <OrgKindBadge kind={actor.orgKind} data-testid="portal-org-kind" />
              </p>
            </div>
            <SignOutButton />
          </div>
        </div>
      </header>
      <div className="mx-auto flex w-full max-w-7xl flex-1 flex-col gap-6 px-4 py-6 md:flex-row">
        <aside className="md:w-56 md:shrink-0">
          <MainNav items={navItemsFor(actor)} />
        </aside>
        <main id="main" tabIndex={-1} className="min-w-0 flex-1 focus:outline-none">
          {children}
        </main>
      </div>
    </div>
  );
}
