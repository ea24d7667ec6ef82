import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, gte, isNotNull } from 'drizzle-orm';
import { ADVISORY_FIXTURES, guzzleAdvisory, streamOf } from '../helpers/advisory-fixtures';
import { conformantCycloneDx } from '../helpers/sbom-documents';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';
import { createScenario, emptySubmission, type Scenario } from '../helpers/workflow-fixtures';
import { getDb } from '@/lib/db';
import { advisoryMatches } from '@/db/schema/advisories';
import { sbomComponents } from '@/db/schema/components';
import { logEntries } from '@/db/schema/log';
import { countLogEntries } from '@/db/queries/log';
import { importAdvisoryBytes } from '@/lib/advisories/commands/import-advisory';
import { uploadEvidence } from '@/lib/evidence/commands/add-evidence';
import { searchComponents } from '@/lib/components/search-components';
import { matchNewSbom } from '@/lib/matching/match-new-sbom';

let database: TestDatabase;
let s: Scenario;
let submissionId: string;
beforeAll(async () => {
  database = await createTestDatabase();
  s = await createScenario('gNB');
  submissionId = (await emptySubmission(s, 'changes_requested')).id;
  // Sent back to the vendor (regulators see it; the vendor uploads a corrected SBOM). Real documents: a CSAF VEX on guzzle 6.5.8 and the OSV record of Log4Shell (log4j-core before 2.15.0).
  await importAdvisoryBytes(s.regulator, guzzleAdvisory('GUZZLE-REPLACED-1'));
  await importAdvisoryBytes(s.regulator, fs.readFileSync(path.join(ADVISORY_FIXTURES, 'osv-ghsa-jfh8-c2jp-5v3q.json')));
}, 120_000);
afterAll(async () => {
  await database.drop();
});

const sbom = (components: { name: string; version: string; purl: string }[], name: string) =>
  uploadEvidence(s.vendor, submissionId, { kind: 'sbom', filename: name, visibility: 'certified', body: streamOf(Buffer.from(JSON.stringify(conformantCycloneDx(components)))) });
const matches = async () =>
  (await (await getDb()).select().from(advisoryMatches).where(eq(advisoryMatches.productVersionId, s.version.id)))
    .map((m) => ({ packageKey: m.packageKey, state: m.state, justification: m.justification }))
    .sort((a, b) => a.packageKey.localeCompare(b.packageKey));

describe('a newer SBOM of the same submission', () => {
  it('replaces the older one: its components leave matching and search, and the matches it no longer gives resolve, logged', async () => {
    await sbom(
      [
        { name: 'guzzle', version: '6.5.8', purl: 'pkg:composer/guzzlehttp/guzzle@6.5.8' },
        { name: 'log4j-core', version: '2.14.1', purl: 'pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1' },
      ],
      'sbom-1.cdx.json',
    );
    expect(await matches()).toEqual([
      { packageKey: 'pkg:composer/guzzlehttp/guzzle', state: 'affected', justification: null },
      { packageKey: 'pkg:maven/org.apache.logging.log4j/log4j-core', state: 'affected', justification: null },
    ]);
    expect((await searchComponents(s.regulator, { purl: 'pkg:composer/guzzlehttp/guzzle' })).items).toHaveLength(1);
    const db = await getDb();
    const before = await countLogEntries(db);

    // The fixed build: guzzle gone, log4j-core at 2.17.1 (outside every range of the advisory).
    const second = await sbom([{ name: 'log4j-core', version: '2.17.1', purl: 'pkg:maven/org.apache.logging.log4j/log4j-core@2.17.1' }], 'sbom-2.cdx.json');
    expect(await matches()).toEqual([
      { packageKey: 'pkg:composer/guzzlehttp/guzzle', state: 'not_affected', justification: 'component_not_present' },
      { packageKey: 'pkg:maven/org.apache.logging.log4j/log4j-core', state: 'fixed', justification: null },
    ]);
    const logged = (await db.select().from(logEntries).where(gte(logEntries.index, before)))
      .map((e) => JSON.parse(e.entry) as { type: string; data: Record<string, unknown> })
      .filter((e) => e.type === 'advisory_match.changed');
    expect(logged.map((e) => [e.data.packageKey, e.data.from, e.data.to, e.data.source, e.data.reason]).sort()).toEqual([
      ['pkg:composer/guzzlehttp/guzzle', 'affected', 'not_affected', 'vendor', "the vendor's newer SBOM of the submission"],
      ['pkg:maven/org.apache.logging.log4j/log4j-core', 'affected', 'fixed', 'vendor', "the vendor's newer SBOM of the submission"],
    ]);

    // Only the newest SBOM's components are current.
    const rows = await db.select().from(sbomComponents).where(eq(sbomComponents.submissionId, submissionId));
    expect(rows.filter((r) => r.supersededAt !== null)).toHaveLength(2);
    expect(rows.filter((r) => r.supersededAt === null).map((r) => [r.evidenceId, r.purl])).toEqual([[second.id, 'pkg:maven/org.apache.logging.log4j/log4j-core@2.17.1']]);
    const guzzle = await searchComponents(s.regulator, { purl: 'pkg:composer/guzzlehttp/guzzle' });
    expect(guzzle.items).toHaveLength(0);
    const log4j = await searchComponents(s.regulator, { purl: 'pkg:maven/org.apache.logging.log4j/log4j-core' });
    expect(log4j.items.map((i) => i.componentVersion)).toEqual(['2.17.1']);
  });

  it('an advisory imported later matches the newest SBOM only', async () => {
    const later = await importAdvisoryBytes(s.regulator, guzzleAdvisory('GUZZLE-REPLACED-2'));
    expect(later.matches.created + later.matches.changed).toBe(0);
    const open = (await (await getDb()).select().from(advisoryMatches).where(and(eq(advisoryMatches.productVersionId, s.version.id), eq(advisoryMatches.state, 'affected'))));
    expect(open).toHaveLength(0);
  });

  it('an SBOM replaced before its own matching ran is not matched: the newer one speaks for the submission', async () => {
    const db = await getDb();
    const [older] = await db.select().from(sbomComponents).where(and(eq(sbomComponents.submissionId, submissionId), isNotNull(sbomComponents.supersededAt))).limit(1);
    // An open match found on the older SBOM (as if the newer one's matching had not run yet): matching
    // the older SBOM must not judge it by the older SBOM's contents (which still hold guzzle).
    await db.update(advisoryMatches).set({ state: 'affected', justification: null }).where(and(eq(advisoryMatches.productVersionId, s.version.id), eq(advisoryMatches.packageKey, 'pkg:composer/guzzlehttp/guzzle')));
    const before = await matches();
    expect(before.find((m) => m.packageKey === 'pkg:composer/guzzlehttp/guzzle')?.state).toBe('affected');
    expect(await matchNewSbom(db, { evidenceId: older.evidenceId, submissionId })).toEqual({ created: 0, changed: 0 });
    expect(await matches()).toEqual(before);
  });
});
