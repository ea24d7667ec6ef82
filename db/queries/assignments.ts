import { and, asc, desc, eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Executor } from '../client';
import { organizations } from '@/db/schema/organizations';
import { products, productVersions } from '@/db/schema/products';
import { submissions } from '@/db/schema/submissions';
import { submissionVisibleTo } from '@/lib/visibility/submissions';
import type { ScopeActor } from './submissions';

type State = (typeof submissions.$inferSelect)['state'];

const vendor = alias(organizations, 'vendor');

// Oldest first for work still to do; most recently changed first for the rest.
const ORDERS = {
  waiting: { expr: sql`coalesce(${submissions.submittedAt}, ${submissions.createdAt})`, dir: 'asc' },
  recent: { expr: sql`${submissions.updatedAt}`, dir: 'desc' },
} as const;
export type AssignmentOrder = keyof typeof ORDERS;

const isoText = (ts: SQL) => sql<string>`to_char((${ts}) at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

/** The actor's visible submissions in `states`, one page in `order`, after the keyset `[time, id]`. */
export async function listAssignmentRows(
  db: Executor,
  actor: ScopeActor,
  params: { states: readonly State[]; order: AssignmentOrder; after?: [string, string]; limit: number },
) {
  const { expr, dir } = ORDERS[params.order];
  let after: SQL | undefined;
  if (params.after) {
    const [at, id] = params.after;
    const t = sql`${at}::timestamptz`;
    after =
      dir === 'asc'
        ? or(sql`${expr} > ${t}`, and(sql`${expr} = ${t}`, sql`${submissions.id} > ${id}::uuid`))
        : or(sql`${expr} < ${t}`, and(sql`${expr} = ${t}`, sql`${submissions.id} < ${id}::uuid`));
  }
  const order = dir === 'asc' ? asc : desc;
  return db
    .select({
      submission: submissions,
      sortKey: isoText(expr),
      productId: products.id,
      productName: products.name,
      productModel: products.model,
      networkFunction: products.networkFunction,
      segment: products.segment,
      isVirtualized: products.isVirtualized,
      versionLabel: productVersions.version,
      vendorName: vendor.name,
    })
    .from(submissions)
    .innerJoin(productVersions, eq(submissions.productVersionId, productVersions.id))
    .innerJoin(products, eq(productVersions.productId, products.id))
    .innerJoin(vendor, eq(vendor.id, submissions.vendorOrgId))
    .where(and(submissionVisibleTo(actor), inArray(submissions.state, [...params.states]), after))
    .orderBy(order(expr), order(submissions.id))
    .limit(params.limit);
}

export type AssignmentRow = Awaited<ReturnType<typeof listAssignmentRows>>[number];

/** How many of the actor's visible submissions are in each state. */
export async function countAssignmentsByState(db: Executor, actor: ScopeActor) {
  return db
    .select({ state: submissions.state, n: sql<number>`count(*)::int` })
    .from(submissions)
    .where(submissionVisibleTo(actor))
    .groupBy(submissions.state);
}
