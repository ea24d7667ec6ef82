import { z } from 'zod';
import { apiTokenResponseSchema, pageOf } from '@/lib/validation/responses';
import { apiFetch } from '@/app/_components/api/api-fetch';

export type ApiToken = z.infer<typeof apiTokenResponseSchema>;

const createdTokenSchema = apiTokenResponseSchema.extend({ token: z.string().min(1) });
export type CreatedApiToken = z.infer<typeof createdTokenSchema>;

export const apiTokenKeys = {
  all: ['api-tokens'] as const,
  list: () => [...apiTokenKeys.all, 'list'] as const,
};

export async function fetchApiTokens(): Promise<ApiToken[]> {
  return (await apiFetch('/api/v1/tokens', pageOf(apiTokenResponseSchema))).items;
}

export function createApiToken(name: string): Promise<CreatedApiToken> {
  return apiFetch('/api/v1/tokens', createdTokenSchema, { method: 'POST', body: { name } });
}

export function revokeApiToken(id: string): Promise<void> {
  return apiFetch(`/api/v1/tokens/${encodeURIComponent(id)}`, null, { method: 'DELETE' });
}
