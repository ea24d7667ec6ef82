import { expect, type Locator, type Page } from '@playwright/test';

export type CertificateActionName = 'suspend' | 'reinstate' | 'revoke' | 'clear_review';

/** The certificate list (/certificates): views All / Expiring within 90 days / Review list. */
export class CertificateListPage {
  constructor(private readonly page: Page) {}

  async open(view: 'all' | 'expiring' | 'review' = 'all') {
    await this.page.goto(view === 'all' ? '/certificates' : `/certificates?view=${view}`);
    await expect(this.page.getByRole('heading', { level: 1, name: 'Certificates' })).toBeVisible();
  }

  tab(view: 'all' | 'expiring' | 'review'): Locator {
    return this.page.getByTestId(`certificate-tab-${view}`);
  }

  rows(): Locator {
    return this.page.getByTestId('certificate-row');
  }

  row(certificateId: string): Locator {
    return this.page.locator(`[data-testid="certificate-row"][data-certificate-id="${certificateId}"]`);
  }

  async openCertificate(certificateId: string) {
    await this.row(certificateId).getByTestId('certificate-link').click();
    await expect(this.page).toHaveURL(new RegExp(`/certificates/${certificateId}$`));
  }
}

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

/** The vulnerability list, report form and vendor answer. */
export class VulnerabilityPages {
  constructor(private readonly page: Page) {}

  async openList(filters: { status?: string; severity?: string } = {}) {
    const query = new URLSearchParams(Object.entries(filters).filter((e): e is [string, string] => Boolean(e[1]))).toString();
    await this.page.goto(query ? `/vulnerabilities?${query}` : '/vulnerabilities');
    await expect(this.page.getByRole('heading', { level: 1, name: 'Vulnerabilities' })).toBeVisible();
  }

  rows(): Locator {
    return this.page.getByTestId('vulnerability-row');
  }

  async report(input: { productVersionId?: string; cve?: string; cvssScore: string; title: string; description: string }) {
    await this.page.goto(input.productVersionId ? `/vulnerabilities/new?productVersionId=${input.productVersionId}` : '/vulnerabilities/new');
    const form = this.page.getByTestId('vulnerability-report-form');
    if (input.cve) await form.getByTestId('report-cve').fill(input.cve);
    await form.getByTestId('report-score').fill(input.cvssScore);
    await form.getByTestId('report-title').fill(input.title);
    await form.getByTestId('report-description').fill(input.description);
    await form.getByTestId('report-submit').click();
    await expect(this.page.getByTestId('vulnerability-reported')).toBeVisible();
  }

  async respond(answer: { status: 'confirmed' | 'disputed' | 'fixed'; fixedInVersion?: string; response: string }) {
    const form = this.page.getByTestId('vulnerability-response-form');
    await form.getByTestId(`response-status-${answer.status}`).check();
    if (answer.fixedInVersion) await form.getByTestId('response-fixed-in').fill(answer.fixedInVersion);
    await form.getByTestId('response-text').fill(answer.response);
    await form.getByTestId('response-submit').click();
    await expect(this.page.getByTestId('vulnerability-answered')).toBeVisible();
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
