import 'server-only';
import type { Tx } from '@/db/client';
import type { CertificateRow } from '@/db/queries/certificates';
import * as tasks from '@/db/queries/vendor-tasks';
import type { Actor } from '@/lib/authz/actor';
import { certificatesUnderReviewNotice, registryTotalsChanged } from '@/lib/certificates/certificate-effects';
import { unsafeFlagCertificatesForReview } from '@/lib/certificates/review-flags';
import type { Effect } from '@/lib/kernel/effect';
import type { EntryDraft } from '@/lib/log/entry-data';
import { effectiveCertificateStatus } from '@/lib/workflow/effective-certificate-status';
import { affectedMatchNotice } from './match-effects';
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
  const flagged: CertificateRow[] = [];
  const certifiedVersions = await tasks.findCertifiedVersionIds(tx, [...new Set([...affected.values()].map((m) => m.productVersionId))], params.now);
  for (const match of affected.values()) {
    if (!certifiedVersions.has(match.productVersionId)) continue;
    const reason = `Advisory match: ${match.vulnerabilityId} affects ${match.packageKey}${match.componentVersion ? `@${match.componentVersion}` : ''}.`;
    for (const c of await unsafeFlagCertificatesForReview(tx, { productVersionId: match.productVersionId, reason, now: params.now })) {
      flagged.push(c);
      out.entries.push({
        type: 'certificate.review_required',
        subject: { kind: 'certificate', id: c.id },
        data: { vulnerabilityId: match.vulnerabilityId, severity: 'affected', status: effectiveCertificateStatus(c.status, c.expiresAt, params.now) },
      });
    }
    const task = await tasks.openVendorTask(tx, { productVersionId: match.productVersionId, vulnerabilityId: match.vulnerabilityId, exploited: match.activelyExploited, now: params.now });
    if (task) out.effects.push(affectedMatchNotice({ match, task }));
  }
  for (const match of resolved.values()) {
    if (match.state === 'fixed') await tasks.markFixAvailable(tx, { productVersionId: match.productVersionId, vulnerabilityId: match.vulnerabilityId, now: params.now });
    else await tasks.closeTaskWithoutAffected(tx, { productVersionId: match.productVersionId, vulnerabilityId: match.vulnerabilityId, now: params.now });
  }
  if (flagged.length > 0) {
    out.certificateIds = flagged.map((c) => c.id);
    out.effects.push(certificatesUnderReviewNotice({ certificates: flagged, reason: 'An advisory affects a component of the certified version.', actor: params.actor }));
    out.effects.push(registryTotalsChanged(null));
  }
  return out;
}
