import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { pageFor } from './support/role-page';
import { VendorPages } from './support/vendor-pages';
import { SubmissionPage } from './support/submission-page';
import { LabPages } from './support/lab-pages';

const SBOM = path.join(process.cwd(), 'test/fixtures/sboms/cyclonedx-1.4-laravel-7.12.0.json');

function reportFile(name: string) {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'tl-e2e-')), name);
  fs.writeFileSync(file, 'Evaluation report\n\nOne case failed, one was inconclusive; see the verdict.\n');
  return file;
}

async function rowIds(page: Page): Promise<string[]> {
  const ids = await page.locator('[data-testid^="result-row-"]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-testid')!.slice('result-row-'.length)));
  return ids;
}

async function hasNoHorizontalOverflow(page: Page) {
  return page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
}

test.describe.configure({ mode: 'serial' });
test.setTimeout(300_000);

test('a lab records notes and a verdict, two regulators approve a failed case with rationale and conditions, the public sees them', async ({ browser }) => {
  const name = `Decision AMF ${Date.now().toString(36)}`;
  const vendor = await pageFor(browser, 'vendor');
  const vendorPages = new VendorPages(vendor);
  await vendorPages.createProduct({ name, networkFunction: 'AMF' });
  await vendorPages.addVersion('2.0.0');
  const submissionId = await vendorPages.startSubmission('Meridian Security Lab');
  const asVendor = new SubmissionPage(vendor);

  // Submit is offered, but disabled with the server's own reason until there is evidence.
  await expect(vendor.getByTestId('action-submit')).toBeDisabled();
  await expect(vendor.getByTestId('action-blocked-submit')).toContainText('Upload at least one evidence file');
  await asVendor.uploadEvidence(SBOM, 'sbom', 'certified');
  await vendor.reload();
  await expect(vendor.getByTestId('action-submit')).toBeEnabled();
  await asVendor.act('submit');

  // The lab: accept, record results; N/A and inconclusive wait for a note.
  const lab = await pageFor(browser, 'lab');
  const asLab = new SubmissionPage(lab);
  await asLab.goto(submissionId);
  await asLab.act('accept', { conflictStatement: 'Meridian has no ties to Nordwave.' });
  const labPages = new LabPages(lab);
  await labPages.openResults(submissionId);
  await expect(lab.getByTestId('submit-evaluation')).toBeDisabled();
  await expect(lab.getByTestId('submit-evaluation-blocked')).toContainText('Attach the evaluation report');

  // The grid reads as a table (its rows are CSS grids, so the roles are written out) and works from
  // the keyboard: a letter sets the focused row's result, the arrows move, End reaches a row far off
  // screen (whose layout is skipped until then) and X selects it.
  const grid = lab.getByRole('table', { name: /Test cases by group/ });
  await expect(grid.getByRole('columnheader', { name: 'Result' })).toBeVisible();
  const ids = await rowIds(lab);
  await expect(grid.getByRole('row', { name: /: no result yet$/ })).toHaveCount(ids.length);
  await labPages.setResultWithKeyboard(ids[0], 'fail');
  await lab.keyboard.press('ArrowDown');
  const second = labPages.resultRow(ids[1]);
  await expect(second).toBeFocused();
  await lab.keyboard.press('p');
  await expect(second).toHaveAttribute('data-result', 'pass');
  await expect(second).toHaveAttribute('data-status', 'saved');
  await lab.keyboard.press('End');
  const last = labPages.resultRow(ids.at(-1)!);
  await expect(last).toBeFocused();
  await expect(last).toBeInViewport();
  await lab.keyboard.press('x');
  await expect(lab.getByTestId('results-selected-count')).toHaveText('1 selected');
  await expect(last).toHaveAttribute('aria-selected', 'true');
  await lab.keyboard.press('x');
  await expect(lab.getByTestId('results-selected-count')).toHaveText('No test cases selected');

  // Filters live in the URL: "missing" leaves the two rows just set out, survives a reload, and clears.
  await lab.getByTestId('results-filter-result').selectOption('missing');
  await expect(lab).toHaveURL(/[?&]result=missing/);
  const shownText = `${ids.length - 2} of ${ids.length} test cases shown`;
  await expect(lab.getByTestId('results-shown-count')).toHaveText(shownText);
  await expect(labPages.resultRow(ids[0])).toHaveCount(0);
  await lab.reload();
  await expect(lab.getByTestId('results-filter-result')).toHaveValue('missing');
  await expect(lab.getByTestId('results-shown-count')).toHaveText(shownText);
  await lab.getByTestId('results-filter-clear').click();
  await expect(lab).not.toHaveURL(/result=/);
  await expect(lab.getByTestId('results-shown-count')).toHaveText(`${ids.length} test cases`);
  await labPages.setAllResults('pass');
  const [failed, inconclusive] = await rowIds(lab);
  await lab.getByTestId(`result-choice-${failed}`).selectOption('fail');
  await expect(labPages.resultRow(failed)).toHaveAttribute('data-status', 'saved');
  await labPages.setNotes(failed, 'Default password accepted on the O&M port');

  await lab.getByTestId(`result-choice-${inconclusive}`).selectOption('inconclusive');
  const pending = labPages.resultRow(inconclusive);
  await expect(pending).toHaveAttribute('data-status', 'unsaved');
  await expect(lab.getByTestId(`result-needs-note-${inconclusive}`)).toBeVisible();
  await expect(lab.getByTestId(`result-notes-${inconclusive}`)).toBeFocused();

  // Leaving with the unsaved choice asks first; staying keeps it.
  lab.once('dialog', (dialog) => {
    expect(dialog.message()).toContain('not saved');
    void dialog.dismiss();
  });
  await lab.getByTestId('results-back').click();
  await expect(lab).toHaveURL(new RegExp(`/submissions/${submissionId}/results`));
  await expect(pending).toHaveAttribute('data-status', 'unsaved');
  await labPages.setNotes(inconclusive, 'The N2 simulator was not available in the test bed');
  await expect(pending).toHaveAttribute('data-result', 'inconclusive');

  // Many saves by the lab within a minute read as one history item that expands.
  await asLab.goto(submissionId);
  const burst = lab.locator('[data-testid="history-event"][data-type="results.recorded"]').first();
  expect(Number(await burst.getAttribute('data-entries'))).toBeGreaterThanOrEqual(3);
  await asLab.uploadEvidence(reportFile('evaluation-report.txt'), 'evaluation_report');

  await labPages.openResults(submissionId);
  await expect(lab.getByTestId('readiness-inconclusive')).toBeVisible();
  await expect(lab.getByTestId('evaluation-verdict')).toHaveAttribute('required', '');
  await lab.getByTestId('evaluation-verdict').fill('The inconclusive case was witnessed on the vendor bench; the failure is for the regulators to weigh.');
  await lab.getByTestId('submit-evaluation').click();
  await expect(lab.getByTestId('submit-evaluation-form')).toContainText('evaluation report “evaluation-report.txt”');
  await lab.getByTestId('submit-evaluation-confirm').click();
  await lab.waitForURL(new RegExp(`/submissions/${submissionId}$`));
  await asLab.expectState('Under review');

  // Back to the grid: it reads the current state and is not editable any more.
  await lab.goBack();
  await expect(lab.getByTestId('results-readonly')).toBeVisible();
  await expect(lab.getByTestId('results-readonly')).not.toContainText('under_review');
  await expect(lab.locator('[data-testid^="result-choice-"]')).toHaveCount(0);

  // First regulator: the decision panel, then a rationale is required.
  const regulator = await pageFor(browser, 'regulator');
  const asRegulator = new SubmissionPage(regulator);
  await asRegulator.goto(submissionId);
  const panel = regulator.getByTestId('decision-panel');
  await expect(panel).toBeVisible();
  await expect(panel.getByTestId('decision-open-result')).toHaveCount(2);
  await expect(panel.locator(`[data-testid="decision-open-result"][data-result="fail"]`)).toContainText('Default password accepted');
  await expect(panel.locator(`[data-testid="decision-open-result"][data-result="fail"]`)).toContainText(failed);
  await expect(panel.locator(`[data-testid="decision-open-result"][data-result="inconclusive"]`)).toContainText('N2 simulator');
  await expect(panel.getByTestId('decision-verdict')).toContainText('witnessed on the vendor bench');
  await expect(panel.getByTestId('decision-accreditation')).toHaveAttribute('data-ok', 'true');
  await expect(panel.getByTestId('decision-sbom')).toContainText(/not checked|conform/);
  await expect(panel.getByTestId('decision-affected-count')).toHaveText('0');
  await expect(panel.getByTestId('decision-other-regulators')).toContainText('No other regulator');

  await regulator.getByTestId('action-approve').click();
  await expect(regulator.getByTestId('rationale-required')).toContainText('1 failed test case, 1 inconclusive test case');
  await regulator.getByTestId('action-confirm').click();
  await expect(regulator.getByTestId('action-form-approve-reason-error')).toContainText('rationale');
  const rationale1 = 'The O&M port is closed by the mandatory hardening profile.';
  await regulator.getByTestId('action-reason').fill(rationale1);
  await regulator.getByTestId('action-conditions').fill('Valid only with hardening profile H2\nO&M port 8443 firewalled');
  await regulator.getByTestId('action-confirm').click();
  await expect(regulator.getByTestId('action-success')).toBeVisible();
  await regulator.reload();
  await expect(regulator.getByTestId('action-approve')).toBeDisabled();
  await expect(regulator.getByTestId('action-blocked-approve')).toContainText('already approved');

  // Second regulator sees the first one's decision, rationale and conditions, and approves.
  const regulator2 = await pageFor(browser, 'regulator2');
  const asRegulator2 = new SubmissionPage(regulator2);
  await asRegulator2.goto(submissionId);
  const other = regulator2.getByTestId('decision-other');
  await expect(other).toContainText(rationale1);
  await expect(other).toContainText('Valid only with hardening profile H2');
  const rationale2 = 'Agreed: the inconclusive case is covered by the witnessed bench test.';
  await asRegulator2.act('approve', { reason: rationale2 });
  await asRegulator2.expectState('Approved');
  const certificateHref = await regulator2.getByTestId('certificate-link').getAttribute('href');
  const certificateId = certificateHref!.split('/').pop()!;

  // The public certificate page publishes both rationales and the conditions.
  const publicPage = await (await browser.newContext()).newPage();
  await publicPage.goto(`/registry/${certificateId}`);
  const approval = publicPage.getByTestId('certificate-approval');
  await expect(approval.getByTestId('certificate-condition')).toHaveText(['Valid only with hardening profile H2', 'O&M port 8443 firewalled']);
  await expect(approval.getByTestId('certificate-rationale')).toHaveCount(2);
  await expect(approval).toContainText(rationale1);
  await expect(approval).toContainText(rationale2);
  const api = await publicPage.request.get(`/api/v1/registry/${certificateId}`);
  expect((await api.json()).approval.conditions).toEqual(['Valid only with hardening profile H2', 'O&M port 8443 firewalled']);
});

test('the results grid shows 300 test cases usable within 500 ms and fits a 390 px screen', async ({ browser }) => {
  const lab = await pageFor(browser, 'lab');
  await lab.goto('/assignments?state=in_evaluation');
  const first = lab.locator('[data-testid^="assignment-row-"]').first();
  const submissionId = (await first.getAttribute('data-testid'))!.slice('assignment-row-'.length);
  const path = `/submissions/${submissionId}/results`;

  // Navigation start → first rows shown, and → every row rendered and usable: the last row's result
  // control has React's handlers on it. Checked each frame (not by expect's back-off); a time is taken
  // in the page once the frame in which a check first passed has been laid out and painted (a task
  // posted from the frame's callback runs after that), so it holds the rows' style and layout but
  // neither the round trip back to the test nor another call into the page while it is loading.
  const load = async (rows: number | null) => {
    await lab.goto(path, { waitUntil: 'commit' });
    const seen = await lab.waitForFunction(
      (n) => {
        type Times = { firstRowsMs?: number; allRowsMs?: number; pending: Set<string> };
        const times: Times = ((window as { __gridTimes?: Times }).__gridTimes ??= { pending: new Set() });
        const afterPaint = (key: 'firstRowsMs' | 'allRowsMs') => {
          if (times.pending.has(key)) return;
          times.pending.add(key);
          const channel = new MessageChannel();
          channel.port1.onmessage = () => (times[key] = Math.round(performance.now()));
          channel.port2.postMessage(null);
        };
        const all = document.querySelectorAll('[data-testid^="result-row-"]');
        if (all[0]?.querySelector('input, select')) afterPaint('firstRowsMs');
        const control = all[all.length - 1]?.querySelector('[data-testid^="result-choice-"]');
        const isComplete = all.length === (n ?? Number(document.querySelector('[data-testid="results-summary-total"]')?.textContent));
        if (isComplete && control && Object.keys(control).some((k) => k.startsWith('__reactProps'))) afterPaint('allRowsMs');
        return times.firstRowsMs !== undefined && times.allRowsMs !== undefined ? { firstRowsMs: times.firstRowsMs, allRowsMs: times.allRowsMs } : false;
      },
      rows,
      { polling: 'raf' },
    );
    const { firstRowsMs, allRowsMs } = (await seen.jsonValue()) as { firstRowsMs: number; allRowsMs: number };
    const nodesPerRow = await lab.evaluate(() => {
      const all = document.querySelectorAll('[data-testid^="result-row-"]');
      return Math.round(document.querySelectorAll('[data-testid^="result-row-"], [data-testid^="result-row-"] *').length / all.length);
    });
    const probe = await lab.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      const scripts = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter((e) => e.name.endsWith('.js'));
      return {
        ttfb: Math.round(nav.responseStart),
        htmlEnd: Math.round(nav.responseEnd),
        dcl: Math.round(nav.domContentLoadedEventEnd),
        jsEnd: Math.round(Math.max(...scripts.map((e) => e.responseEnd))),
        jsKb: Math.round(scripts.reduce((n, e) => n + e.transferSize, 0) / 1024),
      };
    });
    return { firstRowsMs, allRowsMs, nodesPerRow, probe };
  };
  const real = [];
  for (let i = 0; i < 3; i++) real.push(await load(null));
  const realRows = await lab.locator('[data-testid^="result-row-"]').count();

  // 300 test cases (no product has that many, and the catalogue is the real one): the page renders the
  // real rows from the server's data, then the grid reads the current state from the results API on
  // mount; answer that with 300 rows. So each load hydrates the real rows and then renders 300 new
  // ones — as much work as a 300-case page would do with its rows in the HTML, or more.
  const response = await lab.request.get(`/api/v1/submissions/${submissionId}/results`);
  const data = await response.json();
  const template = data.items[0];
  data.items = Array.from({ length: 300 }, (_, i) => ({ ...template, testCaseId: `${template.testCaseId}-x${i}`, clause: `${template.clause}.${i}`, group: `Group ${i % 6}`, result: i % 3 ? 'pass' : null }));
  // In the page, not by page.route: routing turns the HTTP cache off, so every load would fetch and
  // compile the scripts again, which the real-rows loads above (and a lab's browser) do not.
  await lab.addInitScript(
    ({ url, body }) => {
      const original = window.fetch.bind(window);
      window.fetch = (input, init) => {
        const href = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
        if (new URL(href, location.href).pathname === url && (init?.method ?? 'GET') === 'GET') {
          return Promise.resolve(new Response(body, { status: 200, headers: { 'content-type': 'application/json' } }));
        }
        return original(input, init);
      };
    },
    { url: `/api/v1/submissions/${submissionId}/results`, body: JSON.stringify(data) },
  );
  // Where the renderer's time goes in each load (script, style, layout), to tell what to make cheaper.
  const cdp = await lab.context().newCDPSession(lab);
  await cdp.send('Performance.enable');
  const metrics = async () => {
    const all = (await cdp.send('Performance.getMetrics')).metrics;
    const ms = (name: string) => Math.round((all.find((m) => m.name === name)?.value ?? NaN) * 1000);
    return { scriptMs: ms('ScriptDuration'), styleMs: ms('RecalcStyleDuration'), layoutMs: ms('LayoutDuration'), tasksMs: ms('TaskDuration') };
  };
  const big = [];
  for (let i = 0; i < 3; i++) big.push({ ...(await load(300)), ...(await metrics()) });
  const loadAverage = os.loadavg()[0];
  console.log(JSON.stringify({ bench: 'results-grid', loadAverage, realRows, real, rows300: big }));
  // The target: 300 test cases usable in under 500 ms on this 2-core machine (README
  // "Benchmarks"), the fastest of the three loads, with more time when other work shares the machine
  // (the browser, the server and everything else then wait for the same two cores).
  const TARGET_MS = 500;
  expect(Math.min(...big.map((b) => b.allRowsMs))).toBeLessThan(TARGET_MS * Math.max(1, loadAverage / 2));

  await lab.setViewportSize({ width: 390, height: 844 });
  await lab.goto(path);
  await expect(lab.locator('[data-testid^="result-row-"]').first()).toBeVisible();
  expect(await hasNoHorizontalOverflow(lab)).toBe(true);
  const row = lab.locator('[data-testid^="result-row-"]').first();
  const box = await row.boundingBox();
  expect(box!.width).toBeLessThanOrEqual(390);
});
