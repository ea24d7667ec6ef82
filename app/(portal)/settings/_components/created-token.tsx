'use client';

import { useEffect, useRef, useState } from 'react';
import { Alert } from '@/app/_components/ui/alert';
import { Button } from '@/app/_components/ui/button';
import { controlClasses } from '@/app/_components/ui/field';
import type { CreatedApiToken } from './api-token-queries';

/** The token text, shown once: it is not stored anywhere and cannot be fetched again. */
export function CreatedToken({ token, onDone }: { token: CreatedApiToken; onDone: () => void }) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const [copyStatus, setCopyStatus] = useState<string>('');

  useEffect(() => headingRef.current?.focus(), []);

  async function copy() {
    try {
      await navigator.clipboard.writeText(token.token);
      setCopyStatus('Copied to the clipboard.');
    } catch {
      inputRef.current?.select();
      setCopyStatus('Copying is blocked here: the token is selected, press Ctrl+C (⌘C on a Mac).');
    }
  }

  return (
    <section aria-labelledby="created-token-heading" className="space-y-3 rounded-lg border border-emerald-300 bg-emerald-50/50 p-4" data-testid="api-token-created">
      <h3 id="created-token-heading" ref={headingRef} tabIndex={-1} className="font-semibold text-slate-900 focus:outline-none">
        Token “{token.name}” created
      </h3>
      <Alert tone="warning">Copy it now — it will not be shown again.</Alert>
      <div className="space-y-1">
        <label htmlFor="api-token-value" className="block text-sm font-medium text-slate-800">
          Your new token
        </label>
        <div className="flex flex-wrap gap-2">
          <input
            ref={inputRef}
            id="api-token-value"
            readOnly
            value={token.token}
            onFocus={(e) => e.currentTarget.select()}
            className={`${controlClasses.replace('bg-white', 'bg-slate-50')} max-w-xl flex-1 font-mono`}
            data-testid="api-token-value"
          />
          <Button variant="secondary" onClick={copy} data-testid="api-token-copy">
            Copy
          </Button>
        </div>
        <p role="status" className="min-h-5 text-sm text-slate-700">
          {copyStatus}
        </p>
      </div>
      <p className="text-sm text-slate-700">
        Send it as <code className="rounded bg-white px-1 font-mono">Authorization: Bearer &lt;token&gt;</code>.
      </p>
      <Button variant="primary" onClick={onDone} data-testid="api-token-done">
        I have copied it
      </Button>
    </section>
  );
}
