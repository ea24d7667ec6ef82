'use client';

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { formatDateTime } from '@/app/_components/format/format-date-time';
import { Alert } from '@/app/_components/ui/alert';
import { Badge } from '@/app/_components/ui/badge';
import { ConfirmButton } from '@/app/_components/ui/confirm-button';
import { Table, TBody, Td, Th, THead } from '@/app/_components/ui/data-table';
import { EmptyState } from '@/app/_components/ui/empty-state';
import { apiTokenKeys, revokeApiToken, type ApiToken } from './api-token-queries';

export function TokenTable({ tokens }: { tokens: ApiToken[] }) {
  const queryClient = useQueryClient();
  const revoke = useMutation({
    mutationFn: revokeApiToken,
    onSettled: () => queryClient.invalidateQueries({ queryKey: apiTokenKeys.all }),
  });

  if (!tokens.length) {
    return (
      <EmptyState
        headingLevel={3}
        title="No API tokens yet"
        body="Create one above for each script or pipeline, so you can revoke them one at a time."
        data-testid="api-tokens-empty"
      />
    );
  }

  return (
    <div className="space-y-3">
      {revoke.isError ? (
        <Alert tone="error" data-testid="api-token-revoke-error">
          {revoke.error.message}
        </Alert>
      ) : null}
      <Table caption="Your API tokens" data-testid="api-tokens-table">
        <THead>
          <tr>
            <Th>Name</Th>
            <Th>Prefix</Th>
            <Th>Created</Th>
            <Th>Last used</Th>
            <Th>Status</Th>
            <Th>
              <span className="sr-only">Actions</span>
            </Th>
          </tr>
        </THead>
        <TBody>
          {tokens.map((t) => (
            <tr key={t.id} data-testid={`api-token-row-${t.id}`}>
              <Th scope="row">{t.name}</Th>
              <Td className="font-mono">{t.prefix}…</Td>
              <Td className="whitespace-nowrap">{formatDateTime(t.createdAt)}</Td>
              <Td className="whitespace-nowrap">{t.lastUsedAt ? formatDateTime(t.lastUsedAt) : 'Never'}</Td>
              <Td>
                {t.revokedAt ? (
                  <Badge tone="neutral">Revoked {formatDateTime(t.revokedAt)}</Badge>
                ) : (
                  <Badge tone="success">Active</Badge>
                )}
              </Td>
              <Td className="text-right">
                {t.revokedAt ? null : (
                  <ConfirmButton
                    label={<>Revoke<span className="sr-only"> {t.name}</span></>}
                    prompt={`Revoke “${t.name}”? Anything using it stops working.`}
                    confirmLabel="Yes, revoke"
                    pendingLabel="Revoking…"
                    isPending={revoke.isPending && revoke.variables === t.id}
                    onConfirm={() => revoke.mutate(t.id)}
                    testId="api-token-revoke"
                  />
                )}
              </Td>
            </tr>
          ))}
        </TBody>
      </Table>
    </div>
  );
}
