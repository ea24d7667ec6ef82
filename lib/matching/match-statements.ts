import 'server-only';
import type { Tx } from '@/db/client';
import * as q from '@/db/queries/advisories';
import type { StateSource } from './match-transition';
import { planMatches, type MatchableStatement } from './plan-matches';
import { unsafeRecordMatches, type RecordedMatches } from './record-matches';

/**
 * Inside the caller's transaction: matches statements against the component index — one set-based
 * lookup of their purl keys and CPE products, ranges evaluated only for those candidates — and
 * records the matches (`unsafeRecordMatches`). A vendor's statements (`vendorOrgId`) reach only that
 * vendor's versions (`productVersionId`: only that one). For callers that authorised the source.
 */
export async function unsafeMatchStatements(
  tx: Tx,
  statements: readonly MatchableStatement[],
  params: { source: StateSource; vendorOrgId?: string | null; productVersionId?: string | null; now: Date },
): Promise<RecordedMatches> {
  const candidates = await q.findCandidateComponents(tx, {
    packageKeys: statements.flatMap((s) => (s.packageKey ? [s.packageKey] : [])),
    cpeProducts: statements.flatMap((s) => (!s.packageKey && s.cpeProduct ? [s.cpeProduct] : [])),
    vendorOrgId: params.vendorOrgId,
    productVersionId: params.productVersionId,
  });
  return unsafeRecordMatches(tx, planMatches(statements, candidates), params.source, params.now);
}
