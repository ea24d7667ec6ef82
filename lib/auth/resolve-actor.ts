import 'server-only';
import type { Actor } from '@/lib/authz/actor';
import { getDb } from '@/lib/db';
import { unauthorized } from '@/lib/errors';
import { hashApiToken, looksLikeApiToken } from './api-token';
import * as q from '@/db/queries/users';
import { touchApiToken } from '@/db/queries/api-tokens';

type ActorRow = NonNullable<Awaited<ReturnType<typeof q.findActorRowByUserId>>>;

function toActor(row: ActorRow, via: Actor['via']): Actor | null {
  if (!row.isEnabled) return null;
  return {
    userId: row.userId,
    email: row.email,
    name: row.name,
    orgId: row.orgId,
    orgName: row.orgName,
    orgKind: row.orgKind,
    orgRole: row.orgRole,
    isPlatformAdmin: row.isPlatformAdmin,
    via,
  };
}

/** The actor behind a server-side session id, re-read now: a disabled user or revoked session gets null. */
export async function resolveSessionActor(sessionId: string): Promise<Actor | null> {
  const db = await getDb();
  const row = await q.findActorRowBySession(db, sessionId, new Date());
  return row ? toActor(row, 'session') : null;
}

/** The actor behind `Authorization: Bearer <token>`; a malformed, unknown or revoked token is a 401. */
export async function resolveBearerActor(authorization: string): Promise<Actor> {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
  if (!match || !looksLikeApiToken(match[1])) throw unauthorized('The Authorization header must be "Bearer <API token>".');
  const db = await getDb();
  const row = await q.findActorRowByTokenHash(db, hashApiToken(match[1]));
  const actor = row ? toActor(row, 'token') : null;
  if (!row || !actor) throw unauthorized('The API token is not valid, has been revoked, or its user is disabled.');
  await touchApiToken(db, row.tokenId, new Date());
  return actor;
}

/** No authentication: the actor of a user by email, for the demo seed and tests that act as someone. */
export async function resolveActorByEmail(email: string): Promise<Actor> {
  const db = await getDb();
  const user = await q.findUserByEmail(db, email);
  const row = user ? await q.findActorRowByUserId(db, user.id) : null;
  const actor = row ? toActor(row, 'cli') : null;
  if (!actor) throw new Error(`No enabled user ${email}`);
  return actor;
}
