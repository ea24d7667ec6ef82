'use client';

import { changePasswordSchema, MIN_PASSWORD_LENGTH } from '@/lib/validation/users';
import { FormMessage } from '@/app/_components/forms/form-message';
import { useFormAction } from '@/app/_components/forms/use-form-action';
import { SubmitButton } from '@/app/_components/ui/submit-button';
import { TextInput } from '@/app/_components/ui/text-input';
import { changePasswordAction } from '../actions';

const read = (form: FormData, key: string) => String(form.get(key) ?? '');

export function PasswordForm() {
  const { formAction, onSubmit, fieldErrors, message, isOk } = useFormAction(changePasswordAction, {
    schema: changePasswordSchema,
    toInput: (form) => ({
      currentPassword: read(form, 'currentPassword'),
      newPassword: read(form, 'newPassword'),
      confirmPassword: read(form, 'confirmPassword'),
    }),
  });
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="max-w-md space-y-4" data-testid="password-form">
      <FormMessage message={message} isOk={isOk} data-testid="password-message" />
      <TextInput
        id="password-current"
        name="currentPassword"
        type="password"
        label="Current password"
        autoComplete="current-password"
        required
        error={fieldErrors.currentPassword}
        data-testid="password-current"
      />
      <TextInput
        id="password-new"
        name="newPassword"
        type="password"
        label="New password"
        autoComplete="new-password"
        required
        minLength={MIN_PASSWORD_LENGTH}
        hint={`At least ${MIN_PASSWORD_LENGTH} characters. A long passphrase is easier to remember than a short complex password.`}
        error={fieldErrors.newPassword}
        data-testid="password-new"
      />
      <TextInput
        id="password-confirm"
        name="confirmPassword"
        type="password"
        label="Repeat the new password"
        autoComplete="new-password"
        required
        error={fieldErrors.confirmPassword}
        data-testid="password-confirm"
      />
      <SubmitButton variant="primary" pendingLabel="Changing…" data-testid="password-save">
        Change password
      </SubmitButton>
    </form>
  );
}
