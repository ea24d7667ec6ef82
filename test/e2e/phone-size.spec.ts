import { expect, test, type Page } from '@playwright/test';
import { OperatorPages } from './support/operator-pages';
import { SignInPage } from './support/sign-in-page';
import type { DemoRole } from './support/demo-users';

// A 390 × 844 phone (iPhone 12–15 class). The results grid has its own phone check (decision work).
test.use({ viewport: { width: 390, height: 844 } });
test.describe.configure({ mode: 'serial' });
test.setTimeout(180_000);

/** The page fits the screen: nothing scrolls sideways and no table cell lies beyond the screen's edges. */
async function expectFitsPhone(page: Page, path: string) {
  await page.goto(path);
  await page.waitForLoadState('load');
  const measured = await page.evaluate(() => {
    const width = window.innerWidth;
    const cells = [...document.querySelectorAll('table tbody td, table tbody th')].filter((cell) => {
      const box = cell.getBoundingClientRect();
      return box.width > 0 && box.height > 0 && (box.right > width + 1 || box.left < -1);
    });
    return { scrollWidth: document.documentElement.scrollWidth, width, offscreenCells: cells.map((c) => c.textContent?.trim().slice(0, 40)) };
  });
  expect(measured.scrollWidth, `${path} is ${measured.scrollWidth} px wide`).toBeLessThanOrEqual(measured.width);
  expect(measured.offscreenCells, `${path}: table cells beyond the screen`).toEqual([]);
}

/** A key cell is on screen horizontally, with its column's label beside it in the phone layout. */
async function expectKeyCell(page: Page, testIdPrefix: string, label: string) {
  const cell = page.locator(`[data-testid^="${testIdPrefix}"]`).first();
  await cell.scrollIntoViewIfNeeded();
  await expect(cell).toBeInViewport();
  const box = (await cell.boundingBox())!;
  expect(box.x + box.width).toBeLessThanOrEqual(390);
  await expect(cell.locator('xpath=ancestor::td[1]')).toHaveAttribute('data-label', label);
}

const MAIN_PAGES: Record<Exclude<DemoRole, 'vendor2' | 'regulator2'>, string[]> = {
  vendor: ['/dashboard', '/inbox', '/products', '/submissions', '/certificates', '/vulnerabilities', '/organization', '/settings'],
  lab: ['/dashboard', '/inbox', '/assignments', '/vulnerabilities', '/organization', '/settings'],
  regulator: ['/dashboard', '/inbox', '/review', '/submissions', '/diversity', '/certificates', '/vulnerabilities', '/organization', '/admin', '/settings'],
  operator: ['/dashboard', '/inbox', '/components', '/deployments', '/diversity', '/vulnerabilities', '/organization', '/settings'],
};

test('the public registry, log and sign-in fit a phone, with the registry Status column on screen', async ({ page }) => {
  for (const path of ['/', '/log', '/sign-in']) await expectFitsPhone(page, path);
  await page.goto('/');
  await expectKeyCell(page, 'registry-status-', 'Status');
  await page.goto('/log');
  const first = page.getByTestId('log-entry-row').first().locator('a').first();
  await first.click();
  await expect(page.getByTestId('log-entry')).toBeVisible();
  await expectFitsPhone(page, page.url().replace(/^https?:\/\/[^/]+/, ''));
});

for (const [role, paths] of Object.entries(MAIN_PAGES) as [keyof typeof MAIN_PAGES, string[]][]) {
  test(`the ${role}'s main pages fit a phone`, async ({ page }) => {
    await new SignInPage(page).signInAs(role);
    for (const path of paths) await expectFitsPhone(page, path);
  });
}

test('key columns stay on screen: a certificate status, an inventory line’s certificate', async ({ page }) => {
  await new SignInPage(page).signInAs('regulator');
  await page.goto('/certificates');
  await expect(page.locator('table').first()).toBeVisible();
  const statusCell = page.locator('table tbody td[data-label="Status"]').first();
  await expect(statusCell).toBeVisible();
  expect(((await statusCell.boundingBox())!.x)).toBeGreaterThanOrEqual(0);
  await new SignInPage(page).signOut();
  await new SignInPage(page).signInAs('operator');
  await new OperatorPages(page).setDeployment('Polar AMF 2.1.0', 3, { save: false });
  await expectKeyCell(page, 'deployment-certificate', 'Certificate');
  await expectFitsPhone(page, '/deployments');
});
