import 'server-only';
import type { Executor } from '@/db/client';
import { findLatestIntegrityEvents, insertIntegrityEvents, type IntegrityEventRow } from '@/db/queries/evidence';
import type { evidenceIntegrityEvents } from '@/db/schema/evidence-integrity';
import { getDb } from '@/lib/db';
import type { EvidenceIntegrityDto } from './evidence-integrity-dto';

export type NewIntegrityEvent = typeof evidenceIntegrityEvents.$inferInsert;

/** Stores integrity events and says so on the console (operators watch it). */
export async function recordIntegrityEvents(events: NewIntegrityEvent[], db?: Executor): Promise<void> {
  if (events.length === 0) return;
  await insertIntegrityEvents(db ?? (await getDb()), events);
  for (const e of events) {
    const where = e.evidenceId ? `evidence ${e.evidenceId}, blob ${e.sha256}` : `blob ${e.sha256}`;
    (e.kind === 'restored' ? console.log : console.error)(`Evidence integrity (${e.source}): ${e.kind}: ${where}: ${e.detail}`);
  }
}

/**
 * Like {@link recordIntegrityEvents}, but never throws: for paths (a download, an upload) whose
 * answer must not depend on whether the event could be stored.
 */
export async function recordIntegrityEventsQuietly(events: NewIntegrityEvent[]): Promise<void> {
  await recordIntegrityEvents(events).catch((error: unknown) => console.error('Could not record an evidence integrity event', events, error));
}

const isOpen = (row: IntegrityEventRow | undefined) => row !== undefined && row.kind !== 'restored';

/** The integrity state of each blob: the latest event decides; a blob with none is `ok`. */
export async function findIntegrityStates(db: Executor, sha256s: readonly string[]): Promise<Map<string, EvidenceIntegrityDto>> {
  const latest = new Map((await findLatestIntegrityEvents(db, sha256s)).map((row) => [row.sha256, row]));
  const states = new Map<string, EvidenceIntegrityDto>();
  for (const sha256 of sha256s) {
    const row = latest.get(sha256);
    states.set(
      sha256,
      row && isOpen(row) ? { state: row.kind as 'damaged' | 'missing', detectedAt: row.detectedAt.toISOString() } : { state: 'ok', detectedAt: null },
    );
  }
  return states;
}

/** The blobs among `sha256s` whose latest event is an open problem (damaged or missing). */
export async function findOpenProblems(db: Executor, sha256s: readonly string[]): Promise<Set<string>> {
  return new Set((await findLatestIntegrityEvents(db, sha256s)).filter(isOpen).map((row) => row.sha256));
}
