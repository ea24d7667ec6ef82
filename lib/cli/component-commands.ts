import { unsafeReindexSbomComponents } from '@/lib/components/reindex-sbom-components';
import { getDb } from '@/lib/db';
import { getBlobStore } from '@/lib/evidence/blob-store-instance';
import type { Command } from './commands';
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
        return report.failed.length > 0 ? 2 : 0;
      }),
  },
};
