import fs from 'node:fs';
import { getDb } from '@/lib/db';
import { importAdvisoryBytes } from '@/lib/advisories/commands/import-advisory';
import { pullAllFeeds } from '@/lib/advisories/pull-feeds';
import type { Command } from './commands';
import { withDatabase } from './with-database';

export const advisoryCommands: Record<string, Command> = {
  'advisories pull': {
    usage: 'advisories pull',
    summary: 'pull every configured CSAF provider now (provider-metadata.json → ROLIE feeds → documents, .sha512 checked); what the portal does every ADVISORY_PULL_INTERVAL_MINUTES',
    options: {},
    run: () =>
      withDatabase(async () => {
        let failed = 0;
        for (const r of await pullAllFeeds(await getDb())) {
          console.log(`${r.url}: ${r.imported} imported, ${r.unchanged} unchanged, ${r.failed.length} failed.`);
          for (const f of r.failed) console.error(`  FAILED ${f.url}: ${f.reason}`);
          failed += r.failed.length;
        }
        return failed > 0 ? 2 : 0;
      }),
  },
  'advisories import': {
    usage: 'advisories import --file F',
    summary: 'import one advisory document (CSAF, OSV, CycloneDX VEX, OpenVEX) as the portal itself and match it',
    options: { file: { type: 'string' } },
    run: (v) =>
      withDatabase(async () => {
        if (typeof v.file !== 'string') throw Object.assign(new Error('--file is required'), { status: 400 });
        const outcome = await importAdvisoryBytes(null, fs.readFileSync(v.file), { source: 'upload' });
        const m = outcome.matches;
        console.log(`${outcome.isNew ? 'Imported' : 'Already stored:'} ${outcome.advisory.documentId} revision ${outcome.advisory.revision}: ${m.created} new matches, ${m.changed} changed, ${m.kept} kept.`);
        return 0;
      }),
  },
};
