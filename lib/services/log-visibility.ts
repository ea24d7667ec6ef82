import 'server-only';
import type { Actor } from '@/lib/authz/actor';

export type SubjectRef = { kind: string; id: string };

/**
 * Which non-public log subjects the caller may read, as `kind:id` keys. Regulators read all;
 * everyone else reads what they may see of the subject itself (PRODUCT.md "Who sees what").
 */
export async function visibleSubjectKeys(actor: Actor | null, subjects: SubjectRef[]): Promise<Set<string>> {
  const keys = new Set<string>();
  if (!actor || subjects.length === 0) return keys;
  for (const s of subjects) {
    const key = `${s.kind}:${s.id}`;
    if (actor.orgKind === 'regulator') keys.add(key);
    else if (s.kind === 'organization' && s.id === actor.orgId) keys.add(key);
  }
  return keys;
}
