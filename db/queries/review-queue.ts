import { and, asc, desc, eq, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Executor } from '../client';
import { decisions, submissions } from '@/db/schema/submissions';
import { logEntries } from '@/db/schema/log';
import { organizations } from '@/db/schema/organizations';
import { products, productVersions } from '@/db/schema/products';
import { submissionVisibleTo } from '@/lib/visibility/submissions';
import type { ScopeActor } from './submissions';

export type ReviewQueueSortKey = 'age' | 'vendor' | 'function' | 'segment' | 'lab';
export type ReviewQueueFilters = { segment?: 'ran' | 'transport' | 'core'; networkFunction?: string; vendorOrgId?: string; labOrgId?: string };
/** The sort value, `waitingSince` and id of the last row of a page, as text (timestamps with microseconds). */
export type ReviewQueueKeyset = [sortValue: string, waitingSince: string, id: string];

const vendor = alias(organizations, 'vendor');
const lab = alias(organizations, 'lab');

/**
 * When the item entered review in its current round: the latest `evaluation.submitted` log entry.
 * `updated_at` is no substitute (a first approval of a core product bumps it), so it is only the
 * fallback for rows written without the workflow.
 */
const waitingSince = sql`coalesce((
  select max(${logEntries.createdAt}) from ${logEntries}
  where ${logEntries.subjectKind} = 'submission' and ${logEntries.subjectId} = ${submissions.id}::text and ${logEntries.type} = 'evaluation.submitted'
), ${submissions.updatedAt})`;

// Full microsecond precision, so a keyset cursor never skips rows that differ below a millisecond.
const isoText = (ts: SQL) => sql<string>`to_char((${ts}) at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

const SORT_EXPRESSIONS: Record<ReviewQueueSortKey, { expr: SQL; text: SQL<string>; cast: string }> = {
  age: { expr: waitingSince, text: isoText(waitingSince), cast: 'timestamptz' },
  vendor: { expr: sql`${vendor.name}`, text: sql<string>`${vendor.name}`, cast: 'text' },
  function: { expr: sql`${products.networkFunction}`, text: sql<string>`${products.networkFunction}`, cast: 'text' },
  // Enum order ran < transport < core: ascending is lowest risk first.
  segment: { expr: sql`${products.segment}`, text: sql<string>`${products.segment}::text`, cast: 'network_segment' },
  lab: { expr: sql`coalesce(${lab.name}, '')`, text: sql<string>`coalesce(${lab.name}, '')`, cast: 'text' },
};

function scope(actor: ScopeActor, filters: ReviewQueueFilters): SQL {
  return and(
    submissionVisibleTo(actor),
    eq(submissions.state, 'under_review'),
    filters.segment ? eq(products.segment, filters.segment) : undefined,
    filters.networkFunction ? eq(products.networkFunction, filters.networkFunction) : undefined,
    filters.vendorOrgId ? eq(submissions.vendorOrgId, filters.vendorOrgId) : undefined,
    filters.labOrgId ? eq(submissions.labOrgId, filters.labOrgId) : undefined,
  )!;
}

/** Rows strictly after `keyset` in the order (sort dir, waitingSince asc, id asc). */
function after(sort: ReviewQueueSortKey, dir: 'asc' | 'desc', [value, waited, id]: ReviewQueueKeyset): SQL {
  const { expr, cast } = SORT_EXPRESSIONS[sort];
  const v = sql`${value}::${sql.raw(cast)}`;
  const w = sql`${waited}::timestamptz`;
  const beyond = dir === 'asc' ? sql`${expr} > ${v}` : sql`${expr} < ${v}`;
  return or(
    beyond,
    and(sql`${expr} = ${v}`, or(sql`${waitingSince} > ${w}`, and(sql`${waitingSince} = ${w}`, sql`${submissions.id} > ${id}::uuid`))),
  )!;
}

/**
 * One page of submissions in `under_review` the actor may see, with product, vendor, lab, when they
 * entered review, and the approvals of the current round (distinct regulators; whether `callerUserId`
 * is one of them) counted in subqueries.
 */
export async function listReviewQueueRows(
  db: Executor,
  actor: ScopeActor,
  params: {
    filters: ReviewQueueFilters;
    sort: ReviewQueueSortKey;
    dir: 'asc' | 'desc';
    after?: ReviewQueueKeyset;
    offset?: number;
    limit: number;
    callerUserId: string;
  },
) {
  const roundApprovals = and(
    sql`${decisions.submissionId} = ${submissions.id}`,
    sql`${decisions.reviewRound} = ${submissions.reviewRound}`,
    eq(decisions.kind, 'approve'),
  );
  const { expr, text } = SORT_EXPRESSIONS[params.sort];
  const order = params.dir === 'asc' ? asc : desc;
  return db
    .select({
      id: submissions.id,
      version: submissions.version,
      reviewRound: submissions.reviewRound,
      submittedAt: submissions.submittedAt,
      updatedAt: submissions.updatedAt,
      waitingSince: isoText(waitingSince),
      sortValue: text,
      productId: products.id,
      productName: products.name,
      productModel: products.model,
      networkFunction: products.networkFunction,
      segment: products.segment,
      isVirtualized: products.isVirtualized,
      productVersionId: productVersions.id,
      versionLabel: productVersions.version,
      vendorId: vendor.id,
      vendorName: vendor.name,
      labId: lab.id,
      labName: lab.name,
      approvalsGiven: sql<number>`(select count(distinct ${decisions.regulatorUserId})::int from ${decisions} where ${roundApprovals})`,
      approvedByCaller: sql<boolean>`exists (select 1 from ${decisions} where ${roundApprovals} and ${decisions.regulatorUserId} = ${params.callerUserId}::uuid)`,
    })
    .from(submissions)
    .innerJoin(productVersions, eq(submissions.productVersionId, productVersions.id))
    .innerJoin(products, eq(productVersions.productId, products.id))
    .innerJoin(vendor, eq(vendor.id, submissions.vendorOrgId))
    .leftJoin(lab, eq(lab.id, submissions.labOrgId))
    .where(and(scope(actor, params.filters), params.after ? after(params.sort, params.dir, params.after) : undefined))
    .orderBy(order(expr), asc(waitingSince), asc(submissions.id))
    .limit(params.limit)
    .offset(params.offset ?? 0);
}

export type ReviewQueueRow = Awaited<ReturnType<typeof listReviewQueueRows>>[number];

export async function countReviewQueue(db: Executor, actor: ScopeActor, filters: ReviewQueueFilters) {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(submissions)
    .innerJoin(productVersions, eq(submissions.productVersionId, productVersions.id))
    .innerJoin(products, eq(productVersions.productId, products.id))
    .innerJoin(vendor, eq(vendor.id, submissions.vendorOrgId))
    .leftJoin(lab, eq(lab.id, submissions.labOrgId))
    .where(scope(actor, filters));
  return row.n;
}

/** The vendors, labs, functions and segments present in the actor's review queue (for filter choices). */
export async function listReviewQueueFacets(db: Executor, actor: ScopeActor) {
  return db
    .select({
      vendorId: vendor.id,
      vendorName: vendor.name,
      labId: lab.id,
      labName: lab.name,
      networkFunction: products.networkFunction,
      segment: products.segment,
    })
    .from(submissions)
    .innerJoin(productVersions, eq(submissions.productVersionId, productVersions.id))
    .innerJoin(products, eq(productVersions.productId, products.id))
    .innerJoin(vendor, eq(vendor.id, submissions.vendorOrgId))
    .leftJoin(lab, eq(lab.id, submissions.labOrgId))
    .where(scope(actor, {}))
    .groupBy(vendor.id, vendor.name, lab.id, lab.name, products.networkFunction, products.segment);
}
