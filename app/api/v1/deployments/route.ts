import { endpoint } from '@/lib/api/endpoint';
import { ifMatchOf, json } from '@/lib/api/route';
import { listDeployments as listContract, replaceDeployments as replaceContract } from '@/lib/api/contracts/operators';
import { readDeploymentsBody } from '@/lib/deployments/read-deployments-body';
import { listDeployments } from '@/lib/deployments/read-deployments';
import { replaceDeployments, replaceDeploymentsFromCsv } from '@/lib/deployments/commands/replace-inventory';

export const dynamic = 'force-dynamic';

/** Operators: their inventory; regulators: `?operator=` one operator's, else every operator's lines. */
export const GET = endpoint(listContract, async ({ actor, rawQuery }) => {
  const inventory = await listDeployments(actor, rawQuery);
  return json(inventory, { headers: { etag: `"${inventory.digest}"` } });
});

/** Replaces the caller's inventory: JSON `{deployments: [...]}` or a `text/csv` file; `If-Match` is the inventory's ETag. */
export const PUT = endpoint(replaceContract, async ({ request, actor }) => {
  const ifDigest = ifMatchOf(request);
  const body = await readDeploymentsBody(request);
  const inventory =
    body.kind === 'csv' ? await replaceDeploymentsFromCsv(actor, body.text, ifDigest) : await replaceDeployments(actor, body.value, ifDigest);
  return json(inventory, { headers: { etag: `"${inventory.digest}"` } });
});
