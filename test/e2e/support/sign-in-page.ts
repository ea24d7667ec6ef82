import { expect, type Page } from '@playwright/test';
import { DEMO_PASSWORD, demoUsers, type DemoRole } from './demo-users';

/** The sign-in screen, driven the way a person uses it. */
export class SignInPage {
  constructor(private readonly page: Page) {}

  async signInAs(role: DemoRole, callbackUrl = '/dashboard') {
    await this.page.goto(`/sign-in?callbackUrl=${encodeURIComponent(callbackUrl)}`);
    await this.page.getByLabel('Email').fill(demoUsers[role]);
    await this.page.getByLabel('Password').fill(DEMO_PASSWORD);
    await this.page.getByRole('button', { name: 'Sign in' }).click();
    await expect(this.page.getByTestId('sign-out')).toBeVisible();
  }

  async signOut() {
    await this.page.getByTestId('sign-out').click();
    await expect(this.page).toHaveURL(/\/sign-in/);
  }
}
