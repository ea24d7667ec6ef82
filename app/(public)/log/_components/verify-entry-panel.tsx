'use client';

import { useState } from 'react';
import { Button } from '@/app/_components/ui/button';
import { Card } from '@/app/_components/ui/card';
import { TextInput } from '@/app/_components/ui/text-input';
import { verifyEntryInBrowser } from './verify-entry';
import { VerificationResult, type VerificationState } from './verification-result';

/** Checks entry `index` with the browser's own requests and WebCrypto; uses nothing the server rendered. */
export function VerifyEntryPanel({ index }: { index: number }) {
  const [state, setState] = useState<VerificationState>({ kind: 'idle' });
  const [pinnedKey, setPinnedKey] = useState('');
  const isRunning = state.kind === 'running';

  async function verify() {
    setState({ kind: 'running' });
    setState({ kind: 'done', report: await verifyEntryInBrowser(index, { pinnedKey }) });
  }

  return (
    <Card
      id="verify"
      title="Verify in your browser"
      description="Your browser fetches the signed checkpoint, the key, the entry and its inclusion proof from the public API and checks them itself with WebCrypto: the signature, the leaf hash, and every step from the leaf up to the signed root."
    >
      <details className="mb-4 text-sm">
        <summary className="cursor-pointer font-medium text-slate-800">Pin a verifier key you obtained elsewhere (optional)</summary>
        <div className="mt-3">
          <TextInput
            id="pinned-key"
            label="Verifier key line"
            hint="Without it, the key this site serves at /api/v1/log/key is used."
            value={pinnedKey}
            onChange={(e) => setPinnedKey(e.target.value)}
            spellCheck={false}
            autoComplete="off"
            className="font-mono text-xs"
          />
        </div>
      </details>
      <Button onClick={verify} disabled={isRunning} aria-disabled={isRunning} data-testid="verify-inclusion">
        {isRunning ? 'Verifying…' : 'Verify in your browser'}
      </Button>
      <VerificationResult state={state} testId="verification-result" />
    </Card>
  );
}
