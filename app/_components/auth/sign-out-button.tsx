'use client';

import { useState } from 'react';
import { signOut } from 'next-auth/react';
import { Button } from '@/app/_components/ui/button';

/** Ends the session on the server (the signOut event revokes it), then reloads onto the sign-in page. */
export function SignOutButton() {
  const [isPending, setIsPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function handleClick() {
    setIsPending(true);
    setError(null);
    try {
      await signOut({ redirect: false });
      window.location.assign('/sign-in');
    } catch {
      setIsPending(false);
      setError('Could not sign out. Check your connection and try again.');
    }
  }

  return (
    <div className="flex flex-col items-start gap-1">
      <Button variant="secondary" size="sm" onClick={handleClick} disabled={isPending} data-testid="sign-out">
        {isPending ? 'Signing out…' : 'Sign out'}
      </Button>
      {error ? (
        <p role="alert" className="text-xs text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}
