import { and, eq, gt, inArray, isNull, ne, sql } from 'drizzle-orm';
import { executePrepared, type Executor } from '../client';
import { vendorTasks } from '@/db/schema/advisories';
import { certificates } from '@/db/schema/certificates';

export type VendorTaskRow = typeof vendorTasks.$inferSelect;

/** Which of these product versions have a live certificate (not revoked, not expired). */
export async function findCertifiedVersionIds(db: Executor, productVersionIds: readonly string[], now: Date): Promise<Set<string>> {
  if (productVersionIds.length === 0) return new Set();
  const rows = await db
    .selectDistinct({ id: certificates.productVersionId })
    .from(certificates)
    .where(and(inArray(certificates.productVersionId, [...productVersionIds]), ne(certificates.status, 'revoked'), gt(certificates.expiresAt, now)));
  return new Set(rows.map((r) => r.id));
}

/** A regulator (or the advisory) says the vulnerability is actively exploited: the 24 h clock starts now, once. */
export async function markTaskExploited(tx: Executor, params: { productVersionId: string; vulnerabilityId: string; now: Date }): Promise<void> {
  await tx
    .update(vendorTasks)
    .set({ exploitedAt: params.now })
    .where(and(eq(vendorTasks.productVersionId, params.productVersionId), eq(vendorTasks.vulnerabilityId, params.vulnerabilityId), isNull(vendorTasks.exploitedAt)));
}

/** A vendor's tasks (open first, then the most recently notified), with product names. */
export async function listVendorTaskRows(db: Executor, params: { vendorOrgId?: string; includeClosed: boolean; limit: number }) {
  return executePrepared<{
    id: string;
    productVersionId: string;
    vulnerabilityId: string;
    notifiedAt: Date | string;
    exploitedAt: Date | string | null;
    fixAvailableAt: Date | string | null;
    closedAt: Date | string | null;
    productName: string;
    version: string;
    vendorOrgId: string;
    affectedMatches: number;
  }>(
    db,
    sql`select t.id, t.product_version_id as "productVersionId", t.vulnerability_id as "vulnerabilityId", t.notified_at as "notifiedAt",
        t.exploited_at as "exploitedAt", t.fix_available_at as "fixAvailableAt", t.closed_at as "closedAt", p.name as "productName",
        v.version as "version", t.vendor_org_id as "vendorOrgId",
        (select count(*)::int from advisory_matches m where m.product_version_id = t.product_version_id and m.vulnerability_id = t.vulnerability_id
          and m.state = 'affected') as "affectedMatches"
      from vendor_tasks t join product_versions v on v.id = t.product_version_id join products p on p.id = v.product_id
      where true ${params.vendorOrgId ? sql`and t.vendor_org_id = ${params.vendorOrgId}::uuid` : sql``}
        ${params.includeClosed ? sql`` : sql`and t.closed_at is null`}
      order by (t.closed_at is null) desc, t.notified_at desc, t.id limit ${params.limit}`,
  );
}


const TASK_COLUMNS = sql`t.id, t.product_version_id as "productVersionId", t.vendor_org_id as "vendorOrgId", t.vulnerability_id as "vulnerabilityId",
  t.notified_at as "notifiedAt", t.exploited_at as "exploitedAt", t.fix_available_at as "fixAvailableAt", t.closed_at as "closedAt"`;

/**
 * Opens the vendor's tasks for (version, vulnerability) pairs (each at most once) in one statement,
 * or re-opens closed ones (their clocks restart: the vendor is notified again). An open task only
 * gains the exploited time. Returns the tasks whose vendor is to be notified (new or re-opened).
 */
export async function openVendorTasks(
  tx: Executor,
  items: readonly { productVersionId: string; vulnerabilityId: string; exploited: boolean }[],
  now: Date,
): Promise<VendorTaskRow[]> {
  if (items.length === 0) return [];
  const at = now.toISOString();
  const rows = await executePrepared<VendorTaskRow & { notify: boolean }>(
    tx,
    sql`insert into vendor_tasks as t (product_version_id, vendor_org_id, vulnerability_id, notified_at, exploited_at)
      select v.id, p.vendor_org_id, k."vulnerabilityId", ${at}::timestamptz, case when k.exploited then ${at}::timestamptz end
      from jsonb_to_recordset(${JSON.stringify(items)}::jsonb) as k("productVersionId" uuid, "vulnerabilityId" text, exploited boolean)
      join product_versions v on v.id = k."productVersionId" join products p on p.id = v.product_id
      on conflict (product_version_id, vulnerability_id) do update set
        notified_at = case when t.closed_at is null then t.notified_at else excluded.notified_at end,
        exploited_at = case when t.closed_at is null then coalesce(t.exploited_at, excluded.exploited_at) else excluded.exploited_at end,
        fix_available_at = case when t.closed_at is null then t.fix_available_at else null end,
        closed_at = null
      returning ${TASK_COLUMNS}, (t.xmax = 0 or t.notified_at = ${at}::timestamptz) as notify`,
  );
  const at_ = (d: Date | string | null) => (d === null ? null : new Date(d));
  return rows
    .filter((r) => r.notify)
    .map(({ notify: _, ...t }) => ({ ...t, notifiedAt: new Date(t.notifiedAt), exploitedAt: at_(t.exploitedAt), fixAvailableAt: at_(t.fixAvailableAt), closedAt: at_(t.closedAt) }));
}

/** A fix is available: the final report is due 14 days from now (many (version, vulnerability) pairs, one statement). */
export async function markFixesAvailable(tx: Executor, items: readonly { productVersionId: string; vulnerabilityId: string }[], now: Date): Promise<void> {
  if (items.length === 0) return;
  await executePrepared(
    tx,
    sql`update vendor_tasks t set fix_available_at = ${now.toISOString()}::timestamptz
      from jsonb_to_recordset(${JSON.stringify(items)}::jsonb) as k("productVersionId" uuid, "vulnerabilityId" text)
      where t.product_version_id = k."productVersionId" and t.vulnerability_id = k."vulnerabilityId" and t.fix_available_at is null and t.closed_at is null`,
  );
}

/** Closes the tasks whose vulnerability has no affected match on the version any more (many pairs, one statement). */
export async function closeTasksWithoutAffected(tx: Executor, items: readonly { productVersionId: string; vulnerabilityId: string }[], now: Date): Promise<void> {
  if (items.length === 0) return;
  await executePrepared(
    tx,
    sql`update vendor_tasks t set closed_at = ${now.toISOString()}::timestamptz
      from jsonb_to_recordset(${JSON.stringify(items)}::jsonb) as k("productVersionId" uuid, "vulnerabilityId" text)
      where t.product_version_id = k."productVersionId" and t.vulnerability_id = k."vulnerabilityId" and t.closed_at is null
        and not exists (select 1 from advisory_matches m where m.product_version_id = t.product_version_id
          and m.vulnerability_id = t.vulnerability_id and m.state = 'affected')`,
  );
}
