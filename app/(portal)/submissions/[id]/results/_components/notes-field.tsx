'use client';

import { useState } from 'react';
import { MAX_NOTES_LENGTH } from '@/lib/validation/results';
import { controlClasses } from '@/app/_components/ui/field';

type Props = { testCaseId: string; label: string; notes: string | null; disabled: boolean; onCommit: (notes: string | null) => void };

/** Notes are typed freely and saved when the field loses focus, if they changed. */
export function NotesField({ testCaseId, label, notes, disabled, onCommit }: Props) {
  const [draft, setDraft] = useState(notes ?? '');
  const [isEditing, setIsEditing] = useState(false);
  const [shown, setShown] = useState(notes);
  // Follow the stored notes (after a save, a rollback or a reload) unless the lab is typing.
  if (!isEditing && notes !== shown) {
    setShown(notes);
    setDraft(notes ?? '');
  }
  return (
    <textarea
      aria-label={label}
      rows={1}
      maxLength={MAX_NOTES_LENGTH}
      value={draft}
      disabled={disabled}
      title={disabled ? 'Choose a result first; notes are saved with it.' : undefined}
      placeholder={disabled ? 'Choose a result first' : 'Notes'}
      onFocus={() => setIsEditing(true)}
      onChange={(e) => setDraft(e.target.value)}
      onBlur={() => {
        setIsEditing(false);
        const next = draft.trim();
        if (next !== (notes ?? '')) onCommit(next || null);
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          setDraft(notes ?? '');
          e.currentTarget.blur();
        }
      }}
      className={`${controlClasses} min-w-36 resize-y px-2 py-1 text-xs`}
      data-testid={`result-notes-${testCaseId}`}
    />
  );
}
