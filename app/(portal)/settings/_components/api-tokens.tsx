'use client';

import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Alert } from '@/app/_components/ui/alert';
import { Button } from '@/app/_components/ui/button';
import { apiTokenKeys, fetchApiTokens, type ApiToken, type CreatedApiToken } from './api-token-queries';
import { CreateTokenForm } from './create-token-form';
import { CreatedToken } from './created-token';
import { TokenTable } from './token-table';

export function ApiTokens({ initialTokens }: { initialTokens: ApiToken[] }) {
  const [created, setCreated] = useState<CreatedApiToken | null>(null);
  const tokens = useQuery({ queryKey: apiTokenKeys.list(), queryFn: fetchApiTokens, initialData: initialTokens });

  return (
    <div className="space-y-6">
      {created ? (
        <CreatedToken token={created} onDone={() => setCreated(null)} />
      ) : (
        <CreateTokenForm onCreated={setCreated} />
      )}
      {tokens.isError ? (
        <Alert tone="error" title="The token list could not be loaded." data-testid="api-tokens-load-error">
          <p>{tokens.error.message}</p>
          <Button size="sm" variant="secondary" className="mt-2" onClick={() => tokens.refetch()}>
            Try again
          </Button>
        </Alert>
      ) : null}
      <TokenTable tokens={tokens.data} />
    </div>
  );
}
