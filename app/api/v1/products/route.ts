import { endpoint } from '@/lib/api/endpoint';
import { json, readJson } from '@/lib/api/route';
import { createProduct as createContract, listProducts } from '@/lib/api/contracts/products';
import { createProduct } from '@/lib/products/commands/create-product';
import { listOwnProducts } from '@/lib/products/read-products';

export const dynamic = 'force-dynamic';

export const GET = endpoint(listProducts, async ({ actor, rawQuery }) => json(await listOwnProducts(actor, rawQuery)));

export const POST = endpoint(createContract, async ({ request, actor }) => json(await createProduct(actor, await readJson(request)), { status: 201 }));
