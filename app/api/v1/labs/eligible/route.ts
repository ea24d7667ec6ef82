import { endpoint } from '@/lib/api/endpoint';
import { json } from '@/lib/api/route';
import { listEligibleLabs as contract } from '@/lib/api/contracts/organizations';
import { listEligibleLabs } from '@/lib/submissions/read-eligible-labs';

export const dynamic = 'force-dynamic';

export const GET = endpoint(contract, async ({ actor, query: { productVersionId } }) => json({ items: await listEligibleLabs(actor, productVersionId) }));
