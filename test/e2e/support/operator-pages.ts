import { expect, type Locator, type Page } from '@playwright/test';

type SegmentName = 'ran' | 'transport' | 'core';

/**
 * The operator's screens — approved components, one component with the decision form, the
 * deployments table and the vendor-diversity page — driven the way a person uses them.
 */
export class OperatorPages {
  constructor(private readonly page: Page) {}

  /** Opens the catalogue and searches it (the search lives in the URL). */
  async searchComponents(q: string) {
    await this.page.goto('/components');
    await this.page.getByTestId('components-search').fill(q);
    await this.page.getByTestId('components-search-submit').click();
    await expect(this.page).toHaveURL(new RegExp(`[?&]q=${encodeURIComponent(q).replace(/%20/g, '\\+')}`));
    await expect(this.page.getByTestId('components-table')).toBeVisible();
  }

  /** The catalogue rows whose name ("<product> <version>") contains `name`. */
  componentRows(name: string): Locator {
    return this.page.getByTestId('component-row').filter({ has: this.page.getByTestId('component-link').filter({ hasText: name }) });
  }

  /** Opens a component from the catalogue results by its name, e.g. "Polar AMF 2.1.0". */
  async openComponent(name: string) {
    await this.componentRows(name).first().getByTestId('component-link').click();
    await expect(this.page.getByTestId('component-title')).toContainText(name);
  }

  /** Records accept or reject with a rationale on the open component page and waits for the confirmation. */
  async recordDecision(decision: 'accept' | 'reject', rationale: string) {
    const form = this.page.getByTestId('decision-form');
    await form.getByTestId(`decision-${decision}`).check();
    await form.getByTestId('decision-rationale').fill(rationale);
    await form.getByTestId('decision-submit').click();
    await expect(form.getByTestId('decision-message')).toContainText(decision === 'accept' ? 'accepted' : 'rejected');
    await expect(this.page.getByTestId('component-decision-badge')).toHaveText(decision === 'accept' ? 'Accepted' : 'Rejected');
  }

  async openDeployments() {
    await this.page.goto('/deployments');
    await expect(this.page.getByTestId('deployments-save')).toBeVisible();
  }

  /** The inventory row of a product version, by its label ("<product> <version>"). */
  deploymentRow(productVersionLabel: string): Locator {
    return this.page.locator(`[data-testid="deployment-row"][data-label="${productVersionLabel.replace(/"/g, '\\"')}"]`);
  }

  /**
   * Sets the units of a product version, adding it through the version search when it is not in the
   * table yet, and (by default) saves the inventory.
   */
  async setDeployment(productVersionLabel: string, quantity: number, options: { save?: boolean } = {}) {
    if (!this.page.url().includes('/deployments')) await this.openDeployments();
    const row = this.deploymentRow(productVersionLabel);
    if ((await row.count()) === 0) {
      await this.page.getByTestId('version-search').fill(productVersionLabel);
      const option = this.page.locator(`[data-testid="version-option"][data-label="${productVersionLabel.replace(/"/g, '\\"')}"]`);
      await expect(this.page.getByTestId('version-search-status')).toHaveAttribute('data-busy', 'false');
      await option.click();
      await expect(row).toHaveCount(1);
    }
    await row.getByTestId('deployment-quantity').fill(String(quantity));
    if (options.save ?? true) await this.saveDeployments();
  }

  /** Imports a CSV file into the table and (by default) saves it as the inventory. */
  async importDeploymentsCsv(path: string, options: { save?: boolean } = {}) {
    if (!this.page.url().includes('/deployments')) await this.openDeployments();
    await this.page.getByTestId('deployments-csv').setInputFiles(path);
    await expect(this.page.getByTestId('deployments-message').or(this.page.getByTestId('deployments-csv-errors'))).toBeVisible();
    if (await this.page.getByTestId('deployments-csv-errors').isVisible()) return;
    if (options.save ?? true) await this.saveDeployments();
  }

  async saveDeployments() {
    await this.page.getByTestId('deployments-save').click();
    await expect(this.page.getByTestId('deployments-message')).toContainText('Inventory saved');
  }

  async openDiversity() {
    await this.page.goto('/diversity');
    await expect(this.page.getByTestId('diversity-segment-core')).toBeVisible();
  }

  /** The segment's concentration flag is shown, in words (not colour only); returns it for further checks. */
  async expectConcentrationFlag(segment: SegmentName): Promise<Locator> {
    const flag = this.page.getByTestId(`concentration-flag-${segment}`);
    await expect(flag.first()).toBeVisible();
    await expect(flag.first()).toContainText(/Concentrated: .+ holds [\d.]+ % of .+ units.*\(threshold [\d.]+ %\)/);
    return flag;
  }
}
