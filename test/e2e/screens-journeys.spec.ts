import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { InboxPage } from './support/certificate-pages';
import { LabPages } from './support/lab-pages';
import { OperatorPages } from './support/operator-pages';
import { pageFor } from './support/role-page';
import { SignInPage } from './support/sign-in-page';
import { SubmissionPage } from './support/submission-page';
import { VendorPages } from './support/vendor-pages';

const SBOM = path.join(process.cwd(), 'test/fixtures/sboms/cyclonedx-1.4-laravel-7.12.0.json');

function reportFile(name: string) {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'tl-e2e-')), name);
  fs.writeFileSync(file, 'Evaluation report\n\nAll applicable SCAS test cases were executed.\n');
  return file;
}

test.describe.configure({ mode: 'serial' });
test.setTimeout(120_000);

test('the public log check calls a mistyped root or key not valid, in neutral words, and raises the alarm only for a real mismatch', async ({ page }) => {
  await page.goto('/log');
  const result = page.getByTestId('consistency-result');
  await page.locator('#consistency-from').fill('1');
  await page.locator('#consistency-root').fill('abc123');
  await page.getByTestId('verify-consistency').click();
  await expect(result).toHaveAttribute('data-state', 'invalid');
  await expect(result).toContainText('Check what you entered');
  await expect(page.getByTestId('consistency-result-summary')).toHaveText('This is not a valid root hash: it has 6 hex digits, 64 expected.');
  await expect(result).not.toContainText('Verification failed');
  await expect(result).not.toHaveClass(/red/);

  await page.locator('#consistency-root').fill('0'.repeat(64));
  await page.getByTestId('verify-consistency').click();
  await expect(result).toHaveAttribute('data-state', 'failed');
  await expect(result).toContainText('Verification failed');
  await expect(result).toContainText('What to do next');
  await expect(result).toHaveClass(/red/);

  await page.goto('/log/entries/0');
  await page.getByText('Pin a verifier key you obtained elsewhere').click();
  await page.locator('#pinned-key').fill('trustledger+1234');
  await page.getByTestId('verify-inclusion').click();
  const entryResult = page.getByTestId('verification-result');
  await expect(entryResult).toHaveAttribute('data-state', 'invalid');
  await expect(page.getByTestId('verification-result-summary')).toHaveText(/^This is not a valid key: /);

  const key = (await (await page.request.get('/api/v1/log/key')).text()).trim();
  await page.locator('#pinned-key').fill(key);
  await page.getByTestId('verify-inclusion').click();
  await expect(entryResult).toHaveAttribute('data-state', 'passed');
});

test('leaving the inventory with unsaved rows asks first, in the portal and when closing the tab', async ({ page }) => {
  await new SignInPage(page).signInAs('operator');
  const operator = new OperatorPages(page);
  await operator.setDeployment('Polar AMF 2.1.0', 7, { save: false });
  await expect(page.getByTestId('deployments-unsaved')).toBeVisible();

  const asked: string[] = [];
  page.once('dialog', async (dialog) => {
    asked.push(`${dialog.type()}: ${dialog.message()}`);
    await dialog.dismiss();
  });
  await page.getByTestId('nav-dashboard').click();
  await expect.poll(() => asked).toEqual(['confirm: You have unsaved changes. Leave this page and lose them?']);
  await expect(page).toHaveURL(/\/deployments$/);
  await expect(operator.deploymentRow('Polar AMF 2.1.0').getByTestId('deployment-quantity')).toHaveValue('7');

  const unload = new Promise<string>((resolve) => page.once('dialog', async (dialog) => {
    resolve(dialog.type());
    await dialog.accept();
  }));
  await page.close({ runBeforeUnload: true });
  expect(await unload).toBe('beforeunload');
});

test('the inventory refetches after Back: a change saved elsewhere replaces the stale view', async ({ page, browser }) => {
  await new SignInPage(page).signInAs('operator');
  const operator = new OperatorPages(page);
  await operator.openDeployments();
  await page.getByTestId('nav-inbox').click();
  await expect(page).toHaveURL(/\/inbox/);

  const other = await browser.newPage();
  await new SignInPage(other).signInAs('operator');
  await new OperatorPages(other).setDeployment('Polar AMF 2.1.0', 41);
  await other.close();

  await page.goBack();
  await expect(operator.deploymentRow('Polar AMF 2.1.0').getByTestId('deployment-quantity')).toHaveValue('41');
});

test('an operator follows a network function; an empty choice is refused in words', async ({ page }) => {
  await new SignInPage(page).signInAs('operator');
  await page.goto('/settings#follows');
  await page.getByTestId('follow-submit').click();
  await expect(page.getByText('Choose a network function')).toBeVisible();
  await page.getByTestId('follow-network-function').selectOption('AMF');
  await page.getByTestId('follow-submit').click();
  await expect(page.getByTestId('follows-message')).toContainText('You now follow AMF.');
  await expect(page.getByTestId('follow-AMF')).toBeVisible();
  await page.goto('/dashboard');
  await expect(page.getByTestId('getting-started-follow')).toHaveAttribute('data-done', 'true');
});

test('the first-visit checklist shows the vendor’s real progress and can be hidden', async ({ page }) => {
  await new SignInPage(page).signInAs('vendor');
  const checklist = page.getByTestId('getting-started');
  await expect(checklist).toBeVisible();
  await expect(page.getByTestId('getting-started-product')).toHaveAttribute('data-done', 'true');
  await expect(checklist.locator('li')).toHaveCount(4);
  await page.getByTestId('getting-started-dismiss').click();
  await expect(checklist).toHaveCount(0);
  await page.reload();
  await expect(page.getByTestId('portal-user-name')).toBeVisible();
  await expect(checklist).toHaveCount(0);
});

test('people and inboxes: a decided review is done in every regulator’s inbox, colleagues see who decided, a follower hears of the certificate', async ({ browser }) => {
  test.setTimeout(240_000);
  const name = `Screens gNB ${Date.now().toString(36)}`;
  const operator = await pageFor(browser, 'operator');
  await operator.goto('/settings#follows');
  if ((await operator.getByTestId('follow-gNB').count()) === 0) {
    await operator.getByTestId('follow-network-function').selectOption('gNB');
    await operator.getByTestId('follow-submit').click();
    await expect(operator.getByTestId('follow-gNB')).toBeVisible();
  }

  const vendor = await pageFor(browser, 'vendor');
  const vendorPages = new VendorPages(vendor);
  await vendorPages.createProduct({ name, networkFunction: 'gNB' });
  await vendorPages.addVersion('1.0.0');
  const submissionId = await vendorPages.startSubmission('Meridian Security Lab');
  const asVendor = new SubmissionPage(vendor);
  await asVendor.uploadEvidence(SBOM, 'sbom', 'certified');
  await asVendor.act('submit');

  const lab = await pageFor(browser, 'lab');
  const asLab = new SubmissionPage(lab);
  await asLab.goto(submissionId);
  await asLab.act('accept', { conflictStatement: 'Meridian has no ties to Nordwave.' });
  const labPages = new LabPages(lab);
  await labPages.openResults(submissionId);
  await labPages.setAllResults('pass');
  await asLab.goto(submissionId);
  await asLab.uploadEvidence(reportFile('evaluation-report.txt'), 'evaluation_report');
  await labPages.openResults(submissionId);
  await labPages.submitEvaluation();
  await asLab.expectState('Under review');

  const regulator2 = await pageFor(browser, 'regulator2');
  const inbox = new InboxPage(regulator2);
  await inbox.open();
  const notice = inbox.items().filter({ hasText: `${name} 1.0.0 is ready for review` });
  await expect(notice).toHaveAttribute('data-resolved', 'false');

  const regulator = await pageFor(browser, 'regulator');
  const asRegulator = new SubmissionPage(regulator);
  await asRegulator.goto(submissionId);
  await asRegulator.act('approve');
  await asRegulator.expectState('Approved');

  await inbox.open();
  await expect(notice).toHaveAttribute('data-resolved', 'true');
  await expect(notice.getByTestId('inbox-item-resolved')).toContainText('Done');

  await new SubmissionPage(regulator2).goto(submissionId);
  await expect(regulator2.getByTestId('decision').first()).toContainText('Dr. Anna Weber');
  await asVendor.goto(submissionId);
  await expect(vendor.getByTestId('decision').first()).toContainText('Regulator');
  await expect(vendor.getByTestId('decision').first()).not.toContainText('Anna Weber');

  const operatorInbox = new InboxPage(operator);
  await operatorInbox.open();
  await expect(operatorInbox.items().filter({ hasText: `New gNB certificate: Nordwave Networks ${name} 1.0.0` })).toHaveCount(1);
});
