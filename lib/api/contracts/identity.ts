import { createTokenSchema } from '@/lib/validation/users';
import { idParamSchema } from '@/lib/validation/common';
import { apiTokenResponseSchema, meResponseSchema, pageOf } from '@/lib/validation/responses';
import { z } from 'zod';
import { defineContract } from '../contract';

export const getMe = defineContract({
  operationId: 'getMe',
  method: 'GET',
  path: '/api/v1/me',
  tag: 'identity',
  summary: 'The calling user, organisation and role',
  response: { status: 200, content: { 'application/json': meResponseSchema } },
});

export const listApiTokens = defineContract({
  operationId: 'listApiTokens',
  method: 'GET',
  path: '/api/v1/tokens',
  tag: 'identity',
  summary: "The caller's API tokens",
  response: { status: 200, content: { 'application/json': pageOf(apiTokenResponseSchema) } },
});

export const createApiToken = defineContract({
  operationId: 'createApiToken',
  method: 'POST',
  path: '/api/v1/tokens',
  tag: 'identity',
  summary: 'Create an API token (the token is shown once, in this answer only)',
  body: { content: { 'application/json': createTokenSchema } },
  response: {
    status: 201,
    content: { 'application/json': apiTokenResponseSchema.extend({ token: z.string().describe('The secret; send it as `Authorization: Bearer <token>`') }) },
  },
});

export const revokeApiToken = defineContract({
  operationId: 'revokeApiToken',
  method: 'DELETE',
  path: '/api/v1/tokens/{id}',
  tag: 'identity',
  summary: 'Revoke one of your API tokens',
  params: idParamSchema,
  response: { status: 204, description: 'Revoked' },
  errors: [404],
});
