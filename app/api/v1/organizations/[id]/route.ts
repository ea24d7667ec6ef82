import { endpoint } from '@/lib/api/endpoint';
import { json } from '@/lib/api/route';
import { getOrganization as contract } from '@/lib/api/contracts/organizations';
import { getOrganization } from '@/lib/organizations/read-organizations';

export const dynamic = 'force-dynamic';

export const GET = endpoint(contract, async ({ actor, params: { id } }) => json(await getOrganization(actor, id)));
