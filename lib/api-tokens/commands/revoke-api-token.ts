import 'server-only';
import * as q from '@/db/queries/api-tokens';
import type { Actor } from '@/lib/authz/actor';
import { notFound } from '@/lib/errors';
import { defineCommand } from '@/lib/kernel/command';
import { runCommand } from '@/lib/kernel/run-command';
import { isUuid } from '@/lib/validation/uuid';
import { z } from 'zod';
import { isOwnToken } from '../api-token-rules';

/**
 * Revokes one of the caller's own tokens at once (its next use answers 401). Anyone else's token,
 * an unknown id, or one already revoked: 404. Not logged (no entry).
 */
export const revokeApiTokenCommand = defineCommand({
  name: 'api_token.revoke',
  subject: 'API token',
  input: z.strictObject({}),
  load: (tx, tokenId: string) => (isUuid(tokenId) ? q.findApiTokenForUpdate(tx, tokenId) : Promise.resolve(null)),
  isVisible: isOwnToken,
  authorize: () => null,
  async apply({ tx, actor, target, now }) {
    if (!(await q.revokeApiTokenOfUser(tx, { id: target.id, userId: actor.userId, now }))) throw notFound('API token');
    return { result: undefined, entries: [] };
  },
  readBack: async () => undefined,
});

/** Fires {@link revokeApiTokenCommand}. */
export function revokeApiToken(actor: Actor, tokenId: string): Promise<void> {
  return runCommand(revokeApiTokenCommand, actor, tokenId, {});
}
