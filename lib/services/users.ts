import 'server-only';
import type { Actor } from '@/lib/authz/actor';
import { can } from '@/lib/authz/permissions';
import { getDb } from '@/lib/db';
import { badRequest, conflict, forbidden, notFound, preconditionFailed } from '@/lib/errors';
import { parseInput } from '@/lib/validation/parse';
import {
  changePasswordSchema,
  createUserSchema,
  updateMemberSchema,
  updateProfileSchema,
  type CreateUserInput,
} from '@/lib/validation/users';
import { hashPassword, verifyPassword } from '@/lib/auth/password';
import * as q from '@/db/queries/users';
import { findOrganizationById } from '@/db/queries/organizations';

export type MemberDto = {
  id: string;
  email: string;
  name: string;
  role: 'admin' | 'member';
  isEnabled: boolean;
  isPlatformAdmin: boolean;
  version: number;
};

const toMemberDto = (row: MemberDto & Record<string, unknown>): MemberDto => ({
  id: row.id,
  email: row.email,
  name: row.name,
  role: row.role,
  isEnabled: row.isEnabled,
  isPlatformAdmin: row.isPlatformAdmin,
  version: row.version,
});

/**
 * Adds a person to an organisation. Org admins add to their own org; platform admins to any.
 * Only platform admins may create platform admins.
 */
export async function createMember(actor: Actor, orgId: string, input: unknown): Promise<MemberDto> {
  const isOwnOrgAdmin = can(actor, 'members.manage') && actor.orgId === orgId;
  if (!isOwnOrgAdmin && !actor.isPlatformAdmin) throw notFound('Organisation');
  const data = parseInput(createUserSchema, input);
  if (data.isPlatformAdmin && !actor.isPlatformAdmin) throw forbidden('Only platform administrators grant that flag.');
  return unsafeCreateUser(orgId, data);
}

/** No permission check: for the CLI and the demo seed. */
export async function unsafeCreateUser(orgId: string, input: CreateUserInput): Promise<MemberDto> {
  const data = parseInput(createUserSchema, input);
  const db = await getDb();
  if (!(await findOrganizationById(db, orgId))) throw notFound('Organisation');
  if (await q.findUserByEmail(db, data.email)) throw conflict(`A user with the email ${data.email} already exists.`);
  const passwordHash = await hashPassword(data.password);
  try {
    const row = await q.insertUser(db, {
      email: data.email,
      name: data.name,
      passwordHash,
      orgId,
      role: data.role,
      isPlatformAdmin: data.isPlatformAdmin,
    });
    return toMemberDto(row);
  } catch (error) {
    if ((error as { code?: string }).code === '23505') throw conflict(`A user with the email ${data.email} already exists.`);
    throw error;
  }
}

/** The members of the caller's own organisation. */
export async function listMembers(actor: Actor): Promise<MemberDto[]> {
  if (!can(actor, 'members.list')) throw forbidden('Not allowed.');
  const db = await getDb();
  return (await q.listOrgMembers(db, actor.orgId)).map(toMemberDto);
}

/**
 * Changes a member's role or disables/enables them. Org admins of the member's org only.
 * Disabling revokes the member's sessions; role and enabled flag are re-read on every request anyway.
 */
export async function updateMember(actor: Actor, userId: string, input: unknown, ifVersion?: number): Promise<MemberDto> {
  if (!can(actor, 'members.manage')) throw forbidden('Only organisation admins manage members.');
  const data = parseInput(updateMemberSchema, input);
  if (data.role === undefined && data.isEnabled === undefined) throw badRequest('Nothing to change.');
  if (userId === actor.userId) throw conflict('You cannot change your own role or disable yourself; ask another admin.');
  const db = await getDb();
  return db.transaction(async (tx) => {
    const target = await q.findUserById(tx, userId);
    if (!target || target.orgId !== actor.orgId) throw notFound('Member');
    if (ifVersion !== undefined && ifVersion !== target.version) throw preconditionFailed(target.version);
    const row = await q.updateUser(tx, userId, data);
    if (data.isEnabled === false) await q.revokeUserSessions(tx, userId, new Date());
    return toMemberDto(row!);
  });
}

/** Changes the caller's own display name. */
export async function updateProfile(actor: Actor, input: unknown): Promise<MemberDto> {
  const data = parseInput(updateProfileSchema, input);
  const db = await getDb();
  return toMemberDto((await q.updateUser(db, actor.userId, { name: data.name }))!);
}

/** Changes the caller's password after checking the current one; other sessions end. */
export async function changePassword(actor: Actor, input: unknown, currentSessionId?: string): Promise<void> {
  const data = parseInput(changePasswordSchema, input);
  const db = await getDb();
  const user = await q.findUserById(db, actor.userId);
  if (!user || !(await verifyPassword(user.passwordHash, data.currentPassword))) {
    throw badRequest('The current password is not correct.', [{ path: 'currentPassword', message: 'Not correct' }]);
  }
  const passwordHash = await hashPassword(data.newPassword);
  await db.transaction(async (tx) => {
    await q.updateUser(tx, actor.userId, { passwordHash });
    await q.revokeUserSessions(tx, actor.userId, new Date(), currentSessionId);
  });
}
