import crypto from 'node:crypto';
import { expect, test } from '@playwright/test';
import { SignInPage } from './support/sign-in-page';

test.setTimeout(180_000);

test('a 64 MiB upload through the production server keeps every byte (no proxy truncation)', async ({ page }) => {
  await new SignInPage(page).signInAs('vendor');
  const drafts = await (await page.request.get('/api/v1/submissions?state=draft')).json();
  const draft = drafts.items[0];
  expect(draft, 'the demo data has a draft submission for Nordwave').toBeTruthy();
  const body = crypto.randomBytes(64 * 1024 * 1024);
  const sha256 = crypto.createHash('sha256').update(body).digest();
  const upload = await page.request.post(`/api/v1/submissions/${draft.id}/evidence?kind=other&filename=firmware.bin`, {
    data: body,
    headers: { 'content-type': 'application/octet-stream', 'content-digest': `sha-256=:${sha256.toString('base64')}:` },
    timeout: 120_000,
  });
  expect(upload.status(), await upload.text()).toBe(201);
  const evidence = await upload.json();
  expect(evidence.size).toBe(body.length);
  expect(evidence.sha256).toBe(sha256.toString('hex'));
  const download = await page.request.get(`/api/v1/evidence/${evidence.id}/content`, { timeout: 120_000 });
  expect(download.headers()['content-digest']).toBe(`sha-256=:${sha256.toString('base64')}:`);
  expect(download.headers()['content-disposition']).toContain('attachment');
  expect(crypto.createHash('sha256').update(await download.body()).digest('hex')).toBe(evidence.sha256);
});
