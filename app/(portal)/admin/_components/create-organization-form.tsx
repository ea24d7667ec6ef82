'use client';

import { orgKinds } from '@/lib/authz/actor';
import { createOrganizationSchema } from '@/lib/validation/organizations';
import { FormMessage } from '@/app/_components/forms/form-message';
import { useFormAction } from '@/app/_components/forms/use-form-action';
import { orgKindLabels } from '@/app/_components/org/org-kind';
import { Select } from '@/app/_components/ui/select';
import { SubmitButton } from '@/app/_components/ui/submit-button';
import { TextInput } from '@/app/_components/ui/text-input';
import { createOrganizationAction } from '../actions';

const kindOptions = orgKinds.map((kind) => ({ value: kind, label: orgKindLabels[kind] }));

const read = (form: FormData, key: string) => String(form.get(key) ?? '').trim();

export function CreateOrganizationForm() {
  const { formAction, onSubmit, fieldErrors, message, isOk, state } = useFormAction(createOrganizationAction, {
    schema: createOrganizationSchema,
    toInput: (form) => ({
      name: read(form, 'name'),
      kind: read(form, 'kind'),
      country: read(form, 'country').toUpperCase() || undefined,
      group: read(form, 'group') || undefined,
    }),
  });
  const values = isOk ? undefined : state.values;

  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="max-w-2xl space-y-4" data-testid="create-organization-form">
      <FormMessage message={message} isOk={isOk} data-testid="create-organization-message" />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextInput id="org-name" name="name" label="Name" required maxLength={120} defaultValue={values?.name} error={fieldErrors.name} data-testid="org-name" />
        <Select id="org-kind" name="kind" label="Kind" required placeholder="Choose a kind" options={kindOptions} defaultValue={values?.kind ?? ''} error={fieldErrors.kind} data-testid="org-kind-select" />
        <TextInput
          id="org-country"
          name="country"
          label="Country"
          maxLength={2}
          autoComplete="off"
          hint="Two-letter ISO 3166 code, e.g. DE."
          className="uppercase"
          defaultValue={values?.country}
          error={fieldErrors.country}
          data-testid="org-country"
        />
        <TextInput
          id="org-group"
          name="group"
          label="Group"
          maxLength={120}
          hint="The corporate parent. A lab never evaluates a vendor of the same group."
          defaultValue={values?.group}
          error={fieldErrors.group}
          data-testid="org-group"
        />
      </div>
      <SubmitButton variant="primary" pendingLabel="Creating…" data-testid="create-organization-submit">
        Create organisation
      </SubmitButton>
    </form>
  );
}
