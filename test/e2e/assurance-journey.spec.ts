import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { pageFor } from './support/role-page';
import { VendorPages } from './support/vendor-pages';
import { SubmissionPage } from './support/submission-page';
import { LabPages } from './support/lab-pages';
import { ReviewPages } from './support/review-pages';

const SBOM = path.join(process.cwd(), 'test/fixtures/sboms/cyclonedx-1.4-laravel-7.12.0.json');

function reportFile(name: string) {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'tl-e2e-')), name);
  fs.writeFileSync(file, `Evaluation report\n\nAll applicable SCAS test cases were executed.\n`);
  return file;
}

test.describe.configure({ mode: 'serial' });
test.setTimeout(240_000);

test('a core product goes from vendor to lab to two regulators and gets its certificate', async ({ browser }) => {
  const name = `Journey SMF ${Date.now().toString(36)}`;
  const vendor = await pageFor(browser, 'vendor');
  const vendorPages = new VendorPages(vendor);
  await vendorPages.createProduct({ name, networkFunction: 'SMF' });
  await vendorPages.addVersion('1.0.0');
  const submissionId = await vendorPages.startSubmission('Meridian Security Lab');
  const asVendor = new SubmissionPage(vendor);
  const upload = await asVendor.uploadEvidence(SBOM, 'sbom', 'certified');
  expect(upload.sha256).toMatch(/^[0-9a-f]{64}$/);
  await asVendor.act('submit');
  await asVendor.expectState('Submitted');

  const lab = await pageFor(browser, 'lab');
  const asLab = new SubmissionPage(lab);
  await asLab.goto(submissionId);
  await asLab.act('accept', { conflictStatement: 'Meridian has no ties to Nordwave.' });
  await asLab.expectState('In evaluation');
  const labPages = new LabPages(lab);
  await labPages.openResults(submissionId);
  await labPages.setAllResults('pass');
  expect((await labPages.summary()).missing).toBe(0);
  await asLab.goto(submissionId);
  await asLab.uploadEvidence(reportFile('evaluation-report.txt'), 'evaluation_report');
  await labPages.openResults(submissionId);
  await labPages.submitEvaluation();
  await asLab.expectState('Under review');

  const regulator = await pageFor(browser, 'regulator');
  const review = new ReviewPages(regulator);
  await review.openQueue({ segment: 'core' });
  await review.openFromQueue(name);
  const asRegulator = new SubmissionPage(regulator);
  await asRegulator.act('approve');
  await asRegulator.expectApprovals(1, 2);
  await asRegulator.expectState('Under review');

  const regulator2 = await pageFor(browser, 'regulator2');
  const asRegulator2 = new SubmissionPage(regulator2);
  await asRegulator2.goto(submissionId);
  await asRegulator2.act('approve');
  await asRegulator2.expectState('Approved');
  await asRegulator2.expectCertificate('Valid');

  await asVendor.goto(submissionId);
  await asVendor.expectCertificate('Valid');
  expect(await asVendor.historyEvents('certificate.issued').count()).toBe(1);
});

test('a change request goes round and a rejection ends it, with reasons', async ({ browser }) => {
  const name = `Journey gNB ${Date.now().toString(36)}`;
  const vendor = await pageFor(browser, 'vendor2');
  const vendorPages = new VendorPages(vendor);
  await vendorPages.createProduct({ name, networkFunction: 'gNB' });
  await vendorPages.addVersion('7.1');
  const submissionId = await vendorPages.startSubmission('Meridian Security Lab');
  const asVendor = new SubmissionPage(vendor);
  await asVendor.uploadEvidence(SBOM, 'sbom');
  await asVendor.act('submit');

  const lab = await pageFor(browser, 'lab');
  const asLab = new SubmissionPage(lab);
  const labPages = new LabPages(lab);
  const evaluate = async () => {
    await labPages.openResults(submissionId);
    await labPages.setAllResults('pass');
    await labPages.submitEvaluation();
    await asLab.expectState('Under review');
  };
  await asLab.goto(submissionId);
  await asLab.act('accept', { conflictStatement: 'No ties to Kestrel.' });
  await asLab.uploadEvidence(reportFile('report-round-1.txt'), 'evaluation_report');
  await evaluate();

  const regulator = await pageFor(browser, 'regulator');
  const asRegulator = new SubmissionPage(regulator);
  await asRegulator.goto(submissionId);
  await asRegulator.act('request_changes', { reason: 'Add the hardening guide for the O&M interface.' });
  await asRegulator.expectState('Changes requested');

  await asVendor.goto(submissionId);
  // The vendor is told what was asked, where it must act; resubmit waits for evidence that answers it.
  await expect(vendor.getByTestId('change-request-reason')).toContainText('hardening guide for the O&M interface');
  await expect(vendor.getByTestId('action-resubmit')).toBeDisabled();
  await expect(vendor.getByTestId('action-blocked-resubmit')).toContainText('Add evidence that answers the change request');
  await asVendor.uploadEvidence(reportFile('hardening-guide.txt'), 'design_doc');
  await asVendor.goto(submissionId);
  await asVendor.act('resubmit');
  await asVendor.expectState('In evaluation');

  await asLab.goto(submissionId);
  await evaluate();

  await asRegulator.goto(submissionId);
  await asRegulator.act('reject', { reason: 'The O&M interface still accepts default credentials.' });
  await asRegulator.expectState('Rejected');
  await asVendor.goto(submissionId);
  await asVendor.expectState('Rejected');
  await expect(vendor.getByTestId('decision-reason').last()).toContainText('default credentials');
});
