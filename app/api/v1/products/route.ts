import { endpoint } from '@/lib/api/endpoint';
import { json, readJson } from '@/lib/api/route';
import { createProduct as createContract, listProducts } from '@/lib/api/contracts/products';
import { createProduct, listOwnProducts } from '@/lib/services/products';

export const dynamic = 'force-dynamic';

export const GET = endpoint(listProducts, async ({ actor, rawQuery }) => json(await listOwnProducts(actor, rawQuery)));

export const POST = endpoint(createContract, async ({ request, actor }) => json(await createProduct(actor, await readJson(request)), { status: 201 }));
