import fs from 'node:fs';
import path from 'node:path';
import { getDb } from '@/lib/db';
import { importAdvisoryCollection, type CollectionDocument } from '@/lib/advisories/commands/import-advisory-collection';
import { importAdvisoryBytes } from '@/lib/advisories/commands/import-advisory';
import { pullAllFeeds } from '@/lib/advisories/pull-feeds';
import type { Command } from './command';
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
  'advisories import-all': {
    usage: 'advisories import-all --dir D [--chunk N]',
    summary: 'import every *.json advisory under a folder (an unzipped OSV all.zip, a provider archive) as the portal itself, N (≤ 250) per transaction; refused ones are listed and the rest go on',
    options: { dir: { type: 'string' }, chunk: { type: 'string' } },
    run: (v) =>
      withDatabase(async () => {
        if (typeof v.dir !== 'string' || !fs.statSync(v.dir, { throwIfNoEntry: false })?.isDirectory()) throw Object.assign(new Error('--dir must name a folder'), { status: 400 });
        const chunk = v.chunk === undefined ? undefined : Number(v.chunk);
        if (chunk !== undefined && !(Number.isInteger(chunk) && chunk > 0)) throw Object.assign(new Error('--chunk must be a positive whole number'), { status: 400 });
        const outcome = await importAdvisoryCollection(null, readJsonFiles(v.dir), {
          chunk,
          onChunk: (p) => console.log(`… ${p.imported} imported, ${p.unchanged} already stored, ${p.refused.length} refused`),
        });
        const m = outcome.matches;
        console.log(
          `Imported ${outcome.imported} advisories (${outcome.unchanged} already stored, ${outcome.refused.length} refused): ${m.created} new matches, ${m.changed} changed, ${m.kept} kept; ${outcome.certificatesUnderReview} certificates put on the review list.`,
        );
        for (const r of outcome.refused) console.error(`  REFUSED ${r.name}: ${r.reasons.join('; ')}`);
        return outcome.refused.length > 0 ? 2 : 0;
      }),
  },
};

/** Every `*.json` file under a folder, in path order, read one at a time. */
async function* readJsonFiles(dir: string): AsyncGenerator<CollectionDocument> {
  const names = (fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[]).filter((n) => n.endsWith('.json')).sort();
  for (const name of names) {
    const file = path.join(dir, name);
    if (fs.statSync(file).isFile()) yield { name, bytes: await fs.promises.readFile(file) };
  }
}
