import { expect, test } from '@playwright/test';
import { pageFor } from './support/role-page';
import { CertificatePage, InboxPage } from './support/certificate-pages';
import { OperatorPages } from './support/operator-pages';

test.setTimeout(180_000);

test('a regulator suspends a deployed certificate and the operator sees it in the inbox and on the diversity page', async ({ browser }) => {
  const operator = await pageFor(browser, 'operator');
  const operatorPages = new OperatorPages(operator);
  await operatorPages.openDeployments();
  await operatorPages.setDeployment('Aurora gNB 5.2.0', 40);

  const registry = await (await operator.request.get('/api/v1/registry?q=Aurora')).json();
  const certificate = registry.items.find((c: { product: string; version: string }) => c.product === 'Aurora gNB' && c.version === '5.2.0');
  expect(certificate).toBeTruthy();

  // The registry API remembers totals between requests (one per page here, so the total is counted, not seen).
  const validTotal = async () => (await (await operator.request.get('/api/v1/registry?status=valid&limit=1')).json()).total as number;
  const validBefore = await validTotal();
  expect(validBefore).toBeGreaterThan(1);
  expect(await validTotal()).toBe(validBefore);

  const regulator = await pageFor(browser, 'regulator');
  const certificatePage = new CertificatePage(regulator);
  await certificatePage.open(certificate.id);
  await certificatePage.act('suspend', 'Critical vulnerability in the O&M interface under investigation.');
  await expect(certificatePage.status()).toContainText(/suspended/i);
  // The suspension (a server action) clears the totals the API route answers from, at once.
  expect(await validTotal()).toBe(validBefore - 1);
  const suspended = await (await operator.request.get('/api/v1/registry?status=suspended')).json();
  expect(suspended.items.map((c: { id: string }) => c.id)).toContain(certificate.id);

  const inbox = new InboxPage(operator);
  await inbox.open();
  await expect(inbox.items().filter({ hasText: 'Aurora gNB' }).filter({ hasText: /suspended/i }).first()).toBeVisible();
  await operatorPages.openDiversity();
  await expect(operator.getByTestId('flagged-deployment').filter({ hasText: 'Aurora gNB' }).first()).toContainText(/suspended/i);
});
