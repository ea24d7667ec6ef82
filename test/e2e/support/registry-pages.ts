import { expect, type Locator, type Page } from '@playwright/test';

/**
 * Filter values as a person picks them: status `valid|suspended|revoked|expired|under_review`,
 * function `AMF`, segment `ran|transport|core`, vendor and lab by name or id.
 */
export type RegistryFilters = { status?: string; networkFunction?: string; segment?: string; vendor?: string; lab?: string };
export type RegistrySortColumn = 'issuedAt' | 'expiresAt' | 'product' | 'vendor';

const FILTER_TEST_IDS: Record<keyof RegistryFilters, string> = {
  status: 'registry-filter-status',
  networkFunction: 'registry-filter-function',
  segment: 'registry-filter-segment',
  vendor: 'registry-filter-vendor',
  lab: 'registry-filter-lab',
};

/** The public registry (/) and its certificate pages (/registry/<id>), driven without signing in. */
export class RegistryPages {
  constructor(private readonly page: Page) {}

  async open(query = '') {
    await this.page.goto(`/${query}`);
    await expect(this.page.getByRole('heading', { level: 1, name: 'Public registry of certificates' })).toBeVisible();
  }

  /** Types into the search box and submits the form; the search ends up in the URL. */
  async search(q: string) {
    await this.page.getByTestId('registry-search').fill(q);
    await this.page.getByTestId('registry-apply').click();
    await this.page.waitForURL((url) => (url.searchParams.get('q') ?? '') === q.trim());
  }

  /** Picks the given filters in the form and applies them; the others keep their current value. */
  async filter(filters: RegistryFilters) {
    const entries = Object.entries(filters).filter(([, v]) => v) as [keyof RegistryFilters, string][];
    for (const [key, value] of entries) {
      const select = this.page.getByTestId(FILTER_TEST_IDS[key]);
      const isValue = await select.locator(`option[value="${value}"]`).count();
      await select.selectOption(isValue ? value : { label: value });
    }
    await this.page.getByTestId('registry-apply').click();
    await this.page.waitForURL((url) => entries.every(([key]) => url.searchParams.has(key)));
  }

  async clearFilters() {
    await this.page.getByTestId('registry-clear').first().click();
    await this.page.waitForURL((url) => !url.searchParams.has('q') && !url.searchParams.has('status'));
  }

  /** Clicks a sortable column header (again to reverse the order). */
  async sortBy(column: RegistrySortColumn) {
    await this.page.getByTestId(`registry-sort-${column}`).click();
    await this.page.waitForURL((url) => url.searchParams.get('sort') === column);
  }

  async nextPage() {
    await this.page.getByTestId('registry-next-page').click();
    await this.page.waitForURL((url) => url.searchParams.has('cursor'));
  }

  rows(): Locator {
    return this.page.locator('[data-testid^="registry-row-"]');
  }

  row(certificateId: string): Locator {
    return this.page.getByTestId(`registry-row-${certificateId}`);
  }

  rowByProduct(productName: string): Locator {
    return this.rows().filter({ has: this.page.getByRole('link', { name: productName, exact: true }) });
  }

  emptyState(): Locator {
    return this.page.getByTestId('registry-empty');
  }

  /** Opens the first listed certificate of the product, landing on its certificate page. */
  async openCertificate(productName: string) {
    await this.rowByProduct(productName).first().getByRole('link', { name: productName, exact: true }).click();
    await this.page.waitForURL(/\/registry\/[0-9a-f-]{36}$/);
    await expect(this.certificateStatus()).toBeVisible();
  }

  certificateStatus(): Locator {
    return this.page.getByTestId('certificate-status');
  }

  certificateHistory(): Locator {
    return this.page.getByTestId('certificate-history');
  }

  underReviewNotice(): Locator {
    return this.page.getByTestId('certificate-under-review');
  }

  /** The log indexes the history links to, oldest first. */
  async historyLogIndexes(): Promise<number[]> {
    const ids = await this.certificateHistory().locator('[data-testid^="certificate-history-entry-"]').evaluateAll((links) =>
      links.map((a) => a.getAttribute('data-testid') ?? ''),
    );
    return ids.map((id) => Number(id.slice('certificate-history-entry-'.length)));
  }
}
