import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { SignInPage } from './support/sign-in-page';
import { OperatorPages } from './support/operator-pages';

test.describe.configure({ mode: 'serial' });
test.setTimeout(180_000);

test('an operator finds a certified component, accepts it, enters deployments and sees a concentration flag', async ({ page }) => {
  await new SignInPage(page).signInAs('operator');
  const operator = new OperatorPages(page);
  await operator.searchComponents('Polar');
  await expect(operator.componentRows('Aurora gNB')).toHaveCount(0);
  await operator.openComponent('Polar AMF 2.1.0');
  await expect(page.getByTestId('component-results')).toBeVisible();
  await expect(page.getByTestId('component-sbom')).toBeVisible();
  await operator.recordDecision('accept', 'Meets our core security baseline; SBOM reviewed.');
  await expect(page.getByTestId('decision-history')).toContainText('Accepted (version 1)');
  await operator.setDeployment('Polar AMF 2.1.0', 12);
  await operator.setDeployment('Aurora gNB 5.2.0', 300);
  await expect(operator.deploymentRow('Polar AMF 2.1.0').getByTestId('deployment-certificate')).toHaveText('Valid');
  await operator.openDiversity();
  const flag = await operator.expectConcentrationFlag('core');
  await expect(flag).toHaveText(/^Concentrated: Nordwave Networks holds [\d.]+ % of core units \(threshold 50 %\)\.$/);
  await expect(page.getByTestId('concentration-flag-transport')).toHaveCount(0);
});

test('uncertified kit and CSV import: flagged on the diversity page, per-row errors for a bad file', async ({ page }) => {
  await new SignInPage(page).signInAs('operator');
  const operator = new OperatorPages(page);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'op-csv-'));
  const bad = path.join(dir, 'bad.csv');
  fs.writeFileSync(bad, 'vendor,product,version,quantity\nNordwave Networks,Polar AMF,2.1.0,abc\nNobody,Nothing,1,3\n');
  await operator.openDeployments();
  await operator.importDeploymentsCsv(bad);
  await expect(page.getByTestId('deployments-csv-error')).toHaveCount(1);
  await expect(page.getByTestId('deployments-csv-error').first()).toContainText('Line 2');
  const good = path.join(dir, 'good.csv');
  fs.writeFileSync(good, 'vendor,product,version,quantity\nNordwave Networks,Polar AMF,2.1.0,10\nKestrel Radio Systems,Falcon UPF,3.0.4,11\n');
  await operator.importDeploymentsCsv(good);
  await expect(operator.deploymentRow('Falcon UPF 3.0.4').getByTestId('deployment-flag')).toContainText('no certificate');
  await operator.openDiversity();
  await expect(page.getByTestId('concentration-flag-core')).toContainText('Kestrel Radio Systems holds 52.4 % of core units');
  await expect(page.getByTestId('flagged-deployment')).toHaveCount(1);
});

test('vendors see no diversity data and cannot use operator endpoints', async ({ page }) => {
  await new SignInPage(page).signInAs('vendor');
  await page.goto('/diversity');
  await expect(page.getByTestId('not-found-title')).toBeVisible();
  await page.goto('/components');
  await expect(page.getByTestId('not-found-title')).toBeVisible();
  expect((await page.request.get('/api/v1/diversity')).status()).toBe(403);
  expect((await page.request.get('/api/v1/deployments')).status()).toBe(403);
  expect((await page.request.put('/api/v1/deployments', { data: { deployments: [] } })).status()).toBe(403);
});

test('a regulator sees the picture across all operators and per operator', async ({ page }) => {
  await new SignInPage(page).signInAs('regulator');
  await page.getByTestId('nav-diversity').click();
  await expect(page.getByTestId('concentration-flag-core')).toContainText('across all operators');
  await page.getByTestId('operator-select').selectOption({ index: 1 });
  await page.getByTestId('operator-apply').click();
  await expect(page).toHaveURL(/operator=/);
  await expect(page.getByTestId('concentration-flag-core')).not.toContainText('across all operators');
  await expect(page.getByTestId('flagged-deployments')).toBeVisible();
});
