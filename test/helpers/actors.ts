import type { Actor } from '@/lib/authz/actor';
import { getDb } from '@/lib/db';
import { findActorRowByUserId, findUserByEmail } from '@/db/queries/users';
import { unsafeCreateOrganization } from '@/lib/organizations/commands/create-organization';
import { unsafeCreateUser } from '@/lib/users/commands/create-member';

export const TEST_PASSWORD = 'correct horse battery';

/** The actor for a user as the services would see it on a request now. */
export async function actorFor(email: string): Promise<Actor> {
  const db = await getDb();
  const user = await findUserByEmail(db, email);
  if (!user) throw new Error(`no user ${email}`);
  const row = (await findActorRowByUserId(db, user.id))!;
  return {
    userId: row.userId,
    email: row.email,
    name: row.name,
    orgId: row.orgId,
    orgName: row.orgName,
    orgKind: row.orgKind,
    orgRole: row.orgRole,
    isPlatformAdmin: row.isPlatformAdmin,
    via: 'session',
  };
}

let counter = 0;

/** A new organisation with one user; returns that user's actor. */
export async function makeOrgUser(
  kind: Actor['orgKind'],
  options: { role?: 'admin' | 'member'; isPlatformAdmin?: boolean; group?: string; orgName?: string } = {},
): Promise<Actor> {
  counter++;
  const tag = `${Date.now().toString(36)}${counter}`;
  const org = await unsafeCreateOrganization({ name: options.orgName ?? `${kind} org ${tag}`, kind, group: options.group });
  const email = `${kind}-${tag}@test.example`;
  await unsafeCreateUser(org.id, {
    email,
    name: `${kind} user ${tag}`,
    password: TEST_PASSWORD,
    role: options.role ?? 'admin',
    isPlatformAdmin: options.isPlatformAdmin ?? false,
  });
  return actorFor(email);
}

/** Another user in the same organisation as `actor`. */
export async function addMember(actor: Actor, role: 'admin' | 'member' = 'member'): Promise<Actor> {
  counter++;
  const email = `member-${Date.now().toString(36)}${counter}@test.example`;
  await unsafeCreateUser(actor.orgId, { email, name: `Member ${counter}`, password: TEST_PASSWORD, role });
  return actorFor(email);
}
