import { expect, test, type Page } from '@playwright/test';
import { pageFor } from './support/role-page';
import { OperatorPages } from './support/operator-pages';
import { DiversityPages } from './support/diversity-pages';

test.setTimeout(180_000);

const isoDay = (offsetDays: number) => new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);

type Inventory = { items: { productVersionId: string; quantity: number }[] };

/** The operator's inventory as it was, so the specs after this one find it unchanged. */
async function inventoryOf(page: Page) {
  const body = (await (await page.request.get('/api/v1/deployments')).json()) as Inventory;
  return body.items.map((i) => ({ productVersionId: i.productVersionId, quantity: i.quantity }));
}

test('a regulator sets a threshold and a phase-out date and sees the flags, the countdown and the trend; the dashboard shows the widgets', async ({ browser }) => {
  const operator = await pageFor(browser, 'operator');
  const regulator = await pageFor(browser, 'regulator');
  const before = await inventoryOf(operator);
  try {
    // An emptied inventory and two saved ones: logged changes for the trend. Core is then all Polar AMF (Nordwave).
    expect((await operator.request.put('/api/v1/deployments', { data: { deployments: [] } })).status()).toBe(200);
    const operatorPages = new OperatorPages(operator);
    await operatorPages.setDeployment('Polar AMF 2.1.0', 20);
    await operatorPages.setDeployment('Aurora gNB 5.2.0', 30);

    const diversity = new DiversityPages(regulator);
    await diversity.open();
    const core = diversity.segment('core');
    await expect(core.getByTestId('segment-thresholds-core')).toContainText('HHI 10,000');
    await expect(core.getByTestId('segment-thresholds-core')).toContainText('largest vendor share 50 %, HHI 2,500 (defaults)');

    await diversity.setThreshold('core', '60', '9000', 'Core concentration policy 2027/1');
    await expect(core.getByTestId('segment-thresholds-core')).toContainText('largest vendor share 60 %, HHI 9,000 (set by a regulator)');
    await expect(core.getByTestId('concentration-flag-core').first()).toContainText(/Nordwave Networks holds [\d.]+ % of core units across all operators \(threshold 60 %\)/);
    await expect(core.getByTestId('concentration-hhi-flag-core')).toContainText('over the threshold of 9,000');
    const amf = diversity.networkFunctionRow('core', 'AMF');
    await expect(amf).toContainText('Nordwave Networks');
    await expect(amf.getByTestId('nf-flag')).toHaveText('Over share and HHI');

    await diversity.setPhaseOut('Nordwave Networks', 'core', isoDay(142), 'High-risk supplier decision 2026/7');
    const phaseOut = diversity.phaseOut('Nordwave Networks', 'core');
    await expect(phaseOut.getByTestId('phase-out-countdown')).toHaveText(/^142 days left; [\d,]+ units? remains?$/);

    const chart = regulator.getByTestId('trend-chart-core');
    await expect(chart.locator('svg[role="img"]')).toBeVisible();
    await expect(chart.locator('desc')).toContainText('Nordwave Networks');
    await regulator.getByTestId('trend-core').locator('details summary').click();
    expect(await regulator.getByTestId('trend-table-core').locator('tbody tr').count()).toBeGreaterThanOrEqual(2);

    // The operator sees the regulator's policy applied to its own network, without the forms.
    await operator.goto('/diversity');
    await expect(operator.getByTestId('phase-out').filter({ hasText: 'Nordwave Networks' })).toContainText('142 days left');
    await expect(operator.getByTestId('threshold-form-core')).toHaveCount(0);
    expect((await operator.request.put('/api/v1/diversity/thresholds/core', { data: { sharePercent: 99, hhi: 9999, reason: 'mine' } })).status()).toBe(403);

    await regulator.goto('/dashboard');
    for (const widget of ['review', 'expiring', 'suspended', 'matches', 'concentration']) await expect(regulator.getByTestId(`dashboard-${widget}`)).toBeVisible();
    await expect(regulator.getByTestId('dashboard-concentration-item').filter({ hasText: 'Core · AMF' })).toContainText('Over share and HHI');
    await expect(regulator.getByTestId('dashboard-phase-out')).toContainText('142 days left');
    await expect(regulator.getByTestId('dashboard-matches-count')).toBeVisible();
    await regulator.getByTestId('dashboard-concentration-item').filter({ hasText: 'Core · AMF' }).getByRole('link').click();
    await expect(regulator).toHaveURL(/\/diversity#segment-core/);
  } finally {
    // Leave the shared demo data as the other specs expect it.
    const phaseOuts = await regulator.request.get('/api/v1/diversity');
    for (const p of ((await phaseOuts.json()) as { phaseOuts: { segment: string; vendor: { id: string } }[] }).phaseOuts) {
      await regulator.request.post(`/api/v1/diversity/phase-outs/${p.segment}/${p.vendor.id}/remove`, { data: { reason: 'End of the e2e test' } });
    }
    await regulator.request.put('/api/v1/diversity/thresholds/core', { data: { sharePercent: 50, hhi: 2500, reason: 'End of the e2e test' } });
    await operator.request.put('/api/v1/deployments', { data: { deployments: before } });
  }
});
