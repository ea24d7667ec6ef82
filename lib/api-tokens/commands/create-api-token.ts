import 'server-only';
import * as q from '@/db/queries/api-tokens';
import { findUserByEmail, findUserById } from '@/db/queries/users';
import type { Actor } from '@/lib/authz/actor';
import { generateApiToken } from '@/lib/auth/api-token';
import { notFound } from '@/lib/errors';
import { defineCommand, type Caller } from '@/lib/kernel/command';
import { runCommand } from '@/lib/kernel/run-command';
import { createTokenSchema } from '@/lib/validation/users';
import { toApiTokenDto, type ApiTokenDto } from '../api-token-dto';
import { tokenCreateDenial } from '../api-token-rules';

/** Whose token: the caller's own (null), or — for the CLI, which has no caller — a user named by email. */
type TokenOwner = { email: string } | null;

/**
 * Creates a personal API token; only its SHA-256 hash is stored, the token text is in the answer
 * once and never again. A signed-in caller makes one for themself; the CLI (caller null) for the
 * user of an email (unknown: 404). Not logged (no entry).
 */
export const createApiTokenCommand = defineCommand({
  name: 'api_token.create',
  subject: 'User',
  input: createTokenSchema,
  load: async (tx, owner: TokenOwner, caller: Caller) => {
    if (owner) {
      const user = await findUserByEmail(tx, owner.email);
      if (!user) throw notFound(`User ${owner.email}`);
      return user;
    }
    return caller ? findUserById(tx, caller.userId) : null;
  },
  authorize: ({ actor }) => tokenCreateDenial(actor),
  async apply({ tx, input, target: user }) {
    const { token, tokenHash, prefix } = generateApiToken();
    const row = await q.insertApiToken(tx, { userId: user.id, name: input.name, tokenHash, prefix });
    return { result: { ...toApiTokenDto(row), token }, entries: [] };
  },
  readBack: async (_caller, created) => created,
});

/** Fires {@link createApiTokenCommand} for the caller's own token. */
export function createApiToken(actor: Actor, input: unknown): Promise<ApiTokenDto & { token: string }> {
  return runCommand(createApiTokenCommand, actor, null, input);
}

/** {@link createApiTokenCommand} with no caller (no permission check): for the CLI, run by whoever operates the database. */
export function unsafeCreateApiTokenForEmail(email: string, name: string): Promise<ApiTokenDto & { token: string }> {
  return runCommand(createApiTokenCommand, null, { email }, { name });
}
