import 'server-only';
import type { Actor } from '@/lib/authz/actor';
import { can } from '@/lib/authz/permissions';
import { getDb } from '@/lib/db';
import { forbidden, notFound } from '@/lib/errors';
import { parseInput } from '@/lib/validation/parse';
import { createTokenSchema } from '@/lib/validation/users';
import { generateApiToken } from '@/lib/auth/api-token';
import * as q from '@/db/queries/api-tokens';
import { findUserByEmail } from '@/db/queries/users';

export type ApiTokenDto = {
  id: string;
  name: string;
  prefix: string;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
};

const toDto = (r: {
  id: string;
  name: string;
  prefix: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
}): ApiTokenDto => ({
  id: r.id,
  name: r.name,
  prefix: r.prefix,
  createdAt: r.createdAt.toISOString(),
  lastUsedAt: r.lastUsedAt?.toISOString() ?? null,
  revokedAt: r.revokedAt?.toISOString() ?? null,
});

/** Creates a personal API token for the caller; the token text is returned once and never stored. */
export async function createApiToken(actor: Actor, input: unknown): Promise<ApiTokenDto & { token: string }> {
  if (!can(actor, 'token.manage-own')) throw forbidden('Not allowed.');
  const { name } = parseInput(createTokenSchema, input);
  return insertToken(actor.userId, name);
}

/** No permission check: for the CLI, run by whoever operates the database. */
export async function unsafeCreateApiTokenForEmail(email: string, name: string) {
  const db = await getDb();
  const user = await findUserByEmail(db, email);
  if (!user) throw notFound(`User ${email}`);
  return insertToken(user.id, parseInput(createTokenSchema, { name }).name);
}

async function insertToken(userId: string, name: string) {
  const db = await getDb();
  const { token, tokenHash, prefix } = generateApiToken();
  const row = await q.insertApiToken(db, { userId, name, tokenHash, prefix });
  return { ...toDto(row), token };
}

/** The caller's own tokens, newest first (never the token text). */
export async function listApiTokens(actor: Actor): Promise<ApiTokenDto[]> {
  const db = await getDb();
  return (await q.listApiTokensOfUser(db, actor.userId)).map(toDto);
}

/** Revokes one of the caller's own tokens; anyone else's answers not found. */
export async function revokeApiToken(actor: Actor, tokenId: string): Promise<void> {
  const db = await getDb();
  if (!(await q.revokeApiTokenOfUser(db, { id: tokenId, userId: actor.userId, now: new Date() }))) {
    throw notFound('API token');
  }
}
