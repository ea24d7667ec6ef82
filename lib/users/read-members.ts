import 'server-only';
import type { Actor } from '@/lib/authz/actor';
import { getDb } from '@/lib/db';
import { forbidden } from '@/lib/errors';
import * as q from '@/db/queries/users';
import { toMemberDto, type MemberDto } from './member-dto';
import { memberListDenial } from './member-rules';

/** The members of the caller's own organisation. */
export async function listMembers(actor: Actor): Promise<MemberDto[]> {
  const denial = memberListDenial(actor);
  if (denial) throw forbidden(denial);
  const db = await getDb();
  return (await q.listOrgMembers(db, actor.orgId)).map(toMemberDto);
}
