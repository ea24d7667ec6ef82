'use client';

import type { EligibleLabDto } from '@/lib/submissions/read-eligible-labs';
import { createSubmissionSchema } from '@/lib/validation/submissions';
import { FormMessage } from '@/app/_components/forms/form-message';
import { formText } from '@/app/_components/forms/form-data';
import { useFormAction } from '@/app/_components/forms/use-form-action';
import { SubmitButton } from '@/app/_components/ui/submit-button';
import { TextInput } from '@/app/_components/ui/text-input';
import { createSubmissionAction } from '../actions';
import { LabOption } from './lab-option';

type Props = { productVersionId: string; labs: readonly EligibleLabDto[] };

export const DEFAULT_SCHEME = 'NESAS/SCAS';

export function LabChoiceForm({ productVersionId, labs }: Props) {
  const { formAction, onSubmit, fieldErrors, message, isOk, state } = useFormAction(createSubmissionAction, {
    schema: createSubmissionSchema,
    toInput: (form) => ({
      productVersionId: formText(form, 'productVersionId'),
      labOrgId: formText(form, 'labOrgId'),
      scheme: formText(form, 'scheme') || undefined,
    }),
  });
  const chosen = state.values?.labOrgId;
  const labError = fieldErrors.labOrgId ? 'Choose a lab.' : undefined;
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="space-y-5" data-testid="submission-new-form">
      <FormMessage message={message} isOk={isOk} data-testid="submission-new-message" />
      <input type="hidden" name="productVersionId" value={productVersionId} />
      <fieldset aria-describedby={labError ? 'lab-choice-error' : undefined} className="space-y-3">
        <legend className="text-sm font-medium text-slate-800">Lab</legend>
        <p className="text-sm text-slate-600">
          Only labs with a valid accreditation covering this product&apos;s network function today are listed.
        </p>
        {labError ? (
          <p id="lab-choice-error" className="text-sm font-medium text-red-700" data-testid="lab-choice-error">
            {labError}
          </p>
        ) : null}
        <ul className="space-y-3">
          {labs.map((lab) => (
            <LabOption key={lab.id} lab={lab} defaultChecked={chosen === lab.id} />
          ))}
        </ul>
      </fieldset>
      <div className="max-w-xs">
        <TextInput
          id="submission-scheme"
          name="scheme"
          label="Scheme"
          hint="The evaluation scheme; NESAS with the 3GPP SCAS test cases unless agreed otherwise."
          required
          maxLength={60}
          defaultValue={state.values?.scheme || DEFAULT_SCHEME}
          error={fieldErrors.scheme}
          data-testid="submission-scheme"
        />
      </div>
      <SubmitButton variant="primary" pendingLabel="Creating the draft…" data-testid="submission-create">
        Create draft submission
      </SubmitButton>
    </form>
  );
}
