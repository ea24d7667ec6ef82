import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { HTTP_METHODS, isMutating, pathParamNames, type ApiContract } from '@/lib/api/contract';
import { allContracts } from '@/lib/api/contracts/index';
import { buildOpenApiDocument, contractProblems } from '@/lib/api/openapi';

const root = path.resolve(import.meta.dirname, '../../..');

/** Route files the document leaves out on purpose, each with its reason. */
const NOT_DOCUMENTED: Record<string, string> = {
  '/api/auth/{...nextauth}': "next-auth's own sign-in, callback and session endpoints for the portal's pages (not part of the API clients use)",
};

/** app/api/v1/certificates/[id]/route.ts → /api/v1/certificates/{id} */
function routeFiles(): { file: string; path: string }[] {
  const found: { file: string; path: string }[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name === 'route.ts') {
        const segments = path.relative(path.join(root, 'app'), dir).split(path.sep);
        found.push({ file: full, path: '/' + segments.map((s) => s.replace(/^\[(.+)\]$/, '{$1}')).join('/') });
      }
    }
  };
  walk(path.join(root, 'app', 'api'));
  return found.sort((a, b) => a.path.localeCompare(b.path));
}

const document = buildOpenApiDocument('http://localhost');
const documented = (method: string, p: string) => Boolean((document.paths[p] as Record<string, unknown> | undefined)?.[method.toLowerCase()]);

describe('the OpenAPI document covers every route handler', () => {
  const files = routeFiles();

  it('finds the route files', () => {
    expect(files.length).toBeGreaterThan(40);
    expect(files.map((f) => f.path)).toContain('/api/v1/submissions/{id}/actions/{action}');
  });

  it.each(files.filter((f) => !(f.path in NOT_DOCUMENTED)))('documents every method exported by $path, built from its contract', async ({ file, path: routePath }) => {
    const module = (await import(file)) as Record<string, unknown>;
    const methods = HTTP_METHODS.filter((m) => m in module);
    expect(methods.length, `${routePath} exports no handler`).toBeGreaterThan(0);
    for (const method of methods) {
      expect(documented(method, routePath), `${method} ${routePath} is missing from the OpenAPI document`).toBe(true);
      const contract = (module[method] as { contract?: ApiContract }).contract;
      expect(contract, `${method} ${routePath} is not built with endpoint(contract, …)`).toBeDefined();
      expect({ method: contract!.method, path: contract!.path }).toEqual({ method, path: routePath });
      expect(allContracts, `the contract of ${method} ${routePath} is not in lib/api/contracts`).toContain(contract);
    }
  });

  it('refuses a cross-site cookie write to every mutating method of every route', async () => {
    const refused: string[] = [];
    for (const { file, path: routePath } of files.filter((f) => !(f.path in NOT_DOCUMENTED))) {
      const module = (await import(file)) as Record<string, (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>>;
      const params = Object.fromEntries(pathParamNames(routePath).map((name) => [name, '00000000-0000-4000-8000-000000000000']));
      const url = 'http://localhost' + routePath.replace(/\{(\w+)\}/g, (_, name: string) => params[name]);
      for (const method of HTTP_METHODS.filter((m) => m in module && isMutating(m))) {
        const headers = { cookie: 'next-auth.session-token=x', origin: 'https://evil.example', 'content-type': 'text/plain' };
        const response = await module[method](new Request(url, { method, body: '{}', headers }), { params: Promise.resolve(params) });
        expect(response.status, `${method} ${routePath}`).toBe(403);
        expect(await response.json()).toMatchObject({ title: 'Cross-site request refused' });
        refused.push(`${method} ${routePath}`);
      }
    }
    expect(refused.length).toBe(allContracts.filter((c) => isMutating(c.method)).length);
    expect(refused).toContain('POST /api/v1/submissions/{id}/actions/{action}');
  });

  it('documents nothing that has no route handler, and names each exception', () => {
    const paths = new Set(files.map((f) => f.path));
    for (const contract of allContracts) expect(paths.has(contract.path), `${contract.path} has no route.ts`).toBe(true);
    for (const exception of Object.keys(NOT_DOCUMENTED)) expect(paths.has(exception), `stale exception ${exception}`).toBe(true);
  });

  it('has well-formed contracts: unique operation ids and methods, path parameters declared', () => {
    const ids = allContracts.map((c) => c.operationId);
    expect(new Set(ids).size).toBe(ids.length);
    const routes = allContracts.map((c) => `${c.method} ${c.path}`);
    expect(new Set(routes).size).toBe(routes.length);
    for (const contract of allContracts) expect(contractProblems(contract), contract.operationId).toEqual([]);
  });

  it('is OpenAPI 3.1 with a problem response for every error and a schema for every JSON answer', () => {
    expect(document.openapi).toBe('3.1.0');
    for (const [p, operations] of Object.entries(document.paths)) {
      for (const [method, operation] of Object.entries(operations as Record<string, { responses: Record<string, { $ref?: string; content?: Record<string, { schema: unknown }> }> }>)) {
        for (const [status, response] of Object.entries(operation.responses)) {
          if (status.startsWith('4') || status === '5XX') expect(response.$ref, `${method} ${p} ${status}`).toBe('#/components/responses/Problem');
          for (const media of Object.values(response.content ?? {})) expect(media.schema, `${method} ${p} ${status}`).toBeTruthy();
        }
      }
    }
  });
});

/** `POST /api/v1/certificates/{id}/actions/{suspend\|revoke}` → `POST /api/v1/certificates/{}/actions/{}` (query and optional parts dropped). */
function normalise(endpoint: string): string {
  const [method, raw] = endpoint.split(' ');
  const p = raw.replace(/\[.*$/, '').replace(/\?.*$/, '').replace(/\{[^}]*\}/g, '{}');
  return `${method} ${p}`;
}

const designEndpoints = (text: string) =>
  [...text.matchAll(/`((?:GET|POST|PUT|PATCH|DELETE|HEAD) \/api[^`]*)`/g)].map(([, e]) => e.replace(/\\\|/g, '|'));

describe('the OpenAPI document has every endpoint of API.md and LOG.md', () => {
  const fixture = fs.readFileSync(path.join(root, 'test/fixtures/design-endpoints.md'), 'utf8');
  const named = designEndpoints(fixture);
  const ours = new Set(allContracts.map((c) => normalise(`${c.method} ${c.path}`)));

  it('lists them', () => {
    expect(named.length).toBeGreaterThanOrEqual(29);
  });

  it.each(named)('%s', (endpoint) => {
    expect(ours.has(normalise(endpoint)), `${endpoint} is not in the OpenAPI document`).toBe(true);
  });

  const designDir = process.env.TRUSTLEDGER_DESIGN_DIR ?? '/work/shared/design';
  it.runIf(fs.existsSync(path.join(designDir, 'API.md')))('the list is what the design documents name today', () => {
    const fromDocs = ['API.md', 'LOG.md'].flatMap((name) => designEndpoints(fs.readFileSync(path.join(designDir, name), 'utf8')));
    expect(named).toEqual(fromDocs);
  });
});

describe('what the generated document says', () => {
  type Operation = {
    security: unknown[];
    parameters: { name: string; in: string; required: boolean; schema: Record<string, unknown> }[];
    requestBody?: { required: boolean; content: Record<string, { schema: Record<string, unknown> }> };
    responses: Record<string, { content?: Record<string, { schema: Record<string, unknown> }>; $ref?: string }>;
  };
  const op = (method: string, p: string) => (document.paths[p] as Record<string, Operation>)[method];

  it('takes path parameters, query, bodies and answers from the contracts', () => {
    const create = op('post', '/api/v1/submissions');
    expect(create.security).toEqual([{ bearerAuth: [] }]);
    expect(create.requestBody).toMatchObject({ required: true, content: { 'application/json': { schema: { required: ['productVersionId', 'labOrgId'], additionalProperties: false } } } });
    expect(create.responses['201'].content!['application/json'].schema).toMatchObject({ properties: { state: { enum: expect.arrayContaining(['draft']) } } });
    expect(Object.keys(create.responses)).toEqual(expect.arrayContaining(['201', '400', '401', '403', '404', '413', '415', '422', '5XX']));

    const action = op('post', '/api/v1/submissions/{id}/actions/{action}');
    expect(action.requestBody!.required).toBe(false);
    expect(action.parameters.map((p) => [p.name, p.in, p.schema.format ?? p.schema.enum])).toEqual([
      ['id', 'path', 'uuid'],
      ['action', 'path', expect.arrayContaining(['submit', 'submit-evaluation'])],
    ]);

    const results = op('get', '/api/v1/submissions/{id}/results');
    expect(Object.keys(results.responses['200'].content!)).toEqual(['application/json', 'text/csv']);
    expect(results.parameters.find((p) => p.name === 'format')).toMatchObject({ in: 'query', required: false });

    expect(op('delete', '/api/v1/tokens/{id}').responses['204'].content).toBeUndefined();
    expect(op('head', '/api/v1/evidence/{id}/content')).toBeDefined();
  });

  it('marks public endpoints, and those that show a signed-in caller more', () => {
    expect(op('get', '/api/v1/log/checkpoint').security).toEqual([]);
    expect(op('get', '/api/v1/log/entries').security).toEqual([{}, { bearerAuth: [] }]);
    expect(op('get', '/api/v1/log/entries').parameters.filter((p) => p.required).map((p) => p.name)).toEqual(['start', 'end']);
    expect(Object.keys(op('get', '/api/v1/log/checkpoint').responses)).not.toContain('401');
  });
});
