import type { Metadata } from 'next';
import { LinkButton } from '@/app/_components/ui/link-button';
import { Wordmark } from '@/app/_components/ui/wordmark';

export const metadata: Metadata = { title: 'Page not found' };

/** Also what another organisation's objects look like: not found, never forbidden, so nothing leaks. */
export default function NotFound() {
  return (
    <main id="main" tabIndex={-1} className="mx-auto flex min-h-screen max-w-xl flex-col justify-center px-4 py-16 focus:outline-none">
      <Wordmark />
      <p className="mt-10 text-sm font-semibold text-sky-800">404</p>
      <h1 className="mt-1 text-3xl font-semibold tracking-tight text-slate-900" data-testid="not-found-title">
        Page not found
      </h1>
      <p className="mt-3 text-slate-700">
        There is nothing here, or nothing you can see. Check the address, or start again from one of these pages.
      </p>
      <div className="mt-6 flex flex-wrap gap-3">
        <LinkButton href="/" variant="primary">
          Public registry
        </LinkButton>
        <LinkButton href="/dashboard">Your dashboard</LinkButton>
      </div>
    </main>
  );
}
