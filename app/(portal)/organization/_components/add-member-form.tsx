'use client';

import { createUserSchema } from '@/lib/validation/users';
import { FormMessage } from '@/app/_components/forms/form-message';
import { useFormAction } from '@/app/_components/forms/use-form-action';
import { Select } from '@/app/_components/ui/select';
import { SubmitButton } from '@/app/_components/ui/submit-button';
import { TextInput } from '@/app/_components/ui/text-input';
import { addMemberAction } from '../actions';

const roleOptions = [
  { value: 'member', label: 'Member' },
  { value: 'admin', label: 'Admin — manages members' },
] as const;

const read = (form: FormData, key: string) => String(form.get(key) ?? '').trim();

export function AddMemberForm({ minPasswordLength }: { minPasswordLength: number }) {
  const { formAction, onSubmit, fieldErrors, message, isOk, state } = useFormAction(addMemberAction, {
    schema: createUserSchema,
    toInput: (form) => ({
      email: read(form, 'email'),
      name: read(form, 'name'),
      password: String(form.get('password') ?? ''),
      role: read(form, 'role'),
    }),
  });
  const values = isOk ? undefined : state.values;

  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="max-w-xl space-y-4" data-testid="add-member-form">
      <FormMessage message={message} isOk={isOk} data-testid="add-member-message" />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextInput id="member-email" name="email" type="email" label="Email" required autoComplete="off" defaultValue={values?.email} error={fieldErrors.email} data-testid="member-email" />
        <TextInput id="member-name" name="name" label="Name" required autoComplete="off" maxLength={120} defaultValue={values?.name} error={fieldErrors.name} data-testid="member-name" />
        <TextInput
          id="member-password"
          name="password"
          type="password"
          label="Initial password"
          required
          autoComplete="new-password"
          minLength={minPasswordLength}
          hint={`At least ${minPasswordLength} characters. Share it with them securely.`}
          error={fieldErrors.password}
          data-testid="member-password"
        />
        <Select id="member-role" name="role" label="Role" required options={roleOptions} defaultValue={values?.role ?? 'member'} error={fieldErrors.role} data-testid="member-role" />
      </div>
      <SubmitButton variant="primary" pendingLabel="Adding…" data-testid="add-member-submit">
        Add member
      </SubmitButton>
    </form>
  );
}
