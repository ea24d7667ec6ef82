import 'server-only';
import type { Executor } from '@/db/client';
import type { Actor } from '@/lib/authz/actor';
import { listNamesInOrg } from '@/db/queries/users';

/**
 * The display names of those of `userIds` who work in the actor's own organisation (the actor included).
 * People of other organisations are absent: pages show their role only (lib/visibility/person-names.ts).
 */
export async function colleagueNames(db: Executor, actor: Actor, userIds: readonly (string | null | undefined)[]): Promise<Map<string, string>> {
  const ids = userIds.filter((id): id is string => typeof id === 'string');
  const rows = await listNamesInOrg(db, actor.orgId, ids);
  return new Map(rows.map((r) => [r.id, r.name]));
}
