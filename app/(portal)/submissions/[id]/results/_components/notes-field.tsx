'use client';

import { useState } from 'react';
import { MAX_NOTES_LENGTH } from '@/lib/validation/results';
import { controlClasses } from '@/app/_components/ui/field';

type Props = {
  testCaseId: string;
  label: string;
  notes: string | null;
  /** Not applicable and inconclusive results are saved only with a note (the server's rule). */
  isRequired?: boolean;
  /** The result waits for this note. */
  isDraft?: boolean;
  /** Typed text not yet committed, for the unsaved-changes prompt. */
  onTyping?: (isTyping: boolean) => void;
  onCommit: (notes: string | null) => void;
};

/** Notes are typed freely and saved when the field loses focus, if they changed. */
export function NotesField({ testCaseId, label, notes, isRequired = false, isDraft = false, onTyping, onCommit }: Props) {
  const [draft, setDraft] = useState(notes ?? '');
  const [isEditing, setIsEditing] = useState(false);
  const [shown, setShown] = useState(notes);
  // Follow the stored notes (after a save, a rollback or a reload) unless the lab is typing.
  if (!isEditing && notes !== shown) {
    setShown(notes);
    setDraft(notes ?? '');
  }
  const isMissing = isRequired && !draft.trim();
  return (
    <textarea
      aria-label={label}
      rows={1}
      maxLength={MAX_NOTES_LENGTH}
      value={draft}
      placeholder={isRequired ? 'Required: why?' : 'Notes'}
      required={isRequired}
      aria-invalid={isMissing && isDraft ? true : undefined}
      onFocus={() => setIsEditing(true)}
      onChange={(e) => {
        setDraft(e.target.value);
        onTyping?.(e.target.value.trim() !== (notes ?? ''));
      }}
      onBlur={() => {
        setIsEditing(false);
        onTyping?.(false);
        const next = draft.trim();
        if (isRequired && !next) {
          // A required note cannot be cleared: put the stored one back.
          setDraft(notes ?? '');
          return;
        }
        if (next !== (notes ?? '') || isDraft) onCommit(next || null);
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          setDraft(notes ?? '');
          e.currentTarget.blur();
        }
      }}
      className={`${controlClasses} min-w-32 resize-y px-2 py-1 text-xs ${isMissing && isDraft ? 'border-amber-600 ring-1 ring-amber-600' : ''}`}
      data-testid={`result-notes-${testCaseId}`}
    />
  );
}
