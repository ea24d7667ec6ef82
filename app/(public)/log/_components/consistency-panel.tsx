'use client';

import { useState, type FormEvent } from 'react';
import { Card } from '@/app/_components/ui/card';
import { Button } from '@/app/_components/ui/button';
import { TextInput } from '@/app/_components/ui/text-input';
import { verifyConsistencyInBrowser } from './verify-consistency';
import { VerificationResult, type VerificationState } from './verification-result';

/** Checks in the browser that an earlier tree size is a prefix of the currently signed log. */
export function ConsistencyPanel({ currentSize }: { currentSize: number }) {
  const [state, setState] = useState<VerificationState>({ kind: 'idle' });
  const [fromSize, setFromSize] = useState('');
  const [recordedRoot, setRecordedRoot] = useState('');
  const [error, setError] = useState<string | undefined>();
  const isRunning = state.kind === 'running';

  async function verify(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const size = /^\d{1,15}$/.test(fromSize.trim()) ? Number(fromSize.trim()) : NaN;
    if (!(size >= 1)) {
      setError('Enter a whole number of entries, at least 1.');
      return;
    }
    setError(undefined);
    setState({ kind: 'running' });
    setState({ kind: 'done', report: await verifyConsistencyInBrowser(size, { recordedRoot }) });
  }

  return (
    <Card
      id="consistency"
      title="Check that the log only grew"
      description="Enter the size of a checkpoint you saw earlier — and, best, the root hash you recorded with it. Your browser fetches a consistency proof to the current signed checkpoint and recomputes both roots."
    >
      <form onSubmit={verify} noValidate className="grid gap-4 sm:grid-cols-[12rem_1fr] sm:items-start">
        <TextInput
          id="consistency-from"
          label="Earlier size"
          inputMode="numeric"
          required
          value={fromSize}
          onChange={(e) => setFromSize(e.target.value)}
          hint={`1 to ${currentSize.toLocaleString('en-US')}`}
          error={error}
          autoComplete="off"
        />
        <TextInput
          id="consistency-root"
          label="Root hash you recorded for that size"
          hint="Hex, or the base64 third line of the checkpoint. Without it, the root this site published for that size is used."
          value={recordedRoot}
          onChange={(e) => setRecordedRoot(e.target.value)}
          spellCheck={false}
          autoComplete="off"
          className="font-mono text-xs"
        />
        <div className="sm:col-span-2">
          <Button type="submit" disabled={isRunning} aria-disabled={isRunning} data-testid="verify-consistency">
            {isRunning ? 'Verifying…' : 'Verify consistency'}
          </Button>
        </div>
      </form>
      <VerificationResult state={state} testId="consistency-result" />
    </Card>
  );
}
