'use client';

import type { OrganizationDto } from '@/lib/dto/organization';
import { createUserSchema } from '@/lib/validation/users';
import { FormMessage } from '@/app/_components/forms/form-message';
import { useFormAction } from '@/app/_components/forms/use-form-action';
import { orgKindLabels } from '@/app/_components/org/org-kind';
import { Select } from '@/app/_components/ui/select';
import { SubmitButton } from '@/app/_components/ui/submit-button';
import { TextInput } from '@/app/_components/ui/text-input';
import { addOrganizationMemberAction } from '../actions';

const roleOptions = [
  { value: 'admin', label: 'Admin — manages members' },
  { value: 'member', label: 'Member' },
];

const read = (form: FormData, key: string) => String(form.get(key) ?? '').trim();

type Props = { organizations: Pick<OrganizationDto, 'id' | 'name' | 'kind'>[]; minPasswordLength: number };

export function AddOrganizationMemberForm({ organizations, minPasswordLength }: Props) {
  const { formAction, onSubmit, fieldErrors, message, isOk, state } = useFormAction(addOrganizationMemberAction, {
    schema: createUserSchema,
    toInput: (form) => ({
      email: read(form, 'email'),
      name: read(form, 'name'),
      password: String(form.get('password') ?? ''),
      role: read(form, 'role'),
    }),
  });
  const values = isOk ? undefined : state.values;
  const orgOptions = organizations.map((o) => ({ value: o.id, label: `${o.name} (${orgKindLabels[o.kind]})` }));

  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="max-w-2xl space-y-4" data-testid="add-organization-member-form">
      <FormMessage message={message} isOk={isOk} data-testid="add-organization-member-message" />
      <div className="grid gap-4 sm:grid-cols-2">
        <Select id="new-member-org" name="orgId" label="Organisation" required placeholder="Choose an organisation" options={orgOptions} defaultValue={values?.orgId ?? ''} error={fieldErrors.orgId} data-testid="new-member-org" />
        <Select id="new-member-role" name="role" label="Role" required options={roleOptions} defaultValue={values?.role ?? 'admin'} error={fieldErrors.role} data-testid="new-member-role" />
        <TextInput id="new-member-email" name="email" type="email" label="Email" required autoComplete="off" defaultValue={values?.email} error={fieldErrors.email} data-testid="new-member-email" />
        <TextInput id="new-member-name" name="name" label="Name" required autoComplete="off" maxLength={120} defaultValue={values?.name} error={fieldErrors.name} data-testid="new-member-name" />
        <TextInput
          id="new-member-password"
          name="password"
          type="password"
          label="Initial password"
          required
          autoComplete="new-password"
          minLength={minPasswordLength}
          hint={`At least ${minPasswordLength} characters. Share it with them securely.`}
          error={fieldErrors.password}
          data-testid="new-member-password"
        />
      </div>
      <SubmitButton variant="primary" pendingLabel="Adding…" data-testid="add-organization-member-submit">
        Add person
      </SubmitButton>
    </form>
  );
}
