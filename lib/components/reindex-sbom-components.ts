import 'server-only';
import { sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { hasSbomComponents, listUnindexedSbomEvidence, setMissingConformance } from '@/db/queries/components';
import { evidence } from '@/db/schema/submissions';
import type { BlobStore } from '@/lib/evidence/blob-store';
import { analyzeSbomStream } from '@/lib/evidence/sbom/read-sbom';
import { indexSbomComponents } from './index-sbom-components';

export type ReindexReport = {
  /** SBOMs whose components were added, with how many. */
  indexed: { evidenceId: string; components: number }[];
  /** SBOMs that could not be read again (blob missing or damaged, or no longer parsed). */
  failed: { evidenceId: string; reason: string }[];
};

const PAGE = 100;

/**
 * Backfill of the component index: every SBOM evidence row that has no index rows yet (stored
 * before the index existed) is read again from its blob and indexed; a row without a conformance
 * report gets one. Each SBOM is its own transaction, its row locked so a second run at the same
 * time skips it. No actor: the CLI's `components reindex` only. Logs nothing (the index is
 * derived from bytes the log already records).
 */
export async function unsafeReindexSbomComponents(db: Db, store: BlobStore): Promise<ReindexReport> {
  const report: ReindexReport = { indexed: [], failed: [] };
  let afterId: string | undefined;
  for (;;) {
    const rows = await listUnindexedSbomEvidence(db, { afterId, limit: PAGE });
    if (rows.length === 0) return report;
    afterId = rows[rows.length - 1].id;
    for (const row of rows) {
      try {
        const stream = await store.openReadStream(row.sha256);
        if (!stream) throw new Error(`blob ${row.sha256} is missing`);
        const analysis = await analyzeSbomStream(stream);
        const count = await db.transaction(async (tx) => {
          await tx.execute(sql`select 1 from ${evidence} where ${evidence.id} = ${row.id} for update`);
          if (await hasSbomComponents(tx, row.id)) return null;
          await setMissingConformance(tx, row.id, analysis.conformance);
          return indexSbomComponents(tx, { evidenceId: row.id, submissionId: row.submissionId, productVersionId: row.productVersionId }, analysis.components);
        });
        // An SBOM without components (a VEX document) stays without index rows: nothing to report on every run.
        if (count !== null && count > 0) report.indexed.push({ evidenceId: row.id, components: count });
      } catch (error) {
        report.failed.push({ evidenceId: row.id, reason: (error as Error).message });
      }
    }
  }
}
