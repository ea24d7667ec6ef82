import 'server-only';
import type { AdvisoryMatchRow } from '@/db/queries/advisories';
import { listOperatorOrgIdsDeploying } from '@/db/queries/certificates';
import { findVersionWithProduct } from '@/db/queries/products';
import type { VendorTaskRow } from '@/db/queries/vendor-tasks';
import { defineEffect } from '@/lib/kernel/effect';
import { notify } from '@/lib/notifications/notify';

/**
 * A match became affected on a certified version: the vendor's users get the task (with its CRA
 * clocks), the users of every operator deploying the version hear that it is affected.
 */
export const affectedMatchNotice = defineEffect<{ match: AdvisoryMatchRow; task: VendorTaskRow }>('advisory.affected.notify', async (db, { match, task }) => {
  const found = await findVersionWithProduct(db, match.productVersionId);
  const label = found ? `${found.product.name} ${found.version.version}` : 'a certified version';
  const what = `${match.vulnerabilityId} in ${match.packageKey}${match.componentVersion ? `@${match.componentVersion}` : ''}`;
  await notify(
    db,
    { orgIds: [task.vendorOrgId] },
    {
      kind: 'advisory.task_opened',
      title: `${label} is affected by ${match.vulnerabilityId}`,
      body: `${what}. CRA clocks run from ${task.notifiedAt.toISOString()}: answer with a VEX statement or report.`,
      link: '/vulnerability-tasks',
      dedupeKey: `advisory.task:${task.id}:${task.notifiedAt.toISOString()}`,
    },
  );
  await notify(
    db,
    { orgIds: await listOperatorOrgIdsDeploying(db, match.productVersionId) },
    {
      kind: 'advisory.affected',
      title: `A version you deploy is affected: ${label}`,
      body: what,
      link: '/affected-deployments',
      dedupeKey: `advisory.affected:${match.id}:v${match.version}`,
    },
  );
});
