'use client';

import { useState } from 'react';
import { respondToVulnerabilitySchema } from '@/lib/validation/vulnerabilities';
import { VULNERABILITY_STATUS_DISPLAY } from '@/lib/vulnerabilities/display';
import { VENDOR_RESPONSE_STATUSES, type VendorResponseStatus } from '@/lib/vulnerabilities/statuses';
import { FormMessage } from '@/app/_components/forms/form-message';
import { useFormAction } from '@/app/_components/forms/use-form-action';
import { SubmitButton } from '@/app/_components/ui/submit-button';
import { TextInput } from '@/app/_components/ui/text-input';
import { TextArea } from '../../../products/_components/text-area';
import { respondToVulnerabilityAction } from '../../actions';
import { responseInputOf } from '../../_components/form-input';

const HINTS: Record<VendorResponseStatus, string> = {
  confirmed: 'The version is affected.',
  disputed: 'The version is not affected, or the report is wrong.',
  fixed: 'A later version fixes it; name that version.',
};

type Props = { vulnerabilityId: string; version: number; current: { status: string; fixedInVersion: string | null } };

/** The vendor's answer to a report. */
export function ResponseForm({ vulnerabilityId, version, current }: Props) {
  const { formAction, onSubmit, fieldErrors, message, isOk, state } = useFormAction(respondToVulnerabilityAction, {
    schema: respondToVulnerabilitySchema,
    toInput: responseInputOf,
  });
  const initial = VENDOR_RESPONSE_STATUSES.find((s) => s === (state.values?.status ?? current.status));
  const [status, setStatus] = useState<string>(initial ?? '');
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="max-w-2xl space-y-4" data-testid="vulnerability-response-form">
      <FormMessage message={message} isOk={isOk} data-testid="vulnerability-response-message" />
      <input type="hidden" name="vulnerabilityId" value={vulnerabilityId} />
      <input type="hidden" name="version" value={version} />
      <fieldset className="space-y-2" aria-describedby={fieldErrors.status ? 'response-status-error' : undefined}>
        <legend className="text-sm font-medium text-slate-800">Your answer</legend>
        {VENDOR_RESPONSE_STATUSES.map((s) => (
          <label key={s} className="flex items-start gap-2 text-sm">
            <input
              type="radio"
              name="status"
              value={s}
              checked={status === s}
              onChange={() => setStatus(s)}
              className="mt-1"
              data-testid={`response-status-${s}`}
            />
            <span>
              <span className="font-medium text-slate-900">{VULNERABILITY_STATUS_DISPLAY[s].label}</span>
              <span className="block text-slate-600">{HINTS[s]}</span>
            </span>
          </label>
        ))}
        {fieldErrors.status ? (
          <p id="response-status-error" className="text-sm font-medium text-red-700">
            Choose an answer.
          </p>
        ) : null}
      </fieldset>
      {status === 'fixed' ? (
        <TextInput
          id="response-fixed-in"
          name="fixedInVersion"
          label="Fixed in version"
          required
          maxLength={100}
          defaultValue={state.values?.fixedInVersion ?? current.fixedInVersion ?? ''}
          error={fieldErrors.fixedInVersion}
          data-testid="response-fixed-in"
        />
      ) : null}
      <TextArea
        id="response-text"
        name="response"
        label="Explanation"
        required
        rows={4}
        maxLength={5000}
        hint="The reporter and regulators read it; it is recorded in the log."
        defaultValue={state.values?.response}
        error={fieldErrors.response}
        data-testid="response-text"
      />
      <SubmitButton variant="primary" pendingLabel="Saving…" data-testid="response-submit">
        Record answer
      </SubmitButton>
    </form>
  );
}
