import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';
import { createScenario, submissionInState, type Scenario } from '../helpers/workflow-fixtures';
import { conformantCycloneDx, nestedCycloneDx } from '../helpers/sbom-documents';
import { uploadEvidence } from '@/lib/evidence/commands/add-evidence';
import { getEvidence } from '@/lib/evidence/read-evidence';
import { searchComponents } from '@/lib/components/search-components';
import { unsafeReindexSbomComponents } from '@/lib/components/reindex-sbom-components';
import { getBlobStore } from '@/lib/evidence/blob-store-instance';
import { changePortalSetting } from '@/lib/portal-settings/commands/change-portal-setting';
import { readPortalSettings } from '@/lib/portal-settings/read-portal-settings';
import { performSubmissionAction } from '@/lib/submissions/commands/perform-submission-action';
import { ServiceError } from '@/lib/errors';
import { selectEntriesForSubject } from '@/db/queries/log';
import { sbomComponents } from '@/db/schema/components';
import { certificates } from '@/db/schema/certificates';
import { portalSettings } from '@/db/schema/portal-settings';
import { evidence, submissions } from '@/db/schema/submissions';
import type { Actor } from '@/lib/authz/actor';
import type { SbomConformanceReport } from '@/lib/evidence/sbom/conformance-model';

const FIXTURES = path.resolve(__dirname, '../fixtures/sboms');

function bodyOf(bytes: Uint8Array) {
  return new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(bytes);
      controller.close();
    },
  });
}

const uploadSbom = (actor: Actor, submissionId: string, document: unknown, filename = 'sbom.json') =>
  uploadEvidence(actor, submissionId, { kind: 'sbom', filename, body: bodyOf(Buffer.from(JSON.stringify(document))) });
const uploadFixture = async (actor: Actor, submissionId: string, name: string) =>
  uploadEvidence(actor, submissionId, { kind: 'sbom', filename: name, body: bodyOf(await readFile(path.join(FIXTURES, name))) });

async function refusal(promise: Promise<unknown>): Promise<ServiceError> {
  const error = await promise.then(
    () => new Error('expected a refusal'),
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(ServiceError);
  return error as ServiceError;
}

const rowsOf = (evidenceId: string) =>
  database.db.select().from(sbomComponents).where(eq(sbomComponents.evidenceId, evidenceId)).orderBy(asc(sbomComponents.id));

let database: TestDatabase;
let s: Scenario;
beforeAll(async () => {
  database = await createTestDatabase();
  s = await createScenario('gNB');
});
afterAll(async () => {
  await database?.drop();
});

describe('indexing at upload', () => {
  it('indexes every CycloneDX component, nested ones included, with normalised purls and CPEs', async () => {
    const draft = await submissionInState(s, 'draft');
    const dto = await uploadSbom(s.vendor, draft.id, nestedCycloneDx());
    const rows = await rowsOf(dto.id);
    expect(rows.map((r) => r.name)).toEqual(['log4j-core', 'log4j-api', 'openssl', 'zlib', 'libc6']);
    expect(rows.every((r) => r.submissionId === draft.id && r.productVersionId === s.version.id)).toBe(true);
    const [core, , openssl, zlib, libc] = rows;
    expect(core).toMatchObject({
      purlType: 'maven',
      packageKey: 'pkg:maven/org.apache.logging.log4j/log4j-core',
      version: '2.14.1',
      qualifiers: { type: 'jar' },
      purl: 'pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1?type=jar',
    });
    expect(openssl).toMatchObject({ packageKey: null, purl: null, cpe: 'cpe:2.3:a:openssl:openssl:1.1.1k:*:*:*:*:*:*:*', version: '1.1.1k' });
    expect(zlib).toMatchObject({ packageKey: null, cpe: null, version: '1.2.11' });
    // repository_url says where it was fetched from, not what it is: dropped.
    expect(libc).toMatchObject({ packageKey: 'pkg:deb/debian/libc6', qualifiers: { arch: 'amd64', distro: 'debian-12' } });
  });

  it('indexes SPDX 2.3 packages and SPDX 3.0.1 software_Package elements', async () => {
    const draft = await submissionInState(s, 'draft');
    const spdx2 = await uploadFixture(s.vendor, draft.id, 'spdx-2.3-example11.json');
    const spdx3 = await uploadFixture(s.vendor, draft.id, 'spdx-3.0.1-example11.json');
    expect(spdx3.mediaType).toBe('application/spdx+json');
    expect(spdx3.sbom).toMatchObject({ format: 'spdx', specVersion: '3.0.1', componentCount: 4 });
    const keys = async (id: string) => (await rowsOf(id)).map((r) => `${r.packageKey}@${r.version}`);
    const expected = ['pkg:deb/debian/libselinux1-dev@3.1-3', 'pkg:cargo/hyper@0.14', 'pkg:cargo/tokio@1.19.2', 'pkg:cargo/pretty_env_logger@0.4.0'];
    expect(await keys(spdx2.id)).toEqual(expected);
    expect(await keys(spdx3.id)).toEqual(expected);
    expect((await rowsOf(spdx3.id))[0].qualifiers).toEqual({ arch: 's390x' });
  });

  it('indexes all of a 5000-component SBOM in the upload transaction', async () => {
    const draft = await submissionInState(s, 'draft');
    const components = Array.from({ length: 5000 }, (_, i) => ({ name: `lib${i}`, version: `1.${i}.0`, purl: `pkg:npm/lib${i}@1.${i}.0` }));
    const started = performance.now();
    const dto = await uploadSbom(s.vendor, draft.id, conformantCycloneDx(components));
    const elapsed = performance.now() - started;
    expect((await rowsOf(dto.id)).length).toBe(5000);
    // Parsing, hashing, storing and indexing together; the index inserts alone are a fraction of it.
    expect(elapsed).toBeLessThan(5000);
    console.log(`upload + index of 5000 components: ${elapsed.toFixed(0)} ms`);
  });
});

describe('conformance at upload', () => {
  it('stores the report and shows it with the evidence: the conformant document passes every check', async () => {
    const draft = await submissionInState(s, 'draft');
    const dto = await uploadSbom(s.vendor, draft.id, conformantCycloneDx([{ name: 'log4j-core', version: '2.17.1', purl: 'pkg:maven/org.apache.logging.log4j/log4j-core@2.17.1' }]));
    const report = (await getEvidence(s.vendor, dto.id)).conformance as SbomConformanceReport;
    expect(report.standard).toBe('BSI TR-03183-2 v2.1');
    expect(report.checks.filter((c) => !c.passed)).toEqual([]);
    expect(report.conforms).toBe(true);
  });

  it.each([
    ['cyclonedx-1.4-laravel-7.12.0.json', ['format-version', 'sbom-creator', 'timestamp', 'component-creator', 'component-filename', 'component-hash']],
    ['cyclonedx-1.4-juice-shop-flat.json', ['format-version', 'sbom-creator', 'timestamp', 'component-creator', 'component-filename', 'licences']],
    ['cyclonedx-1.2-proton-bridge-1.8.0.json', ['format-version', 'sbom-creator', 'component-creator', 'component-filename', 'component-hash', 'licences']],
    ['spdx-2.2-appbomination.json', ['format-version', 'sbom-creator', 'component-creator', 'component-version', 'component-filename', 'component-hash', 'unique-identifier']],
    ['spdx-2.3-example11.json', ['format-version', 'sbom-creator', 'component-creator', 'component-filename', 'component-hash']],
    ['spdx-3.0.1-example11.json', ['sbom-creator', 'component-creator', 'component-filename', 'component-hash']],
  ])('%s fails exactly %j', async (name, failed) => {
    const draft = await submissionInState(s, 'draft');
    const dto = await uploadFixture(s.vendor, draft.id, name);
    const [row] = await database.db.select().from(evidence).where(eq(evidence.id, dto.id));
    expect(row.conformance!.checks.filter((c) => !c.passed).map((c) => c.id)).toEqual(failed);
    expect(row.conformance!.conforms).toBe(false);
  });

  it('says how many components fall short', async () => {
    const draft = await submissionInState(s, 'draft');
    const dto = await uploadFixture(s.vendor, draft.id, 'cyclonedx-1.4-juice-shop-flat.json');
    const report = (await getEvidence(s.vendor, dto.id)).conformance as SbomConformanceReport;
    expect(report.checks.find((c) => c.id === 'licences')!.detail).toBe('9 of 1,115 components have no licence');
    expect(report.checks.find((c) => c.id === 'format-version')!.detail).toBe('CycloneDX 1.4 is older than CycloneDX 1.6');
  });
});

describe('search by component', () => {
  let submittedId: string;
  let certifiedId: string;
  let otherVendorDraftId: string;
  const LOG4J = 'pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1';

  beforeAll(async () => {
    const db = database.db;
    const submitted = await submissionInState(s, 'submitted');
    // Evidence on a submitted submission: inserted as the vendor would have before submitting.
    await db.update(submissions).set({ state: 'draft', submittedAt: null }).where(eq(submissions.id, submitted.id));
    await uploadSbom(s.vendor, submitted.id, nestedCycloneDx());
    await db.update(submissions).set({ state: 'submitted', submittedAt: new Date() }).where(eq(submissions.id, submitted.id));
    submittedId = submitted.id;

    const approved = await submissionInState(s, 'draft');
    await uploadSbom(s.vendor, approved.id, nestedCycloneDx());
    await db.update(evidence).set({ visibility: 'certified' }).where(eq(evidence.submissionId, approved.id));
    await db.update(submissions).set({ state: 'approved', submittedAt: new Date() }).where(eq(submissions.id, approved.id));
    await db.insert(certificates).values({
      submissionId: approved.id,
      productVersionId: s.version.id,
      vendorOrgId: s.vendor.orgId,
      labOrgId: s.lab.orgId,
      scheme: 'NESAS/SCAS',
      issuedAt: new Date(),
      expiresAt: new Date(Date.now() + 365 * 86_400_000),
    });
    certifiedId = approved.id;

    // Another vendor's own product, with log4j in a draft SBOM.
    const { createProduct } = await import('@/lib/products/commands/create-product');
    const { createProductVersion } = await import('@/lib/products/commands/create-product-version');
    const product = await createProduct(s.otherVendor, { name: 'Other gNB', networkFunction: 'gNB' });
    const version = await createProductVersion(s.otherVendor, product.id, { version: '9.9' });
    const [other] = await db
      .insert(submissions)
      .values({ productVersionId: version.id, vendorOrgId: s.otherVendor.orgId, labOrgId: s.lab.orgId, state: 'draft', createdBy: s.otherVendor.userId })
      .returning();
    await uploadSbom(s.otherVendor, other.id, nestedCycloneDx());
    otherVendorDraftId = other.id;
  });

  const found = async (actor: Actor, purl = LOG4J) => {
    const result = await searchComponents(actor, { purl, limit: '200' });
    return result.items.map((i) => i.submission.id);
  };

  it('regulators find submitted and certified versions, the uncertified one without a certificate, never a draft', async () => {
    const result = await searchComponents(s.regulator, { purl: LOG4J });
    const ids = result.items.map((i) => i.submission.id);
    expect(ids).toContain(submittedId);
    expect(ids).toContain(certifiedId);
    expect(ids).not.toContain(otherVendorDraftId);
    expect(result.items.find((i) => i.submission.id === submittedId)!.certificate).toBeNull();
    expect(result.items.find((i) => i.submission.id === certifiedId)).toMatchObject({
      certificate: { status: 'valid' },
      product: { name: s.product.name },
      productVersion: { version: '1.0.0' },
      componentVersion: '2.14.1',
    });
    expect(result.query).toMatchObject({ packageKey: 'pkg:maven/org.apache.logging.log4j/log4j-core', version: '2.14.1' });
  });

  it('the assigned lab finds its assignments; another lab only what it could open', async () => {
    expect(await found(s.lab)).toEqual(expect.arrayContaining([submittedId, certifiedId]));
    expect(await found(s.otherLab)).toEqual([]);
  });

  it('vendors find only their own versions; another vendor never sees an uncertified version of ours', async () => {
    const own = await found(s.vendor);
    expect(own).toEqual(expect.arrayContaining([submittedId, certifiedId]));
    expect(own).not.toContain(otherVendorDraftId);
    expect(await found(s.otherVendor)).toEqual([otherVendorDraftId]);
  });

  it('operators find only certified versions whose SBOM was released to them', async () => {
    expect(await found(s.operator)).toEqual([certifiedId]);
  });

  it('matches without a version, by normalised purl, and not another version', async () => {
    expect(await found(s.regulator, 'pkg:maven/org.apache.logging.log4j/log4j-core')).toEqual(expect.arrayContaining([submittedId, certifiedId]));
    expect(await found(s.regulator, 'maven/org.apache.logging.log4j/log4j-core@2.14.1')).toEqual(expect.arrayContaining([submittedId, certifiedId]));
    expect(await found(s.regulator, 'pkg:maven/org.apache.logging.log4j/log4j-core@2.17.1')).not.toContain(submittedId);
    expect(await found(s.regulator, 'pkg:deb/debian/libc6@2.36-9?distro=debian-12')).toEqual(expect.arrayContaining([submittedId]));
    expect(await found(s.regulator, 'pkg:deb/debian/libc6@2.36-9?distro=debian-11')).toEqual([]);
  });

  it('pages with a cursor', async () => {
    const first = await searchComponents(s.regulator, { purl: LOG4J, limit: '1' });
    expect(first.items).toHaveLength(1);
    const second = await searchComponents(s.regulator, { purl: LOG4J, limit: '1', cursor: first.nextCursor! });
    expect(second.items[0].componentId).not.toBe(first.items[0].componentId);
  });

  it('refuses a text that is no package URL (400)', async () => {
    expect((await refusal(searchComponents(s.regulator, { purl: 'log4j' }))).status).toBe(400);
    expect((await refusal(searchComponents(s.regulator, { purl: LOG4J, cursor: 'nonsense' }))).status).toBe(400);
  });
});

describe('the SBOM conformance setting', () => {
  it('only regulators change it, and each change is logged', async () => {
    expect((await refusal(changePortalSetting(s.vendor, { key: 'sbomConformanceRequired', value: true }))).status).toBe(403);
    expect((await refusal(changePortalSetting(s.lab, { key: 'sbomConformanceRequired', value: true }))).status).toBe(403);
    expect((await refusal(changePortalSetting(s.regulator, { key: 'sbomConformanceRequired', value: 'yes' }))).status).toBe(400);
    expect((await readPortalSettings(database.db)).sbomConformanceRequired).toBe(false);
    const changed = await changePortalSetting(s.regulator, { key: 'sbomConformanceRequired', value: true });
    expect((await readPortalSettings(database.db)).sbomConformanceRequired).toBe(true);
    const [row] = await database.db.select().from(portalSettings).where(eq(portalSettings.key, 'sbomConformanceRequired'));
    const entries = await selectEntriesForSubject(database.db, 'portal_setting', row.id);
    expect(entries.map((e) => JSON.parse(e.entry).data)).toEqual([{ key: 'sbomConformanceRequired', from: false, to: true }]);
    expect(changed.version).toBe(1);
    await changePortalSetting(s.regulator, { key: 'sbomConformanceRequired', value: false });
  });

  it('when on, submit refuses (409) an SBOM that does not conform, naming the failed checks; off, it submits', async () => {
    await changePortalSetting(s.regulator, { key: 'sbomConformanceRequired', value: true });
    const draft = await submissionInState(s, 'draft');
    await database.db.delete(evidence).where(eq(evidence.submissionId, draft.id));
    await uploadSbom(s.vendor, draft.id, nestedCycloneDx());
    const error = await refusal(performSubmissionAction(s.vendor, draft.id, 'submit', {}));
    expect(error.status).toBe(409);
    expect(error.message).toMatch(/does not meet BSI TR-03183-2 v2\.1/);
    expect(error.message).toMatch(/format-version \(CycloneDX 1\.5 is older than CycloneDX 1\.6\)/);
    expect(error.message).toMatch(/component-hash \(5 of 5 components lack a SHA-512 hash\)/);
    expect((error.extra as { unmet: { code: string }[] }).unmet.map((u) => u.code)).toEqual(['sbom_not_conformant']);

    // The newest SBOM counts: a conformant one replaces it.
    await uploadSbom(s.vendor, draft.id, conformantCycloneDx([{ name: 'a', version: '1', purl: 'pkg:npm/a@1' }]));
    await expect(performSubmissionAction(s.vendor, draft.id, 'submit', {})).resolves.toMatchObject({ state: 'submitted' });

    // Without any SBOM the setting also refuses.
    const noSbom = await submissionInState(s, 'draft');
    await database.db.update(evidence).set({ kind: 'design_doc' }).where(eq(evidence.submissionId, noSbom.id));
    expect((await refusal(performSubmissionAction(s.vendor, noSbom.id, 'submit', {}))).message).toMatch(/Upload an SBOM that meets BSI TR-03183-2/);

    await changePortalSetting(s.regulator, { key: 'sbomConformanceRequired', value: false });
    const other = await submissionInState(s, 'draft');
    await uploadSbom(s.vendor, other.id, nestedCycloneDx());
    await expect(performSubmissionAction(s.vendor, other.id, 'submit', {})).resolves.toMatchObject({ state: 'submitted' });
  });
});

describe('components reindex', () => {
  it('rebuilds the index of an SBOM stored without one, once', async () => {
    const draft = await submissionInState(s, 'draft');
    const dto = await uploadSbom(s.vendor, draft.id, nestedCycloneDx());
    await database.db.delete(sbomComponents).where(eq(sbomComponents.evidenceId, dto.id));
    await database.db.update(evidence).set({ conformance: null }).where(eq(evidence.id, dto.id));
    const report = await unsafeReindexSbomComponents(database.db, getBlobStore());
    expect(report.indexed).toContainEqual({ evidenceId: dto.id, components: 5 });
    expect(await rowsOf(dto.id)).toHaveLength(5);
    const [row] = await database.db.select().from(evidence).where(eq(evidence.id, dto.id));
    expect(row.conformance?.standard).toBe('BSI TR-03183-2 v2.1');
    const again = await unsafeReindexSbomComponents(database.db, getBlobStore());
    expect(again.indexed.find((i) => i.evidenceId === dto.id)).toBeUndefined();
  });
});
