'use client';

import { memo, type KeyboardEvent } from 'react';
import { formatDateTime } from '@/app/_components/format/format-date-time';
import { Button } from '@/app/_components/ui/button';
import { cx } from '@/app/_components/ui/class-names';
import { controlClasses } from '@/app/_components/ui/field';
import { isNoteRequired } from '@/lib/results/note-rule';
import { NotesField } from './notes-field';
import { ResultChoice } from './result-choice';
import { RESULT_COLOURS, RESULT_LABELS, type ResultChange, type ResultItem } from './results-model';
import { rowGrid } from './row-grid';
import type { RowStatus } from './use-save-results';

export type EvidenceOption = { id: string; filename: string };

/** The grid's callbacks, the same object for every row and render (rows are memoised). */
export type RowHandlers = {
  onSave: (item: ResultItem, overrides: Partial<ResultChange>) => void;
  onRetry: (change: ResultChange) => void;
  onToggleSelect: (id: string) => void;
  onKeyDown: (item: ResultItem, event: KeyboardEvent<HTMLTableRowElement>) => void;
  onFocus: (id: string) => void;
  rowRef: (id: string, element: HTMLTableRowElement | null) => void;
  onTyping: (id: string, isTyping: boolean) => void;
};

type Props = {
  item: ResultItem;
  isEditable: boolean;
  isSelected: boolean;
  isActive: boolean;
  status: RowStatus | undefined;
  /** The result is chosen but waits for its note (not applicable, inconclusive) before it is sent. */
  isDraft?: boolean;
  evidenceOptions: readonly EvidenceOption[];
  evidenceNames: Readonly<Record<string, string>>;
  handlers: RowHandlers;
};

const cell = 'px-2 py-2 text-slate-700 max-md:block max-md:py-1';

// A row off screen skips style, layout and paint until it scrolls near (a grid row from md up, a card
// below), counted meanwhile at a typical height. Not `auto <height>` (remember the last size): with it
// the browser ran ~40 rounds of style and layout, ~80 ms, as the grid appeared (a Chromium trace).
const rowClass = cx(
  rowGrid,
  'outline-none [content-visibility:auto] focus:bg-sky-50 focus:ring-2 focus:ring-sky-700 focus:ring-inset md:[contain-intrinsic-size:4.5rem] max-md:flex max-md:flex-wrap max-md:items-start max-md:py-2 max-md:[contain-intrinsic-size:14rem]',
);
const rowSelectedClass = cx(rowClass, 'bg-sky-50/60');
// The cells' classes are built once, not per row and render.
const clauseCell = cx(cell, 'font-mono text-xs whitespace-nowrap md:whitespace-normal md:[overflow-wrap:anywhere]');
const titleCell = cx(cell, 'min-w-0 text-left font-normal max-md:basis-full');
const specCell = cx(cell, 'text-xs whitespace-nowrap');
const statusCell = cx(cell, 'min-w-16 text-xs');

/** One test case of the grid; memoised, since a grid of hundreds re-renders on every save. */
export const ResultRow = memo(function ResultRow({ item, isEditable, isSelected, isActive, status, isDraft = false, evidenceOptions, evidenceNames, handlers }: Props) {
  const id = item.testCaseId;
  const onSave = (overrides: Partial<ResultChange>) => handlers.onSave(item, overrides);
  const name = `${item.spec} clause ${item.clause}`;
  const hasResult = item.result !== null;
  const linkedUnknown = item.evidenceId && !evidenceOptions.some((e) => e.id === item.evidenceId);
  return (
    <tr
      ref={(element) => handlers.rowRef(id, element)}
      tabIndex={isActive ? 0 : -1}
      aria-selected={isEditable ? isSelected : undefined}
      aria-label={`${item.clause} ${item.title}: ${item.result ? RESULT_LABELS[item.result] : 'no result yet'}`}
      onKeyDown={(event) => handlers.onKeyDown(item, event)}
      onFocus={() => handlers.onFocus(id)}
      role="row"
      className={isSelected ? rowSelectedClass : rowClass}
      data-testid={`result-row-${item.testCaseId}`}
      data-result={item.result ?? ''}
      data-status={isDraft ? 'unsaved' : (status?.state ?? '')}
    >
      {isEditable ? (
        <td role="cell" className={cell}>
          <input
            type="checkbox"
            checked={isSelected}
            onChange={() => handlers.onToggleSelect(id)}
            aria-label={`Select ${name}`}
            className="mt-1 size-4 rounded border-slate-400 accent-sky-800"
            data-testid={`result-select-${item.testCaseId}`}
          />
        </td>
      ) : null}
      <td role="cell" className={clauseCell}>
        {item.clause}
      </td>
      <th scope="row" role="rowheader" className={titleCell}>
        <span className="block font-medium text-slate-900">{item.title}</span>
        {item.testNames.length ? (
          <span className="mt-0.5 block font-mono text-[11px] break-all text-slate-500" data-testid={`result-test-names-${item.testCaseId}`}>
            {item.testNames.join(', ')}
          </span>
        ) : null}
      </th>
      <td role="cell" className={specCell}>
        {item.spec}
        <span className="block text-slate-500">{`v${item.recordedSpecVersion ?? item.specVersion}`}</span>
      </td>
      <td role="cell" className={cell}>
        {isEditable ? (
          <ResultChoice testCaseId={item.testCaseId} label={`Result for ${name}`} value={item.result} onChange={(result) => onSave({ result })} />
        ) : item.result ? (
          <span className="inline-flex items-center gap-1.5 text-xs font-medium text-slate-900" data-testid={`result-value-${item.testCaseId}`}>
            <span aria-hidden="true" className={`size-2.5 rounded-full ${RESULT_COLOURS[item.result]}`} />
            {RESULT_LABELS[item.result]}
          </span>
        ) : (
          <span className="text-xs text-slate-500" data-testid={`result-value-${item.testCaseId}`}>
            No result yet
          </span>
        )}
      </td>
      <td role="cell" className={cell}>
        {isEditable && !hasResult ? (
          // No field until there is a result to note: a disabled textarea per empty row cost more than the row's text.
          <span className="text-xs text-slate-500">Choose a result first</span>
        ) : isEditable ? (
          <NotesField
            testCaseId={item.testCaseId}
            label={`Notes for ${name}`}
            notes={item.notes}
            isRequired={isNoteRequired(item.result)}
            isDraft={isDraft}
            onTyping={(isTyping) => handlers.onTyping(id, isTyping)}
            onCommit={(notes) => onSave({ notes })}
          />
        ) : (
          <span className="block max-w-64 text-xs whitespace-pre-wrap">{item.notes ?? '—'}</span>
        )}
      </td>
      <td role="cell" className={cell}>
        {isEditable && !hasResult ? (
          <span className="text-xs text-slate-500">—</span>
        ) : isEditable ? (
          <select
            aria-label={`Evidence for ${name}`}
            value={item.evidenceId ?? ''}
            disabled={evidenceOptions.length === 0 && !item.evidenceId}
            title={evidenceOptions.length === 0 ? 'No test report or other evidence uploaded yet' : undefined}
            onChange={(e) => onSave({ evidenceId: e.target.value || null })}
            className={`${controlClasses} w-32 min-w-28 px-2 py-1 text-xs`}
            data-testid={`result-evidence-${item.testCaseId}`}
          >
            <option value="">None</option>
            {evidenceOptions.map((e) => (
              <option key={e.id} value={e.id}>
                {e.filename}
              </option>
            ))}
            {linkedUnknown ? <option value={item.evidenceId!}>{evidenceNames[item.evidenceId!] ?? 'Other evidence'}</option> : null}
          </select>
        ) : item.evidenceId ? (
          <a href={`/api/v1/evidence/${item.evidenceId}/content`} className="text-xs break-all text-sky-800 underline-offset-2 hover:underline">
            {evidenceNames[item.evidenceId] ?? 'Evidence file'}
          </a>
        ) : (
          <span className="text-xs">—</span>
        )}
      </td>
      <td role="cell" className={statusCell} data-testid={`result-status-${item.testCaseId}`}>
        {isEditable && isDraft ? (
          <span className="text-amber-800" data-testid={`result-needs-note-${item.testCaseId}`}>
            Not saved: add a note
          </span>
        ) : isEditable ? <SaveStatus status={status} onRetry={status?.change ? () => handlers.onRetry(status.change!) : undefined} /> : item.recordedAt ? formatDateTime(item.recordedAt) : '—'}
      </td>
    </tr>
  );
});

function SaveStatus({ status, onRetry }: { status: RowStatus | undefined; onRetry?: () => void }) {
  if (!status) return null;
  if (status.state === 'saving') return <span className="text-slate-600">Saving…</span>;
  if (status.state === 'saved') return <span className="text-emerald-800">Saved</span>;
  return (
    <span className="block space-y-1 text-red-800">
      <span className="block font-medium">Not saved</span>
      <span className="block">{status.message}</span>
      {onRetry ? (
        <Button size="sm" variant="ghost" onClick={onRetry} className="-ml-2">
          Retry
        </Button>
      ) : null}
    </span>
  );
}
