'use client';

import { NETWORK_FUNCTIONS } from '@/lib/catalogue/network-functions';
import type { OrganizationDto } from '@/lib/dto/organization';
import { accreditLabSchema } from '@/lib/validation/organizations';
import { FormMessage } from '@/app/_components/forms/form-message';
import { useFormAction } from '@/app/_components/forms/use-form-action';
import { Select } from '@/app/_components/ui/select';
import { SubmitButton } from '@/app/_components/ui/submit-button';
import { TextInput } from '@/app/_components/ui/text-input';
import { accreditLabAction } from '../actions';
import { splitScope } from './split-scope';

const read = (form: FormData, key: string) => String(form.get(key) ?? '').trim();

export function AccreditLabForm({ labs }: { labs: Pick<OrganizationDto, 'id' | 'name'>[] }) {
  const { formAction, onSubmit, fieldErrors, message, isOk, state } = useFormAction(accreditLabAction, {
    schema: accreditLabSchema,
    toInput: (form) => ({
      labOrgId: read(form, 'labOrgId'),
      body: read(form, 'body'),
      standard: read(form, 'standard') || undefined,
      scope: splitScope(read(form, 'scope')),
      validFrom: read(form, 'validFrom'),
      validUntil: read(form, 'validUntil'),
    }),
  });
  const values = isOk ? undefined : state.values;

  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="max-w-2xl space-y-4" data-testid="accredit-lab-form">
      <FormMessage message={message} isOk={isOk} data-testid="accredit-lab-message" />
      <div className="grid gap-4 sm:grid-cols-2">
        <Select
          id="accredit-lab"
          name="labOrgId"
          label="Lab"
          required
          placeholder="Choose a lab"
          options={labs.map((l) => ({ value: l.id, label: l.name }))}
          defaultValue={values?.labOrgId ?? ''}
          error={fieldErrors.labOrgId}
          data-testid="accredit-lab-select"
        />
        <TextInput id="accredit-body" name="body" label="Accrediting body" required maxLength={200} hint="e.g. the national accreditation body." defaultValue={values?.body} error={fieldErrors.body} data-testid="accredit-body" />
        <TextInput id="accredit-standard" name="standard" label="Standard" required maxLength={120} defaultValue={values?.standard ?? 'ISO/IEC 17025'} error={fieldErrors.standard} data-testid="accredit-standard" />
        <TextInput
          id="accredit-scope"
          name="scope"
          label="Scope (network functions)"
          required
          hint={`Separate with commas. Known functions: ${NETWORK_FUNCTIONS.join(', ')}.`}
          defaultValue={values?.scope}
          error={fieldErrors.scope}
          data-testid="accredit-scope"
        />
        <TextInput id="accredit-valid-from" name="validFrom" type="date" label="Valid from" required defaultValue={values?.validFrom} error={fieldErrors.validFrom} data-testid="accredit-valid-from" />
        <TextInput id="accredit-valid-until" name="validUntil" type="date" label="Valid until" required defaultValue={values?.validUntil} error={fieldErrors.validUntil} data-testid="accredit-valid-until" />
      </div>
      <SubmitButton variant="primary" pendingLabel="Recording…" data-testid="accredit-lab-submit">
        Record accreditation
      </SubmitButton>
    </form>
  );
}
