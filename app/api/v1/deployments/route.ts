import { apiRoute, ifMatchOf, json, queryOf } from '@/lib/api/route';
import { requireActor } from '@/lib/auth/get-actor';
import { readDeploymentsBody } from '@/lib/deployments/read-deployments-body';
import { listDeployments } from '@/lib/deployments/read-deployments';
import { replaceDeployments, replaceDeploymentsFromCsv } from '@/lib/deployments/commands/replace-inventory';

export const dynamic = 'force-dynamic';

/** Operators: their inventory; regulators: `?operator=` one operator's, else every operator's lines. */
export const GET = apiRoute(async (request) => {
  const inventory = await listDeployments(await requireActor(), queryOf(request));
  return json(inventory, { headers: { etag: `"${inventory.digest}"` } });
});

/** Replaces the caller's inventory: JSON `{deployments: [...]}` or a `text/csv` file; `If-Match` is the inventory's ETag. */
export const PUT = apiRoute(async (request) => {
  const actor = await requireActor();
  const ifDigest = ifMatchOf(request);
  const body = await readDeploymentsBody(request);
  const inventory =
    body.kind === 'csv' ? await replaceDeploymentsFromCsv(actor, body.text, ifDigest) : await replaceDeployments(actor, body.value, ifDigest);
  return json(inventory, { headers: { etag: `"${inventory.digest}"` } });
});
