import 'server-only';
import type { Executor } from '@/db/client';
import { upsertTestCases } from '@/db/queries/test-cases';
import { scasCatalogue } from '@/lib/catalogue/scas-catalogue';

/** Loads the SCAS test-case catalogue (db/data/scas-catalogue.json) into the database. */
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
