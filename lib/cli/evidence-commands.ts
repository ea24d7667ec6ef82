import type { Executor } from '@/db/client';
import { getDb } from '@/lib/db';
import type { BlobStore } from '@/lib/evidence/blob-store';
import { getBlobStore } from '@/lib/evidence/blob-store-instance';
import { readEvidenceIntegrityConfig } from '@/lib/evidence/integrity-config';
import { sweepEvidenceStorage } from '@/lib/evidence/sweep-evidence-storage';
import { verifyStoredEvidence } from '@/lib/evidence/verify-stored-evidence';
import type { Command } from './command';
import { withDatabase } from './with-database';

type Values = Parameters<Command['run']>[0];

/** `--name N` in minutes as milliseconds, else `fallback`. */
function minutesFlag(values: Values, name: string, fallback: number): number {
  const raw = values[name];
  if (typeof raw !== 'string') return fallback;
  const minutes = Number(raw);
  if (raw.trim() === '' || !Number.isFinite(minutes) || minutes < 0) {
    throw Object.assign(new Error(`--${name} must be a number of minutes (0 or more)`), { status: 400 });
  }
  return minutes * 60_000;
}

/** Prints the `evidence verify` report; 0 when everything is intact, 2 when anything is wrong. */
export async function runEvidenceVerify(db: Executor, store: BlobStore, options: { orphanMaxAgeMs: number }): Promise<number> {
  const started = Date.now();
  const report = await verifyStoredEvidence(db, store, options);
  for (const d of report.damaged) {
    const found = d.actualSha256 ? `bytes hash to ${d.actualSha256}` : `${d.actualSize} bytes, expected ${d.expectedSize}`;
    console.error(`DAMAGED evidence ${d.evidenceId}: blob ${d.sha256}: ${found}`);
  }
  for (const m of report.missing) console.error(`MISSING evidence ${m.evidenceId}: blob ${m.sha256} is gone`);
  for (const o of report.orphans) console.error(`ORPHANED blob ${o.sha256} (${o.size} bytes, stored ${o.modifiedAt.toISOString()}): no evidence row references it`);
  for (const sha256 of report.restored) console.log(`Restored blob ${sha256}: intact again`);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const young = report.youngOrphans.length ? `; ${report.youngOrphans.length} unreferenced blobs too young to call orphaned` : '';
  const summary = `${report.rows} evidence rows, ${report.blobs} blobs checked in ${seconds} s${young}`;
  if (report.ok) {
    console.log(`OK: ${summary}.`);
    return 0;
  }
  console.error(
    `FAILED: ${report.damaged.length} damaged, ${report.missing.length} missing, ${report.orphans.length} orphaned (${summary}). ` +
      'Damaged or missing evidence heals when its original file is uploaded again; "evidence sweep" removes orphans.',
  );
  return 2;
}

/** Runs `evidence sweep`, printing each removal and a summary; always 0 (failures throw). */
export async function runEvidenceSweep(db: Executor, store: BlobStore, options: { tempMaxAgeMs: number; orphanMaxAgeMs: number }): Promise<number> {
  const report = await sweepEvidenceStorage(db, store, options);
  console.log(
    `Swept ${report.removedTemps.length} temp files and ${report.removedOrphans.length} orphaned blobs; ` +
      `kept ${report.keptTemps} temp files and ${report.keptOrphans} unreferenced blobs that are too young.`,
  );
  return 0;
}

export const evidenceCommands: Record<string, Command> = {
  'evidence verify': {
    usage: 'evidence verify [--orphan-age-minutes N]',
    summary:
      'check every evidence row against its stored blob (exists, size, SHA-256) and list orphaned blobs; records integrity events, exits 2 when anything is wrong',
    options: { 'orphan-age-minutes': { type: 'string' } },
    run: (v) =>
      withDatabase(async () => {
        const c = readEvidenceIntegrityConfig();
        return runEvidenceVerify(await getDb(), getBlobStore(), { orphanMaxAgeMs: minutesFlag(v, 'orphan-age-minutes', c.orphanMaxAgeMs) });
      }),
  },
  'evidence sweep': {
    usage: 'evidence sweep [--temp-age-minutes N] [--orphan-age-minutes N]',
    summary: 'delete abandoned temp upload files (default: older than 60 minutes) and orphaned blobs (default: older than 1440 minutes)',
    options: { 'temp-age-minutes': { type: 'string' }, 'orphan-age-minutes': { type: 'string' } },
    run: (v) =>
      withDatabase(async () => {
        const c = readEvidenceIntegrityConfig();
        return runEvidenceSweep(await getDb(), getBlobStore(), {
          tempMaxAgeMs: minutesFlag(v, 'temp-age-minutes', c.tempMaxAgeMs),
          orphanMaxAgeMs: minutesFlag(v, 'orphan-age-minutes', c.orphanMaxAgeMs),
        });
      }),
  },
};
