import 'server-only';
import type { Tx } from '@/db/client';
import * as q from '@/db/queries/advisories';
import { matchKeyOf, type ProposedMatch } from './plan-matches';
import { unsafeRecordMatches, type RecordedMatches } from './record-matches';

/**
 * Inside the transaction that matches a submission's newest SBOM: the open matches found on the
 * SBOM it replaced that the newest one no longer gives (`proposedKeys`: what its own matching
 * proposed) move, as the vendor's statement, each with its logged transition — to `fixed` when the
 * package is still there at a version no statement covers, to `not_affected` (component_not_present)
 * when it is gone. For the matching of a new SBOM only.
 */
export async function unsafeResolveReplacedMatches(tx: Tx, params: { submissionId: string; evidenceId: string; proposedKeys: ReadonlySet<string>; now: Date }): Promise<RecordedMatches> {
  const stale = (await q.findOpenMatchesOfSupersededComponents(tx, params.submissionId)).filter((m) => !params.proposedKeys.has(matchKeyOf(m)));
  const present = await q.packageKeysOfEvidence(tx, params.evidenceId, stale.map((m) => m.packageKey));
  const proposals: ProposedMatch[] = stale.map((m) => {
    const stillThere = present.has(m.packageKey);
    return {
      productVersionId: m.productVersionId,
      vulnerabilityId: m.vulnerabilityId,
      packageKey: m.packageKey,
      // Found through its index row, so never null.
      componentId: Number(m.componentId),
      componentVersion: m.componentVersion,
      advisoryId: m.advisoryId,
      state: stillThere ? 'fixed' : 'not_affected',
      justification: stillThere ? null : 'component_not_present',
      detail: stillThere
        ? `The SBOM that replaced the one it was found in holds ${m.packageKey} only at versions no statement covers.`
        : `The SBOM that replaced the one it was found in no longer contains ${m.packageKey}.`,
      confidence: m.confidence as ProposedMatch['confidence'],
      activelyExploited: m.activelyExploited,
    };
  });
  return unsafeRecordMatches(tx, proposals, 'vendor', params.now, { reason: "the vendor's newer SBOM of the submission" });
}
