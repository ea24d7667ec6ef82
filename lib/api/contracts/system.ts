import { z } from 'zod';
import { healthResponseSchema } from '@/lib/validation/responses';
import { defineContract } from '../contract';

export const getHealth = defineContract({
  operationId: 'getHealth',
  method: 'GET',
  path: '/api/health',
  tag: 'system',
  summary: 'Database reachability: `{status: "ok"}` when start-up finished and every pool connection answers, else a 503 problem document with Retry-After',
  isPublic: true,
  response: { status: 200, content: { 'application/json': healthResponseSchema } },
  errors: [503],
});

/** The document's outer shape; its paths are generated from every contract. */
const openApiDocumentSchema = z.looseObject({
  openapi: z.literal('3.1.0'),
  info: z.looseObject({ title: z.string(), version: z.string() }),
  paths: z.record(z.string(), z.record(z.string(), z.unknown())),
});

export const getOpenApiDocument = defineContract({
  operationId: 'getOpenApiDocument',
  method: 'GET',
  path: '/api/v1/openapi.json',
  tag: 'system',
  summary: 'This OpenAPI 3.1 document, generated from the contracts the route handlers are built from',
  isPublic: true,
  response: { status: 200, content: { 'application/json': openApiDocumentSchema } },
});
