import { unsafeReindexSbomComponents } from '@/lib/components/reindex-sbom-components';
import { getDb } from '@/lib/db';
import { getBlobStore } from '@/lib/evidence/blob-store-instance';
import { matchQueuedSboms } from '@/lib/matching/sbom-match-queue';
import type { Command } from './command';
import { withDatabase } from './with-database';

export const componentCommands: Record<string, Command> = {
  'components reindex': {
    usage: 'components reindex',
    summary:
      'add the components of every stored SBOM that has none in the component index yet (read again from its blob), with its BSI TR-03183-2 report where missing; exits 2 when an SBOM could not be read',
    options: {},
    run: () =>
      withDatabase(async () => {
        const report = await unsafeReindexSbomComponents(await getDb(), getBlobStore());
        for (const i of report.indexed) console.log(`Indexed ${i.components} components of evidence ${i.evidenceId}.`);
        for (const f of report.failed) console.error(`FAILED evidence ${f.evidenceId}: ${f.reason}`);
        const total = report.indexed.reduce((n, i) => n + i.components, 0);
        console.log(`${report.indexed.length} SBOMs indexed (${total} components), ${report.failed.length} failed.`);
        // What it indexed is queued for matching: match it now rather than at the portal's next retry.
        const matched = await printQueuedMatching();
        return report.failed.length > 0 || matched > 0 ? 2 : 0;
      }),
  },
  'components match-queued': {
    usage: 'components match-queued',
    summary:
      'match every SBOM still queued for matching against the stored advisories (its matching after upload never ran: the process died first); what the portal retries every minute; exits 2 when one failed',
    options: {},
    run: () => withDatabase(async () => ((await printQueuedMatching()) > 0 ? 2 : 0)),
  },
};

/** Runs {@link matchQueuedSboms} for everything queued and prints it; the number that failed. */
async function printQueuedMatching(): Promise<number> {
  const report = await matchQueuedSboms(await getDb(), { graceMs: 0 });
  for (const m of report.matched) console.log(`Matched evidence ${m.evidenceId}: ${m.created} new matches, ${m.changed} changed.`);
  for (const f of report.failed) console.error(`FAILED to match evidence ${f.evidenceId}: ${f.reason}`);
  console.log(`${report.matched.length} queued SBOMs matched, ${report.failed.length} failed (still queued).`);
  return report.failed.length;
}
