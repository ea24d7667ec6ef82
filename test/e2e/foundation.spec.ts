import { expect, test } from '@playwright/test';
import { SignInPage } from './support/sign-in-page';
import type { DemoRole } from './support/demo-users';

const NAV: Record<DemoRole, { visible: string[]; hidden: string[]; kind: string }> = {
  vendor: { visible: ['nav-dashboard', 'nav-settings', 'nav-organization'], hidden: ['nav-review', 'nav-admin'], kind: 'vendor' },
  vendor2: { visible: ['nav-dashboard'], hidden: ['nav-review', 'nav-admin'], kind: 'vendor' },
  lab: { visible: ['nav-dashboard', 'nav-settings'], hidden: ['nav-review', 'nav-admin'], kind: 'lab' },
  regulator: { visible: ['nav-dashboard', 'nav-review', 'nav-admin'], hidden: [], kind: 'regulator' },
  regulator2: { visible: ['nav-dashboard', 'nav-review'], hidden: ['nav-admin'], kind: 'regulator' },
  operator: { visible: ['nav-dashboard', 'nav-settings'], hidden: ['nav-review', 'nav-admin'], kind: 'operator' },
};

for (const role of Object.keys(NAV) as DemoRole[]) {
  test(`${role} signs in and sees the ${NAV[role].kind} navigation`, async ({ page }) => {
    await new SignInPage(page).signInAs(role);
    await expect(page.getByTestId('portal-org-kind')).toContainText(new RegExp(NAV[role].kind, 'i'));
    for (const id of NAV[role].visible) await expect(page.getByTestId(id)).toBeVisible();
    for (const id of NAV[role].hidden) await expect(page.getByTestId(id)).toHaveCount(0);
  });
}

test('a wrong password gets one clear message and no session', async ({ page }) => {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill('vendor@kestrel.example');
  await page.getByLabel('Password').fill('not-the-password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByTestId('sign-in-error')).toContainText('not correct');
  expect((await page.request.get('/api/v1/me')).status()).toBe(401);
});

test('the server refuses a vendor at regulator pages and actions, whatever the UI shows', async ({ page }) => {
  await new SignInPage(page).signInAs('vendor');
  await page.goto('/review');
  await expect(page.getByTestId('not-found-title')).toBeVisible();
  await page.goto('/admin');
  await expect(page.getByTestId('not-found-title')).toBeVisible();
  const createOrg = await page.request.post('/api/v1/organizations', { data: { name: 'Sneaky Regulator', kind: 'regulator' } });
  expect(createOrg.status()).toBe(403);
  const approve = await page.request.post('/api/v1/submissions/00000000-0000-4000-8000-000000000000/actions/approve', { data: {} });
  expect(approve.status()).toBe(404);
  expect(approve.headers()['content-type']).toContain('application/problem+json');
});

test('signing out ends the session on the server, not just in the browser', async ({ page, context }) => {
  const signIn = new SignInPage(page);
  await signIn.signInAs('operator');
  const cookies = await context.cookies();
  expect((await page.request.get('/api/v1/me')).status()).toBe(200);
  await signIn.signOut();
  await context.addCookies(cookies);
  expect((await page.request.get('/api/v1/me')).status()).toBe(401);
  await page.goto('/dashboard');
  await expect(page).toHaveURL(/\/sign-in/);
});

test('an API token from Settings works as a Bearer token until revoked', async ({ page, playwright }) => {
  await new SignInPage(page).signInAs('lab');
  await page.goto('/settings');
  await page.getByTestId('api-token-name').fill('test harness');
  await page.getByTestId('api-token-create').click();
  const token = await page.getByTestId('api-token-value').inputValue();
  expect(token).toMatch(/^tlk_/);
  const api = await playwright.request.newContext({ baseURL: page.url().replace(/\/settings.*/, '') });
  const me = await api.get('/api/v1/me', { headers: { authorization: `Bearer ${token}` } });
  expect(me.status()).toBe(200);
  expect((await me.json()).org.kind).toBe('lab');
  const garbage = await api.get('/api/v1/me', { headers: { authorization: 'Bearer garbage' } });
  expect(garbage.status()).toBe(401);
  await api.dispose();
});
