import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';
import { addMember, makeOrgUser, TEST_PASSWORD } from '../helpers/actors';
import { INVALID_CREDENTIALS, signInWithPassword, signOutSession } from '@/lib/auth/sign-in';
import { resolveBearerActor, resolveSessionActor } from '@/lib/auth/resolve-actor';
import { createApiToken, unsafeCreateApiTokenForEmail } from '@/lib/api-tokens/commands/create-api-token';
import { listApiTokens } from '@/lib/api-tokens/read-api-tokens';
import { revokeApiToken } from '@/lib/api-tokens/commands/revoke-api-token';
import { changePassword } from '@/lib/users/commands/change-password';
import { createMember } from '@/lib/users/commands/create-member';
import { listMembers } from '@/lib/users/read-members';
import { updateMember } from '@/lib/users/commands/update-member';
import { ServiceError } from '@/lib/errors';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database.drop();
});

const statusOf = async (promise: Promise<unknown>) => {
  try {
    await promise;
    return 200;
  } catch (error) {
    if (error instanceof ServiceError) return error.status;
    throw error;
  }
};

describe('sign-in', () => {
  it('answers unknown email and wrong password identically', async () => {
    const vendor = await makeOrgUser('vendor');
    const wrong = await signInWithPassword({ email: vendor.email, password: 'wrong password!!' }, '10.0.0.1');
    const unknown = await signInWithPassword({ email: 'nobody@test.example', password: 'wrong password!!' }, '10.0.0.1');
    expect(wrong).toEqual({ ok: false, message: INVALID_CREDENTIALS });
    expect(unknown).toEqual(wrong);
  });

  it('creates a server-side session that signing out revokes', async () => {
    const vendor = await makeOrgUser('vendor');
    const result = await signInWithPassword({ email: vendor.email, password: TEST_PASSWORD }, '10.0.0.2');
    if (!result.ok) throw new Error('sign-in failed');
    expect((await resolveSessionActor(result.sessionId))?.userId).toBe(vendor.userId);
    await signOutSession(result.sessionId);
    expect(await resolveSessionActor(result.sessionId)).toBeNull();
  });

  it('throttles an account after repeated failures, even with the right password', async () => {
    const vendor = await makeOrgUser('vendor');
    for (let i = 0; i < 5; i++) {
      await signInWithPassword({ email: vendor.email, password: 'not the password' }, `10.1.0.${i}`);
    }
    expect(await statusOf(signInWithPassword({ email: vendor.email, password: TEST_PASSWORD }, '10.1.1.1'))).toBe(429);
  });

  it('throttles a client address that tries many accounts', async () => {
    for (let i = 0; i < 30; i++) {
      await signInWithPassword({ email: `spray${i}@test.example`, password: 'guess guess guess' }, '10.2.0.1');
    }
    const vendor = await makeOrgUser('vendor');
    expect(await statusOf(signInWithPassword({ email: vendor.email, password: TEST_PASSWORD }, '10.2.0.1'))).toBe(429);
    const other = await signInWithPassword({ email: vendor.email, password: TEST_PASSWORD }, '10.2.0.2');
    expect(other.ok).toBe(true);
  });

  it('refuses a disabled user at once, on the next request', async () => {
    const admin = await makeOrgUser('lab');
    const member = await addMember(admin);
    const session = await signInWithPassword({ email: member.email, password: TEST_PASSWORD }, '10.3.0.1');
    if (!session.ok) throw new Error('sign-in failed');
    const token = await unsafeCreateApiTokenForEmail(member.email, 'pipeline');
    await updateMember(admin, member.userId, { isEnabled: false });
    expect(await resolveSessionActor(session.sessionId)).toBeNull();
    expect(await statusOf(resolveBearerActor(`Bearer ${token.token}`))).toBe(401);
    const again = await signInWithPassword({ email: member.email, password: TEST_PASSWORD }, '10.3.0.1');
    expect(again).toEqual({ ok: false, message: INVALID_CREDENTIALS });
  });

  it('applies a role change on the next request', async () => {
    const admin = await makeOrgUser('operator');
    const second = await addMember(admin, 'admin');
    const session = await signInWithPassword({ email: second.email, password: TEST_PASSWORD }, '10.4.0.1');
    if (!session.ok) throw new Error('sign-in failed');
    const before = (await resolveSessionActor(session.sessionId))!;
    expect(before.orgRole).toBe('admin');
    await updateMember(admin, second.userId, { role: 'member' });
    const after = (await resolveSessionActor(session.sessionId))!;
    expect(after.orgRole).toBe('member');
    const third = await addMember(admin);
    expect(await statusOf(updateMember(after, third.userId, { isEnabled: false }))).toBe(403);
  });
});

describe('members', () => {
  it("answers 404 for another organisation's member", async () => {
    const a = await makeOrgUser('vendor');
    const b = await makeOrgUser('vendor');
    const bMember = await addMember(b);
    expect(await statusOf(updateMember(a, bMember.userId, { role: 'admin' }))).toBe(404);
    expect(await statusOf(createMember(a, b.orgId, { email: 'x@test.example', name: 'X', password: TEST_PASSWORD }))).toBe(404);
  });

  it('enforces the minimum password length on the server', async () => {
    const a = await makeOrgUser('vendor');
    expect(await statusOf(createMember(a, a.orgId, { email: 'short@test.example', name: 'S', password: 'elevenchars' }))).toBe(400);
    expect(await statusOf(changePassword(a, { currentPassword: TEST_PASSWORD, newPassword: 'short', confirmPassword: 'short' }))).toBe(400);
  });

  it('never returns password hashes', async () => {
    const a = await makeOrgUser('regulator');
    const members = await listMembers(a);
    expect(JSON.stringify(members)).not.toMatch(/argon2|passwordHash/);
  });

  it('lets members not manage members', async () => {
    const admin = await makeOrgUser('lab');
    const member = await addMember(admin);
    expect(await statusOf(createMember(member, admin.orgId, { email: 'n@test.example', name: 'N', password: TEST_PASSWORD }))).toBe(404);
  });
});

describe('API tokens', () => {
  it('authenticates with a token until it is revoked', async () => {
    const vendor = await makeOrgUser('vendor');
    const created = await createApiToken(vendor, { name: 'ci' });
    expect(created.token).toMatch(/^tlk_/);
    expect((await resolveBearerActor(`Bearer ${created.token}`)).userId).toBe(vendor.userId);
    const listed = await listApiTokens(vendor);
    expect(JSON.stringify(listed)).not.toContain(created.token);
    await revokeApiToken(vendor, created.id);
    expect(await statusOf(resolveBearerActor(`Bearer ${created.token}`))).toBe(401);
  });

  it('refuses garbage and unknown tokens with 401', async () => {
    expect(await statusOf(resolveBearerActor('Bearer nonsense'))).toBe(401);
    expect(await statusOf(resolveBearerActor('Basic abc'))).toBe(401);
    expect(await statusOf(resolveBearerActor(`Bearer tlk_${'A'.repeat(43)}`))).toBe(401);
  });

  it("cannot revoke someone else's token", async () => {
    const a = await makeOrgUser('vendor');
    const b = await makeOrgUser('vendor');
    const token = await createApiToken(b, { name: 'b' });
    expect(await statusOf(revokeApiToken(a, token.id))).toBe(404);
    expect((await resolveBearerActor(`Bearer ${token.token}`)).userId).toBe(b.userId);
  });
});
