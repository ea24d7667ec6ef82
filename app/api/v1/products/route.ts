import { apiRoute, json, queryOf, readJson } from '@/lib/api/route';
import { requireActor } from '@/lib/auth/get-actor';
import { createProduct } from '@/lib/products/commands/create-product';
import { listOwnProducts } from '@/lib/products/read-products';

export const dynamic = 'force-dynamic';

export const GET = apiRoute(async (request) => json(await listOwnProducts(await requireActor(), queryOf(request))));

export const POST = apiRoute(async (request) => {
  const actor = await requireActor();
  return json(await createProduct(actor, await readJson(request)), { status: 201 });
});
