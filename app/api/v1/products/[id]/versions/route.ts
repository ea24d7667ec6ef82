import { endpoint } from '@/lib/api/endpoint';
import { json, readJson } from '@/lib/api/route';
import { createProductVersion as contract } from '@/lib/api/contracts/products';
import { createProductVersion } from '@/lib/products/commands/create-product-version';

export const dynamic = 'force-dynamic';

export const POST = endpoint(contract, async ({ request, actor, params: { id } }) =>
  json(await createProductVersion(actor, id, await readJson(request)), { status: 201 }),
);
