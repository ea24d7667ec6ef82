import 'server-only';
import * as q from '@/db/queries/users';
import type { Actor } from '@/lib/authz/actor';
import { defineCommand } from '@/lib/kernel/command';
import { runCommand } from '@/lib/kernel/run-command';
import { updateProfileSchema } from '@/lib/validation/users';
import { toMemberDto, type MemberDto } from '../member-dto';

/** Changes the caller's own display name. Not logged (no entry). */
export const updateProfileCommand = defineCommand({
  name: 'user.update_profile',
  subject: 'User',
  input: updateProfileSchema,
  load: (tx, _key: null, actor) => q.findUserById(tx, actor.userId, { lock: true }),
  authorize: () => null,
  async apply({ tx, input, target }) {
    return { result: (await q.updateUser(tx, target.id, { name: input.name }))!, entries: [] };
  },
  readBack: async (_actor, row) => toMemberDto(row),
});

/** Fires {@link updateProfileCommand}. */
export function updateProfile(actor: Actor, input: unknown): Promise<MemberDto> {
  return runCommand(updateProfileCommand, actor, null, input);
}
