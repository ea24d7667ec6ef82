'use client';

import { useState } from 'react';
import { Button } from '@/app/_components/ui/button';
import { controlClasses } from '@/app/_components/ui/field';
import { isNoteRequired } from '@/lib/results/note-rule';
import { RESULT_OPTIONS, type TestResult } from './results-model';

type Props = { selectedCount: number; isSaving: boolean; onApply: (result: TestResult, note: string | null) => void; onClear: () => void };

/** "Set selected to …": one request for every selected test case; notes and evidence are kept. */
export function BulkBar({ selectedCount, isSaving, onApply, onClear }: Props) {
  const [result, setResult] = useState<TestResult | ''>('');
  const [note, setNote] = useState('');
  const needsNote = isNoteRequired(result || null);
  return (
    <div
      role="group"
      aria-label="Bulk actions"
      className="flex flex-wrap items-center gap-3 rounded-md border border-slate-200 bg-slate-50 px-3 py-2"
      data-testid="results-bulk-bar"
    >
      <span className="text-sm text-slate-800" data-testid="results-selected-count" aria-live="polite">
        {selectedCount === 0 ? 'No test cases selected' : `${selectedCount} selected`}
      </span>
      <label htmlFor="bulk-set-result" className="sr-only">
        Set the selected test cases to
      </label>
      <div className="w-52">
        <select
          id="bulk-set-result"
          value={result}
          onChange={(e) => setResult(e.target.value as TestResult | '')}
          className={`${controlClasses} py-1`}
          data-testid="bulk-set-result"
        >
          <option value="">Set selected to…</option>
          {RESULT_OPTIONS.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </div>
      {needsNote ? (
        <>
          <label htmlFor="bulk-note" className="sr-only">
            Note for the selected test cases (required)
          </label>
          <input
            id="bulk-note"
            value={note}
            onChange={(e) => setNote(e.target.value)}
            placeholder="Note (required): why?"
            className={`${controlClasses} w-64 py-1`}
            data-testid="bulk-note"
          />
        </>
      ) : null}
      <Button
        size="sm"
        variant="primary"
        disabled={selectedCount === 0 || !result || (needsNote && !note.trim())}
        title={needsNote && !note.trim() ? 'Not applicable and inconclusive need a note' : undefined}
        onClick={() => result && onApply(result, needsNote ? note.trim() : null)}
        data-testid="bulk-apply"
      >
        {isSaving ? 'Saving…' : 'Apply'}
      </Button>
      {selectedCount > 0 ? (
        <Button size="sm" variant="ghost" onClick={onClear} data-testid="bulk-clear">
          Clear selection
        </Button>
      ) : null}
    </div>
  );
}
