'use client';

import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useRouter } from 'next/navigation';
import { SUBMISSION_ACTION_LABELS } from '@/lib/workflow/action-labels';
import { requiresReason } from '@/lib/workflow/requires-reason';
import { MAX_CONDITIONS } from '@/lib/validation/submissions';
import type { SubmissionAction } from '@/lib/workflow/submission-actions';
import type { FieldErrors } from '@/app/_components/forms/action-state';
import { Button } from '@/app/_components/ui/button';
import { Checkbox } from '@/app/_components/ui/checkbox';
import { SubmitButton } from '@/app/_components/ui/submit-button';
import { TextArea } from '../../../products/_components/text-area';
import { ACTION_CONSEQUENCES, CONFIRM_LABELS } from './action-messages';
import { ActionRefusal } from './action-refusal';
import type { SubmissionActionState } from './action-state';

type Props = {
  submissionId: string;
  version: number;
  action: SubmissionAction;
  state: SubmissionActionState;
  formAction: (form: FormData) => void;
  note?: string;
  /** Approve: why a rationale is required (the approve command's rule), or null. */
  rationaleRequired?: string | null;
  /** Submit evaluation: inconclusive results, which the verdict must explain. */
  inconclusiveCount?: number;
  isDestructive: boolean;
  onCancel: () => void;
};

/** Optional reasons are still worth asking for: they go into the log with the change. */
const OPTIONAL_REASON: ReadonlySet<SubmissionAction> = new Set(['withdraw', 'resubmit']);

function checkLocally(action: SubmissionAction, form: FormData, rules: { rationaleRequired: string | null; inconclusiveCount: number }): FieldErrors | null {
  const errors: FieldErrors = {};
  const text = (key: string) => String(form.get(key) ?? '').trim();
  if (requiresReason(action) && !text('reason')) errors.reason = 'Give a reason; the vendor and the log will show it.';
  if (action === 'approve' && rules.rationaleRequired && !text('reason')) errors.reason = `${rules.rationaleRequired}.`;
  if (action === 'approve' && text('conditions').split('\n').filter((c) => c.trim()).length > MAX_CONDITIONS) {
    errors.conditions = `At most ${MAX_CONDITIONS} conditions, one per line.`;
  }
  if (action === 'submit_evaluation' && rules.inconclusiveCount > 0 && !text('verdict')) {
    errors.verdict = 'Some results are inconclusive: say in the verdict why the evaluation can still be submitted.';
  }
  if (action === 'accept') {
    if (form.get('noConflict') !== 'on') errors.noConflict = 'Declare that you have no conflict of interest — or, if you have one, decline the assignment.';
    if (!text('statement')) errors.statement = 'Write a short statement, e.g. how you checked your independence.';
  }
  return Object.keys(errors).length ? errors : null;
}

export function ActionForm({ submissionId, version, action, state, formAction, note, rationaleRequired = null, inconclusiveCount = 0, isDestructive, onCancel }: Props) {
  const [localErrors, setLocalErrors] = useState<FieldErrors | null>(null);
  const router = useRouter();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const needsReason = requiresReason(action);
  const asksReason = needsReason || OPTIONAL_REASON.has(action);
  const isApprove = action === 'approve';
  const errors = localErrors ?? state.fieldErrors;
  const id = `action-form-${action}`;

  useEffect(() => headingRef.current?.focus(), []);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    const found = checkLocally(action, new FormData(event.currentTarget), { rationaleRequired, inconclusiveCount });
    setLocalErrors(found);
    if (!found) return;
    event.preventDefault();
    const first = event.currentTarget.elements.namedItem(Object.keys(found)[0]);
    if (first instanceof HTMLElement) first.focus();
  }

  return (
    <form
      id={id}
      action={formAction}
      onSubmit={handleSubmit}
      noValidate
      aria-labelledby={`${id}-heading`}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onCancel();
      }}
      className="space-y-4 rounded-lg border border-slate-300 bg-slate-50 p-4"
      data-testid="action-form"
      data-action={action}
    >
      <h3 id={`${id}-heading`} ref={headingRef} tabIndex={-1} className="font-semibold text-slate-900 focus:outline-none">
        {SUBMISSION_ACTION_LABELS[action]}
      </h3>
      <p className="text-sm text-slate-700">{ACTION_CONSEQUENCES[action]}</p>
      {note ? <p className="text-sm font-medium text-slate-800" data-testid="action-note">{note}</p> : null}
      {!state.ok && state.message && !localErrors ? <ActionRefusal
          state={state}
          onReload={() => {
            router.refresh();
            onCancel();
          }}
        /> : null}
      <input type="hidden" name="submissionId" value={submissionId} />
      <input type="hidden" name="action" value={action} />
      <input type="hidden" name="version" value={version} />
      {action === 'accept' ? (
        <fieldset className="space-y-3">
          <legend className="text-sm font-medium text-slate-800">Conflict-of-interest declaration</legend>
          <Checkbox
            id={`${id}-no-conflict`}
            name="noConflict"
            label="We have no conflict of interest with this vendor"
            hint="No ownership, consulting, design or development work for the vendor, and no other tie that could influence the evaluation."
            defaultChecked={state.values?.noConflict === 'on'}
            error={errors.noConflict}
            data-testid="action-no-conflict"
          />
          <TextArea
            id={`${id}-statement`}
            name="statement"
            label="Statement"
            required
            rows={3}
            maxLength={5000}
            hint="How you checked your independence; recorded in the log with your name."
            defaultValue={state.values?.statement}
            error={errors.statement}
            data-testid="action-statement"
          />
        </fieldset>
      ) : null}
      {isApprove ? (
        <>
          {rationaleRequired ? (
            <p className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950" data-testid="rationale-required">
              {rationaleRequired}.
            </p>
          ) : null}
          <TextArea
            id={`${id}-reason`}
            name="reason"
            label="Rationale"
            required={Boolean(rationaleRequired)}
            rows={4}
            maxLength={5000}
            hint="Why you approve; recorded in the log and published on the public certificate page."
            defaultValue={state.values?.reason}
            error={errors.reason}
            data-testid="action-reason"
          />
          <TextArea
            id={`${id}-conditions`}
            name="conditions"
            label="Conditions (optional)"
            rows={3}
            maxLength={MAX_CONDITIONS * 501}
            hint="One per line, e.g. “Valid only with configuration X”. Published with the certificate."
            defaultValue={state.values?.conditions}
            error={errors.conditions}
            data-testid="action-conditions"
          />
        </>
      ) : null}
      {action === 'submit_evaluation' ? (
        <TextArea
          id={`${id}-verdict`}
          name="verdict"
          label="Overall verdict"
          required={inconclusiveCount > 0}
          rows={3}
          maxLength={5000}
          hint={
            inconclusiveCount > 0
              ? `${inconclusiveCount} result${inconclusiveCount === 1 ? ' is' : 's are'} inconclusive: say why the evaluation can still be submitted.`
              : 'Your overall conclusion; the regulators read it with the results.'
          }
          defaultValue={state.values?.verdict}
          error={errors.verdict}
          data-testid="action-verdict"
        />
      ) : null}
      {asksReason ? (
        <TextArea
          id={`${id}-reason`}
          name="reason"
          label="Reason"
          required={needsReason}
          rows={3}
          maxLength={5000}
          defaultValue={state.values?.reason}
          error={errors.reason}
          data-testid="action-reason"
        />
      ) : null}
      <div className="flex flex-wrap gap-2">
        <SubmitButton variant={isDestructive ? 'danger' : 'primary'} pendingLabel="Working…" data-testid="action-confirm">
          {CONFIRM_LABELS[action]}
        </SubmitButton>
        <Button variant="ghost" onClick={onCancel} data-testid="action-cancel">
          Cancel
        </Button>
      </div>
    </form>
  );
}
