import 'server-only';
import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import type { Actor } from '@/lib/authz/actor';
import { createProduct } from '@/lib/products/commands/create-product';
import { createProductVersion } from '@/lib/products/commands/create-product-version';
import { uploadEvidence } from '@/lib/evidence/commands/add-evidence';
import { recordResults } from '@/lib/results/commands/record-results';
import { testCasesForProduct } from '@/lib/catalogue/read-catalogue';
import { createSubmission } from './commands/create-submission';
import { performSubmissionAction } from './commands/perform-submission-action';

type Cast = { nordwave: Actor; kestrel: Actor; meridian: Actor; regulator: Actor; regulator2: Actor; meridianOrgId: string };

const DEMO_FILES = path.join(process.cwd(), 'db', 'data', 'demo');
const NO_CONFLICT = { hasConflict: false, statement: 'Meridian has no commercial, financial or personal ties to this vendor.' };

function fileBody(name: string) {
  return Readable.toWeb(fs.createReadStream(path.join(DEMO_FILES, name))) as ReadableStream<Uint8Array>;
}

function textBody(text: string) {
  return new Blob([text]).stream();
}

async function upload(actor: Actor, submissionId: string, kind: string, filename: string, body: ReadableStream<Uint8Array>, visibility = 'assessment') {
  await uploadEvidence(actor, submissionId, { kind, filename, visibility, body });
}

type Target = 'draft' | 'submitted' | 'in_evaluation' | 'under_review' | 'changes_requested' | 'approved' | 'rejected' | 'withdrawn';

/** Walks one demo submission through the real commands up to `target`, so every step is logged. */
async function walk(c: Cast, vendor: Actor, product: { id: string; networkFunction: string; isVirtualized: boolean }, version: string, target: Target) {
  const v = await createProductVersion(vendor, product.id, { version });
  const s = await createSubmission(vendor, { productVersionId: v.id, labOrgId: c.meridianOrgId });
  await upload(vendor, s.id, 'sbom', `sbom-${version}.cdx.json`, fileBody('sbom-cyclonedx.json'), 'certified');
  await upload(vendor, s.id, 'design_doc', 'security-architecture.md', textBody(`# Security architecture\n\nDemo document for version ${version}.\n`));
  if (target === 'draft') return;
  await performSubmissionAction(vendor, s.id, 'submit', {});
  if (target === 'submitted') return;
  if (target === 'withdrawn') {
    await performSubmissionAction(vendor, s.id, 'withdraw', { reason: 'Superseded by a newer release' });
    return;
  }
  await performSubmissionAction(c.meridian, s.id, 'accept', { conflictOfInterest: NO_CONFLICT });
  const cases = testCasesForProduct(product.networkFunction, product.isVirtualized);
  const done = target === 'in_evaluation' ? cases.slice(0, Math.floor(cases.length / 2)) : cases;
  await recordResults(c.meridian, s.id, {
    results: done.map((tc, i) => ({
      testCaseId: tc.id,
      result: target === 'rejected' && i % 17 === 3 ? 'fail' : i % 23 === 5 ? 'not_applicable' : 'pass',
      notes: i % 23 === 5 ? 'Interface not present in this product' : undefined,
    })),
  });
  if (target === 'in_evaluation') return;
  await upload(c.meridian, s.id, 'evaluation_report', `evaluation-report-${version}.txt`, textBody(`Evaluation report for ${version}: see results.\n`));
  await performSubmissionAction(c.meridian, s.id, 'submit_evaluation', {});
  if (target === 'under_review') return;
  if (target === 'rejected') {
    await performSubmissionAction(c.regulator, s.id, 'reject', { reason: 'Failed test cases on hardening; fix and submit a new version.' });
    return;
  }
  if (target === 'changes_requested') {
    await performSubmissionAction(c.regulator, s.id, 'request_changes', { reason: 'Please add the hardening guide for the management interface.' });
    return;
  }
  await performSubmissionAction(c.regulator, s.id, 'approve', {});
  if ((await import('@/lib/catalogue/segment-for-network-function')).segmentForNetworkFunction(product.networkFunction) === 'core') {
    await performSubmissionAction(c.regulator2, s.id, 'approve', {});
  }
}

/** Demo products with a submission in every state of the workflow. */
export async function seedDemoSubmissions(c: Cast): Promise<void> {
  const aurora = await createProduct(c.nordwave, { name: 'Aurora gNB', model: 'AG-5200', networkFunction: 'gNB', description: 'Macro 5G base station' });
  const polar = await createProduct(c.nordwave, { name: 'Polar AMF', model: 'PX-AMF', networkFunction: 'AMF', isVirtualized: true, description: 'Cloud-native access and mobility management' });
  const falcon = await createProduct(c.kestrel, { name: 'Falcon UPF', model: 'F-UPF-100', networkFunction: 'UPF' });
  const kite = await createProduct(c.kestrel, { name: 'Kite eNB', model: 'K-LTE-20', networkFunction: 'eNB' });
  await walk(c, c.nordwave, aurora, '5.2.0', 'approved');
  await walk(c, c.nordwave, aurora, '5.3.0-rc1', 'draft');
  await walk(c, c.nordwave, polar, '2.1.0', 'approved');
  await walk(c, c.nordwave, polar, '2.2.0', 'under_review');
  await walk(c, c.kestrel, falcon, '3.0.4', 'in_evaluation');
  await walk(c, c.kestrel, falcon, '3.1.0', 'submitted');
  await walk(c, c.kestrel, kite, '20.4', 'changes_requested');
  await walk(c, c.kestrel, kite, '20.3', 'rejected');
  await walk(c, c.kestrel, kite, '20.2', 'withdrawn');
}
