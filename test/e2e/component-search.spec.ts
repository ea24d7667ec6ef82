import { expect, test } from '@playwright/test';
import { pageFor } from './support/role-page';

test.setTimeout(120_000);

test('a regulator searches log4j-core, finds a certified version, and reads its SBOM conformance checklist', async ({ browser }) => {
  const regulator = await pageFor(browser, 'regulator');
  await regulator.getByTestId('nav-component-search').click();
  await expect(regulator.getByRole('heading', { name: 'Search by component' })).toBeVisible();
  await expect(regulator.getByTestId('component-search-start')).toBeVisible();

  await regulator.getByLabel('Package URL (purl)').fill('pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1');
  await regulator.getByTestId('component-search-submit').click();
  // The query lives in the URL, so the result can be bookmarked and shared.
  await expect(regulator).toHaveURL(/component-search\?purl=pkg%3Amaven%2Forg\.apache\.logging\.log4j%2Flog4j-core%402\.14\.1/);
  const certified = regulator.locator('[data-testid="component-search-row"][data-certified="true"]');
  await expect(certified.first()).toBeVisible();
  await expect(certified.first()).toContainText('log4j-core 2.14.1');
  await expect(certified.first().getByTestId('component-search-certificate')).toContainText(/valid|suspended|expired/i);

  // A version that no SBOM lists: a clear empty state that says what to try.
  await regulator.getByLabel('Package URL (purl)').fill('pkg:maven/org.apache.logging.log4j/log4j-core@9.9.9');
  await regulator.getByTestId('component-search-submit').click();
  await expect(regulator.getByTestId('component-search-empty')).toContainText('Leave out the version');

  await regulator.goBack();
  await regulator.locator('[data-testid="component-search-row"][data-certified="true"]').first().getByRole('link', { name: 'Open the SBOM' }).click();
  const checklist = regulator.getByTestId('sbom-conformance');
  await expect(checklist).toBeVisible();
  await expect(regulator.getByTestId('sbom-conformance-verdict')).toHaveText('Does not conform');
  const formatCheck = regulator.locator('[data-testid="sbom-conformance-check"][data-check="format-version"]');
  await expect(formatCheck).toHaveAttribute('data-passed', 'false');
  await expect(formatCheck).toContainText('CycloneDX 1.4 is older than CycloneDX 1.6');
  await expect(regulator.locator('[data-testid="sbom-conformance-check"][data-check="component-name"]')).toHaveAttribute('data-passed', 'true');

  // The API answers the same question (operators are limited to SBOMs released to them; the public not at all).
  const api = await regulator.request.get('/api/v1/components?purl=pkg:maven/org.apache.logging.log4j/log4j-core');
  expect(api.status()).toBe(200);
  expect((await api.json()).items.length).toBeGreaterThan(0);
  const anonymous = await browser.newContext();
  expect((await anonymous.request.get('http://localhost:' + (process.env.E2E_PORT ?? 3100) + '/api/v1/components?purl=pkg:npm/a')).status()).toBe(401);
});
