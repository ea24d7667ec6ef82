import { endpoint } from '@/lib/api/endpoint';
import { json } from '@/lib/api/route';
import { listVendorTasks as contract } from '@/lib/api/contracts/monitoring';
import { listVendorTasks } from '@/lib/matching/read-monitoring';

export const dynamic = 'force-dynamic';

export const GET = endpoint(contract, async ({ actor, query }) => json(await listVendorTasks(actor, { includeClosed: query.closed === 'true' })));
