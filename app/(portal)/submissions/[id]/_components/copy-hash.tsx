'use client';

import { useState } from 'react';
import { cx } from '@/app/_components/ui/class-names';

type Props = { hex: string; label: string; 'data-testid'?: string };

/** A SHA-256 in monospace, abbreviated with the full value in the tooltip, and a copy button. */
export function CopyHash({ hex, label, ...rest }: Props) {
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle');

  async function copy() {
    try {
      await navigator.clipboard.writeText(hex);
      setStatus('copied');
    } catch {
      setStatus('failed');
    }
  }

  return (
    <span className="inline-flex items-center gap-2" data-testid={rest['data-testid']} data-sha256={hex}>
      <code className="font-mono text-xs" title={hex}>
        <span aria-hidden="true">{`${hex.slice(0, 12)}…${hex.slice(-4)}`}</span>
        <span className="sr-only">{hex}</span>
      </code>
      <button
        type="button"
        onClick={copy}
        className={cx('rounded px-1.5 py-0.5 text-xs font-medium ring-1 ring-inset', status === 'copied' ? 'text-emerald-800 ring-emerald-300' : 'text-sky-800 ring-slate-300 hover:bg-slate-100')}
        data-testid="copy-hash"
      >
        {status === 'copied' ? 'Copied' : 'Copy'}
        <span className="sr-only"> {label}</span>
      </button>
      <span role="status" className="sr-only">
        {status === 'copied' ? 'Copied to the clipboard.' : status === 'failed' ? 'Copying is blocked here; select the value instead.' : ''}
      </span>
    </span>
  );
}
