import 'server-only';
import type { Db } from '@/db/client';
import * as q from '@/db/queries/advisories';
import { dequeueSbomMatching, hasNewerSbom } from '@/db/queries/components';
import { runEffects } from '@/lib/kernel/effect';
import { defineEffect } from '@/lib/kernel/effect';
import { appendEntries } from '@/lib/log/store/append-entry';
import type { AffectedRange } from '@/lib/versions/affected-range';
import { unsafeApplyConsequences } from './consequences';
import { matchKeyOf, planMatches, type MatchableStatement } from './plan-matches';
import { unsafeRecordMatches } from './record-matches';
import { unsafeResolveReplacedMatches } from './replaced-sbom-matches';

/**
 * Matches one newly stored SBOM (its rows in the component index) against every stored advisory:
 * one join of the SBOM's components with the current statements on purl key or CPE product, the
 * ranges evaluated for those pairs only. Advisory statements first, then the vendor's own VEX
 * statements (which win); open matches found on the SBOM it replaced that it no longer gives are
 * resolved (see {@link unsafeResolveReplacedMatches}). In its own transaction, written by the portal
 * itself (no actor), which also takes the SBOM off the matching queue: logs `advisory_matches.found`
 * when anything matched, each transition, and the consequences. Running it again for the same SBOM
 * changes nothing; an SBOM a newer one replaced is not matched.
 */
export async function matchNewSbom(db: Db, params: { evidenceId: string; submissionId: string; now?: Date }): Promise<{ created: number; changed: number }> {
  const now = params.now ?? new Date();
  const outcome = await db.transaction(async (tx) => {
    // Off the queue in the transaction that records the matches: both commit, or the retry job finds it again.
    await dequeueSbomMatching(tx, params.evidenceId);
    // Replaced before its matching ran: the newer SBOM's matching speaks for the submission.
    if (await hasNewerSbom(tx, params.evidenceId)) return { created: 0, changed: 0, effects: [] };
    const rows = await q.findStatementsForEvidence(tx, params.evidenceId);
    const plan = (vendor: boolean) => {
      const picked = rows.filter((r) => r.isVendorStatement === vendor);
      const statements = new Map<number, MatchableStatement>();
      for (const r of picked) {
        statements.set(Number(r.statementId), {
          advisoryId: r.advisoryId,
          vulnerabilityId: r.vulnerabilityId,
          purlType: r.statementPurlType,
          packageKey: r.packageKey,
          qualifiers: r.statementQualifiers ?? {},
          cpeProduct: r.packageKey ? null : r.cpeProduct,
          range: r.range as AffectedRange,
          status: r.status,
          justification: r.justification,
          detail: r.detail,
          activelyExploited: r.activelyExploited,
        });
      }
      // One row per (component, statement): each component once as a candidate, or a package named
      // by k statements would be planned k × k times.
      const components = new Map(picked.map((r) => [r.id, r]));
      return planMatches([...statements.values()], [...components.values()]);
    };
    const [advisoryPlan, vendorPlan] = [plan(false), plan(true)];
    const fromAdvisories = await unsafeRecordMatches(tx, advisoryPlan, 'advisory', now);
    const fromVendor = await unsafeRecordMatches(tx, vendorPlan, 'vendor', now);
    const replaced = await unsafeResolveReplacedMatches(tx, {
      submissionId: params.submissionId,
      evidenceId: params.evidenceId,
      proposedKeys: new Set([...advisoryPlan, ...vendorPlan].map(matchKeyOf)),
      now,
    });
    const changes = [...fromAdvisories.changes, ...fromVendor.changes, ...replaced.changes];
    if (changes.length === 0) return { created: 0, changed: 0, effects: [] };
    const consequences = await unsafeApplyConsequences(tx, changes, { actor: null, now });
    const created = fromAdvisories.created + fromVendor.created;
    const changed = fromAdvisories.changed + fromVendor.changed + replaced.changed;
    const productVersionId = changes[0].match.productVersionId;
    await appendEntries(tx, [
      {
        type: 'advisory_matches.found',
        subject: { kind: 'submission', id: params.submissionId },
        data: { evidenceId: params.evidenceId, productVersionId, created, changed, vulnerabilityIds: [...new Set(changes.map((c) => c.match.vulnerabilityId))].sort() },
        actor: null,
        now,
      },
      ...[...fromAdvisories.entries, ...fromVendor.entries, ...replaced.entries, ...consequences.entries].map((entry) => ({ ...entry, actor: null, now })),
    ]);
    return { created, changed, effects: consequences.effects };
  });
  await runEffects(db, outcome.effects, 'advisory.match_sbom');
  return { created: outcome.created, changed: outcome.changed };
}

/** After an SBOM is stored (and indexed): match it against every stored advisory. */
export const sbomStoredMatching = defineEffect<{ evidenceId: string; submissionId: string }>('advisory.match_sbom', async (db, p) => {
  await matchNewSbom(db as Db, p);
});
