import { endpoint } from '@/lib/api/endpoint';
import { json } from '@/lib/api/route';
import { getAdvisory as contract } from '@/lib/api/contracts/monitoring';
import { getAdvisory } from '@/lib/advisories/read-advisories';

export const dynamic = 'force-dynamic';

export const GET = endpoint(contract, async ({ actor, params: { id } }) => json(await getAdvisory(actor, id)));
