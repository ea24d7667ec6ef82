import 'server-only';
import { and, inArray } from 'drizzle-orm';
import type { Actor } from '@/lib/authz/actor';
import { getDb } from '@/lib/db';
import { submissions } from '@/db/schema/submissions';
import { submissionVisibleTo } from '@/db/queries/submissions';
import { operatorDecisionIdsOfOrg } from '@/db/queries/operators';

export type SubjectRef = { kind: string; id: string };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Which non-public log subjects the caller may read, as `kind:id` keys. Regulators read all; the
 * vendor and the assigned lab read their submissions' entries; an organisation reads its own.
 * Operators read only public entries: a certified submission's log also holds assessment-only
 * evidence and the lab's declarations, which they may not see (PRODUCT.md "Who sees what").
 */
export async function visibleSubjectKeys(actor: Actor | null, subjects: SubjectRef[]): Promise<Set<string>> {
  const keys = new Set<string>();
  if (!actor || subjects.length === 0) return keys;
  if (actor.orgKind === 'regulator') {
    for (const s of subjects) keys.add(`${s.kind}:${s.id}`);
    return keys;
  }
  for (const s of subjects) if (s.kind === 'organization' && s.id === actor.orgId) keys.add(`${s.kind}:${s.id}`);
  if (actor.orgKind === 'operator') {
    // Its own inventory replacements and acceptance decisions (PRODUCT.md: operator decisions, deployments — own org).
    for (const s of subjects) if (s.kind === 'deployments' && s.id === actor.orgId) keys.add(`${s.kind}:${s.id}`);
    const decisionIds = [...new Set(subjects.filter((s) => s.kind === 'operator_decision').map((s) => s.id))];
    for (const id of await operatorDecisionIdsOfOrg(await getDb(), actor.orgId, decisionIds)) keys.add(`operator_decision:${id}`);
    return keys;
  }
  const submissionIds = [...new Set(subjects.filter((s) => s.kind === 'submission' && UUID.test(s.id)).map((s) => s.id))];
  if (submissionIds.length > 0) {
    const rows = await (await getDb())
      .select({ id: submissions.id })
      .from(submissions)
      .where(and(inArray(submissions.id, submissionIds), submissionVisibleTo(actor)));
    for (const r of rows) keys.add(`submission:${r.id}`);
  }
  return keys;
}
