'use client';

import { useState, type FormEvent } from 'react';
import { useRouter } from 'next/navigation';
import { signInSchema } from '@/lib/validation/users';
import { validate } from '@/app/_components/forms/validate';
import type { FieldErrors } from '@/app/_components/forms/action-state';
import { Alert } from '@/app/_components/ui/alert';
import { Button } from '@/app/_components/ui/button';
import { TextInput } from '@/app/_components/ui/text-input';
import { signInWithCredentials } from './sign-in-request';

type Props = { callbackUrl: string; initialError: string | null };

export function SignInForm({ callbackUrl, initialError }: Props) {
  const router = useRouter();
  const [isPending, setIsPending] = useState(false);
  const [error, setError] = useState<string | null>(initialError);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const input = { email: String(form.get('email') ?? ''), password: String(form.get('password') ?? '') };
    const errors = validate(signInSchema, input);
    setFieldErrors(errors ?? {});
    if (errors) {
      setError(null);
      const first = errors.email ? 'email' : 'password';
      (event.currentTarget.elements.namedItem(first) as HTMLInputElement | null)?.focus();
      return;
    }
    setIsPending(true);
    setError(null);
    const result = await signInWithCredentials({ ...input, callbackUrl });
    if (result.ok) {
      router.replace(callbackUrl);
      router.refresh();
      return;
    }
    setIsPending(false);
    setError(result.message);
  }

  return (
    <form onSubmit={handleSubmit} noValidate className="space-y-4" data-testid="sign-in-form" aria-busy={isPending}>
      {error ? (
        <Alert tone="error" data-testid="sign-in-error">
          {error}
        </Alert>
      ) : null}
      <TextInput
        id="sign-in-email"
        name="email"
        type="email"
        label="Email"
        autoComplete="username"
        required
        error={fieldErrors.email ? 'Enter your email address, like name@example.org.' : undefined}
        data-testid="sign-in-email"
      />
      <TextInput
        id="sign-in-password"
        name="password"
        type="password"
        label="Password"
        autoComplete="current-password"
        required
        error={fieldErrors.password ? 'Enter your password.' : undefined}
        data-testid="sign-in-password"
      />
      <Button type="submit" variant="primary" className="w-full" disabled={isPending} data-testid="sign-in-submit">
        {isPending ? 'Signing in…' : 'Sign in'}
      </Button>
    </form>
  );
}
