'use client';

import { MAX_RATIONALE_LENGTH, operatorDecisionSchema } from '@/lib/validation/operators';
import { FormMessage } from '@/app/_components/forms/form-message';
import { useFormAction } from '@/app/_components/forms/use-form-action';
import { controlClasses, describedBy, Field } from '@/app/_components/ui/field';
import { SubmitButton } from '@/app/_components/ui/submit-button';
import { recordDecisionAction } from '../actions';

type Props = {
  certificateId: string;
  /** The current decision's version; 0 when none is recorded yet. */
  version: number;
  current: { decision: 'accept' | 'reject'; rationale: string } | null;
  /** Only a valid certificate can be accepted; a rejection is always possible. */
  canAccept: boolean;
  statusLabel: string;
};

const read = (form: FormData, key: string) => String(form.get(key) ?? '').trim();

export function DecisionForm({ certificateId, version, current, canAccept, statusLabel }: Props) {
  const { formAction, onSubmit, fieldErrors, message, isOk, state } = useFormAction(recordDecisionAction, {
    schema: operatorDecisionSchema,
    toInput: (form) => ({ decision: read(form, 'decision') || undefined, rationale: read(form, 'rationale') }),
  });
  const chosen = state.values?.decision ?? current?.decision ?? '';
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="max-w-2xl space-y-4" data-testid="decision-form">
      <FormMessage message={message} isOk={isOk} data-testid="decision-message" />
      <input type="hidden" name="certificateId" value={certificateId} />
      <input type="hidden" name="version" value={version} />
      <fieldset className="space-y-2" aria-describedby={describedBy('decision', canAccept ? undefined : 'hint', fieldErrors.decision)}>
        <legend className="text-sm font-medium text-slate-800">Decision for your network</legend>
        <div className="flex flex-wrap gap-4" key={`${version}-${chosen}`}>
          <label className="flex items-center gap-2 text-sm text-slate-800">
            <input type="radio" name="decision" value="accept" defaultChecked={chosen === 'accept'} disabled={!canAccept} className="size-4 accent-sky-800" data-testid="decision-accept" />
            Accept
          </label>
          <label className="flex items-center gap-2 text-sm text-slate-800">
            <input type="radio" name="decision" value="reject" defaultChecked={chosen === 'reject'} className="size-4 accent-sky-800" data-testid="decision-reject" />
            Reject
          </label>
        </div>
        {canAccept ? null : (
          <p id="decision-hint" className="text-xs text-slate-600">
            The certificate is {statusLabel.toLowerCase()}: only a valid certificate can be accepted.
          </p>
        )}
        {fieldErrors.decision ? (
          <p id="decision-error" className="text-sm font-medium text-red-700" data-testid="decision-error">
            {fieldErrors.decision}
          </p>
        ) : null}
      </fieldset>
      <Field id="decision-rationale" label="Rationale" required hint="Why your network accepts or rejects it; visible to your organisation and to regulators only." error={fieldErrors.rationale}>
        <textarea
          id="decision-rationale"
          name="rationale"
          rows={4}
          required
          maxLength={MAX_RATIONALE_LENGTH}
          defaultValue={state.values?.rationale ?? current?.rationale ?? ''}
          key={`rationale-${version}`}
          aria-invalid={fieldErrors.rationale ? true : undefined}
          aria-describedby={describedBy('decision-rationale', 'hint', fieldErrors.rationale)}
          className={controlClasses}
          data-testid="decision-rationale"
        />
      </Field>
      <SubmitButton variant="primary" pendingLabel="Recording…" data-testid="decision-submit">
        {current ? 'Change decision' : 'Record decision'}
      </SubmitButton>
    </form>
  );
}
