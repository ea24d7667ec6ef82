import 'server-only';
import type { Actor } from '@/lib/authz/actor';
import { getDb } from '@/lib/db';
import { listFollowedFunctions } from '@/db/queries/follows';

/** The network functions the caller follows (empty for anyone who cannot follow). */
export async function getFollowedFunctions(actor: Actor): Promise<string[]> {
  return listFollowedFunctions(await getDb(), actor.userId);
}
