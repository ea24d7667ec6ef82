'use client';

import { useEffect, useRef } from 'react';
import { Button } from '@/app/_components/ui/button';
import { LinkButton } from '@/app/_components/ui/link-button';

type Props = { error: Error & { digest?: string }; reset: () => void };

/** Shows no message or stack: those stay in the server log, found again by the reference. */
export default function PortalError({ error, reset }: Props) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);

  return (
    <div role="alert" className="rounded-lg border border-red-200 bg-white p-8" data-testid="portal-error">
      <h1 ref={headingRef} tabIndex={-1} className="text-2xl font-semibold text-slate-900 focus:outline-none">
        Something went wrong
      </h1>
      <p className="mt-2 text-slate-700">
        This page could not be shown. Try again; if it keeps happening, tell your platform administrator
        {error.digest ? ' and give them the reference below' : ''}.
      </p>
      {error.digest ? (
        <p className="mt-2 text-sm text-slate-600">
          Reference: <code className="font-mono">{error.digest}</code>
        </p>
      ) : null}
      <div className="mt-6 flex flex-wrap gap-3">
        <Button variant="primary" onClick={reset}>
          Try again
        </Button>
        <LinkButton href="/dashboard">Go to the dashboard</LinkButton>
      </div>
    </div>
  );
}
