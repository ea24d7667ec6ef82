import { and, asc, eq, gt, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../client';
import { organizations, labAccreditations } from '@/db/schema/organizations';

export type OrganizationRow = typeof organizations.$inferSelect;
export type AccreditationRow = typeof labAccreditations.$inferSelect;

export async function insertOrganization(db: Executor, values: typeof organizations.$inferInsert) {
  const [row] = await db.insert(organizations).values(values).returning();
  return row;
}

export async function findOrganizationById(db: Executor, id: string) {
  const [row] = await db.select().from(organizations).where(eq(organizations.id, id));
  return row ?? null;
}

export async function findOrganizationByName(db: Executor, name: string) {
  const [row] = await db
    .select()
    .from(organizations)
    .where(sql`lower(${organizations.name}) = lower(${name})`);
  return row ?? null;
}

export async function listOrganizationsPage(
  db: Executor,
  params: { kind?: OrganizationRow['kind']; afterName?: string; limit: number },
) {
  const conditions = [];
  if (params.kind) conditions.push(eq(organizations.kind, params.kind));
  if (params.afterName) conditions.push(gt(organizations.name, params.afterName));
  return db
    .select()
    .from(organizations)
    .where(conditions.length ? and(...conditions) : undefined)
    .orderBy(asc(organizations.name))
    .limit(params.limit);
}

export async function insertAccreditation(db: Executor, values: typeof labAccreditations.$inferInsert) {
  const [row] = await db.insert(labAccreditations).values(values).returning();
  return row;
}

export async function listAccreditationsFor(db: Executor, labOrgIds: string[]) {
  if (labOrgIds.length === 0) return [];
  return db
    .select()
    .from(labAccreditations)
    .where(inArray(labAccreditations.labOrgId, labOrgIds))
    .orderBy(asc(labAccreditations.validUntil));
}

export async function countOrganizations(db: Executor) {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(organizations);
  return row.n;
}
