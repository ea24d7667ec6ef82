import { expect, type Locator, type Page } from '@playwright/test';

type SegmentName = 'ran' | 'transport' | 'core';

/** The vendor-diversity page as a regulator uses it: thresholds, phase-outs, the trend chart. */
export class DiversityPages {
  constructor(private readonly page: Page) {}

  async open() {
    await this.page.goto('/diversity');
    await expect(this.page.getByTestId('diversity-segment-core')).toBeVisible();
  }

  segment(segment: SegmentName): Locator {
    return this.page.getByTestId(`diversity-segment-${segment}`);
  }

  /** Opens the segment's threshold form, fills it in and saves; waits for the confirmation. */
  async setThreshold(segment: SegmentName, sharePercent: string, hhi: string, reason: string) {
    const card = this.segment(segment);
    await card.getByTestId(`threshold-details-${segment}`).locator('summary').click();
    const form = card.getByTestId(`threshold-form-${segment}`);
    await form.getByTestId('threshold-share').fill(sharePercent);
    await form.getByTestId('threshold-hhi').fill(hhi);
    await form.getByTestId('threshold-reason').fill(reason);
    await form.getByTestId('threshold-save').click();
    await expect(form.getByTestId('threshold-message')).toContainText('Threshold saved');
  }

  /** Sets a phase-out date for a vendor in a segment through the form; waits for the confirmation. */
  async setPhaseOut(vendorName: string, segment: SegmentName, deadline: string, reason: string) {
    await this.page.getByTestId('phase-out-details').locator('summary').click();
    const form = this.page.getByTestId('phase-out-form');
    await form.getByTestId('phase-out-vendor').selectOption({ label: vendorName });
    await form.getByTestId('phase-out-segment').selectOption(segment);
    await form.getByTestId('phase-out-deadline').fill(deadline);
    await form.getByTestId('phase-out-reason').fill(reason);
    await form.getByTestId('phase-out-save').click();
    await expect(form.getByTestId('phase-out-message')).toContainText('Phase-out saved');
  }

  phaseOut(vendorName: string, segment: SegmentName): Locator {
    return this.page.locator(`[data-testid="phase-out"][data-vendor="${vendorName}"][data-segment="${segment}"]`);
  }

  networkFunctionRow(segment: SegmentName, networkFunction: string): Locator {
    return this.segment(segment).locator(`[data-testid="nf-row"][data-function="${networkFunction}"]`);
  }
}
