import { expect, type Locator, type Page } from '@playwright/test';

export type CertificateActionName = 'suspend' | 'reinstate' | 'revoke' | 'clear_review';


/** One certificate (/certificates/[id]): details, regulator actions with a required reason, history. */
export class CertificatePage {
  constructor(private readonly page: Page) {}

  async open(certificateId: string) {
    await this.page.goto(`/certificates/${certificateId}`);
    await expect(this.page.getByTestId('certificate-details')).toBeVisible();
  }

  status(): Locator {
    return this.page.getByTestId('certificate-status');
  }

  underReview(): Locator {
    return this.page.getByTestId('certificate-under-review');
  }

  actionButton(action: CertificateActionName): Locator {
    return this.page.getByTestId(`certificate-action-${action}`);
  }

  historyEvents(): Locator {
    return this.page.getByTestId('certificate-history-event');
  }

  /** Opens the action's form, gives the reason and confirms (revoke asks a second time: it is final). */
  async act(action: CertificateActionName, reason: string) {
    await this.actionButton(action).click();
    const form = this.page.getByTestId('certificate-action-form');
    await form.getByTestId('certificate-action-reason').fill(reason);
    await form.getByTestId('certificate-action-confirm').click();
    if (action === 'revoke') await form.getByTestId('certificate-action-confirm-confirm').click();
    await expect(this.page.getByTestId('certificate-action-done')).toBeVisible();
  }

  /** Submits the action's form without a reason: the form must refuse it. */
  async actWithoutReason(action: Exclude<CertificateActionName, 'revoke'>) {
    await this.actionButton(action).click();
    await this.page.getByTestId('certificate-action-confirm').click();
    await expect(this.page.getByTestId(`certificate-${action}-reason-error`)).toBeVisible();
  }
}


/** The inbox and the unread count in the navigation. */
export class InboxPage {
  constructor(private readonly page: Page) {}

  async open(unreadOnly = false) {
    await this.page.goto(unreadOnly ? '/inbox?unread=1' : '/inbox');
    await expect(this.page.getByRole('heading', { level: 1, name: 'Inbox' })).toBeVisible();
  }

  items(): Locator {
    return this.page.getByTestId('inbox-item');
  }

  unreadItems(): Locator {
    return this.page.locator('[data-testid="inbox-item"][data-read="false"]');
  }

  /** The badge next to "Inbox" in the navigation; absent when nothing is unread. */
  unreadBadge(): Locator {
    return this.page.getByTestId('nav-unread-count');
  }

  async markAllRead() {
    await this.page.getByTestId('inbox-mark-all-read').click();
    await expect(this.unreadItems()).toHaveCount(0);
  }
}
