'use client';

import { useActionState } from 'react';
import { Alert } from '@/app/_components/ui/alert';
import { ConfirmButton } from '@/app/_components/ui/confirm-button';
import { TextArea } from '../../../../products/_components/text-area';
import { submitEvaluationAction } from '../actions';
import type { EvaluationReport } from './results-model';
import type { ResultsSummary } from './results-model';
import { initialSubmitEvaluationState } from './submit-evaluation-state';

type Props = {
  submissionId: string;
  version: number;
  summary: ResultsSummary;
  report: EvaluationReport;
  /** Why the server would refuse now (empty: it would not), from the workflow's precondition function. */
  blockedBy: readonly string[];
  onShowMissing: () => void;
};

export function SubmitEvaluationForm({ submissionId, version, summary, report, blockedBy, onShowMissing }: Props) {
  const [state, formAction] = useActionState(submitEvaluationAction, initialSubmitEvaluationState);
  const needsVerdict = summary.inconclusive > 0;
  const isBlocked = blockedBy.length > 0;
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
      <TextArea
        id="evaluation-verdict"
        name="verdict"
        label="Overall verdict"
        required={needsVerdict}
        rows={3}
        maxLength={5000}
        hint={
          needsVerdict
            ? `Required: ${summary.inconclusive} result${summary.inconclusive === 1 ? ' is' : 's are'} inconclusive; say why the evaluation can still be submitted.`
            : 'Your overall conclusion; the regulators read it with the results.'
        }
        data-testid="evaluation-verdict"
      />
      <div className="flex flex-wrap items-center gap-3">
        <ConfirmButton
          key={state.attempt}
          label="Submit evaluation"
          prompt={
            report
              ? `Send the ${summary.total} results and the evaluation report “${report.filename}” to the regulators? You cannot change the results afterwards.`
              : `Send the ${summary.total} results to the regulators?`
          }
          confirmLabel="Yes, submit"
          pendingLabel="Submitting…"
          variant={isBlocked ? 'secondary' : 'primary'}
          disabled={isBlocked}
          testId="submit-evaluation"
        />
        {isBlocked ? (
          <p className="text-sm text-slate-700" data-testid="submit-evaluation-blocked">
            Not possible yet: {blockedBy.join('; ')}.
          </p>
        ) : null}
      </div>
    </form>
  );
}
