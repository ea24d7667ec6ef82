import 'server-only';
import type { Actor } from '@/lib/authz/actor';
import { getDb } from '@/lib/db';
import { notFound } from '@/lib/errors';
import { evidenceVisibilitiesFor } from '@/lib/visibility/evidence';
import { seesAssessmentRecord } from '@/lib/visibility/submissions';
import * as q from '@/db/queries/submissions';
import { listEvidenceOfSubmission } from '@/db/queries/evidence';
import { unsafeEntriesForSubject } from '@/lib/transparency-log/read-log';
import { colleagueNames } from '@/lib/users/colleague-names';
import type { HistoryEventDto } from './submission-dto';

/**
 * The timeline of a submission built from its log entries (and its certificate's), each with its
 * log index so anyone can fetch the inclusion proof. 404 unless the caller may see the submission.
 */
export async function getSubmissionHistory(actor: Actor, submissionId: string): Promise<HistoryEventDto[]> {
  const db = await getDb();
  const row = await q.findVisibleSubmission(db, actor, submissionId);
  if (!row) throw notFound('Submission');
  const certificate = await q.findCertificateOfSubmission(db, submissionId);
  // The entries are read only after the visibility check above.
  const entries = [
    ...(await unsafeEntriesForSubject('submission', submissionId)),
    ...(certificate ? await unsafeEntriesForSubject('certificate', certificate.id) : []),
  ].sort((a, b) => a.index - b.index);
  // Operators see a certified submission, but not its assessment-only evidence or the lab's declaration.
  const visibilities = evidenceVisibilitiesFor(actor);
  const released = visibilities ? new Set((await listEvidenceOfSubmission(db, submissionId, visibilities)).map((e) => e.id)) : null;
  const parsedEntries = entries.map((e) => ({
    e,
    parsed: JSON.parse(e.entry) as { at: string; actor: HistoryEventDto['actor']; data: Record<string, unknown> },
  }));
  const names = await colleagueNames(db, actor, parsedEntries.map(({ parsed }) => parsed.actor?.user));
  return parsedEntries
    .map(({ e, parsed }) => ({
      index: e.index,
      type: e.type,
      at: parsed.at,
      actor: parsed.actor ? { ...parsed.actor, name: parsed.actor.user ? (names.get(parsed.actor.user) ?? null) : null } : parsed.actor,
      data: parsed.data,
      leafHash: e.leafHash,
    }))
    .filter((e) => !released || e.type !== 'evidence.added' || released.has(String(e.data.evidenceId)))
    .map((e) => (!seesAssessmentRecord(actor) && 'conflictOfInterest' in e.data ? { ...e, data: { ...e.data, conflictOfInterest: undefined } } : e));
}
