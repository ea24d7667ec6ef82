'use client';

import { useState } from 'react';
import { buttonClasses } from '@/app/_components/ui/button-styles';

type Props = { text: string; label: string; 'data-testid'?: string };

/** Copies `text` to the clipboard and says so; without clipboard access the text stays selectable beside it. */
export function CopyButton({ text, label, ...rest }: Props) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setState('copied');
    } catch {
      setState('failed');
    }
  }
  return (
    <span className="inline-flex items-center gap-2">
      <button type="button" onClick={copy} className={buttonClasses('secondary', 'sm')} aria-label={label} {...rest}>
        Copy
      </button>
      <span role="status" className="text-xs text-slate-600">
        {state === 'copied' ? 'Copied' : state === 'failed' ? 'Select the text to copy it' : ''}
      </span>
    </span>
  );
}
