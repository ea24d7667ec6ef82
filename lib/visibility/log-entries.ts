import { and, eq, inArray } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { operatorDecisions } from '@/db/schema/operators';
import { products } from '@/db/schema/products';
import { submissions } from '@/db/schema/submissions';
import { isPublicEntryType } from '@/lib/log/entry-types';
import { isUuid } from '@/lib/validation/uuid';
import { operatorDataVisibleTo } from './operators';
import { submissionVisibleTo } from './submissions';
import type { Viewer } from './viewer';

/*
 * PRODUCT.md "Who sees what", rows "log: leaf hashes, checkpoints, proofs" (everyone) and "log:
 * entry contents": public entry types (every `certificate.*`, `lab.accredited`, `org.created`,
 * `log.key_rotated`) to everyone; any other entry as its subject:
 *   regulators: every entry;
 *   an organisation: its own `organization` entries;
 *   vendor and lab: the entries of submissions they see; a vendor also its own products' entries
 *     (`product.created`, `version.created`: the version may never have been submitted);
 *   operators: their own `deployments` and `operator_decision` entries, and no submission's: a
 *     certified submission's log also records its assessment-only evidence and the lab's
 *     declaration, which they may not see;
 *   the public: public types only.
 * Anything else reads as `entry: null`, with its leaf hash.
 */

type SubjectRef = { kind: string; id: string };

const keyOf = (s: SubjectRef) => `${s.kind}:${s.id}`;

const idsOfKind = (subjects: readonly SubjectRef[], kind: string) => [...new Set(subjects.filter((s) => s.kind === kind && isUuid(s.id)).map((s) => s.id))];

/** Pure: whether an entry's text is shown, given the subject keys {@link visibleSubjectKeys} granted. */
export function isEntryContentVisible(type: string, subject: SubjectRef, visibleKeys: ReadonlySet<string>): boolean {
  return isPublicEntryType(type) || visibleKeys.has(keyOf(subject));
}

/** Which of these (non-public) log subjects the viewer may read, as `kind:id` keys (see the rules above). */
export async function visibleSubjectKeys(db: Executor, viewer: Viewer, subjects: readonly SubjectRef[]): Promise<Set<string>> {
  const keys = new Set<string>();
  if (!viewer || subjects.length === 0) return keys;
  if (viewer.orgKind === 'regulator') {
    for (const s of subjects) keys.add(keyOf(s));
    return keys;
  }
  for (const s of subjects) if (s.kind === 'organization' && s.id === viewer.orgId) keys.add(keyOf(s));
  if (viewer.orgKind === 'operator') {
    for (const s of subjects) if (s.kind === 'deployments' && s.id === viewer.orgId) keys.add(keyOf(s));
    const decisionIds = idsOfKind(subjects, 'operator_decision');
    if (decisionIds.length > 0) {
      const rows = await db
        .select({ id: operatorDecisions.id })
        .from(operatorDecisions)
        .where(and(inArray(operatorDecisions.id, decisionIds), operatorDataVisibleTo(viewer, operatorDecisions.operatorOrgId)));
      for (const r of rows) keys.add(`operator_decision:${r.id}`);
    }
    return keys;
  }
  const submissionIds = idsOfKind(subjects, 'submission');
  if (submissionIds.length > 0) {
    const rows = await db
      .select({ id: submissions.id })
      .from(submissions)
      .where(and(inArray(submissions.id, submissionIds), submissionVisibleTo(viewer)));
    for (const r of rows) keys.add(`submission:${r.id}`);
  }
  const productIds = viewer.orgKind === 'vendor' ? idsOfKind(subjects, 'product') : [];
  if (productIds.length > 0) {
    const rows = await db
      .select({ id: products.id })
      .from(products)
      .where(and(inArray(products.id, productIds), eq(products.vendorOrgId, viewer.orgId)));
    for (const r of rows) keys.add(`product:${r.id}`);
  }
  return keys;
}
