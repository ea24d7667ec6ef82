import { expect, test } from '@playwright/test';
import { verifyLog } from '@/lib/log/verify-log';
import { httpLogSource } from '@/lib/log/http-log-source';
import { verifyCheckpoint } from '@/lib/log/checkpoint-signature';

test('the public log verifies end to end over HTTP with nothing but the public endpoints', async ({ baseURL, request }) => {
  const key = (await (await request.get('/api/v1/log/key')).text()).trim();
  const result = await verifyLog(httpLogSource(baseURL!), { pinnedVerifierKey: key });
  expect(result).toMatchObject({ ok: true });
  if (result.ok) expect(result.size).toBeGreaterThan(0);
  const checkpoint = await (await request.get('/api/v1/log/checkpoint')).text();
  expect(verifyCheckpoint(checkpoint, key)).toMatchObject({ ok: true });
});

test('the log endpoints refuse bad ranges with problem documents', async ({ request }) => {
  for (const path of [
    '/api/v1/log/entries?start=5&end=1',
    '/api/v1/log/entries?start=-1&end=3',
    '/api/v1/log/proof/inclusion?index=0&treeSize=999999999',
    '/api/v1/log/proof/inclusion?index=abc&treeSize=3',
    '/api/v1/log/proof/consistency?from=9&to=3',
  ]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(400);
    expect(response.headers()['content-type']).toContain('application/problem+json');
  }
});
