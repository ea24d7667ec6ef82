'use client';

import { useActionState } from 'react';
import { Alert } from '@/app/_components/ui/alert';
import { ConfirmButton } from '@/app/_components/ui/confirm-button';
import { submitEvaluationAction } from '../actions';
import { initialSubmitEvaluationState } from './submit-evaluation-state';

type Props = { submissionId: string; version: number; isReady: boolean; onShowMissing: () => void };

export function SubmitEvaluationForm({ submissionId, version, isReady, onShowMissing }: Props) {
  const [state, formAction] = useActionState(submitEvaluationAction, initialSubmitEvaluationState);
  return (
    <form action={formAction} className="space-y-3" data-testid="submit-evaluation-form" data-attempt={state.attempt}>
      <input type="hidden" name="submissionId" value={submissionId} />
      <input type="hidden" name="version" value={version} />
      {state.message ? (
        <Alert tone="error" title="The evaluation was not submitted." data-testid="submit-evaluation-error">
          {state.unmet.length ? (
            <ul className="list-disc space-y-0.5 pl-5" data-testid="submit-evaluation-unmet">
              {state.unmet.map((u) => (
                <li key={u.code} data-code={u.code}>
                  {u.message}.
                  {u.code === 'results_missing' ? (
                    <button type="button" onClick={onShowMissing} className="ml-2 font-medium underline underline-offset-2">
                      Show them
                    </button>
                  ) : null}
                </li>
              ))}
            </ul>
          ) : (
            <p>{state.message}</p>
          )}
        </Alert>
      ) : null}
      <ConfirmButton
        key={state.attempt}
        label="Submit evaluation"
        prompt="Send the results and the evaluation report to the regulators? You cannot change the results afterwards."
        confirmLabel="Yes, submit"
        pendingLabel="Submitting…"
        variant={isReady ? 'primary' : 'secondary'}
        testId="submit-evaluation"
      />
    </form>
  );
}
