import { endpoint } from '@/lib/api/endpoint';
import { json } from '@/lib/api/route';
import { getProduct as contract } from '@/lib/api/contracts/products';
import { getProduct } from '@/lib/products/read-products';

export const dynamic = 'force-dynamic';

export const GET = endpoint(contract, async ({ actor, params: { id } }) => json(await getProduct(actor, id)));
