import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { DEMO_SBOM, guzzleAdvisory, streamOf } from '../helpers/advisory-fixtures';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';
import { createScenario, emptySubmission, type Scenario } from '../helpers/workflow-fixtures';
import { getDb } from '@/lib/db';
import { advisoryMatches } from '@/db/schema/advisories';
import { sbomMatchQueue } from '@/db/schema/components';
import { importAdvisoryBytes } from '@/lib/advisories/commands/import-advisory';
import { uploadEvidence } from '@/lib/evidence/commands/add-evidence';
import { matchQueuedSboms } from '@/lib/matching/sbom-match-queue';
import type * as EffectModule from '@/lib/kernel/effect';

// The process "dies" between a commit and its post-commit effects: effects never run while `dead`.
const dead = { value: false };
vi.mock('@/lib/kernel/effect', async (importOriginal) => {
  const original = await importOriginal<typeof EffectModule>();
  return { ...original, runEffects: (...args: Parameters<typeof original.runEffects>) => (dead.value ? Promise.resolve() : original.runEffects(...args)) };
});


let database: TestDatabase;
let s: Scenario;
beforeAll(async () => {
  database = await createTestDatabase();
  s = await createScenario('gNB');
  await importAdvisoryBytes(s.regulator, guzzleAdvisory('GUZZLE-QUEUE-1'));
}, 120_000);
afterAll(async () => {
  await database.drop();
});

const guzzleMatches = async () =>
  (await getDb()).select().from(advisoryMatches).where(and(eq(advisoryMatches.productVersionId, s.version.id), eq(advisoryMatches.vulnerabilityId, 'CVE-2009-4487')));

describe('the SBOM matching queue', () => {
  it('an SBOM whose matching never ran after its commit stays queued and is matched by the retry, once', async () => {
    const submissionId = (await emptySubmission(s)).id;
    dead.value = true;
    const stored = await uploadEvidence(s.vendor, submissionId, { kind: 'sbom', filename: 'sbom.cdx.json', visibility: 'certified', body: streamOf(DEMO_SBOM) });
    dead.value = false;
    const db = await getDb();
    expect(await guzzleMatches()).toHaveLength(0);
    expect(await db.select().from(sbomMatchQueue)).toMatchObject([{ evidenceId: stored.id, submissionId }]);

    // Within the grace period the retry leaves it (the effect may still be running); after it, it matches.
    expect((await matchQueuedSboms(db)).matched).toHaveLength(0);
    const report = await matchQueuedSboms(db, { now: new Date(Date.now() + 61_000) });
    expect(report).toMatchObject({ matched: [{ evidenceId: stored.id }], failed: [] });
    expect(report.matched[0].created).toBeGreaterThan(0);
    expect((await guzzleMatches()).map((m) => m.state)).toEqual(['affected']);
    expect(await db.select().from(sbomMatchQueue)).toHaveLength(0);
    expect((await matchQueuedSboms(db, { graceMs: 0 })).matched).toHaveLength(0);
  });

  it('an SBOM whose matching ran after its commit leaves nothing queued', async () => {
    const submissionId = (await emptySubmission(s)).id;
    const stored = await uploadEvidence(s.vendor, submissionId, { kind: 'sbom', filename: 'sbom-2.cdx.json', visibility: 'certified', body: streamOf(DEMO_SBOM) });
    expect(await (await getDb()).select().from(sbomMatchQueue).where(eq(sbomMatchQueue.evidenceId, stored.id))).toHaveLength(0);
  });
});
