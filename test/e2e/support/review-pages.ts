import { expect, type Locator, type Page } from '@playwright/test';

/** Filter values as a person picks them: segment `ran|transport|core`, function `AMF`, vendor and lab by name or id. */
export type QueueFilters = { segment?: string; networkFunction?: string; vendor?: string; lab?: string };
export type QueueSortColumn = 'age' | 'vendor' | 'function' | 'segment' | 'lab';

/** The regulators' review queue. */
export class ReviewPages {
  constructor(private readonly page: Page) {}

  /** Opens /review and, when given, applies the filters through the filter form (so they end up in the URL). */
  async openQueue(filters: QueueFilters = {}) {
    await this.page.goto('/review');
    await expect(this.page.getByRole('heading', { level: 1, name: 'Review queue' })).toBeVisible();
    const entries = Object.entries(filters).filter(([, v]) => v);
    if (entries.length === 0) return;
    const ids: Record<keyof QueueFilters, string> = {
      segment: 'queue-filter-segment',
      networkFunction: 'queue-filter-function',
      vendor: 'queue-filter-vendor',
      lab: 'queue-filter-lab',
    };
    for (const [key, value] of entries) await this.page.getByTestId(ids[key as keyof QueueFilters]).selectOption(value!);
    await this.page.getByTestId('queue-filter-apply').click();
    await this.page.waitForURL((url) => entries.every(([key]) => url.searchParams.has(key)));
  }

  table(): Locator {
    return this.page.getByTestId('queue-table');
  }

  row(submissionId: string): Locator {
    return this.page.getByTestId(`queue-row-${submissionId}`);
  }

  rowByProduct(productName: string): Locator {
    return this.page.locator('[data-testid^="queue-row-"]').filter({ has: this.page.getByRole('link', { name: productName, exact: true }) });
  }

  /** Clicks a sortable column header (again to reverse the order). */
  async sortBy(column: QueueSortColumn) {
    await this.page.getByTestId(`queue-sort-${column}`).click();
    await this.page.waitForURL((url) => url.searchParams.get('sort') === column);
  }

  /** Opens the first queued submission of the product, landing on its submission page. */
  async openFromQueue(productName: string) {
    await this.rowByProduct(productName).first().getByRole('link', { name: productName, exact: true }).click();
    await this.page.waitForURL(/\/submissions\/[0-9a-f-]+$/);
  }
}
