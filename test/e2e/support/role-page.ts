import type { Browser, Page } from '@playwright/test';
import { SignInPage } from './sign-in-page';
import type { DemoRole } from './demo-users';

/** A signed-in page for a role in its own browser context, like a separate person at their own desk. */
export async function pageFor(browser: Browser, role: DemoRole): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await new SignInPage(page).signInAs(role);
  return page;
}
