import 'server-only';
import type { Actor } from '@/lib/authz/actor';
import { getDb } from '@/lib/db';
import * as q from '@/db/queries/api-tokens';
import { toApiTokenDto, type ApiTokenDto } from './api-token-dto';

/** The caller's own tokens, newest first (never the token text). */
export async function listApiTokens(actor: Actor): Promise<ApiTokenDto[]> {
  const db = await getDb();
  return (await q.listApiTokensOfUser(db, actor.userId)).map(toApiTokenDto);
}
