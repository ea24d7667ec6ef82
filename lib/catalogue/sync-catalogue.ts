import 'server-only';
import type { Executor } from '@/db/client';
import { upsertTestCases } from '@/db/queries/test-cases';
import { scasCatalogue } from '@/lib/catalogue/scas-catalogue';

/**
 * Loads the SCAS test-case catalogue (db/data/scas-catalogue.json) into the database. Part of
 * start-up, next to the migrations, on the database being opened (it runs before the portal serves
 * anything, so it takes that database rather than `getDb()`): reference data, not a use case, hence
 * not a command. An idempotent upsert; never logged.
 */
export async function syncCatalogue(db: Executor): Promise<number> {
  const rows = scasCatalogue.specs.flatMap((spec) =>
    spec.test_cases.map((tc) => ({
      id: tc.id,
      spec: spec.spec,
      specVersion: spec.version ?? 'unversioned',
      clause: tc.clause,
      title: tc.title,
      group: tc.group,
      testNames: (tc.test_names ?? []).map((n) => n.trim()),
      appliesTo: spec.applies_to,
    })),
  );
  await upsertTestCases(db, rows);
  return rows.length;
}
