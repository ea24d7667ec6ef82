import 'server-only';
import * as q from '@/db/queries/users';
import type { Actor } from '@/lib/authz/actor';
import { badRequest, conflict } from '@/lib/errors';
import type { IfMatch } from '@/lib/http/if-match';
import { defineCommand } from '@/lib/kernel/command';
import { runCommand } from '@/lib/kernel/run-command';
import { isUuid } from '@/lib/validation/uuid';
import { updateMemberSchema } from '@/lib/validation/users';
import { toMemberDto, type MemberDto } from '../member-dto';
import { isMemberOfOwnOrg, memberManageDenial, SELF_CHANGE_REFUSAL } from '../member-rules';

/**
 * Changes a member's role or disables/enables them. Org admins of the member's organisation only
 * (another organisation's member: 404; not an admin: 403); never oneself (409); stale `If-Match`
 * (the user's version): 412. Disabling revokes the member's sessions; role and enabled flag are
 * re-read on every request anyway. Users are not logged (no entry).
 */
export const updateMemberCommand = defineCommand({
  name: 'member.update',
  subject: 'Member',
  input: updateMemberSchema,
  load: (tx, userId: string, _actor, input) => {
    // A body that changes nothing is refused before anything is read, as a bad request.
    if (input.role === undefined && input.isEnabled === undefined) throw badRequest('Nothing to change.');
    return isUuid(userId) ? q.findUserById(tx, userId, { lock: true }) : Promise.resolve(null);
  },
  isVisible: isMemberOfOwnOrg,
  authorize: ({ actor }) => memberManageDenial(actor),
  entityTag: (target) => String(target.version),
  async apply({ tx, actor, input, target, now }) {
    if (target.id === actor.userId) throw conflict(SELF_CHANGE_REFUSAL);
    const row = await q.updateUser(tx, target.id, input);
    if (input.isEnabled === false) await q.revokeUserSessions(tx, target.id, now);
    return { result: row!, entries: [] };
  },
  readBack: async (_actor, row) => toMemberDto(row),
});

/** Fires {@link updateMemberCommand}; `ifMatch` is the caller's `If-Match` or the version their page showed. */
export function updateMember(actor: Actor, userId: string, input: unknown, ifMatch?: IfMatch): Promise<MemberDto> {
  return runCommand(updateMemberCommand, actor, userId, input, { ifMatch });
}
