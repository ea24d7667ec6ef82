import fs from 'node:fs';
import path from 'node:path';
import { expect, type Locator, type Page } from '@playwright/test';

export type EvidenceKind =
  | 'sbom'
  | 'process_audit_report'
  | 'design_doc'
  | 'test_report'
  | 'evaluation_report'
  | 'firmware_digest'
  | 'vulnerability_report'
  | 'other';

export type SubmissionActionName =
  | 'submit'
  | 'withdraw'
  | 'accept'
  | 'decline'
  | 'submit_evaluation'
  | 'approve'
  | 'reject'
  | 'request_changes'
  | 'resubmit';

const ACTION_BY_LABEL: Record<string, SubmissionActionName> = {
  Submit: 'submit',
  Withdraw: 'withdraw',
  Accept: 'accept',
  Decline: 'decline',
  'Submit evaluation': 'submit_evaluation',
  Approve: 'approve',
  Reject: 'reject',
  'Request changes': 'request_changes',
  Resubmit: 'resubmit',
};

export type ActOptions = { reason?: string; conflictStatement?: string };

/** /submissions/[id] for every role: facts, action panel, evidence upload, results, decisions, certificate, history. */
export class SubmissionPage {
  constructor(private readonly page: Page) {}

  async goto(submissionId: string) {
    await this.page.goto(`/submissions/${submissionId}`);
    await expect(this.page.getByTestId('submission-state')).toBeVisible();
  }

  get id(): string {
    return new URL(this.page.url()).pathname.split('/')[2];
  }

  /**
   * Chooses the file, sets its kind and visibility, uploads it and waits until the progress bar is
   * at 100 % and the server's SHA-256 is shown, then until the file is listed in the evidence table.
   * Returns the SHA-256 and whether the browser's own hash matched it.
   */
  async uploadEvidence(filePath: string, kind: EvidenceKind, visibility: 'assessment' | 'certified' = 'assessment') {
    const filename = path.basename(filePath);
    const size = fs.statSync(filePath).size;
    await this.page.getByTestId('upload-input').setInputFiles(filePath);
    const item = this.page.locator(`[data-testid="upload-item"][data-filename="${filename}"][data-status="ready"]`).last();
    await item.getByTestId('upload-kind').selectOption(kind);
    await item.getByTestId('upload-visibility').selectOption(visibility);
    await item.getByTestId('upload-start').click();
    const done = this.page.locator(`[data-testid="upload-item"][data-filename="${filename}"][data-status="done"]`).last();
    await expect(done.getByTestId('upload-progress')).toHaveAttribute('aria-valuenow', String(size), { timeout: 60_000 });
    await expect(done.getByTestId('upload-progress')).toHaveAttribute('aria-valuemax', String(size || 1));
    const hash = done.getByTestId('upload-sha256');
    await expect(hash).toBeVisible();
    const sha256 = (await hash.getAttribute('data-sha256')) ?? '';
    expect(sha256).toMatch(/^[0-9a-f]{64}$/);
    await expect(done.getByTestId('upload-checking')).toHaveCount(0);
    const verified = (await done.getByTestId('upload-verified').count()) > 0;
    await expect(this.evidenceRow(filename).first()).toBeVisible();
    return { sha256, verified };
  }

  /**
   * Fires a workflow action by its name (`request_changes`) or button label (`Request changes`):
   * opens its form, fills the reason and, for `accept`, the conflict-of-interest declaration,
   * confirms, and waits for the success message (a lab that declines lands on its assignments).
   */
  async act(actionName: SubmissionActionName | string, { reason, conflictStatement }: ActOptions = {}) {
    const action = this.actionOf(actionName);
    await this.fill(action, { reason, conflictStatement });
    await this.page.getByTestId('action-confirm').click();
    if (action === 'decline') {
      await this.page.waitForURL(/\/assignments$/);
      return;
    }
    await expect(this.page.getByTestId('action-success')).toBeVisible();
  }

  /** Like act, but expects the server to refuse; returns the refusal (message, status, unmet requirement codes). */
  async actExpectingRefusal(actionName: SubmissionActionName | string, options: ActOptions = {}) {
    const action = this.actionOf(actionName);
    await this.fill(action, options);
    await this.page.getByTestId('action-confirm').click();
    const error = this.page.getByTestId('action-error');
    await expect(error).toBeVisible();
    const unmet = await error.locator('[data-code]').evaluateAll((items) => items.map((i) => i.getAttribute('data-code') ?? ''));
    return { text: await error.innerText(), status: Number(await error.getAttribute('data-status')), unmet };
  }

  async expectState(label: string) {
    await expect(this.page.getByTestId('submission-state')).toHaveText(label);
  }

  /** Exactly these action buttons (by name), in any order. */
  async expectActions(actions: SubmissionActionName[]) {
    const shown = this.page.getByTestId('action-panel').locator('[data-testid^="action-"][aria-expanded]');
    await expect(shown).toHaveCount(actions.length);
    for (const action of actions) await expect(this.page.getByTestId(`action-${action}`)).toBeVisible();
  }

  async expectCertificate(status = 'Valid') {
    await expect(this.page.getByTestId('certificate-card')).toBeVisible();
    await expect(this.page.getByTestId('certificate-status')).toHaveText(status);
    await expect(this.page.getByTestId('certificate-expires')).not.toBeEmpty();
  }

  async expectApprovals(given: number, required: number) {
    const progress = this.page.getByTestId('approvals-progress');
    await expect(progress).toHaveAttribute('data-given', String(given));
    await expect(progress).toHaveAttribute('data-required', String(required));
  }

  evidenceRow(filename: string): Locator {
    return this.page.locator(`[data-testid="evidence-table"] tr[data-filename="${filename}"]`);
  }

  historyEvents(type?: string): Locator {
    return this.page.locator(`[data-testid="history-event"]${type ? `[data-type="${type}"]` : ''}`);
  }

  private actionOf(actionName: string): SubmissionActionName {
    return (ACTION_BY_LABEL[actionName] ?? actionName) as SubmissionActionName;
  }

  private async fill(action: SubmissionActionName, { reason, conflictStatement }: ActOptions) {
    await this.page.getByTestId(`action-${action}`).click();
    const form = this.page.locator(`[data-testid="action-form"][data-action="${action}"]`);
    await expect(form).toBeVisible();
    if (action === 'accept') {
      await form.getByTestId('action-no-conflict').check();
      await form.getByTestId('action-statement').fill(conflictStatement ?? 'No ownership, consulting or development ties with this vendor.');
    }
    if (reason !== undefined) await form.getByTestId('action-reason').fill(reason);
  }
}
