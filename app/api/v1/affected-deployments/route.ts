import { endpoint } from '@/lib/api/endpoint';
import { json } from '@/lib/api/route';
import { getAffectedDeployments as contract } from '@/lib/api/contracts/monitoring';
import { getAffectedDeployments } from '@/lib/matching/read-monitoring';

export const dynamic = 'force-dynamic';

export const GET = endpoint(contract, async ({ actor }) => json(await getAffectedDeployments(actor)));
