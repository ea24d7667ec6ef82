import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { pageFor } from './support/role-page';
import { OperatorPages } from './support/operator-pages';

test.setTimeout(180_000);

/**
 * The journey's advisory: the public CSAF VEX example of test/fixtures/advisories (vexctl's
 * csaf-vex-vexctl-example.json, see the folder's README), its one product pointed at a component every
 * demo SBOM contains (guzzlehttp/guzzle 6.5.8) and its status turned to known_affected, so it covers
 * the certified demo versions. Revision 2 says known_not_affected: the journey ends with it, so SBOMs
 * uploaded by later journeys on the same server are not matched as affected.
 */
function journeyAdvisory(trackingId: string, revision: '1' | '2'): Buffer {
  const doc = JSON.parse(fs.readFileSync(path.join(import.meta.dirname, '..', 'fixtures', 'advisories', 'csaf-vex-vexctl-example.json'), 'utf8'));
  doc.document.tracking.id = trackingId;
  doc.product_tree.branches[0].branches[0].product.product_identification_helper.purl = 'pkg:composer/guzzlehttp/guzzle@6.5.8';
  const [vulnerability] = doc.vulnerabilities;
  vulnerability.cve = 'CVE-2022-31090';
  delete vulnerability.threats;
  if (revision === '1') {
    vulnerability.product_status = { known_affected: ['CSAFPID-0001'] };
    vulnerability.remediations = [{ category: 'vendor_fix', details: 'Upgrade guzzlehttp/guzzle to 7.4.5.', product_ids: ['CSAFPID-0001'] }];
  } else {
    const date = '2022-03-04T11:00:00.000Z';
    doc.document.tracking.version = '2';
    doc.document.tracking.current_release_date = date;
    doc.document.tracking.revision_history.push({ date, number: '2', summary: 'Not affected after analysis.' });
    vulnerability.product_status = { known_not_affected: ['CSAFPID-0001'] };
    vulnerability.flags = [{ label: 'vulnerable_code_not_in_execute_path', product_ids: ['CSAFPID-0001'] }];
    delete vulnerability.remediations;
  }
  return Buffer.from(JSON.stringify(doc, null, 2));
}

async function importAdvisory(regulator: Page, buffer: Buffer) {
  await regulator.goto('/advisories');
  await regulator.getByTestId('advisory-upload-file').setInputFiles({ name: 'guzzle-advisory.json', mimeType: 'application/json', buffer });
  await regulator.getByTestId('advisory-upload-submit').click();
  await expect(regulator.getByTestId('advisory-upload-result')).toContainText(/Imported/);
}

const affectedRows = (page: Page) => page.getByTestId('affected-table').locator('tbody tr');

test('a regulator imports a CSAF advisory, the certificate goes on the review list, the vendor answers not_affected and the operator view clears', async ({ browser }) => {
  const operator = await pageFor(browser, 'operator');
  // Not the 12 units operator-journey enters later on the same server: its save must change something.
  await new OperatorPages(operator).setDeployment('Polar AMF 2.1.0', 7);
  await operator.goto('/affected-deployments');
  await expect(operator.getByTestId('affected-empty')).toBeVisible();

  const regulator = await pageFor(browser, 'regulator');
  const trackingId = `E2E-${Date.now()}`;
  await importAdvisory(regulator, journeyAdvisory(trackingId, '1'));
  await expect(regulator.getByTestId('advisory-upload-result')).toContainText(/Imported .* new matches/);
  await expect(regulator.getByTestId('advisories-table')).toContainText('Example VEX Document');
  await regulator.goto('/certificates?view=review');
  await expect(regulator.getByTestId('certificate-row').filter({ hasText: 'Polar AMF' })).toHaveCount(1);

  await operator.goto('/affected-deployments');
  await expect(affectedRows(operator)).toHaveCount(1);
  await expect(affectedRows(operator).first()).toContainText('CVE-2022-31090');
  await expect(operator.getByTestId('affected-segment-core')).toContainText('7 units');

  const vendor = await pageFor(browser, 'vendor');
  await vendor.goto('/vulnerability-tasks');
  const task = vendor.getByTestId('vendor-task').filter({ hasText: 'Polar AMF 2.1.0' });
  await expect(task).toHaveCount(1);
  await expect(task.getByTestId('clock-notification')).toContainText('left');
  await task.getByTestId('answer-state').selectOption('not_affected');
  await task.getByTestId('answer-justification').selectOption('vulnerable_code_not_in_execute_path');
  await task.getByTestId('answer-detail').fill('The cookie middleware is not used by Polar AMF.');
  await task.getByTestId('answer-submit').click();
  await expect(task.getByTestId('match-state')).toHaveText('Not affected');

  await operator.goto('/affected-deployments');
  await expect(operator.getByTestId('affected-empty')).toBeVisible();

  // Anyone: the certificate page counts it, and the VEX out says not_affected.
  await regulator.goto('/certificates?view=review');
  const href = await regulator.getByTestId('certificate-row').filter({ hasText: 'Polar AMF' }).getByTestId('certificate-link').getAttribute('href');
  const certificateId = href!.split('/').pop()!;
  const publicPage = await (await browser.newContext()).newPage();
  await publicPage.goto(`/registry/${certificateId}`);
  await expect(publicPage.getByTestId('known-vulnerabilities')).toContainText('0 affected, 1 not affected (VEX)');
  const vex = await publicPage.request.get(`/api/v1/certificates/${certificateId}/vex.cdx.json`);
  expect(vex.headers()['content-digest']).toMatch(/^sha-256=:/);
  expect(((await vex.json()) as { vulnerabilities: { analysis: { state: string } }[] }).vulnerabilities[0].analysis.state).toBe('not_affected');

  // Revision 2 (not affected) ends the journey: later journeys' SBOMs are not matched as affected.
  await importAdvisory(regulator, journeyAdvisory(trackingId, '2'));
});
