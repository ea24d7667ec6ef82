import { isDeepStrictEqual } from 'node:util';
import { z } from 'zod';
import { errorStatusesOf, isJsonMediaType, problemSchema, type ApiContract } from './contract';

/** A handler answered something its contract does not document. Thrown only while testing. */
export class ContractViolation extends Error {
  override name = 'ContractViolation';
}

const mediaTypeOf = (response: Response) => (response.headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase();

/** The first place where two JSON values differ, as a path (for a message that says where). */
function firstDifference(a: unknown, b: unknown, path = '$'): string | null {
  if (isDeepStrictEqual(a, b)) return null;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || Array.isArray(a) !== Array.isArray(b)) return path;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const key of keys) {
    const found = firstDifference((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], `${path}.${key}`);
    if (found) return found;
  }
  return path;
}

function fail(contract: ApiContract, response: Response, message: string): never {
  throw new ContractViolation(`${contract.method} ${contract.path} (${contract.operationId}) answered ${response.status}: ${message}`);
}

async function readJsonBody(contract: ApiContract, response: Response): Promise<unknown> {
  const text = await response.clone().text();
  try {
    return JSON.parse(text);
  } catch {
    return fail(contract, response, `the body is not JSON: ${text.slice(0, 200)}`);
  }
}

/**
 * The body must parse with the schema, and parsing must not change it: a field the schema does not
 * name would be dropped (the document promises `additionalProperties: false`), so it is a mismatch too.
 */
function checkAgainst(contract: ApiContract, response: Response, schema: z.ZodType, body: unknown) {
  const result = schema.safeParse(body);
  if (!result.success) {
    return fail(contract, response, `the body does not match the documented schema:\n${z.prettifyError(result.error)}\nbody: ${JSON.stringify(body).slice(0, 2000)}`);
  }
  const normalised = JSON.parse(JSON.stringify(result.data)) as unknown;
  const difference = firstDifference(normalised, body);
  if (difference) {
    return fail(contract, response, `the body has undocumented or changed content at ${difference}\nbody: ${JSON.stringify(body).slice(0, 2000)}`);
  }
}

/**
 * Checks one answer of a handler against its contract: a documented status; for the success status
 * a documented media type, and a JSON body that matches its schema exactly; for errors an RFC 9457
 * problem document with the same status. Throws a ContractViolation otherwise.
 */
export async function checkConformance(contract: ApiContract, request: Request, response: Response): Promise<void> {
  const status = response.status;
  const type = mediaTypeOf(response);
  const hasBody = request.method !== 'HEAD';
  if (contract.otherResponses && status in contract.otherResponses) return;
  if (status >= 400) {
    if (status < 500 && !errorStatusesOf(contract).includes(status)) {
      fail(contract, response, `status ${status} is not among the documented ones (${errorStatusesOf(contract).join(', ')})`);
    }
    if (type !== 'application/problem+json') fail(contract, response, `an error must be application/problem+json, not "${type}"`);
    if (!hasBody) return;
    const body = await readJsonBody(contract, response);
    const result = problemSchema.safeParse(body);
    if (!result.success) fail(contract, response, `not a problem document:\n${z.prettifyError(result.error)}`);
    if (result.data.status !== status) fail(contract, response, `the problem document says status ${result.data.status}`);
    return;
  }
  if (status !== contract.response.status) fail(contract, response, `the documented success status is ${contract.response.status}`);
  for (const [name, doc] of Object.entries(contract.response.headers ?? {})) {
    if (typeof doc === 'string' && !response.headers.has(name)) fail(contract, response, `the documented header ${name} is missing`);
  }
  const content = contract.response.content;
  if (!content) {
    if (response.body !== null) fail(contract, response, 'the contract documents no body');
    return;
  }
  const schema = content[type];
  if (schema === undefined) fail(contract, response, `media type "${type}" is not documented (${Object.keys(content).join(', ')})`);
  if (!hasBody || typeof schema === 'string') return;
  if (!isJsonMediaType(type)) fail(contract, response, `a zod schema is documented for the non-JSON type "${type}"`);
  checkAgainst(contract, response, schema, await readJsonBody(contract, response));
}
