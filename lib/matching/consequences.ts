import 'server-only';
import type { Tx } from '@/db/client';
import { flagCertificatesOfVersionsForReview } from '@/db/queries/certificates';
import * as tasks from '@/db/queries/vendor-tasks';
import type { Actor } from '@/lib/authz/actor';
import { certificatesUnderReviewNotice, registryTotalsChanged } from '@/lib/certificates/certificate-effects';
import type { Effect } from '@/lib/kernel/effect';
import type { EntryDraft } from '@/lib/log/entry-data';
import { effectiveCertificateStatus } from '@/lib/workflow/effective-certificate-status';
import { affectedMatchesNotice } from './match-effects';
import type { StateChange } from './record-matches';

export type Consequences = { entries: EntryDraft[]; effects: Effect[]; certificateIds: string[] };

/**
 * Inside the caller's transaction, what the matches' new states mean (never a revocation):
 * a match that became `affected` on a certified version puts the version's live certificates on the
 * regulators' review list (`certificate.review_required`, severity `affected`), opens (or re-opens)
 * the vendor's task with the CRA clocks counted from now (the 24 h one only when the advisory or a
 * regulator says it is actively exploited), and tells the vendor and every operator deploying the
 * version. A match that became `fixed` starts the 14-day final-report clock; when no match of the
 * vulnerability on the version is affected any more after `not_affected`, the task closes.
 */
export async function unsafeApplyConsequences(tx: Tx, changes: readonly StateChange[], params: { actor: Actor | null; now: Date }): Promise<Consequences> {
  const out: Consequences = { entries: [], effects: [], certificateIds: [] };
  const affected = new Map<string, StateChange['match']>();
  const resolved = new Map<string, StateChange['match']>();
  for (const { match, from } of changes) {
    const key = `${match.productVersionId}\u0000${match.vulnerabilityId}`;
    if (match.state === 'affected' && from !== 'affected') affected.set(key, match);
    else if ((match.state === 'fixed' || match.state === 'not_affected') && from !== null && from !== match.state) resolved.set(key, match);
  }
  // Set-based: one statement per kind for all the versions (the review flag, the tasks, the resolved tasks).
  const certifiedVersions = await tasks.findCertifiedVersionIds(tx, [...new Set([...affected.values()].map((m) => m.productVersionId))], params.now);
  const certifiedAffected = [...affected.values()].filter((m) => certifiedVersions.has(m.productVersionId));
  // A version's certificates are flagged once, for the first of its matches (the reason and entry name it).
  const firstOfVersion = new Map<string, StateChange['match']>();
  for (const match of certifiedAffected) if (!firstOfVersion.has(match.productVersionId)) firstOfVersion.set(match.productVersionId, match);
  const order = new Map([...firstOfVersion.keys()].map((id, i) => [id, i]));
  const flagged = (
    await flagCertificatesOfVersionsForReview(
      tx,
      [...firstOfVersion.values()].map((match) => ({
        productVersionId: match.productVersionId,
        reason: `Advisory match: ${match.vulnerabilityId} affects ${match.packageKey}${match.componentVersion ? `@${match.componentVersion}` : ''}.`,
      })),
      params.now,
    )
  ).sort((a, b) => (order.get(a.productVersionId) ?? 0) - (order.get(b.productVersionId) ?? 0));
  for (const c of flagged) {
    out.entries.push({
      type: 'certificate.review_required',
      subject: { kind: 'certificate', id: c.id },
      data: { vulnerabilityId: firstOfVersion.get(c.productVersionId)!.vulnerabilityId, severity: 'affected', status: effectiveCertificateStatus(c.status, c.expiresAt, params.now) },
    });
  }
  const opened = new Map(
    (
      await tasks.openVendorTasks(
        tx,
        certifiedAffected.map((m) => ({ productVersionId: m.productVersionId, vulnerabilityId: m.vulnerabilityId, exploited: m.activelyExploited })),
        params.now,
      )
    ).map((t) => [`${t.productVersionId}\u0000${t.vulnerabilityId}`, t]),
  );
  const notices = certifiedAffected.flatMap((match) => {
    const task = opened.get(`${match.productVersionId}\u0000${match.vulnerabilityId}`);
    return task ? [{ match, task }] : [];
  });
  if (notices.length > 0) out.effects.push(affectedMatchesNotice({ notices }));
  const pairs = (state: 'fixed' | 'not_affected') =>
    [...resolved.values()].filter((m) => m.state === state).map((m) => ({ productVersionId: m.productVersionId, vulnerabilityId: m.vulnerabilityId }));
  await tasks.markFixesAvailable(tx, pairs('fixed'), params.now);
  await tasks.closeTasksWithoutAffected(tx, pairs('not_affected'), params.now);
  if (flagged.length > 0) {
    out.certificateIds = flagged.map((c) => c.id);
    out.effects.push(certificatesUnderReviewNotice({ certificates: flagged, reason: 'An advisory affects a component of the certified version.', actor: params.actor }));
    out.effects.push(registryTotalsChanged(null));
  }
  return out;
}
