import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineContract } from '@/lib/api/contract';
import { ContractViolation } from '@/lib/api/conformance';
import { endpoint } from '@/lib/api/endpoint';
import { problemResponse } from '@/lib/api/problem';

// Under vitest every handler built from a contract checks its own answers; these prove it catches mismatches.
const contract = defineContract({
  operationId: 'getThing',
  method: 'GET',
  path: '/api/v1/things/{id}',
  tag: 'test',
  summary: 'A thing',
  isPublic: true,
  params: z.object({ id: z.uuid() }),
  query: z.strictObject({ detail: z.enum(['short', 'long']).default('short') }),
  response: { status: 200, content: { 'application/json': z.object({ id: z.uuid(), name: z.string(), tags: z.array(z.string()).optional() }) } },
  otherResponses: { 304: 'Not modified' },
  errors: [404],
});

const id = '0b5c4c6e-3d8e-4a8e-9d0b-6a8f2b1c9e01';
const call = (handler: ReturnType<typeof endpoint>, query = '') =>
  handler(new Request(`http://localhost/api/v1/things/${id}${query}`), { params: Promise.resolve({ id }) });
const answering = (response: () => Response) => endpoint(contract, async () => response());

describe('response conformance under vitest', () => {
  it('passes an answer that matches its schema, and hands the handler parsed params and query', async () => {
    const seen: unknown[] = [];
    const handler = endpoint(contract, async ({ params, query }) => {
      seen.push(params, query);
      return Response.json({ id: params.id, name: 'x', tags: ['a'] });
    });
    expect((await call(handler, '?detail=long')).status).toBe(200);
    expect(seen).toEqual([{ id }, { detail: 'long' }]);
  });

  it('throws on a body that does not match the schema', async () => {
    await expect(call(answering(() => Response.json({ id, name: 42 })))).rejects.toThrow(ContractViolation);
    await expect(call(answering(() => Response.json({ id: 'not-a-uuid', name: 'x' })))).rejects.toThrow(/does not match/);
  });

  it('throws on a field the schema does not document', async () => {
    await expect(call(answering(() => Response.json({ id, name: 'x', secret: 'leak' })))).rejects.toThrow(/undocumented .* at \$\.secret/);
  });

  it('throws on an undocumented status, media type or error status', async () => {
    await expect(call(answering(() => Response.json({ id, name: 'x' }, { status: 201 })))).rejects.toThrow(/success status is 200/);
    await expect(call(answering(() => new Response('x', { headers: { 'content-type': 'text/plain' } })))).rejects.toThrow(/media type "text\/plain"/);
    await expect(call(answering(() => problemResponse(409, 'Conflict', 'x')))).rejects.toThrow(/status 409 is not among/);
    expect((await call(answering(() => problemResponse(404, 'Not found', 'x')))).status).toBe(404);
    expect((await call(answering(() => new Response(null, { status: 304 }))) ).status).toBe(304);
  });

  it('throws on an error that is not a problem document', async () => {
    await expect(call(answering(() => Response.json({ message: 'nope' }, { status: 404 })))).rejects.toThrow(/application\/problem\+json/);
    const wrong = new Response(JSON.stringify({ title: 'x', status: 404 }), { status: 404, headers: { 'content-type': 'application/problem+json' } });
    await expect(call(answering(() => wrong))).rejects.toThrow(/not a problem document/);
    const mismatched = problemResponse(404, 'Not found', 'x', { status: 400 });
    await expect(call(answering(() => mismatched))).rejects.toThrow(/says status 400/);
  });

  it('answers bad params and query with a 400 problem document before the handler runs', async () => {
    let ran = false;
    const handler = endpoint(contract, async () => {
      ran = true;
      return Response.json({ id, name: 'x' });
    });
    const badParams = await handler(new Request('http://localhost/api/v1/things/nope'), { params: Promise.resolve({ id: 'nope' }) });
    expect(badParams.status).toBe(400);
    expect((await call(handler, '?detail=huge')).status).toBe(400);
    expect((await call(handler, '?unknown=1')).status).toBe(400);
    expect(ran).toBe(false);
  });
});

describe('documented response headers', () => {
  const withEtag = defineContract({
    operationId: 'putThing',
    method: 'PUT',
    path: '/api/v1/things',
    tag: 'test',
    summary: 'Replace the thing',
    isPublic: true,
    response: { status: 200, content: { 'application/json': z.object({ version: z.int() }) }, headers: { etag: 'The version', 'x-note': { description: 'Sometimes', isOptional: true } } },
  });
  const put = (response: Response) =>
    endpoint(withEtag, async () => response)(new Request('http://localhost/api/v1/things', { method: 'PUT' }), { params: Promise.resolve({}) });

  it('must be sent unless optional', async () => {
    await expect(put(Response.json({ version: 2 }))).rejects.toThrow(/documented header etag is missing/);
    expect((await put(Response.json({ version: 2 }, { headers: { etag: '"2"' } }))).status).toBe(200);
  });
});
