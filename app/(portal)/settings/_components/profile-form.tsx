'use client';

import { updateProfileSchema } from '@/lib/validation/users';
import { FormMessage } from '@/app/_components/forms/form-message';
import { useFormAction } from '@/app/_components/forms/use-form-action';
import { SubmitButton } from '@/app/_components/ui/submit-button';
import { TextInput } from '@/app/_components/ui/text-input';
import { updateProfileAction } from '../actions';

export function ProfileForm({ name }: { name: string }) {
  const { formAction, onSubmit, fieldErrors, message, isOk, state } = useFormAction(updateProfileAction, {
    schema: updateProfileSchema,
    toInput: (form) => ({ name: String(form.get('name') ?? '') }),
  });
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="max-w-md space-y-4" data-testid="profile-form">
      <FormMessage message={message} isOk={isOk} data-testid="profile-message" />
      <TextInput
        id="profile-name"
        name="name"
        label="Name"
        autoComplete="name"
        required
        maxLength={120}
        defaultValue={state.values?.name ?? name}
        error={fieldErrors.name}
        data-testid="profile-name"
      />
      <SubmitButton variant="primary" pendingLabel="Saving…" data-testid="profile-save">
        Save name
      </SubmitButton>
    </form>
  );
}
