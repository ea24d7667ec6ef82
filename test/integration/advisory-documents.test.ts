import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { ADVISORY_FIXTURES, DEMO_SBOM, guzzleAdvisory, streamOf } from '../helpers/advisory-fixtures';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';
import { createScenario, emptySubmission, type Scenario } from '../helpers/workflow-fixtures';
import { getDb } from '@/lib/db';
import { advisoryMatches } from '@/db/schema/advisories';
import { certificates } from '@/db/schema/certificates';
import { parseAdvisory } from '@/lib/advisories/parse-advisory';
import { importAdvisoryBytes } from '@/lib/advisories/commands/import-advisory';
import { uploadEvidence } from '@/lib/evidence/commands/add-evidence';
import { getCsafVex } from '@/lib/vex-out/read-vex';
import { ServiceError } from '@/lib/errors';

let database: TestDatabase;
let s: Scenario;
let submissionId: string;
beforeAll(async () => {
  database = await createTestDatabase();
  s = await createScenario('gNB');
  submissionId = (await emptySubmission(s)).id;
}, 120_000);
afterAll(async () => {
  await database.drop();
});

describe('real documents end to end', () => {
  it('every committed advisory fixture imports (or is refused with a 4xx, nothing stored)', async () => {
    for (const name of fs.readdirSync(ADVISORY_FIXTURES).filter((f) => f.endsWith('.json'))) {
      const outcome = await importAdvisoryBytes(s.regulator, fs.readFileSync(path.join(ADVISORY_FIXTURES, name))).then(
        (o) => o.isNew,
        (e: unknown) => (e instanceof ServiceError && e.status < 500 ? e.status : Promise.reject(e)),
      );
      expect([true, 422], name).toContain(outcome);
    }
  });

  it('a stored advisory matches an SBOM uploaded later (indexed at upload, matched after), and the CSAF VEX out parses back', async () => {
    await importAdvisoryBytes(s.regulator, guzzleAdvisory('GUZZLE-1'));
    await uploadEvidence(s.vendor, submissionId, { kind: 'sbom', filename: 'sbom.cdx.json', visibility: 'certified', body: streamOf(DEMO_SBOM) });
    const db = await getDb();
    const matches = await db.select().from(advisoryMatches).where(and(eq(advisoryMatches.productVersionId, s.version.id), eq(advisoryMatches.vulnerabilityId, 'CVE-2009-4487')));
    const log4shell = await db.select().from(advisoryMatches).where(and(eq(advisoryMatches.productVersionId, s.version.id), eq(advisoryMatches.vulnerabilityId, 'CVE-2021-44228')));
    expect(log4shell.map((m) => [m.packageKey, m.componentVersion, m.state])).toEqual([['pkg:maven/org.apache.logging.log4j/log4j-core', '2.14.1', 'affected']]);
    expect(matches.map((m) => [m.packageKey, m.componentVersion, m.state])).toEqual([['pkg:composer/guzzlehttp/guzzle', '6.5.8', 'affected']]);

    await db.insert(certificates).values({
      submissionId,
      productVersionId: s.version.id,
      vendorOrgId: s.vendor.orgId,
      labOrgId: s.lab.orgId,
      scheme: 'NESAS/SCAS',
      issuedAt: new Date(),
      expiresAt: new Date(Date.now() + 86_400_000 * 365),
    });
    const [cert] = await db.select().from(certificates).where(eq(certificates.submissionId, submissionId));
    const vex = await getCsafVex(cert.id);
    const parsed = parseAdvisory(vex.body);
    // The guzzle advisory, and the public Log4Shell fixtures matching the demo SBOM's log4j-core 2.14.1.
    expect(parsed.ok ? parsed.advisory.statements.map((st) => [st.vulnerabilityId, st.product.purl, st.status]) : parsed.reasons).toEqual([
      ['CVE-2009-4487', 'pkg:composer/guzzlehttp/guzzle@6.5.8', 'affected'],
      ['CVE-2021-44228', 'pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1', 'affected'],
    ]);
  });
});
