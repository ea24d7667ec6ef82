import 'server-only';
import type { Actor } from '@/lib/authz/actor';
import { defineCommand } from '@/lib/kernel/command';
import { runCommand } from '@/lib/kernel/run-command';
import { setFollowSchema } from '@/lib/validation/follows';
import * as q from '@/db/queries/follows';
import { canFollowNetworkFunctions } from '../follow-rules';

/**
 * An operator's user follows (or stops following) a network function: from then on they are told of
 * certificates issued, suspended and revoked for it (lib/follows/notify-followers.ts). Operators only (403).
 * Logs nothing: what a person watches is their own preference, not part of the trust record.
 */
export const setFollowCommand = defineCommand({
  name: 'follow.set',
  subject: 'Follow',
  input: setFollowSchema,
  load: async (_tx, _key: null, actor) => ({ userId: actor.userId }),
  authorize: ({ actor }) => (canFollowNetworkFunctions(actor.orgKind) ? null : 'Only operators follow network functions.'),
  async apply({ tx, input, target }) {
    const changed = input.isFollowing
      ? await q.insertFollow(tx, target.userId, input.networkFunction)
      : await q.deleteFollow(tx, target.userId, input.networkFunction);
    return { result: changed, entries: [] };
  },
  readBack: async (actor, changed, _appended, db) => ({ changed, following: await q.listFollowedFunctions(db, actor.userId) }),
});

/** Fires {@link setFollowCommand}: `{changed, following}` (the caller's followed functions afterwards). */
export function setFollow(actor: Actor, input: unknown): Promise<{ changed: boolean; following: string[] }> {
  return runCommand(setFollowCommand, actor, null, input);
}
