'use client';

import { useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { createTokenSchema } from '@/lib/validation/users';
import { ApiError } from '@/app/_components/api/api-fetch';
import { validate } from '@/app/_components/forms/validate';
import { Alert } from '@/app/_components/ui/alert';
import { Button } from '@/app/_components/ui/button';
import { TextInput } from '@/app/_components/ui/text-input';
import { apiTokenKeys, createApiToken, type CreatedApiToken } from './api-token-queries';

export function CreateTokenForm({ onCreated }: { onCreated: (token: CreatedApiToken) => void }) {
  const queryClient = useQueryClient();
  const [nameError, setNameError] = useState<string | undefined>();
  const create = useMutation({
    mutationFn: createApiToken,
    onSuccess: async (token) => {
      onCreated(token);
      await queryClient.invalidateQueries({ queryKey: apiTokenKeys.all });
    },
    onError: (error) => setNameError(error instanceof ApiError ? error.fieldErrors.name : undefined),
  });

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const name = String(new FormData(event.currentTarget).get('name') ?? '');
    const errors = validate(createTokenSchema, { name });
    setNameError(errors?.name);
    if (errors) {
      (event.currentTarget.elements.namedItem('name') as HTMLInputElement | null)?.focus();
      return;
    }
    create.mutate(name);
  }

  return (
    <form onSubmit={handleSubmit} noValidate className="space-y-3" data-testid="api-token-create-form">
      {create.isError && !nameError ? (
        <Alert tone="error" data-testid="api-token-create-error">
          {create.error.message}
        </Alert>
      ) : null}
      <div className="flex flex-wrap items-start gap-3">
        <div className="w-full max-w-sm">
          <TextInput
            id="api-token-name"
            name="name"
            label="Token name"
            hint="Say where it will be used, e.g. “CI pipeline”."
            required
            maxLength={80}
            autoComplete="off"
            error={nameError}
            data-testid="api-token-name"
          />
        </div>
        <Button type="submit" variant="primary" className="sm:mt-6" disabled={create.isPending} data-testid="api-token-create">
          {create.isPending ? 'Creating…' : 'Create token'}
        </Button>
      </div>
    </form>
  );
}
