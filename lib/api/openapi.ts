import { z } from 'zod';
import { operations, type Operation } from './openapi-operations';

const problem = {
  description: 'An RFC 9457 problem document',
  content: {
    'application/problem+json': {
      schema: {
        type: 'object',
        required: ['type', 'title', 'status', 'detail'],
        properties: {
          type: { type: 'string' },
          title: { type: 'string' },
          status: { type: 'integer' },
          detail: { type: 'string' },
          currentState: { type: 'string' },
          errors: { type: 'array', items: { type: 'object', properties: { path: { type: 'string' }, message: { type: 'string' } } } },
        },
      },
    },
  },
};

const toSchema = (schema: z.ZodType, io: 'input' | 'output') =>
  z.toJSONSchema(schema, { target: 'draft-2020-12', io, unrepresentable: 'any' });

function queryParameters(op: Operation) {
  if (!op.query) return [];
  const schema = toSchema(op.query, 'input') as { properties?: Record<string, unknown>; required?: string[] };
  return Object.entries(schema.properties ?? {}).map(([name, s]) => ({
    name,
    in: 'query',
    required: schema.required?.includes(name) ?? false,
    schema: s,
  }));
}

function pathParameters(path: string) {
  return [...path.matchAll(/\{(\w+)\}/g)].map(([, name]) => ({ name, in: 'path', required: true, schema: { type: 'string' } }));
}

/** The OpenAPI 3.1 document, generated from the same zod schemas the handlers validate with. */
export function buildOpenApiDocument(serverUrl: string) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const op of operations) {
    const errorCodes = op.errors ?? [400, 401, 404];
    paths[op.path] ??= {};
    paths[op.path][op.method] = {
      operationId: op.id,
      summary: op.summary,
      tags: [op.tag],
      security: op.isPublic ? [] : [{ bearerAuth: [] }],
      parameters: [...pathParameters(op.path), ...queryParameters(op)],
      ...(op.body
        ? { requestBody: { required: true, content: { [op.bodyType ?? 'application/json']: { schema: op.bodyType ? { type: 'string', format: 'binary' } : toSchema(op.body, 'input') } } } }
        : {}),
      responses: {
        [String(op.status ?? 200)]: {
          description: op.responseDescription ?? 'Success',
          ...(op.response ? { content: { 'application/json': { schema: toSchema(op.response, 'output') } } } : {}),
          ...(op.responseText ? { content: { 'text/plain': { schema: { type: 'string' } } } } : {}),
        },
        ...Object.fromEntries(errorCodes.map((code) => [String(code), { $ref: '#/components/responses/Problem' }])),
      },
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Trustledger API',
      version: '1.0.0',
      description:
        'The verifiable trust record for telecom network equipment. Authenticate with a personal API token: `Authorization: Bearer <token>`.',
    },
    servers: [{ url: serverUrl }],
    components: {
      securitySchemes: { bearerAuth: { type: 'http', scheme: 'bearer', description: 'A personal API token' } },
      responses: { Problem: problem },
    },
    paths,
  };
}
