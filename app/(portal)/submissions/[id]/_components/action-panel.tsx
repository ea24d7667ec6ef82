'use client';

import { useActionState, useEffect, useRef, useState } from 'react';
import { SUBMISSION_ACTION_LABELS } from '@/lib/workflow/action-labels';
import type { SubmissionAction } from '@/lib/workflow/submission-actions';
import { Alert } from '@/app/_components/ui/alert';
import { Button } from '@/app/_components/ui/button';
import { submissionActionAction } from '../actions';
import { ActionForm } from './action-form';
import { initialSubmissionActionState, type SubmissionActionState } from './action-state';

type Props = {
  submissionId: string;
  version: number;
  actions: readonly SubmissionAction[];
  /** A sentence shown above the approve form (e.g. the four-eyes rule). */
  approveNote?: string;
  /** Why an offered action would be refused now (the commands' own rules): shown beside its disabled button. */
  blocks?: Partial<Record<SubmissionAction, string[]>>;
  rationaleRequired?: string | null;
  inconclusiveCount?: number;
};

const DESTRUCTIVE: ReadonlySet<SubmissionAction> = new Set(['withdraw', 'reject', 'decline']);

/**
 * Exactly the actions the server will accept for the caller now; each opens an inline form to
 * confirm. The action state lives here, not in the form: a successful action removes its own
 * button (and form) in the same render that brings its result.
 */
export function ActionPanel({ submissionId, version, actions, approveNote, blocks = {}, rationaleRequired = null, inconclusiveCount = 0 }: Props) {
  const [state, formAction] = useActionState(submissionActionAction, initialSubmissionActionState);
  const [open, setOpen] = useState<{ action: SubmissionAction; baseline: SubmissionActionState } | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const doneRef = useRef<HTMLDivElement>(null);
  const triggerRefs = useRef(new Map<SubmissionAction, HTMLButtonElement>());
  const handled = useRef<SubmissionActionState>(initialSubmissionActionState);

  useEffect(() => {
    if (state === handled.current || !state.ok) return;
    handled.current = state;
    setOpen(null);
    setDone(state.message);
    doneRef.current?.focus();
  }, [state]);

  function close(action: SubmissionAction) {
    setOpen(null);
    triggerRefs.current.get(action)?.focus();
  }

  // A form shows only results of its own submits, not those of an earlier form.
  const formState = open && state !== open.baseline ? state : initialSubmissionActionState;

  return (
    <div className="space-y-4" data-testid="action-panel">
      <div ref={doneRef} tabIndex={-1} className="focus:outline-none">
        {done ? (
          <Alert tone="success" data-testid="action-success">
            {done}
          </Alert>
        ) : null}
      </div>
      {actions.length ? (
        <div className="flex flex-wrap items-start gap-2" role="group" aria-label="Actions">
          {actions.map((action) => {
            const reasons = blocks[action] ?? [];
            const reasonId = `action-blocked-${action}`;
            return (
              <div key={action} className={reasons.length ? 'flex w-full flex-wrap items-start gap-x-3 gap-y-1' : 'contents'}>
                <Button
                  ref={(el) => {
                    if (el) triggerRefs.current.set(action, el);
                    else triggerRefs.current.delete(action);
                  }}
                  variant={DESTRUCTIVE.has(action) ? 'secondary' : 'primary'}
                  disabled={reasons.length > 0}
                  aria-describedby={reasons.length ? reasonId : undefined}
                  aria-expanded={open?.action === action}
                  aria-controls={open?.action === action ? `action-form-${action}` : undefined}
                  onClick={() => {
                    setDone(null);
                    setOpen(open?.action === action ? null : { action, baseline: state });
                  }}
                  data-testid={`action-${action}`}
                >
                  {SUBMISSION_ACTION_LABELS[action]}
                </Button>
                {reasons.length ? (
                  <p id={reasonId} className="pt-2 text-sm text-slate-700" data-testid={`action-blocked-${action}`}>
                    Not possible yet: {reasons.join('; ')}.
                  </p>
                ) : null}
              </div>
            );
          })}
        </div>
      ) : (
        <p className="text-sm text-slate-600" data-testid="action-none">
          There is nothing for you to do on this submission right now.
        </p>
      )}
      {open && actions.includes(open.action) && !blocks[open.action]?.length ? (
        <ActionForm
          key={open.action}
          submissionId={submissionId}
          version={version}
          action={open.action}
          state={formState}
          formAction={formAction}
          note={open.action === 'approve' ? approveNote : undefined}
          rationaleRequired={rationaleRequired}
          inconclusiveCount={inconclusiveCount}
          isDestructive={DESTRUCTIVE.has(open.action)}
          onCancel={() => close(open.action)}
        />
      ) : null}
    </div>
  );
}
