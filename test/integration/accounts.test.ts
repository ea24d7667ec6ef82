import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countLogEntries, selectEntriesForSubject } from '@/db/queries/log';
import { createApiToken } from '@/lib/api-tokens/commands/create-api-token';
import { revokeApiToken } from '@/lib/api-tokens/commands/revoke-api-token';
import { ServiceError } from '@/lib/errors';
import { accreditLab } from '@/lib/organizations/commands/accredit-lab';
import { createOrganization, unsafeCreateOrganization } from '@/lib/organizations/commands/create-organization';
import { createProduct } from '@/lib/products/commands/create-product';
import { createProductVersion } from '@/lib/products/commands/create-product-version';
import { getProduct } from '@/lib/products/read-products';
import { updateMember } from '@/lib/users/commands/update-member';
import { listMembers } from '@/lib/users/read-members';
import { getLatestCheckpoint, listCheckpoints } from '@/lib/transparency-log/read-log';
import { addMember, makeOrgUser } from '../helpers/actors';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';

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

const logSize = async () => countLogEntries(database.db);

describe('products', () => {
  it('adds one version when two requests name the same one at once: the other is a 409, not a failed insert', async () => {
    const vendor = await makeOrgUser('vendor');
    const product = await createProduct(vendor, { name: 'Concurrent', networkFunction: 'AMF' });
    const before = await logSize();
    const statuses = await Promise.all([1, 2, 3].map(() => statusOf(createProductVersion(vendor, product.id, { version: '2.0.0' }))));
    expect(statuses.sort()).toEqual([200, 409, 409]);
    expect((await getProduct(vendor, product.id)).versions.map((v) => v.version)).toEqual(['2.0.0']);
    expect(await logSize()).toBe(before + 1);
  });

  it("answers 404 for another vendor's product and 400 for a bad body, writing nothing", async () => {
    const vendor = await makeOrgUser('vendor');
    const other = await makeOrgUser('vendor');
    const lab = await makeOrgUser('lab');
    const product = await createProduct(vendor, { name: 'Mine', networkFunction: 'UPF' });
    const before = await logSize();
    expect(await statusOf(createProductVersion(other, product.id, { version: '1.0.0' }))).toBe(404);
    expect(await statusOf(createProductVersion(vendor, 'not-a-uuid', { version: '1.0.0' }))).toBe(404);
    expect(await statusOf(createProductVersion(vendor, product.id, { version: '1.0.0', extra: true }))).toBe(400);
    expect(await statusOf(createProduct(lab, { name: 'Not a vendor', networkFunction: 'UPF' }))).toBe(403);
    expect(await logSize()).toBe(before);
  });
});

describe('organisations', () => {
  it('logs org.created with the platform admin as actor, and without one from the CLI and the demo seed', async () => {
    const admin = await makeOrgUser('regulator', { isPlatformAdmin: true });
    const viaPortal = await createOrganization(admin, { name: 'Portal-made Lab', kind: 'lab' });
    const viaCli = await unsafeCreateOrganization({ name: 'CLI-made Lab', kind: 'lab' });
    const [portalEntry] = await selectEntriesForSubject(database.db, 'organization', viaPortal.id);
    const [cliEntry] = await selectEntriesForSubject(database.db, 'organization', viaCli.id);
    expect(JSON.parse(portalEntry.entry)).toMatchObject({ type: 'org.created', actor: { user: admin.userId, org: admin.orgId } });
    expect(JSON.parse(cliEntry.entry)).toMatchObject({ type: 'org.created', actor: { user: null, org: null, orgKind: 'system' }, data: { name: 'CLI-made Lab', kind: 'lab' } });
  });

  it('refuses anyone but a platform admin (403) and a taken name (409), writing nothing', async () => {
    const admin = await makeOrgUser('regulator', { isPlatformAdmin: true });
    const regulator = await makeOrgUser('regulator');
    const vendorOrg = await unsafeCreateOrganization({ name: 'Some Vendor Org', kind: 'vendor' });
    const before = await logSize();
    expect(await statusOf(createOrganization(regulator, { name: 'Shadow Org', kind: 'vendor' }))).toBe(403);
    expect(await statusOf(createOrganization(admin, { name: 'some vendor org', kind: 'lab' }))).toBe(409);
    const accreditation = { labOrgId: vendorOrg.id, body: 'Body', scope: ['gNB'], validFrom: '2025-01-01', validUntil: '2027-01-01' };
    expect(await statusOf(accreditLab(regulator, accreditation))).toBe(403);
    expect(await statusOf(accreditLab(admin, accreditation))).toBe(409);
    expect(await logSize()).toBe(before);
  });
});

describe('members', () => {
  it("checks If-Match against the member's version: stale number or tag 412 and nothing changes, the current one applies", async () => {
    const admin = await makeOrgUser('operator');
    const member = await addMember(admin);
    const version = (await listMembers(admin)).find((m) => m.id === member.userId)!.version;
    expect(await statusOf(updateMember(admin, member.userId, { role: 'admin' }, version + 1))).toBe(412);
    expect(await statusOf(updateMember(admin, member.userId, { role: 'admin' }, { tags: [{ opaque: 'stale-0', isWeak: false }] }))).toBe(412);
    expect(await statusOf(updateMember(admin, member.userId, { role: 'admin' }, { tags: [{ opaque: String(version), isWeak: true }] }))).toBe(412);
    expect((await listMembers(admin)).find((m) => m.id === member.userId)!.role).toBe('member');
    const updated = await updateMember(admin, member.userId, { role: 'admin' }, { tags: [{ opaque: String(version), isWeak: false }] });
    expect(updated).toMatchObject({ role: 'admin', version: version + 1 });
  });

  it('refuses a change of oneself (409) and a body that changes nothing (400)', async () => {
    const admin = await makeOrgUser('vendor');
    expect(await statusOf(updateMember(admin, admin.userId, { role: 'member' }))).toBe(409);
    expect(await statusOf(updateMember(admin, (await addMember(admin)).userId, {}))).toBe(400);
    expect((await listMembers(admin)).find((m) => m.id === admin.userId)!.role).toBe('admin');
  });
});

describe('API tokens', () => {
  it('revokes a token once; revoking it again answers 404', async () => {
    const vendor = await makeOrgUser('vendor');
    const token = await createApiToken(vendor, { name: 'once' });
    expect(await statusOf(revokeApiToken(vendor, token.id))).toBe(200);
    expect(await statusOf(revokeApiToken(vendor, token.id))).toBe(404);
  });
});

describe('checkpoints', () => {
  it('signs and stores a checkpoint once per log size', async () => {
    await makeOrgUser('vendor');
    const first = await getLatestCheckpoint();
    const again = await getLatestCheckpoint();
    expect(again).toEqual(first);
    const sizes = (await listCheckpoints()).checkpoints.map((c) => c.size);
    expect(sizes.filter((s) => s === first.size)).toHaveLength(1);
    expect(first.size).toBe(await logSize());
  });
});
