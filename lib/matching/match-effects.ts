import 'server-only';
import { sql } from 'drizzle-orm';
import { executePrepared } from '@/db/client';
import type { AdvisoryMatchRow } from '@/db/queries/advisories';
import { insertNotifications, listEnabledUsersOfOrgs } from '@/db/queries/notifications';
import type { VendorTaskRow } from '@/db/queries/vendor-tasks';
import { defineEffect } from '@/lib/kernel/effect';

type Notice = { match: AdvisoryMatchRow; task: VendorTaskRow };

/**
 * Matches became affected on certified versions: for each, the vendor's users get the task (with
 * its CRA clocks), the users of every operator deploying the version hear that it is affected.
 * Set-based: one query for the versions' labels, one for the recipients, one insert per 1 000
 * notifications (a repeated dedupe key is skipped, as `notify` does).
 */
export const affectedMatchesNotice = defineEffect<{ notices: readonly Notice[] }>('advisory.affected.notify', async (db, { notices }) => {
  if (notices.length === 0) return;
  const versionIds = [...new Set(notices.map((n) => n.match.productVersionId))];
  const labels = new Map(
    (
      await executePrepared<{ id: string; label: string }>(
        db,
        sql`select v.id, p.name || ' ' || v.version as label from product_versions v join products p on p.id = v.product_id
          where v.id in (select jsonb_array_elements_text(${JSON.stringify(versionIds)}::jsonb)::uuid)`,
      )
    ).map((r) => [r.id, r.label]),
  );
  const operators = new Map<string, string[]>();
  for (const r of await executePrepared<{ versionId: string; orgId: string }>(
    db,
    sql`select distinct product_version_id as "versionId", operator_org_id as "orgId" from deployments
      where product_version_id in (select jsonb_array_elements_text(${JSON.stringify(versionIds)}::jsonb)::uuid) and quantity > 0`,
  )) {
    operators.set(r.versionId, [...(operators.get(r.versionId) ?? []), r.orgId]);
  }
  const orgIds = [...new Set([...notices.map((n) => n.task.vendorOrgId), ...[...operators.values()].flat()])];
  const usersOf = new Map<string, string[]>();
  for (const r of await listEnabledUsersOfOrgs(db, orgIds)) {
    usersOf.set(r.orgId, [...(usersOf.get(r.orgId) ?? []), r.id]);
  }
  const recipients = (orgs: readonly string[]) => [...new Set(orgs.flatMap((o) => usersOf.get(o) ?? []))];
  const rows: Parameters<typeof insertNotifications>[1] = [];
  for (const { match, task } of notices) {
    const label = labels.get(match.productVersionId) ?? 'a certified version';
    const what = `${match.vulnerabilityId} in ${match.packageKey}${match.componentVersion ? `@${match.componentVersion}` : ''}`;
    const notifiedAt = task.notifiedAt.toISOString();
    for (const userId of recipients([task.vendorOrgId])) {
      rows.push({
        userId,
        kind: 'advisory.task_opened',
        title: `${label} is affected by ${match.vulnerabilityId}`.slice(0, 300),
        body: `${what}. CRA clocks run from ${notifiedAt}: answer with a VEX statement or report.`.slice(0, 2000),
        link: '/vulnerability-tasks',
        dedupeKey: `advisory.task:${task.id}:${notifiedAt}`,
      });
    }
    for (const userId of recipients(operators.get(match.productVersionId) ?? [])) {
      rows.push({
        userId,
        kind: 'advisory.affected',
        title: `A version you deploy is affected: ${label}`.slice(0, 300),
        body: what.slice(0, 2000),
        link: '/affected-deployments',
        dedupeKey: `advisory.affected:${match.id}:v${match.version}`,
      });
    }
  }
  for (let i = 0; i < rows.length; i += 1000) await insertNotifications(db, rows.slice(i, i + 1000));
});
