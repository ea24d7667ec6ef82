import { getDb } from '@/lib/db';
import type { Actor } from '@/lib/authz/actor';
import { evidence, submissions, testResults, decisions } from '@/db/schema/submissions';
import { certificates } from '@/db/schema/certificates';
import { unsafeAccreditLab } from '@/lib/organizations/commands/accredit-lab';
import { createProduct } from '@/lib/products/commands/create-product';
import { createProductVersion } from '@/lib/products/commands/create-product-version';
import { applicableTestCases } from '@/lib/catalogue/applicable-test-cases';
import { scasCatalogue } from '@/lib/catalogue/scas-catalogue';
import type { SubmissionState } from '@/lib/workflow/submission-states';
import { addMember, makeOrgUser } from './actors';

export type Scenario = Awaited<ReturnType<typeof createScenario>>;

/** Two vendors, an accredited lab and an unrelated one, two regulators, an operator, and one product version. */
export async function createScenario(networkFunction = 'UPF') {
  const vendor = await makeOrgUser('vendor', { group: 'Vendor Group' });
  const otherVendor = await makeOrgUser('vendor');
  const lab = await makeOrgUser('lab');
  const otherLab = await makeOrgUser('lab');
  const regulator = await makeOrgUser('regulator');
  const regulator2 = await addMember(regulator);
  const operator = await makeOrgUser('operator');
  for (const l of [lab, otherLab]) {
    await unsafeAccreditLab({
      labOrgId: l.orgId,
      body: 'Test accreditation body',
      standard: 'ISO/IEC 17025',
      scope: [networkFunction],
      validFrom: '2020-01-01',
      validUntil: '2099-12-31',
    });
  }
  const product = await createProduct(vendor, { name: `Product ${networkFunction}`, networkFunction });
  const version = await createProductVersion(vendor, product.id, { version: '1.0.0' });
  const testCaseIds = applicableTestCases(scasCatalogue, networkFunction, false).map((t) => ({ id: t.id, specVersion: t.specVersion }));
  return { vendor, otherVendor, lab, otherLab, regulator, regulator2, operator, product, version, testCaseIds };
}

export async function addEvidenceRow(submissionId: string, uploader: Actor, kind: (typeof evidence.$inferInsert)['kind'] = 'sbom', at = new Date()) {
  const db = await getDb();
  const [row] = await db
    .insert(evidence)
    .values({
      submissionId,
      kind,
      filename: `${kind}.json`,
      mediaType: 'application/json',
      size: 2,
      sha256: 'a'.repeat(64),
      uploadedBy: uploader.userId,
      uploaderOrgId: uploader.orgId,
      createdAt: at,
    })
    .returning();
  return row;
}

/** A submission row of the scenario's version in `state` with nothing attached (no evidence, results or decisions). */
export async function emptySubmission(s: Scenario, state: SubmissionState = 'draft') {
  const [row] = await (await getDb())
    .insert(submissions)
    .values({
      productVersionId: s.version.id,
      vendorOrgId: s.vendor.orgId,
      labOrgId: s.lab.orgId,
      state,
      // Reviewed once by the states a regulator's review reaches.
      reviewRound: ['under_review', 'changes_requested', 'approved', 'rejected'].includes(state) ? 1 : 0,
      submittedAt: state === 'draft' ? null : new Date(),
      createdBy: s.vendor.userId,
    })
    .returning();
  return row;
}

/**
 * A submission put straight into `state` with everything its next legal action needs:
 * evidence, the chosen lab, complete results and an evaluation report, a change request answered.
 */
export async function submissionInState(s: Scenario, state: SubmissionState) {
  const db = await getDb();
  const row = await emptySubmission(s, state);
  await addEvidenceRow(row.id, s.vendor, 'sbom', new Date(Date.now() - 60_000));
  if (state === 'in_evaluation') {
    await db.insert(testResults).values(
      s.testCaseIds.map((t) => ({
        submissionId: row.id,
        testCaseId: t.id,
        specVersion: t.specVersion,
        result: 'pass' as const,
        recordedBy: s.lab.userId,
      })),
    );
    await addEvidenceRow(row.id, s.lab, 'evaluation_report');
  }
  if (state === 'changes_requested') {
    await db.insert(decisions).values({
      submissionId: row.id,
      reviewRound: 1,
      kind: 'request_changes',
      reason: 'More detail please',
      regulatorUserId: s.regulator.userId,
      regulatorOrgId: s.regulator.orgId,
      createdAt: new Date(Date.now() - 30_000),
    });
    await addEvidenceRow(row.id, s.vendor, 'design_doc');
  }
  if (state === 'approved') {
    await db.insert(certificates).values({
      submissionId: row.id,
      productVersionId: s.version.id,
      vendorOrgId: s.vendor.orgId,
      labOrgId: s.lab.orgId,
      scheme: row.scheme,
      issuedAt: new Date(),
      expiresAt: new Date(Date.now() + 365 * 86_400_000),
    });
  }
  return row;
}
