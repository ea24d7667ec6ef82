import { expect, type Page } from '@playwright/test';

export type NewProduct = {
  name: string;
  networkFunction: string;
  isVirtualized?: boolean;
  model?: string;
  description?: string;
};

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

/** The vendor's product screens (/products, /products/new, /products/[id]) and starting a submission. */
export class VendorPages {
  /** The version most recently added with addVersion; startSubmission uses it unless told otherwise. */
  private lastVersion: string | null = null;

  constructor(private readonly page: Page) {}

  async gotoProducts(query: { q?: string; networkFunction?: string } = {}) {
    const params = new URLSearchParams(Object.entries(query).filter((e): e is [string, string] => Boolean(e[1])));
    await this.page.goto(`/products${params.size ? `?${params}` : ''}`);
    await expect(this.page.getByRole('heading', { level: 1, name: 'Products' })).toBeVisible();
  }

  /** Registers a product through the form; returns its id and leaves the browser on its page. */
  async createProduct({ name, networkFunction, isVirtualized = false, model, description }: NewProduct): Promise<string> {
    await this.page.goto('/products/new');
    await this.page.getByTestId('product-name').fill(name);
    if (model) await this.page.getByTestId('product-model').fill(model);
    await this.page.getByTestId('product-network-function').selectOption(networkFunction);
    await this.page.getByTestId('product-virtualized').setChecked(isVirtualized);
    if (description) await this.page.getByTestId('product-description').fill(description);
    await this.page.getByTestId('product-create').click();
    await this.page.waitForURL(new RegExp(`/products/${UUID}$`));
    await expect(this.page.getByTestId('product-title')).toHaveText(name);
    return this.productIdFromUrl();
  }

  async gotoProduct(productId: string) {
    await this.page.goto(`/products/${productId}`);
    await expect(this.page.getByTestId('product-title')).toBeVisible();
  }

  /** Adds a version on the product page the browser is on. */
  async addVersion(version: string, releasedAt?: string) {
    await this.page.getByTestId('version-label').fill(version);
    if (releasedAt) await this.page.getByTestId('version-released').fill(releasedAt);
    await this.page.getByTestId('version-add').click();
    await expect(this.page.getByTestId('version-form-message')).toContainText(`Version ${version} has been added`);
    await expect(this.page.getByTestId(`version-row-${version}`)).toBeVisible();
    this.lastVersion = version;
  }

  /**
   * From the product page: "Start a submission" for `version` (default: the last one added), choose
   * the lab by its name, create the draft. Returns the submission id; the browser is on its page.
   */
  async startSubmission(labName: string, version = this.lastVersion): Promise<string> {
    if (!version) throw new Error('startSubmission: add a version first or name one');
    await this.page.getByTestId(`version-start-submission-${version}`).click();
    await this.page.waitForURL(/\/submissions\/new\?/);
    await this.labOption(labName).getByRole('radio').check();
    await this.page.getByTestId('submission-create').click();
    await this.page.waitForURL(new RegExp(`/submissions/${UUID}$`));
    await expect(this.page.getByTestId('submission-state')).toHaveText('Draft');
    return new URL(this.page.url()).pathname.split('/').pop()!;
  }

  /** On /submissions/new: a lab of the vendor's own group is listed with a warning and cannot be chosen. */
  async expectLabBlockedForIndependence(labName: string) {
    const option = this.labOption(labName);
    await expect(option.getByTestId('lab-same-group')).toBeVisible();
    await expect(option.getByRole('radio')).toBeDisabled();
  }

  labOption(labName: string) {
    return this.page.locator(`[data-testid="lab-option"][data-lab-name="${labName.replace(/"/g, '\\"')}"]`);
  }

  productRows() {
    return this.page.locator('[data-testid^="product-row-"]');
  }

  private productIdFromUrl(): string {
    return new URL(this.page.url()).pathname.split('/').pop()!;
  }
}
