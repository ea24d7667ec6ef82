import 'server-only';
import * as q from '@/db/queries/users';
import type { Actor } from '@/lib/authz/actor';
import { hashPassword, verifyPassword } from '@/lib/auth/password';
import { badRequest } from '@/lib/errors';
import { defineCommand } from '@/lib/kernel/command';
import { runCommand } from '@/lib/kernel/run-command';
import { changePasswordSchema } from '@/lib/validation/users';

/**
 * Changes the caller's password after checking the current one (wrong: 400 on `currentPassword`);
 * every other session of theirs ends, the one that asked (`currentSessionId`) stays. Not logged.
 */
export const changePasswordCommand = defineCommand({
  name: 'user.change_password',
  subject: 'User',
  input: changePasswordSchema,
  load: (tx, _key: { currentSessionId?: string }, actor) => q.findUserById(tx, actor.userId, { lock: true }),
  authorize: () => null,
  async apply({ tx, key, input, target, now }) {
    if (!(await verifyPassword(target.passwordHash, input.currentPassword))) {
      throw badRequest('The current password is not correct.', [{ path: 'currentPassword', message: 'Not correct' }]);
    }
    const passwordHash = await hashPassword(input.newPassword);
    await q.updateUser(tx, target.id, { passwordHash });
    await q.revokeUserSessions(tx, target.id, now, key.currentSessionId);
    return { result: undefined, entries: [] };
  },
  readBack: async () => undefined,
});

/** Fires {@link changePasswordCommand}. */
export function changePassword(actor: Actor, input: unknown, currentSessionId?: string): Promise<void> {
  return runCommand(changePasswordCommand, actor, { currentSessionId }, input);
}
