import { and, asc, desc, eq, sql, type SQL } from 'drizzle-orm';
// The one allowed direction from db/queries into lib/: the visibility scopes (lib/visibility), so
// "who sees what" has one home and every query applies the same SQL condition.
import { submissionVisibleTo } from '@/lib/visibility/submissions';
import type { SignedInViewer } from '@/lib/visibility/viewer';
import type { Executor } from '../client';
import { certificates } from '@/db/schema/certificates';
import { decisions, submissions } from '@/db/schema/submissions';
import { organizations } from '@/db/schema/organizations';
import { products, productVersions } from '@/db/schema/products';

export type SubmissionRow = typeof submissions.$inferSelect;
/** The caller as the visibility scopes see it (an `Actor` is one). */
export type ScopeActor = SignedInViewer;

export async function findVisibleSubmission(db: Executor, actor: ScopeActor, id: string, options: { lock?: boolean } = {}) {
  const query = db
    .select()
    .from(submissions)
    .where(and(eq(submissions.id, id), submissionVisibleTo(actor)));
  const [row] = options.lock ? await query.for('update') : await query;
  return row ?? null;
}

export async function insertSubmission(db: Executor, values: typeof submissions.$inferInsert) {
  const [row] = await db.insert(submissions).values(values).returning();
  return row;
}

/** Writes a transition guarded by the version read under lock; returns null if someone else won. */
export async function updateSubmission(
  db: Executor,
  id: string,
  expectedVersion: number,
  values: Partial<Omit<SubmissionRow, 'id' | 'version'>>,
) {
  const [row] = await db
    .update(submissions)
    .set({ ...values, version: expectedVersion + 1, updatedAt: new Date() })
    .where(and(eq(submissions.id, id), eq(submissions.version, expectedVersion)))
    .returning();
  return row ?? null;
}

const listColumns = {
  submission: submissions,
  productId: products.id,
  productName: products.name,
  productModel: products.model,
  networkFunction: products.networkFunction,
  segment: products.segment,
  isVirtualized: products.isVirtualized,
  versionLabel: productVersions.version,
  vendorName: sql<string>`vendor.name`,
  cursorAt: sql<string>`to_char(${submissions.updatedAt} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`,
  labName: sql<string | null>`lab.name`,
};

function listQuery(db: Executor) {
  return db
    .select(listColumns)
    .from(submissions)
    .innerJoin(productVersions, eq(submissions.productVersionId, productVersions.id))
    .innerJoin(products, eq(productVersions.productId, products.id))
    .innerJoin(sql`${organizations} as vendor`, sql`vendor.id = ${submissions.vendorOrgId}`)
    .leftJoin(sql`${organizations} as lab`, sql`lab.id = ${submissions.labOrgId}`);
}

export type SubmissionListRow = Awaited<ReturnType<typeof listVisibleSubmissions>>[number];

export async function listVisibleSubmissions(
  db: Executor,
  actor: ScopeActor,
  params: {
    state?: SubmissionRow['state'];
    productId?: string;
    before?: { updatedAt: string; id: string };
    limit: number;
    order?: 'updated_desc' | 'submitted_asc';
  },
) {
  const conditions: SQL[] = [submissionVisibleTo(actor)];
  if (params.state) conditions.push(eq(submissions.state, params.state));
  if (params.productId) conditions.push(eq(products.id, params.productId));
  if (params.before) {
    // Compared in SQL at full (microsecond) precision; a JS Date would drop rows between pages.
    conditions.push(sql`(${submissions.updatedAt}, ${submissions.id}) < (${params.before.updatedAt}::timestamptz, ${params.before.id}::uuid)`);
  }
  return listQuery(db)
    .where(and(...conditions))
    .orderBy(desc(submissions.updatedAt), desc(submissions.id))
    .limit(params.limit);
}

export async function findSubmissionDetail(db: Executor, id: string) {
  const [row] = await listQuery(db).where(eq(submissions.id, id));
  return row ?? null;
}


export async function insertDecision(db: Executor, values: typeof decisions.$inferInsert) {
  const [row] = await db.insert(decisions).values(values).returning();
  return row;
}

export async function listDecisions(db: Executor, submissionId: string) {
  return db
    .select()
    .from(decisions)
    .where(eq(decisions.submissionId, submissionId))
    .orderBy(asc(decisions.createdAt));
}

export async function insertCertificate(db: Executor, values: typeof certificates.$inferInsert) {
  const [row] = await db.insert(certificates).values(values).returning();
  return row;
}

export async function findCertificateOfSubmission(db: Executor, submissionId: string) {
  const [row] = await db.select().from(certificates).where(eq(certificates.submissionId, submissionId));
  return row ?? null;
}

export async function setDecisionLogIndex(db: Executor, decisionId: string, logIndex: number) {
  await db.update(decisions).set({ logIndex }).where(eq(decisions.id, decisionId));
}

