import { expect, type Locator, type Page } from '@playwright/test';

export type TestResultValue = 'pass' | 'fail' | 'inconclusive' | 'not_applicable';
export type AssignmentTab = 'submitted' | 'in_evaluation' | 'under_review' | 'changes_requested' | 'closed' | 'all';
export type CsvUploadOutcome = { ok: true; message: string } | { ok: false; title: string; errors: string[] };

const KEYS: Record<TestResultValue, string> = { pass: 'p', fail: 'f', inconclusive: 'i', not_applicable: 'n' };

/** The lab's screens: assignments and the results grid, driven the way a person uses them. */
export class LabPages {
  constructor(private readonly page: Page) {}

  async openAssignments(tab?: AssignmentTab) {
    await this.page.goto(tab ? `/assignments?state=${tab}` : '/assignments');
    await expect(this.page.getByRole('heading', { level: 1, name: 'Assignments' })).toBeVisible();
  }

  assignmentRow(submissionId: string): Locator {
    return this.page.getByTestId(`assignment-row-${submissionId}`);
  }

  /** Opens the results grid of a submission (by URL) and waits for its summary. */
  async openResults(submissionId: string) {
    await this.page.goto(`/submissions/${submissionId}/results`);
    await expect(this.page.getByTestId('results-summary')).toBeVisible();
  }

  resultRow(testCaseId: string): Locator {
    return this.page.getByTestId(`result-row-${testCaseId}`);
  }

  /** Recorded, total and missing, as the summary bar shows them now. */
  async summary() {
    const read = async (id: string) => Number((await this.page.getByTestId(id).textContent())?.trim());
    return {
      recorded: await read('results-summary-recorded'),
      total: await read('results-summary-total'),
      missing: await read('results-summary-count-missing'),
    };
  }

  /** Chooses the result in the row's select and waits until the row says it is saved. */
  async setResult(testCaseId: string, result: TestResultValue) {
    const row = this.resultRow(testCaseId);
    if ((await row.getAttribute('data-result')) === result) return;
    await row.getByTestId(`result-choice-${testCaseId}`).selectOption(result);
    await this.expectSaved(row, result);
  }

  /** The same with the keyboard: focus the row and press P, F, I or N. */
  async setResultWithKeyboard(testCaseId: string, result: TestResultValue) {
    const row = this.resultRow(testCaseId);
    if ((await row.getAttribute('data-result')) === result) return;
    await row.focus();
    await this.page.keyboard.press(KEYS[result]);
    await this.expectSaved(row, result);
  }

  async setNotes(testCaseId: string, notes: string) {
    const field = this.page.getByTestId(`result-notes-${testCaseId}`);
    await field.fill(notes);
    await field.blur();
    await expect(this.resultRow(testCaseId)).toHaveAttribute('data-status', 'saved');
  }

  /** Every test case to `result` in one request: clear the filters, "select all shown", "Set selected to …". */
  async setAllResults(result: TestResultValue) {
    if (await this.page.getByTestId('results-filter-clear').isVisible()) await this.page.getByTestId('results-filter-clear').click();
    const selectAll = this.page.getByTestId('results-select-all-visible');
    await selectAll.check();
    await this.page.getByTestId('bulk-set-result').selectOption(result);
    await this.page.getByTestId('bulk-apply').click();
    const total = (await this.page.getByTestId('results-summary-total').textContent())?.trim() ?? '';
    await expect(this.page.getByTestId(`results-summary-count-${result}`)).toHaveText(total);
    await expect(this.page.locator('[data-testid^="result-row-"][data-status="saving"]')).toHaveCount(0);
    await expect(this.page.locator('[data-testid^="result-row-"][data-status="error"]')).toHaveCount(0);
  }

  /** Uploads a results CSV and returns what the page reports: success, or the errors with their line numbers. */
  async uploadResultsCsv(path: string): Promise<CsvUploadOutcome> {
    await this.page.getByTestId('results-csv-upload').setInputFiles(path);
    const success = this.page.getByTestId('results-csv-message');
    const failure = this.page.getByTestId('results-csv-errors');
    await expect(success.or(failure)).toBeVisible();
    if (await success.isVisible()) return { ok: true, message: (await success.textContent()) ?? '' };
    return {
      ok: false,
      title: (await failure.locator('p').first().textContent()) ?? '',
      errors: await failure.getByTestId('results-csv-error').allTextContents(),
    };
  }

  /** Presses "Submit evaluation" and confirms; resolves on the submission page, or throws with the refusal. */
  async submitEvaluation() {
    const form = this.page.getByTestId('submit-evaluation-form');
    const attempt = Number((await form.getAttribute('data-attempt')) ?? '0');
    await this.page.getByTestId('submit-evaluation').click();
    await this.page.getByTestId('submit-evaluation-confirm').click();
    const refused = this.page.locator(`[data-testid="submit-evaluation-form"][data-attempt="${attempt + 1}"]`);
    const outcome = await Promise.race([
      this.page.waitForURL(/\/submissions\/[0-9a-f-]+(?:[?#].*)?$/).then(() => 'submitted' as const, () => 'timeout' as const),
      refused.waitFor().then(() => 'refused' as const, () => 'timeout' as const),
    ]);
    if (outcome === 'timeout') throw new Error('Submit evaluation neither left the page nor showed a refusal.');
    if (outcome === 'refused') {
      throw new Error(`Submit evaluation was refused: ${(await this.page.getByTestId('submit-evaluation-error').innerText()).replace(/\s+/g, ' ')}`);
    }
  }

  private async expectSaved(row: Locator, result: TestResultValue) {
    await expect(row).toHaveAttribute('data-result', result);
    await expect(row).toHaveAttribute('data-status', 'saved');
  }
}
