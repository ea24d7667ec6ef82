import { z } from 'zod';
import { errorStatusesOf, isJsonMediaType, pathParamNames, problemSchema, type ApiContract, type MediaSchema } from './contract';
import { allContracts } from '@/lib/api/contracts/index';

type JsonSchema = Record<string, unknown> & { properties?: Record<string, unknown>; required?: string[] };

const toSchema = (schema: z.ZodType, io: 'input' | 'output') =>
  z.toJSONSchema(schema, { target: 'draft-2020-12', io, unrepresentable: 'any' }) as JsonSchema;

function mediaSchema(media: MediaSchema, io: 'input' | 'output'): JsonSchema {
  if (media === 'text') return { type: 'string' };
  if (media === 'binary') return { type: 'string', format: 'binary' };
  return toSchema(media, io);
}

const contentOf = (content: Record<string, MediaSchema>, io: 'input' | 'output') =>
  Object.fromEntries(Object.entries(content).map(([type, media]) => [type, { schema: mediaSchema(media, io) }]));

function parametersOf(contract: ApiContract) {
  const path = contract.params ? toSchema(contract.params, 'input') : { properties: {} };
  const pathParams = pathParamNames(contract.path).map((name) => ({
    name,
    in: 'path',
    required: true,
    schema: path.properties?.[name] ?? { type: 'string' },
  }));
  if (!contract.query) return pathParams;
  const query = toSchema(contract.query, 'input');
  return [
    ...pathParams,
    ...Object.entries(query.properties ?? {}).map(([name, schema]) => ({
      name,
      in: 'query',
      required: query.required?.includes(name) ?? false,
      schema,
    })),
  ];
}

function operationOf(contract: ApiContract) {
  const { response } = contract;
  const security = contract.isPublic ? (contract.readsOptionalCaller ? [{}, { bearerAuth: [] }] : []) : [{ bearerAuth: [] }];
  return {
    operationId: contract.operationId,
    summary: contract.summary,
    ...(contract.description ? { description: contract.description } : {}),
    tags: [contract.tag],
    security,
    parameters: parametersOf(contract),
    ...(contract.body
      ? { requestBody: { required: !contract.body.isOptional, content: contentOf(contract.body.content, 'input') } }
      : {}),
    responses: {
      [String(response.status)]: {
        description: response.description ?? 'Success',
        ...(response.headers
          ? {
              headers: Object.fromEntries(
                Object.entries(response.headers).map(([name, doc]) => [
                  name,
                  typeof doc === 'string' ? { description: doc, required: true, schema: { type: 'string' } } : { description: doc.description, schema: { type: 'string' } },
                ]),
              ),
            }
          : {}),
        ...(response.content ? { content: contentOf(response.content, 'output') } : {}),
      },
      ...Object.fromEntries(Object.entries(contract.otherResponses ?? {}).map(([status, description]) => [status, { description }])),
      ...Object.fromEntries(errorStatusesOf(contract).map((status) => [String(status), { $ref: '#/components/responses/Problem' }])),
      '5XX': { $ref: '#/components/responses/Problem' },
    },
  };
}

/** Contract mistakes the type system cannot see; the OpenAPI test runs this over every contract. */
export function contractProblems(contract: ApiContract): string[] {
  const problems: string[] = [];
  const names = pathParamNames(contract.path);
  const declared = Object.keys(contract.params?.shape ?? {});
  if ([...names].sort().join() !== [...declared].sort().join()) {
    problems.push(`path parameters {${names.join('}, {')}} but params declares ${declared.join(', ') || 'none'}`);
  }
  for (const content of [contract.body?.content, contract.response.content]) {
    for (const [type, media] of Object.entries(content ?? {})) {
      if (typeof media !== 'string' && !isJsonMediaType(type)) problems.push(`a zod schema for the non-JSON media type ${type}`);
    }
  }
  if (contract.response.status === 204 && contract.response.content) problems.push('204 with a body');
  return problems;
}

/** The OpenAPI 3.1 document, generated from the contracts the route handlers are built from. */
export function buildOpenApiDocument(serverUrl: string, contracts: readonly ApiContract[] = allContracts) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const contract of contracts) {
    paths[contract.path] ??= {};
    paths[contract.path][contract.method.toLowerCase()] = operationOf(contract);
  }
  return {
    openapi: '3.1.0' as const,
    info: {
      title: 'Trustledger API',
      version: '1.0.0',
      description:
        'The verifiable trust record for telecom network equipment. Authenticate with a personal API token: `Authorization: Bearer <token>`. ' +
        "Signed-in browser sessions may change things only from the portal's own pages (a cross-site request: 403).",
    },
    servers: [{ url: serverUrl }],
    components: {
      securitySchemes: { bearerAuth: { type: 'http', scheme: 'bearer', description: 'A personal API token' } },
      responses: {
        Problem: {
          description: 'An RFC 9457 problem document',
          content: { 'application/problem+json': { schema: toSchema(problemSchema, 'output') } },
        },
      },
    },
    paths,
  };
}
