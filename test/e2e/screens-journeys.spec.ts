import { expect, test } from '@playwright/test';
import { SignInPage } from './support/sign-in-page';
import { OperatorPages } from './support/operator-pages';

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
